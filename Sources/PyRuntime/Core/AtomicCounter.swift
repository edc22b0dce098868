import Synchronization

/// A process-wide counter for rarely taken numbers (type versions, object ids of immediates…).
/// Never use one on a hot path: every increment writes a shared cache line.
final class AtomicCounter: Sendable {
  private let value: Atomic<Int>

  init(_ start: Int) { value = Atomic(start) }

  /// Returns a new number (the previous value plus one).
  func next() -> Int { value.add(1, ordering: .relaxed).newValue }
}

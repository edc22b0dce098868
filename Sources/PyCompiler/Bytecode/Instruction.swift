/// One 64-bit instruction word of swiftpy's register bytecode.
///
/// Layout (bit 0 is least significant):
///
///     | 63 ........ 44 | 43 ........ 24 | 23 ..... 8 | 7 .. 0 |
///     |    C (20 bits) |    B (20 bits) | A (16 bits)|   op   |
///
/// `Bx` is B and C read together as one 40-bit unsigned operand (B low), `sBx` the same
/// biased by 2^39 to hold signed values. Operands name registers (`R(x)`), constants (`K(x)`),
/// names (`N(x)`, the code object's `names`) or jump targets (absolute word indices into the
/// code array). Some opcodes are followed by inline cache words (see `Opcode.cacheWords`):
/// the interpreter skips them; quickening writes type/version data into them.
///
/// Register operands are 15-bit indices (0 ... `maxRegister`). When a register operand is the
/// *last use of a temporary*, the compiler sets that operand's **move flag** (bit 15 of A,
/// bit 19 of B or C; see `movedA`, `movedB`, `movedC`): the instruction then takes the value
/// out and leaves the register unbound, so temporaries never keep objects alive longer than
/// CPython's value stack would (finalizers and memory are released at the same moment as in
/// CPython). Only register operands that are *read* may carry the flag; the operands of `call`,
/// `callMethod` and `callEx` never do (a call always consumes its callee and argument registers).
public struct Instruction: Equatable, Sendable {
  public var word: UInt64

  @inline(__always) public init(word: UInt64) { self.word = word }

  @inline(__always)
  public init(_ op: Opcode, a: Int = 0, b: Int = 0, c: Int = 0) {
    precondition(a >= 0 && a <= Instruction.maxA && b >= 0 && b <= Instruction.maxB && c >= 0 && c <= Instruction.maxC,
                 "operand out of range for \(op)")
    word = UInt64(op.rawValue) | UInt64(a) << 8 | UInt64(b) << 24 | UInt64(c) << 44
  }

  /// An ABx instruction: A and a 40-bit operand.
  @inline(__always)
  public init(_ op: Opcode, a: Int = 0, bx: Int) {
    precondition(a >= 0 && a <= Instruction.maxA && bx >= 0 && bx <= Instruction.maxBx)
    word = UInt64(op.rawValue) | UInt64(a) << 8 | UInt64(bx) << 24
  }

  /// An AsBx instruction: A and a signed 40-bit operand.
  @inline(__always)
  public init(_ op: Opcode, a: Int = 0, sbx: Int) {
    precondition(sbx >= -Instruction.sBxBias && sbx < Instruction.sBxBias)
    self.init(op, a: a, bx: sbx + Instruction.sBxBias)
  }

  @inline(__always) public var opcode: Opcode { Opcode(rawValue: UInt8(truncatingIfNeeded: word))! }
  @inline(__always) public var rawOpcode: UInt8 { UInt8(truncatingIfNeeded: word) }
  @inline(__always) public var a: Int { Int(truncatingIfNeeded: (word >> 8) & 0xFFFF) }
  @inline(__always) public var b: Int { Int(truncatingIfNeeded: (word >> 24) & 0xFFFFF) }
  @inline(__always) public var c: Int { Int(truncatingIfNeeded: word >> 44) }
  @inline(__always) public var bx: Int { Int(truncatingIfNeeded: word >> 24) }
  @inline(__always) public var sbx: Int { bx - Instruction.sBxBias }

  /// The move flag of the A operand (bit 15 of A).
  public static let moveFlagA = 0x8000
  /// The move flag of the B and C operands (bit 19).
  public static let moveFlagBC = 0x80000

  /// A register operand for the A position with the move flag set.
  @inline(__always) public static func movedA(_ register: Int) -> Int { register | moveFlagA }
  /// A register operand for the B or C position with the move flag set.
  @inline(__always) public static func movedB(_ register: Int) -> Int { register | moveFlagBC }
  @inline(__always) public static func movedC(_ register: Int) -> Int { register | moveFlagBC }

  public static let maxA = 0xFFFF
  public static let maxB = 0xFFFFF
  public static let maxC = 0xFFFFF
  public static let maxBx = (1 << 40) - 1
  public static let sBxBias = 1 << 39
  /// The register operand meaning "no register" in B or C positions.
  public static let noRegister = 0xFFFFF
  /// Largest register index (15 bits; the 16th bit of A is the move flag).
  public static let maxRegister = 0x7FFE
}

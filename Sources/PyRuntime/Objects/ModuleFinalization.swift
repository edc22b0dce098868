/// Interpreter shutdown: finalizing what the modules still hold (CPython's `Py_FinalizeEx` →
/// `finalize_modules`).
///
/// In CPython the module-level objects of a script die in the final cyclic garbage collection
/// (a module's globals dict is in a cycle with its functions), so their `__del__` methods run
/// in the collector's list order: allocation order, except that the collection run just
/// before (with everything still reachable) moved objects that only younger objects refer to
/// to the end of the list, in the order their referrers' traversal found them (list and tuple
/// items backwards, dict values forwards). swiftpy has no collector list, so this rebuilds
/// that order: instances carry their allocation serial, containers are taken to be younger
/// than the instances they hold (as literals and constructors make them), and the two passes
/// are replayed over the object graph reachable from the modules. Then the finalizers run in
/// that order, and the module dicts are cleared (sys and builtins last) so the remaining
/// objects are released.
///
/// Limits: a list filled after its creation (a comprehension, `append`) is still taken to be
/// younger than its items, where CPython would keep the items in allocation order.
enum ModuleFinalization {
  static func finalize(_ interp: Interpreter, _ ts: ThreadState) {
    // finalize_modules_delete_special
    let sysDict = interp.sys.dict, builtinsDict = interp.builtins.dict
    if let b = builtinsDict.get("_"), !b.isNone { builtinsDict.set("_", .none) }
    for name in ["path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback",
                 "path_hooks", "path_importer_cache", "meta_path", "__interactivehook__"]
    where sysDict.get(name) != nil {
      sysDict.set(name, .none)
    }
    for name in ["stdin", "stdout", "stderr"] {
      if let original = sysDict.get("__\(name)__") { sysDict.set(name, original) }
    }
    let moduleDicts: [PyDict] = interp.modules.values.compactMap { $0.as(PyModule.self)?.dict }
    // What sys and builtins still reach survives the final collection (sys.modules is
    // emptied first); CPython only tears it down with sys itself, when output is lost.
    let kept = reachable(from: [sysDict, builtinsDict], skipping: interp.modules)
    runFinalizers(ts, roots: moduleDicts, kept: kept)
    // Release the modules' globals (sys and builtins are left: finalizers can still use them).
    for d in moduleDicts where d !== sysDict && d !== builtinsDict && !kept.contains(ObjectIdentifier(d)) {
      clearInOrder(d)
    }
  }

  /// The objects reachable from `roots` without passing through `skipping`.
  static func reachable(from roots: [PyObject], skipping: PyObject) -> Set<ObjectIdentifier> {
    var seen = Set<ObjectIdentifier>([ObjectIdentifier(skipping)])
    var stack = roots
    for r in roots { seen.insert(ObjectIdentifier(r)) }
    while let o = stack.popLast() {
      var kids = children(of: o)
      if let m = o as? PyModule { kids.append(m.dict) }
      for c in kids where seen.insert(ObjectIdentifier(c)).inserted {
        stack.append(c)
      }
    }
    seen.remove(ObjectIdentifier(skipping))
    return seen
  }

  /// Empties a dict releasing its values in insertion order (as `PyDict_Clear`).
  static func clearInOrder(_ d: PyDict) {
    let values = d.values
    d.clear()
    var held = values
    for i in 0..<held.count { held[i] = .none }
  }

  // MARK: The collector's order

  /// One object of the graph reachable from the roots.
  struct Node {
    let object: PyObject
    var serial: Double
    var children: [Int] = []
  }

  /// Runs `__del__` of the instances reachable from `roots` in CPython's shutdown order.
  static func runFinalizers(_ ts: ThreadState, roots: [PyDict], kept: Set<ObjectIdentifier>) {
    var nodes: [Node] = []
    var index: [ObjectIdentifier: Int] = [:]
    func node(_ o: PyObject) -> Int {
      if let i = index[ObjectIdentifier(o)] { return i }
      let i = nodes.count
      index[ObjectIdentifier(o)] = i
      let serial: Double = (o as? PyInstance).map { Double($0.serial) } ?? -1
      nodes.append(Node(object: o, serial: serial))
      return i
    }
    // Discover the graph breadth-first, recording each object's children in its traversal order.
    var rootIndices: [Int] = []
    for r in roots { rootIndices.append(node(r)) }
    var queue = rootIndices
    var head = 0
    while head < queue.count {
      let i = queue[head]
      head += 1
      var kids: [Int] = []
      for child in children(of: nodes[i].object) {
        let before = nodes.count
        let c = node(child)
        if c == before { queue.append(c) }
        kids.append(c)
      }
      nodes[i].children = kids
    }
    // Containers are taken to be younger than what they hold (children before parents).
    for i in queue.reversed() where !(nodes[i].object is PyInstance) && !rootIndices.contains(i) {
      var m = -1.0
      for c in nodes[i].children where nodes[c].serial > m { m = nodes[c].serial }
      nodes[i].serial = m < 0 ? -1 : m + 0.5
    }
    // Pass 1: the collection with everything alive reorders the list (`move_unreachable`).
    let isRoot = Set(rootIndices)
    var order = rootIndices + (0..<nodes.count).filter { !isRoot.contains($0) }.sorted {
      nodes[$0].serial < nodes[$1].serial || (nodes[$0].serial == nodes[$1].serial && $0 < $1)
    }
    enum State { case unscanned, marked, tentative, scanned }
    var state = [State](repeating: .unscanned, count: nodes.count)
    var position = [Int](repeating: -1, count: nodes.count)
    for r in rootIndices { state[r] = .marked }
    var k = 0
    while k < order.count {
      let i = order[k]
      position[i] = k
      if state[i] == .marked {
        state[i] = .scanned
        for c in nodes[i].children {
          switch state[c] {
          case .unscanned: state[c] = .marked
          case .tentative:
            state[c] = .marked
            order.append(c)
          default: break
          }
        }
      } else if state[i] == .unscanned {
        state[i] = .tentative
      }
      k += 1
    }
    // Pass 2: the final collection finalizes in list order.
    var finalOrder: [PyObject] = []
    for (k, i) in order.enumerated() where position[i] == k {
      let o = nodes[i].object
      if o.type.typeFlags.contains(.hasFinalizer) && !kept.contains(ObjectIdentifier(o)) { finalOrder.append(o) }
    }
    for o in finalOrder where !o.flags.contains(.finalized) {
      guard let finalize = o.type.slots.finalize else { continue }
      o.flags.insert(.finalized)
      finalize(ts, o)
    }
  }

  /// The objects `o` references, in the order CPython's traversal visits them.
  static func children(of o: PyObject) -> [PyObject] {
    var out: [PyObject] = []
    func add(_ v: Value) {
      if case .object(let c) = v { out.append(c) }
      else if case .deferred(let u) = v {
        let c = u.takeUnretainedValue()
        if let t = c as? PyType, !t.typeFlags.contains(.heapType) { return }
        out.append(c)
      }
    }
    if let l = o as? PyList {
      for v in l.items.reversed() { add(v) }
    } else if let t = o as? PyTuple {
      for v in t.items.reversed() { add(v) }
    } else if let d = o as? PyDict {
      for (k, v) in d.items {
        add(v)
        if k.strIfExact == nil { add(k) }
      }
    } else if let inst = o as? PyInstance {
      // Slots of the most derived class first, then the dict's values, then the class.
      var t: PyType? = inst.type
      while let c = t, c.typeFlags.contains(.heapType) {
        let end = c.instanceSlotCount, start = end - c.slotNames.count
        for s in start..<end where s < inst.slotValues.count { add(inst.slotValues[s]) }
        t = c.base
      }
      if let d = inst.dict { for v in d.values { add(v) } }
    } else if let t = o as? PyType {
      if t.typeFlags.contains(.heapType) { out.append(t.dict) }
    } else if o is PyModule {
      // Other modules are roots of their own.
    } else {
      o.traverse { add($0) }
    }
    return out
  }
}

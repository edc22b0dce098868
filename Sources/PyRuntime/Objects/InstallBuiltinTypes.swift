import Synchronization

extension BuiltinTypes {
  private static let installed = Mutex<Bool>(false)

  /// Fills the core builtin types' slots and methods, once per process (idempotent, thread-safe).
  /// After this, builtin types never change.
  public static func installAll() {
    installed.withLock { done in
      if done { return }
      done = true
      ValueLayout.verify()
      installObject()
      installType()
      installDescriptorTypes()
      installNumbers()
      installCoreContainers()
      installStr()
      installBytes()
      installExceptions()
      installUnicodeErrors()
      installModule()
      installGenerators()
      installBuiltinsLayer()
      let c = core
      // Slot wrappers (`int.__add__` …) for what each type defines itself, then inheritance
      // from the base, bases before subclasses.
      let ordered: [PyType] = [c.object, c.type, c.dict, c.str, c.tuple, c.list, c.int, c.bool, c.float,
                               c.complex, c.bytes, c.set, c.frozenset, c.noneType, c.notImplementedType,
                               c.ellipsisType, c.function, c.builtinFunction, c.methodDescriptor,
                               c.classMethodDescriptor, c.method, c.code, c.module, c.cell, c.frame,
                               c.traceback, c.generator, c.coroutine, c.asyncGenerator, c.wrapperDescriptor,
                               c.getsetDescriptor, c.memberDescriptor, c.staticmethod, c.classmethod,
                               c.property] + c.exceptions.all
      for t in ordered {
        t.addSlotWrappers()
        if let b = t.base { t.slots.inherit(from: b.slots) }
      }
    }
  }
}

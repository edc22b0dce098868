/// The helper objects CPython's `site` module adds to builtins (Lib/_sitebuiltins.py):
/// `exit`/`quit` (Quitter), `help` (a minimal _Helper), `copyright`/`credits`/`license`
/// (_Printer), plus the `breakpoint()` builtin, which calls `sys.breakpointhook`.
public final class PySiteHelper: PyObject {
  enum Kind { case quitter, helper, printer }
  let kind: Kind
  let name: String
  let text: String

  init(kind: Kind, name: String, text: String) {
    self.kind = kind
    self.name = name
    self.text = text
    let t: PyType
    switch kind {
    case .quitter: t = BuiltinTypes.quitter
    case .helper: t = BuiltinTypes.siteHelper
    case .printer: t = BuiltinTypes.sitePrinter
    }
    super.init(type: t)
  }
}

enum InteractiveHelpers {
  static let copyrightText = """
    Copyright (c) 2001-2023 Python Software Foundation.
    All Rights Reserved.

    Copyright (c) 2000 BeOpen.com.
    All Rights Reserved.

    Copyright (c) 1995-2001 Corporation for National Research Initiatives.
    All Rights Reserved.

    Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.
    All Rights Reserved.
    """

  static let creditsText = """
        Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
        for supporting Python development.  See www.python.org for more information.
    """

  /// The objects to put in `builtins`.
  static func objects() -> [(String, Value)] {
    var out: [(String, Value)] = []
    for name in ["exit", "quit"] {
      out.append((name, .object(PySiteHelper(kind: .quitter, name: name, text: "Use \(name)() or Ctrl-D (i.e. EOF) to exit"))))
    }
    out.append(("help", .object(PySiteHelper(kind: .helper, name: "help",
                                            text: "Type help() for interactive help, or help(object) for help about object."))))
    out.append(("copyright", .object(PySiteHelper(kind: .printer, name: "copyright", text: copyrightText))))
    out.append(("credits", .object(PySiteHelper(kind: .printer, name: "credits", text: creditsText))))
    out.append(("license", .object(PySiteHelper(kind: .printer, name: "license",
                                               text: "See https://www.python.org/psf/license/"))))
    return out
  }

  /// `breakpoint(*args, **kws)`: calls `sys.breakpointhook`.
  static func breakpoint(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    guard let hook = ts.interpreter.sys.dict.get("breakpointhook") else {
      throw PyError.runtimeError("lost sys.breakpointhook")
    }
    return try Protocols.call(ts, hook, args)
  }

  /// Writes text to `sys.stdout` through its `write` method.
  static func writeStdout(_ ts: ThreadState, _ s: String) throws(PyError) {
    guard let out = ts.interpreter.sys.dict.get("stdout"), !out.isNone else { return }
    _ = try Protocols.call(ts, try Protocols.getAttr(ts, out, PyStr.intern("write")), [.object(PyStr(s))])
  }

  /// `help(object)`: the object's type and docstring (pydoc's full rendering is not
  /// available without the standard library).
  static func help(_ ts: ThreadState, _ obj: Value) throws(PyError) {
    if let s = obj.as(PyStr.self) {
      try writeStdout(ts, "No Python documentation found for \(try Protocols.reprString(ts, .object(s))).\n")
      return
    }
    var text = ""
    let doc = try Protocols.getAttrOptional(ts, obj, PyStr.intern("__doc__")) ?? .none
    if let t = obj.as(PyType.self) {
      text += "Help on class \(t.name):\n\nclass \(t.name)\n"
    } else if let name = try Protocols.getAttrOptional(ts, obj, PyStr.intern("__name__"))?.as(PyStr.self) {
      text += "Help on \(Protocols.typeName(obj)) \(name.string):\n\n\(name.string)\n"
    } else {
      text += "Help on \(Protocols.typeName(obj)) object:\n\n"
    }
    if let d = doc.as(PyStr.self) {
      for line in d.string.split(separator: "\n", omittingEmptySubsequences: false) {
        text += "    " + line + "\n"
      }
    }
    try writeStdout(ts, text + "\n")
  }
}

extension BuiltinTypes {
  public static let quitter: PyType = PyType.builtin("_sitebuiltins.Quitter") { t in
    t.qualname = String(t.shortName)
    t.slots.repr = { _, v in .object(PyStr(v.unsafeAs(PySiteHelper.self).text)) }
    t.slots.call = { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "__call__", min: 0, max: 1)
      // Close stdin first, as Quitter.__call__ does.
      if let stdin = ts.interpreter.sys.dict.get("stdin"), !stdin.isNone,
         let close = try? Protocols.getAttrOptional(ts, stdin, PyStr.intern("close")) {
        _ = try? Protocols.call(ts, close, [])
      }
      throw PyError(PyBaseException(type: BuiltinTypes.exceptions.systemExit,
                                    args: PyTuple(a.count == 1 ? [a[0]] : [])))
    }
  }

  public static let siteHelper: PyType = PyType.builtin("_sitebuiltins._Helper") { t in
    t.qualname = String(t.shortName)
    t.slots.repr = { _, v in .object(PyStr(v.unsafeAs(PySiteHelper.self).text)) }
    t.slots.call = { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "help", min: 0, max: 1)
      if a.count == 0 {
        try InteractiveHelpers.writeStdout(ts, "Interactive help is not available in swiftpy; use help(object).\n")
        return .none
      }
      try InteractiveHelpers.help(ts, a[0])
      return .none
    }
  }

  public static let sitePrinter: PyType = PyType.builtin("_sitebuiltins._Printer") { t in
    t.qualname = String(t.shortName)
    t.slots.repr = { _, v in
      let p = v.unsafeAs(PySiteHelper.self)
      if p.name == "license" { return .object(PyStr("Type license() to see the full license text")) }
      return .object(PyStr(p.text))
    }
    t.slots.call = { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "__call__", min: 0, max: 0)
      try InteractiveHelpers.writeStdout(ts, v.unsafeAs(PySiteHelper.self).text + "\n")
      return .none
    }
  }
}

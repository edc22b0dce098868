import PySyntax

/// Whether a module or class body contains variable annotations, so it needs
/// `__annotations__` set up first (CPython's `find_ann`): annotated assignments at any depth
/// of compound statements, but not inside nested functions or classes.
enum AnnotationScan {
  static func containsAnnotations(_ body: [Stmt]) -> Bool {
    for s in body {
      switch s.kind {
      case .annAssign:
        return true
      case .for(_, _, let b, let orelse, _), .asyncFor(_, _, let b, let orelse, _),
           .while(_, let b, let orelse), .if(_, let b, let orelse):
        if containsAnnotations(b) || containsAnnotations(orelse) { return true }
      case .with(_, let b, _), .asyncWith(_, let b, _):
        if containsAnnotations(b) { return true }
      case .try(let b, let handlers, let orelse, let finalbody),
           .tryStar(let b, let handlers, let orelse, let finalbody):
        for h in handlers where containsAnnotations(h.body) { return true }
        if containsAnnotations(b) || containsAnnotations(finalbody) || containsAnnotations(orelse) {
          return true
        }
      case .match(_, let cases):
        for c in cases where containsAnnotations(c.body) { return true }
      default:
        break
      }
    }
    return false
  }
}

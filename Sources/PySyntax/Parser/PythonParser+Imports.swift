/// Import statements of Grammar/python.gram (3.11): `import_stmt`, `import_name`,
/// `import_from` and their name lists.
extension PythonParser {
  /// import_stmt: import_name | import_from
  func importStmt() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    if let s = try importName() { return s }
    return try importFrom()
  }

  /// import_name: 'import' dotted_as_names
  func importName() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    guard try accept(.kwImport), let names = try dottedAsNames() else { pos = mark; return nil }
    return Stmt(.import(names: names), range(from: mark))
  }

  /// import_from:
  ///     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  ///     | 'from' ('.' | '...')+ 'import' import_from_targets
  func importFrom() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    guard try accept(.kwFrom) else { return nil }
    var level = 0
    while true {
      let k = try peekKind()
      if k == .dot { level += 1 } else if k == .ellipsis { level += 3 } else { break }
      pos += 1
    }
    let afterDots = pos
    if let module = try dottedName(), try accept(.kwImport), let names = try importFromTargets() {
      return Stmt(.importFrom(module: module, names: names, level: level), range(from: mark))
    }
    pos = afterDots
    if level > 0, try accept(.kwImport), let names = try importFromTargets() {
      return Stmt(.importFrom(module: nil, names: names, level: level), range(from: mark))
    }
    pos = mark
    return nil
  }

  /// import_from_targets:
  ///     | '(' import_from_as_names [','] ')'
  ///     | import_from_as_names !','
  ///     | '*'
  ///     | invalid_import_from_targets
  func importFromTargets() throws(PySyntaxError) -> [Alias]? {
    try enter(); defer { leave() }
    let mark = pos
    if try accept(.lpar), let names = try importFromAsNames() {
      _ = try accept(.comma)
      if try accept(.rpar) { return names }
    }
    pos = mark
    if let names = try importFromAsNames() {
      if try peekKind() != .comma { return names }
    }
    pos = mark
    if let star = try expect(.star) {
      return [Alias(name: "*", asname: nil, range: range(from: star))]
    }
    if callInvalidRules {
      // invalid_import_from_targets: import_from_as_names ',' NEWLINE
      if try importFromAsNames() != nil, try accept(.comma), try accept(.newline) {
        throw errorAtLastToken("trailing comma not allowed without surrounding parentheses")
      }
      pos = mark
    }
    return nil
  }

  /// import_from_as_names: ','.import_from_as_name+
  func importFromAsNames() throws(PySyntaxError) -> [Alias]? {
    try enter(); defer { leave() }
    guard let first = try importFromAsName() else { return nil }
    var list = [first]
    while true {
      let m = pos
      guard try accept(.comma), let a = try importFromAsName() else { pos = m; break }
      list.append(a)
    }
    return list
  }

  /// import_from_as_name: NAME ['as' NAME]
  func importFromAsName() throws(PySyntaxError) -> Alias? {
    try enter(); defer { leave() }
    let mark = pos
    guard let n = try expect(.name) else { return nil }
    let asname = try optionalAsName()
    return Alias(name: identifier(n), asname: asname, range: range(from: mark))
  }

  /// dotted_as_names: ','.dotted_as_name+
  func dottedAsNames() throws(PySyntaxError) -> [Alias]? {
    try enter(); defer { leave() }
    guard let first = try dottedAsName() else { return nil }
    var list = [first]
    while true {
      let m = pos
      guard try accept(.comma), let a = try dottedAsName() else { pos = m; break }
      list.append(a)
    }
    return list
  }

  /// dotted_as_name: dotted_name ['as' NAME]
  func dottedAsName() throws(PySyntaxError) -> Alias? {
    try enter(); defer { leave() }
    let mark = pos
    guard let name = try dottedName() else { return nil }
    let asname = try optionalAsName()
    return Alias(name: name, asname: asname, range: range(from: mark))
  }

  /// ['as' NAME]
  func optionalAsName() throws(PySyntaxError) -> String? {
    let m = pos
    if try accept(.kwAs) {
      if let n = try expect(.name) { return identifier(n) }
      pos = m
    }
    return nil
  }

  /// dotted_name: dotted_name '.' NAME | NAME
  func dottedName() throws(PySyntaxError) -> String? {
    try enterLeftRecursive(); defer { leaveLeftRecursive() }
    guard let first = try expect(.name) else { return nil }
    var name = identifier(first)
    while true {
      let m = pos
      guard try accept(.dot), let n = try expect(.name) else { pos = m; break }
      name += "."
      name += identifier(n)
    }
    return name
  }
}

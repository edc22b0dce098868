/// A unified-style line diff of an expected and an actual output, for failure messages:
/// `-` lines only in the expected text, `+` lines only in the actual one, two lines of context,
/// at most `limit` lines. Uses a longest-common-subsequence table on the part between the
/// common prefix and suffix (falling back to "all removed, all added" when that part is huge).
enum TextDiff {
  static func unified(expected: String, actual: String, limit: Int = 60) -> String {
    let a = lines(expected)
    let b = lines(actual)
    var prefix = 0
    while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix && suffix < b.count - prefix
            && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
    let midA = Array(a[prefix..<(a.count - suffix)])
    let midB = Array(b[prefix..<(b.count - suffix)])

    // Edit script of the middle part: (tag, line) with tag " ", "-" or "+".
    var middle: [(Character, String)] = []
    if midA.count * midB.count <= 4_000_000 {
      let n = midA.count, m = midB.count
      var table = [Int32](repeating: 0, count: (n + 1) * (m + 1))
      for i in stride(from: n - 1, through: 0, by: -1) {
        for j in stride(from: m - 1, through: 0, by: -1) {
          table[i * (m + 1) + j] = midA[i] == midB[j]
            ? table[(i + 1) * (m + 1) + j + 1] + 1
            : max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1])
        }
      }
      var i = 0, j = 0
      while i < n || j < m {
        if i < n && j < m && midA[i] == midB[j] {
          middle.append((" ", midA[i])); i += 1; j += 1
        } else if i < n && (j == m || table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1]) {
          middle.append(("-", midA[i])); i += 1
        } else {
          middle.append(("+", midB[j])); j += 1
        }
      }
    } else {
      middle = midA.map { ("-", $0) } + midB.map { ("+", $0) }
    }

    let context = 2
    var script: [(Character, String)] = []
    for line in a[max(0, prefix - context)..<prefix] { script.append((" ", line)) }
    script.append(contentsOf: middle)
    for line in a[(a.count - suffix)..<min(a.count, a.count - suffix + context)] { script.append((" ", line)) }

    // Long unchanged stretches between changes are cut down to their context.
    var collapsed: [(Character, String)] = []
    var k = 0
    while k < script.count {
      var end = k
      while end < script.count && script[end].0 == " " { end += 1 }
      if end - k > 2 * context + 1 && k > 0 && end < script.count {
        collapsed.append(contentsOf: script[k..<(k + context)])
        collapsed.append(("@", "@ ... \(end - k - 2 * context) unchanged lines ... @@"))
        collapsed.append(contentsOf: script[(end - context)..<end])
      } else {
        collapsed.append(contentsOf: script[k..<end])
      }
      if end < script.count { collapsed.append(script[end]) }
      k = end + 1
    }
    script = collapsed

    var out = "--- expected\n+++ got\n@@ from line \(max(0, prefix - context) + 1) @@\n"
    var shown = 0
    for (tag, line) in script {
      if shown == limit {
        out += "... (\(script.count - limit) more diff lines)\n"
        break
      }
      out += String(tag) + line + "\n"
      shown += 1
    }
    return out
  }

  /// Lines without their newline; a missing final newline is shown explicitly.
  private static func lines(_ text: String) -> [String] {
    if text.isEmpty { return [] }
    var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if result.last == "" {
      result.removeLast()
    } else {
      result[result.count - 1] += "\\ (no newline at end)"
    }
    return result
  }
}

import TextModel
/// A problem found in a YAML file, with a 1-based line and column (columns count Unicode
/// scalars, as libyaml does).
public struct YAMLIssue: Error, Sendable, Hashable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable {
    case error, warning, note
  }

  public var file: String
  public var line: Int
  public var column: Int
  public var message: String
  public var severity: Severity

  public init(file: String, line: Int, column: Int, message: String, severity: Severity = .error) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
    self.severity = severity
  }

  /// `path:LINE:COL: error: message`, without the source excerpt.
  public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }

  /// The compiler-style report: the header line, then (when `source` is given and the line
  /// exists) the source line and a caret under the column. Lines longer than `width`
  /// characters are cut to a window around the column, marked with "…".
  public func formatted(source: String?, width: Int = 160) -> String {
    var out = description
    guard let source, let text = sourceLine(line, in: source), !text.isEmpty else { return out }
    let (shown, caretColumn) = excerpt(text, column: column, width: width)
    var caret = ""
    for (i, scalar) in shown.unicodeScalars.enumerated() where i < caretColumn - 1 {
      caret.unicodeScalars.append(scalar == "\t" ? "\t" : " ")
    }
    while caret.unicodeScalars.count < caretColumn - 1 { caret += " " }
    out += "\n" + shown + "\n" + caret + "^"
    return out
  }
}

/// Formats issues from many files in order, each with its excerpt; `sources` maps a file
/// name to its text.
public func formatIssues(_ issues: [YAMLIssue], sources: [String: String], width: Int = 160) -> String {
  issues.map { $0.formatted(source: sources[$0.file], width: width) }.joined(separator: "\n")
}

/// The text of 1-based line `n`, without its line break, found by scanning UTF-8 bytes.
func sourceLine(_ n: Int, in source: String) -> String? {
  guard n >= 1 else { return nil }
  let utf8 = source.utf8
  var line = 1
  var start = utf8.startIndex
  var i = utf8.startIndex
  while i != utf8.endIndex {
    if line == n { break }
    if utf8[i] == 0x0A {
      line += 1
      start = utf8.index(after: i)
    }
    i = utf8.index(after: i)
  }
  if line != n { return nil }
  var end = start
  while end != utf8.endIndex && utf8[end] != 0x0A && utf8[end] != 0x0D { end = utf8.index(after: end) }
  return String(source[start..<end])
}

/// A window of at most `width` scalars of `line` around `column`, and the caret's column in it.
func excerpt(_ line: String, column: Int, width: Int) -> (String, Int) {
  let scalars = Array(line.unicodeScalars)
  guard scalars.count > width, width > 2 else { return (line, column) }
  let c = max(0, min(column - 1, scalars.count))
  var start = max(0, c - width / 2)
  let end = min(scalars.count, start + width)
  start = max(0, min(start, end - width))
  var s = String.UnicodeScalarView()
  if start > 0 { s.append("…") }
  s.append(contentsOf: scalars[start..<end])
  if end < scalars.count { s.append("…") }
  return (String(s), c - start + (start > 0 ? 1 : 0) + 1)
}

/// The closest allowed word within a small distance, for "did you mean" hints.
func closest(_ word: String, in candidates: [String]) -> String? {
  Suggestions.closest(word, in: candidates)
}

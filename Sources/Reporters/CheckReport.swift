import Checks
import Expressions
import Facts
import Rules
import TextModel

/// What `check` found in one document.
public struct FileReport: Sendable {
  public var path: String
  public var analysis: Analysis
  /// Findings, and verified or undetermined relations when asked for.
  public var outcomes: [Finding]
  public let lines: LineIndex

  /// Notes about the run itself, such as a suppression comment that hid nothing.
  public var notices: [Notice] = []

  public struct Notice: Sendable {
    public var id: String
    public var message: String
    public var span: Range<Int>
  }

  /// Applies the document's suppression comments (Markdown and HTML) to the outcomes.
  public init(path: String, analysis: Analysis, outcomes: [Finding]) {
    self.path = path
    self.analysis = analysis
    let lines = LineIndex(analysis.document.text)
    self.lines = lines
    guard analysis.document.format != .text || Self.hasComment(analysis.document.text) else {
      self.outcomes = outcomes
      return
    }
    let suppressions = Suppressions(text: analysis.document.text, lines: lines)
    let (kept, unused) = suppressions.apply(outcomes, lines: lines)
    self.outcomes = kept
    self.notices = unused.map { d in
      let rules = d.rules.isEmpty ? "any rule" : d.rules.sorted().joined(separator: ", ")
      return Notice(id: "unused_suppression", message: "this suppression of \(rules) hides no finding", span: d.span)
    }
  }

  /// Whether the text holds an HTML comment opener, by a plain byte scan.
  public static func hasComment(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { b in
      guard b.count >= 4 else { return false }
      for i in 0..<(b.count - 3) where b[i] == 0x3C && b[i + 1] == 0x21 && b[i + 2] == 0x2D && b[i + 3] == 0x2D {
        return true
      }
      return false
    }
  }

  public var findings: [Finding] { outcomes.filter { $0.status == .contradicts } }
  public var verified: [Finding] { outcomes.filter { $0.status == .holds } }
  public var undetermined: [Finding] { outcomes.filter { if case .undetermined = $0.status { true } else { false } } }

  /// The text around a claim for people to read: a cut of its line, with markup read as the
  /// document's edits say (tags dropped, entities decoded) and whitespace runs as one space.
  public func excerpt(around span: Range<Int>) -> String {
    let edits = analysis.document.edits
    guard !edits.isEmpty else { return lines.excerpt(around: span) }
    // Markup takes room: look further for the same amount of text.
    var (range, cutBefore, cutAfter) = lines.excerptRange(around: span, radius: 480)
    let utf8 = Array(analysis.document.text.utf8)
    var out: [UInt8] = []
    var at = range.lowerBound
    // Edits are in text order; skip those before the cut, and start after one that straddles it.
    var e = edits.partitioningIndex { $0.range.upperBound > range.lowerBound }
    while at < range.upperBound {
      guard e < edits.count, edits[e].range.lowerBound < range.upperBound else {
        out += utf8[at..<range.upperBound]
        break
      }
      let edit = edits[e]
      if edit.range.lowerBound > at { out += utf8[at..<edit.range.lowerBound] }
      if edit.range.lowerBound >= range.lowerBound && edit.range.upperBound <= range.upperBound {
        out += Array(edit.replacement.utf8)
      } else if edit.range.lowerBound < range.lowerBound {
        cutBefore = true
      } else {
        cutAfter = true
      }
      at = max(at, edit.range.upperBound)
      e += 1
    }
    var text = ""
    var space = false
    for c in String(decoding: out, as: UTF8.self) {
      if c.isWhitespace {
        space = !text.isEmpty
        continue
      }
      if space { text.append(" ") }
      space = false
      text.append(c)
    }
    return LineIndex.mark(text, cutBefore, cutAfter)
  }

  public func text(_ span: Range<Int>) -> String {
    let utf8 = analysis.document.text.utf8
    let a = utf8.index(utf8.startIndex, offsetBy: span.lowerBound)
    let b = utf8.index(utf8.startIndex, offsetBy: span.upperBound)
    return String(Substring(utf8[a..<b]))
  }
}

/// Everything one run of `check` reports.
public struct CheckReport: Sendable {
  public var files: [FileReport]
  public var rules: [Rule]
  /// Message language; nil follows each document's language.
  public var locale: Language?
  /// Include verified relations (and undetermined ones) in every format.
  public var explain: Explain

  public enum Explain: Sendable { case off, verified, all }

  public init(files: [FileReport], rules: [Rule], locale: Language?, explain: Explain) {
    self.files = files
    self.rules = rules
    self.locale = locale
    self.explain = explain
  }

  public func message(_ f: Finding, in file: FileReport) -> String {
    f.message(for: locale ?? file.analysis.language)
  }

  /// The outcomes a format shows for a file, in order.
  public func shown(_ file: FileReport) -> [Finding] {
    switch explain {
    case .off: return file.findings
    case .verified: return file.outcomes.filter { $0.status == .contradicts || $0.status == .holds }
    case .all: return file.outcomes
    }
  }

  public var findingCount: Int { files.reduce(0) { $0 + $1.findings.count } }

  public func count(_ severity: Rule.Severity) -> Int {
    files.reduce(0) { $0 + $1.findings.filter { $0.severity == severity }.count }
  }
}


extension Array {
  /// The first index whose element satisfies `belongs`, for a predicate false then true along
  /// the array.
  fileprivate func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
    var lo = 0
    var hi = count
    while lo < hi {
      let mid = (lo + hi) / 2
      if belongs(self[mid]) { hi = mid } else { lo = mid + 1 }
    }
    return lo
  }
}

import TextModel

/// Inline suppression comments in Markdown and HTML:
///
///     <!-- claimcheck-disable-next-line RULE[, RULE…] [-- reason] -->
///     <!-- claimcheck-disable RULE … --> … <!-- claimcheck-enable RULE -->
///
/// `all` (or no rule) stands for every rule. A suppression that hides nothing is reported.
public struct Suppressions: Sendable {
  public struct Directive: Sendable, Equatable {
    public enum Scope: Sendable, Equatable {
      case nextLine(Int)
      /// 1-based lines, end inclusive; open to the end of the document when never enabled again.
      case lines(ClosedRange<Int>)
    }
    public var rules: Set<String>
    public var scope: Scope
    /// UTF-8 range of the comment.
    public var span: Range<Int>
    public var reason: String?

    func covers(rule: String, line: Int) -> Bool {
      guard rules.isEmpty || rules.contains("all") || rules.contains(rule) else { return false }
      switch scope {
      case .nextLine(let l): return line == l
      case .lines(let r): return r.contains(line)
      }
    }
  }

  public var directives: [Directive] = []

  public init(text: String, lines: LineIndex) {
    let bytes = Array(text.utf8)
    var open: [String: (start: Int, span: Range<Int>, rules: Set<String>, reason: String?)] = [:]
    var i = 0
    let opener = Array("<!--".utf8)
    let closer = Array("-->".utf8)
    func find(_ needle: [UInt8], from: Int) -> Int? {
      guard needle.count <= bytes.count else { return nil }
      var k = from
      while k + needle.count <= bytes.count {
        if bytes[k] == needle[0] && Array(bytes[k..<(k + needle.count)]) == needle { return k }
        k += 1
      }
      return nil
    }
    while let start = find(opener, from: i), let end = find(closer, from: start + 4) {
      i = end + 3
      let body = String(decoding: bytes[(start + 4)..<end], as: UTF8.self)
      var words = body.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "," }).map(String.init)
      guard let command = words.first, command.hasPrefix("claimcheck-") else { continue }
      words.removeFirst()
      var reason: String?
      if let dash = words.firstIndex(of: "--") {
        reason = words[(dash + 1)...].joined(separator: " ")
        words = Array(words[..<dash])
      }
      let rules = Set(words)
      let line = lines.position(ofUTF8: start).line
      let span = start..<(end + 3)
      switch command {
      case "claimcheck-disable-next-line":
        let endLine = lines.position(ofUTF8: end).line
        directives.append(Directive(rules: rules, scope: .nextLine(endLine + 1), span: span, reason: reason))
      case "claimcheck-disable":
        for r in rules.isEmpty ? ["all"] : rules { open[r] = (line, span, rules.isEmpty ? [] : [r], reason) }
      case "claimcheck-enable":
        for r in rules.isEmpty ? Array(open.keys) : Array(rules) {
          guard let o = open.removeValue(forKey: r) else { continue }
          directives.append(Directive(rules: o.rules, scope: .lines(o.start...line), span: o.span, reason: o.reason))
        }
      default: continue
      }
    }
    for (_, o) in open.sorted(by: { $0.value.start < $1.value.start }) {
      directives.append(Directive(rules: o.rules, scope: .lines(o.start...Int.max), span: o.span, reason: o.reason))
    }
  }

  /// Splits findings into kept and suppressed, and lists the directives that hid nothing.
  public func apply(_ findings: [Finding], lines: LineIndex) -> (kept: [Finding], unused: [Directive]) {
    var used = [Bool](repeating: false, count: directives.count)
    var kept: [Finding] = []
    for f in findings {
      guard f.status == .contradicts else {
        kept.append(f)
        continue
      }
      let line = lines.position(ofUTF8: f.span.lowerBound).line
      if let d = directives.indices.first(where: { directives[$0].covers(rule: f.ruleID, line: line) }) {
        used[d] = true
      } else {
        kept.append(f)
      }
    }
    return (kept, directives.indices.filter { !used[$0] }.map { directives[$0] })
  }
}

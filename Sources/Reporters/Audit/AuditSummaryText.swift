/// The summary an audit prints at the end, for people reading a terminal or a CI log.
///
///     audited 1,204 articles (3.1 MB) in 4.2 s with 2 jobs: 0.7 MB/s, 287 articles/s
///     read errors: 2 (binary file 1, invalid UTF-8 1)
///     findings: 5 in 4 articles (4 errors, 1 warning, 0 notes); 310 relations verified
///     by kind: percent_change 3, sum 2
///     by rule: en_rise_against_base 2, ar_parts_sum 2, en_share_of_whole 1
public struct AuditSummaryText: Sendable {
  public var summary: AuditSummary

  public init(_ summary: AuditSummary) { self.summary = summary }

  public func render() -> String {
    let s = summary
    var out = "audited \(Figures.grouped(s.articles)) article\(s.articles == 1 ? "" : "s") (\(Figures.megabytes(s.bytes)) MB)"
    if s.seconds > 0 {
      out += " in \(Figures.tenths(s.seconds)) s with \(s.jobs) job\(s.jobs == 1 ? "" : "s")"
      out += ": \(Figures.tenths(s.megabytesPerSecond ?? 0)) MB/s, \(Figures.grouped(Int(s.articlesPerSecond ?? 0))) articles/s"
    }
    out += "\n"
    if s.errors > 0 {
      out += "read errors: \(Figures.grouped(s.errors)) (\(Self.list(s.errorsByReason)))\n"
    }
    let severities = ["error", "warning", "note"].map { name in
      let n = s.findingsBySeverity[name, default: 0]
      return "\(Figures.grouped(n)) \(name)\(n == 1 ? "" : "s")"
    }
    out += "findings: \(Figures.grouped(s.findings)) in \(Figures.grouped(s.articlesWithFindings)) article"
    out += "\(s.articlesWithFindings == 1 ? "" : "s") (\(severities.joined(separator: ", "))); "
    out += "\(Figures.grouped(s.verified)) relations verified\n"
    if !s.findingsByKind.isEmpty { out += "by kind: \(Self.list(s.findingsByKind))\n" }
    if !s.findingsByRule.isEmpty { out += "by rule: \(Self.list(s.findingsByRule))\n" }
    return out
  }

  /// "a 3, b 2, c 2": largest first, then by name.
  static func list(_ counts: [String: Int]) -> String {
    counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .map { "\($0.key) \(Figures.grouped($0.value))" }.joined(separator: ", ")
  }
}

/// Number formats for people: 12,345 and 3.1.
public enum Figures {
  public static func grouped(_ n: Int) -> String {
    var digits = Array(String(n.magnitude))
    var out: [Character] = []
    while digits.count > 3 {
      out = [","] + digits.suffix(3) + out
      digits.removeLast(3)
    }
    return (n < 0 ? "-" : "") + String(digits + out)
  }

  /// One decimal with thousands separators: 1234.56 → "1,234.6".
  public static func tenths(_ x: Double) -> String {
    guard x.isFinite else { return "–" }
    let t = Int((x.magnitude * 10).rounded())
    return (x < 0 && t > 0 ? "-" : "") + grouped(t / 10) + "." + String(t % 10)
  }

  public static func megabytes(_ bytes: Int) -> String { tenths(Double(bytes) / 1_000_000) }
}

import Checks
import Facts
import Rules
import TextModel

/// Compiler-style output: `path:line:col: error: message [rule_id]`, the source line, a marker
/// under the claim, the excerpt (carets under right-to-left text rarely line up), and a note
/// for each fact used and for the arithmetic.
public struct TextReporter: Sendable {
  public var color: Bool

  public init(color: Bool) { self.color = color }

  func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

  public func render(_ report: CheckReport) -> String {
    var out = ""
    for file in report.files {
      for f in report.shown(file) {
        out += render(f, in: file, report: report)
      }
      for n in file.notices {
        let p = file.lines.position(ofUTF8: n.span.lowerBound)
        out += "\(file.path):\(p.line):\(p.column): \(paint("note", "1;36")): \(n.message) [\(n.id)]\n"
      }
    }
    out += summary(report)
    return out
  }

  func label(_ f: Finding) -> String {
    switch f.status {
    case .contradicts:
      switch f.severity {
      case .error: return paint("error", "1;31")
      case .warning: return paint("warning", "1;33")
      case .note: return paint("note", "1;36")
      }
    case .holds: return paint("verified", "1;32")
    case .undetermined: return paint("undetermined", "1;90")
    }
  }

  func render(_ f: Finding, in file: FileReport, report: CheckReport) -> String {
    let start = file.lines.position(ofUTF8: f.span.lowerBound)
    let end = file.lines.position(ofUTF8: f.span.upperBound)
    var out = "\(file.path):\(start.line):\(start.column): \(label(f)): \(report.message(f, in: file)) [\(f.ruleID)]\n"
    let line = file.lines.line(start.line)
    out += "  " + line.replacingTabs + "\n"
    let width = start.line == end.line ? max(1, end.column - start.column) : max(1, line.unicodeScalars.count - start.column + 1)
    out += "  " + String(repeating: " ", count: start.column - 1) + paint(String(repeating: "^", count: width), "1;32") + "\n"
    out += "  excerpt: \u{2068}\(file.text(f.span))\u{2069}\n"
    for e in f.evidence {
      let p = file.lines.position(ofUTF8: e.fact.span.lowerBound)
      out += "  note: \(e.name) = \u{2068}\(file.text(e.fact.span))\u{2069} at \(p.line):\(p.column) means \(describe(e.fact))\n"
    }
    if case .undetermined(let reason) = f.status { out += "  note: undetermined: \(reason)\n" }
    if !f.explanation.isEmpty { out += "  note: \(f.explanation)\n" }
    return out
  }

  func summary(_ report: CheckReport) -> String {
    let errors = report.count(.error)
    let warnings = report.count(.warning)
    let notes = report.count(.note)
    let verified = report.files.reduce(0) { $0 + $1.verified.count }
    var s = "\(report.files.count) file\(report.files.count == 1 ? "" : "s") checked: "
    s += "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), \(notes) note\(notes == 1 ? "" : "s")"
    if report.explain != .off { s += ", \(verified) verified relation\(verified == 1 ? "" : "s")" }
    return s + "\n"
  }
}

/// "[72500, 73500) people", "(3, ∞)×", "2025-07": how a fact's interval reads in notes.
func describe(_ fact: Fact) -> String {
  if let d = fact.date {
    return "\(d)"
  }
  var s = fact.interval.description
  switch fact.type {
  case .percent: s += " %"
  case .percentagePoints: s += " percentage points"
  case .multiplier: s += " times"
  case .money, .measure, .count, .duration: if let u = fact.unit { s += " \(u)" }
  default: break
  }
  if let h = fact.hedge { s += " (\(h.rawValue.replacingUnderscores))" }
  return s
}

extension String {
  var replacingTabs: String { String(map { $0 == "\t" ? " " : $0 }) }
  var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}

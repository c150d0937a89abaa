import Expressions
import Facts
import Rules
import TextModel

/// Fills a message template: `{x}` is the capture as written, `{x.value}`, `{x.low}`,
/// `{x.high}`, `{x.unit}` its numbers, `{claimed}` and `{computed}` the assertion's sides.
struct MessageRenderer {
  let analysis: Analysis
  let finding: Finding
  let language: Language

  func text(_ fact: Fact) -> String {
    let utf8 = analysis.document.text.utf8
    let a = utf8.index(utf8.startIndex, offsetBy: fact.span.lowerBound)
    let b = utf8.index(utf8.startIndex, offsetBy: fact.span.upperBound)
    return String(Substring(utf8[a..<b]))
  }

  func render(_ template: String) -> String {
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      out += rest[..<open]
      let name = rest[rest.index(after: open)..<close].trimmingCharacters(in: " ")
      out += value(of: String(name)) ?? "{\(name)}"
      rest = rest[rest.index(after: close)...]
    }
    return out + rest
  }

  func value(of name: String) -> String? {
    switch name {
    case "claimed": return finding.claimed.map { HumanQuantity.render($0, language: language) }
    case "computed": return finding.computed.map { HumanQuantity.render($0, language: language) }
    default: break
    }
    let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
    guard let fact = finding.evidence.first(where: { $0.name == parts[0] })?.fact else { return nil }
    guard parts.count == 2 else { return text(fact) }
    switch parts[1] {
    case "text": return text(fact)
    case "value": return fact.date?.description ?? fact.value.map(formatNumber)
    case "low": return fact.interval.low.isFinite ? formatNumber(fact.interval.low) : "-∞"
    case "high": return fact.interval.high.isFinite ? formatNumber(fact.interval.high) : "∞"
    case "unit": return fact.unit ?? ""
    default: return nil
    }
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in c: Character) -> Substring {
    var s = self
    while s.first == c { s.removeFirst() }
    while s.last == c { s.removeLast() }
    return s
  }
}

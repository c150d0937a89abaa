import Expressions
import Facts
import YAMLSupport

/// Named facts supplied by a pipeline (`check --facts FILE`), in YAML or JSON:
///
/// ```yaml
/// facts:
///   detained_2026: {value: 73000, precision: 1000, hedge: about, unit: count, noun: people}
///   detained_2025: {high: 40000, high_inclusive: false, unit: count}
///   budget: {value: 75, unit: USD, scale: 1e9}
///   founded: {date: "2003"}
/// ```
/// Rules read them as `facts.detained_2026`.
public enum ExternalFacts {
  public static let factKeys = [
    "value", "precision", "scale", "hedge", "low", "high", "low_inclusive", "high_inclusive", "unit", "noun",
    "date",
  ]

  public static func load(path: String, policy: IntervalPolicy) -> ([String: Quantity], [YAMLIssue], String?) {
    let (loaded, source) = loadYAMLFile(atPath: path)
    var d = YAMLDiagnostics()
    d.add(loaded.issues)
    var out: [String: Quantity] = [:]
    guard let root = loaded.root, let top = d.check({ () throws(YAMLIssue) in try root.mapping() }) else {
      return (out, d.issues, source)
    }
    d.add(top.unknownKeys(allowed: ["facts"]))
    guard let factsValue = d.check({ () throws(YAMLIssue) in try top.required("facts") }),
      let facts = d.check({ () throws(YAMLIssue) in try factsValue.mapping() })
    else { return (out, d.issues, source) }
    for entry in facts.entries {
      let name = entry.name
      guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0)) }) else {
        d.add(entry.key.issue("fact name '\(name)' must be letters, digits and '_'"))
        continue
      }
      guard let m = d.check({ () throws(YAMLIssue) in try entry.value.mapping() }) else { continue }
      d.add(m.unknownKeys(allowed: factKeys))
      func number(_ key: String) -> Double? { m[key].flatMap { v in d.check { () throws(YAMLIssue) in try v.double() } } }
      func flag(_ key: String) -> Bool? { m[key].flatMap { v in d.check { () throws(YAMLIssue) in try v.bool() } } }
      if let dv = m["date"] {
        guard let s = d.check({ () throws(YAMLIssue) in try dv.string() }), let date = parseISODate(s) else {
          d.add(dv.issue("'date' expects an ISO 8601 date such as 2026-02-19"))
          continue
        }
        out[name] = Quantity(date.interval, .instant)
        continue
      }
      var unit = UnitTag.number
      if let uv = m["unit"], let u = d.check({ () throws(YAMLIssue) in try uv.string() }) {
        switch u {
        case "number": unit = .number
        case "count": unit = .count(noun: m["noun"].flatMap { v in d.check { () throws(YAMLIssue) in try v.string() } })
        case "percent", "%": unit = .percent
        case "percentage_points": unit = .percentagePoints
        default:
          guard let named = UnitTag.named(u) else {
            d.add(uv.issue("unknown unit '\(u)' (use number, count, percent, percentage_points, a currency code such as USD, a measure such as TB, or a duration such as year)"))
            continue
          }
          unit = named
        }
      }
      let scale = number("scale") ?? 1
      var hedge: Hedge?
      if let hv = m["hedge"], let h = d.check({ () throws(YAMLIssue) in try hv.string() }) {
        hedge = Hedge(rawValue: h)
        if hedge == nil {
          d.add(hv.issue("unknown hedge '\(h)' (use \(Hedge.allCases.map(\.rawValue).joined(separator: ", ")))"))
        }
      }
      if let value = number("value") {
        let interval = policy.interval(value: value * scale, precision: (number("precision") ?? 0) * scale, hedge: hedge)
        out[name] = Quantity(interval, unit)
      } else if m["low"] != nil || m["high"] != nil {
        // Counts, money and measures are never negative: an open low end starts at zero.
        let nonNegative: Bool
        switch unit {
        case .count, .currency, .measure, .duration: nonNegative = true
        default: nonNegative = false
        }
        let low = number("low").map { $0 * scale } ?? (nonNegative ? 0 : -.infinity)
        let high = number("high").map { $0 * scale } ?? .infinity
        out[name] = Quantity(
          Interval(low: low, high: high, lowInclusive: flag("low_inclusive") ?? true, highInclusive: flag("high_inclusive") ?? true),
          unit)
      } else {
        d.add(m.value.issue("fact '\(name)' needs 'value', 'low'/'high' or 'date'"))
      }
    }
    return (out, d.issues, source)
  }
}

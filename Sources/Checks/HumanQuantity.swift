import Expressions
import Facts
import TextModel

/// A computed interval as an editor reads it, in the message's language:
/// "more than 73.4%", "between 3.17 and 3.68", "أقل من 40,000".
public enum HumanQuantity {
  public static func render(_ q: Quantity, language: Language) -> String {
    let i = q.interval
    if q.unit == .instant, i.low.isFinite, i.high.isFinite {
      // An instant reads as the date (or minute) it names.
      let width = i.high - i.low
      let grain: CivilDate.Grain = width <= 60 ? .minute : .day
      let first = CivilDate.iso(seconds: i.low, grain: grain)
      let last = CivilDate.iso(seconds: max(i.low, i.high - 1), grain: grain)
      if first == last { return first }
      return language == .ar ? "بين \(first) و\(last)" : "between \(first) and \(last)"
    }
    let unit = suffix(q.unit, language)
    func n(_ x: Double) -> String { number(x) + unit }
    let ar = language == .ar
    if i.low.isFinite && i.high.isFinite {
      if i.high - i.low <= 1e-9 * max(1, abs(i.low)) || number(i.low) == number(i.high) { return n(i.low) }
      return ar ? "بين \(n(i.low)) و\(n(i.high))" : "between \(n(i.low)) and \(n(i.high))"
    }
    if i.low.isFinite {
      if i.lowInclusive { return ar ? "\(n(i.low)) على الأقل" : "at least \(n(i.low))" }
      return ar ? "أكثر من \(n(i.low))" : "more than \(n(i.low))"
    }
    if i.high.isFinite {
      if i.highInclusive { return ar ? "\(n(i.high)) على الأكثر" : "at most \(n(i.high))" }
      return ar ? "أقل من \(n(i.high))" : "less than \(n(i.high))"
    }
    return ar ? "أي قيمة" : "any value"
  }

  static func suffix(_ u: UnitTag, _ language: Language) -> String {
    switch u {
    case .number, .instant, .weekday: return ""
    case .percent: return "%"
    case .percentagePoints: return language == .ar ? " نقطة مئوية" : " percentage points"
    case .count(let noun): return noun.map { " \($0)" } ?? ""
    case .duration(let symbol, _):
      if language == .ar { return symbol.hasPrefix("year") ? " عاماً" : " " + symbol }
      return " " + symbol
    default: return " \(u.description)"
    }
  }

  /// Up to three significant decimals, thousands grouped: 73.375 → "73.4", 69350 → "69,350".
  public static func number(_ x: Double) -> String {
    let magnitude = abs(x)
    let decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (magnitude * scale).rounded() / scale
    let whole = UInt64(rounded.rounded(.down))
    var digits = String(whole)
    var grouped = ""
    while digits.count > 3 {
      grouped = "," + digits.suffix(3) + grouped
      digits.removeLast(3)
    }
    grouped = digits + grouped
    var fraction = ""
    if decimals > 0 {
      let f = UInt64(((rounded - Double(whole)) * scale).rounded())
      if f > 0 {
        var s = String(f)
        while s.count < decimals { s = "0" + s }
        while s.hasSuffix("0") { s.removeLast() }
        fraction = "." + s
      }
    }
    return (x < 0 && rounded > 0 ? "-" : "") + grouped + fraction
  }
}

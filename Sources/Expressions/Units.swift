import Facts

/// What a quantity measures. Units decide which quantities may be added or compared.
///
/// - `number` is dimensionless and adapts to the other operand's unit ("84" next to a
///   percentage is read as 84%).
/// - `percent` and `percentagePoints` never mix: 40% → 50% is +10 points but +25 percent.
/// - currencies never convert into one another (no exchange rates): USD against EUR is a
///   unit error.
/// - `measure` units of the same dimension convert through `factor` (size of one unit in the
///   dimension's base unit): 400 TB equals 0.4 PB.
/// - `duration` units convert through their length in seconds.
/// - `count` is a number of things; the noun is informational, and counts never meet money
///   or measures.
/// - `instant` is a point in time in seconds since 1970-01-01T00:00Z.
/// - `weekday` is 1 = Sunday … 7 = Saturday.
public enum UnitTag: Sendable, Hashable, CustomStringConvertible {
  case number
  case percent
  case percentagePoints
  case currency(String)
  case measure(dimension: String, symbol: String, factor: Double)
  case duration(symbol: String, seconds: Double)
  case count(noun: String?)
  case instant
  case weekday

  /// Whether values of this unit are whole numbers (then `==` means "share an integer").
  public var isInteger: Bool {
    switch self {
    case .count, .weekday: return true
    default: return false
    }
  }

  public var description: String {
    switch self {
    case .number: return "number"
    case .percent: return "%"
    case .percentagePoints: return "percentage points"
    case .currency(let c): return c
    case .measure(_, let s, _): return s
    case .duration(let s, _): return s
    case .count(let noun): return noun.map { "count of \($0)" } ?? "count"
    case .instant: return "instant"
    case .weekday: return "weekday"
    }
  }

  /// A short suffix for rendering values: "%", " pp", " USD", " TB".
  var suffix: String {
    switch self {
    case .number, .instant, .weekday: return ""
    case .percent: return "%"
    case .percentagePoints: return " pp"
    case .count(let noun): return noun.map { " \($0)" } ?? ""
    default: return " \(description)"
    }
  }

  /// Seconds in a year (Gregorian average), used by `years_between`.
  public static let secondsPerYear = 365.2425 * 86_400
  public static let years = UnitTag.duration(symbol: "years", seconds: secondsPerYear)

  /// The unit for a unit word as facts carry it ("TB", "USD", "year"), if known.
  public static func named(_ name: String) -> UnitTag? {
    let key = name.lowercased()
    if let (dim, factor) = measureTable[key] {
      return .measure(dimension: dim, symbol: name, factor: factor)
    }
    if let seconds = durationTable[key] { return .duration(symbol: name, seconds: seconds) }
    if name.count == 3, name.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) {
      return .currency(name)
    }
    return nil
  }

  /// Every unit symbol the extractor writes on measures (Facts' `MeasureUnit` table), by
  /// dimension and size in the dimension's base unit. Celsius and Fahrenheit are separate
  /// dimensions: a factor cannot convert between them.
  private static let measureTable: [String: (String, Double)] = [
    "b": ("data", 1), "byte": ("data", 1), "bytes": ("data", 1),
    "kb": ("data", 1e3), "mb": ("data", 1e6), "gb": ("data", 1e9), "tb": ("data", 1e12),
    "pb": ("data", 1e15), "eb": ("data", 1e18),
    "bit": ("data", 0.125), "kbit": ("data", 125), "mbit": ("data", 125_000), "gbit": ("data", 1.25e8),
    "pm": ("length", 1e-12), "mm": ("length", 1e-3), "cm": ("length", 1e-2), "dm": ("length", 0.1),
    "m": ("length", 1), "km": ("length", 1e3), "in": ("length", 0.0254), "ft": ("length", 0.3048),
    "yd": ("length", 0.9144), "mi": ("length", 1609.344), "nmi": ("length", 1852),
    "ug": ("mass", 1e-9), "mg": ("mass", 1e-6), "g": ("mass", 1e-3), "kg": ("mass", 1), "t": ("mass", 1e3),
    "tonne": ("mass", 1e3), "tonnes": ("mass", 1e3), "oz": ("mass", 0.028349523125), "lb": ("mass", 0.45359237),
    "cm2": ("area", 1e-4), "m2": ("area", 1), "ft2": ("area", 0.09290304), "km2": ("area", 1e6),
    "mi2": ("area", 2_589_988.110336), "ha": ("area", 1e4), "acre": ("area", 4046.8564224),
    "dunam": ("area", 1000), "feddan": ("area", 4200),
    "ml": ("volume", 1e-3), "l": ("volume", 1), "hl": ("volume", 100), "gal": ("volume", 3.785411784),
    "bbl": ("volume", 158.987294928), "cm3": ("volume", 1e-3), "m3": ("volume", 1000),
    "ft3": ("volume", 28.316846592),
    "c": ("celsius", 1), "f": ("fahrenheit", 1),
    "km/h": ("speed", 1), "mph": ("speed", 1.609344), "m/s": ("speed", 3.6), "kn": ("speed", 1.852),
    "w": ("power", 1), "kw": ("power", 1e3), "mw": ("power", 1e6), "gw": ("power", 1e9),
    "kwh": ("energy", 1e3), "mwh": ("energy", 1e6), "gwh": ("energy", 1e9), "twh": ("energy", 1e12),
  ]

  private static let durationTable: [String: Double] = [
    "second": 1, "seconds": 1, "minute": 60, "minutes": 60, "hour": 3600, "hours": 3600,
    "day": 86_400, "days": 86_400, "week": 604_800, "weeks": 604_800,
    "month": secondsPerYear / 12, "months": secondsPerYear / 12,
    "year": secondsPerYear, "years": secondsPerYear,
    "decade": 10 * secondsPerYear, "decades": 10 * secondsPerYear,
    "century": 100 * secondsPerYear, "centuries": 100 * secondsPerYear,
  ]
}

/// An interval of values with a unit: what every name and sub-expression evaluates to.
public struct Quantity: Sendable, Hashable, CustomStringConvertible {
  public var interval: Interval
  public var unit: UnitTag

  public init(_ interval: Interval, _ unit: UnitTag = .number) {
    self.interval = interval
    self.unit = unit
  }

  public static func exactly(_ x: Double, _ unit: UnitTag = .number) -> Quantity {
    Quantity(.point(x), unit)
  }

  /// The quantity a fact states. Dates and times become instants; unknown unit words on
  /// measures and money are kept as opaque currency-like tags so they only match themselves.
  public init(fact: Fact) {
    let unit: UnitTag
    switch fact.type {
    case .percent: unit = .percent
    case .percentagePoints: unit = .percentagePoints
    case .money: unit = .currency(fact.unit?.uppercased() ?? "?")
    case .measure: unit = fact.unit.flatMap(UnitTag.named) ?? .currency(fact.unit ?? "?")
    case .duration: unit = fact.unit.flatMap(UnitTag.named) ?? .duration(symbol: "seconds", seconds: 1)
    case .count: unit = .count(noun: fact.unit)
    case .date, .time: unit = .instant
    case .number, .multiplier, .ordinal, .range, .list: unit = .number
    }
    self.init(fact.interval, unit)
  }

  public var description: String { render(self) }
}

/// A value bound to a name: one quantity or a list of them (`sum(parts)`, `count(items)`).
public enum Value: Sendable, Hashable {
  case quantity(Quantity)
  case list([Quantity])
}

/// A unit mismatch, reported as a reason for an undetermined verdict.
public struct UnitError: Error, Sendable, Equatable {
  public var message: String
}

extension UnitTag {
  /// Brings `b` into `a`'s unit for adding or comparing. Returns both intervals in the
  /// common unit and that unit, or a unit error.
  /// Whether two units measure the same thing: equal counted nouns (compared as folded
  /// words), the same currency, dimension, or kind. A plain number ("fewer than 40,000")
  /// may stand for a count or another plain number, never for money, measures or percentages.
  public static func sameKind(_ a: UnitTag, _ b: UnitTag) -> Bool {
    switch (a, b) {
    case (.number, .count), (.count, .number): return true
    case (.count(let n1), .count(let n2)):
      guard let n1, let n2 else { return n1 == nil && n2 == nil }
      return foldedNoun(n1) == foldedNoun(n2)
    case (.currency(let c1), .currency(let c2)): return c1.uppercased() == c2.uppercased()
    case (.measure(let d1, _, _), .measure(let d2, _, _)): return d1 == d2
    case (.duration, .duration), (.number, .number), (.percent, .percent),
      (.percentagePoints, .percentagePoints), (.instant, .instant), (.weekday, .weekday):
      return true
    default: return false
    }
  }

  /// A noun folded for comparison; the accusative "…اً" of "طالباً" is dropped.
  static func foldedNoun(_ s: String) -> [UInt32] {
    var out = foldedLetters(s)
    if out.count >= 4, out.last == 0x0627, let first = out.first, (0x0621...0x064A).contains(first) {
      out.removeLast()
    }
    return out
  }

  static func foldedLetters(_ s: String) -> [UInt32] {
    var out: [UInt32] = []
    for u in s.unicodeScalars {
      switch u.value {
      case 0x0622, 0x0623, 0x0625: out.append(0x0627)
      case 0x0649: out.append(0x064A)
      case 0x0629: out.append(0x0647)
      case 0x064B...0x065F, 0x0640: continue
      case 0x41...0x5A: out.append(u.value + 0x20)
      default: out.append(u.value)
      }
    }
    return out
  }

  static func unify(_ a: Quantity, _ b: Quantity, for what: String) -> Result<(Interval, Interval, UnitTag), UnitError> {
    switch (a.unit, b.unit) {
    case (.number, _): return .success((a.interval, b.interval, b.unit))
    case (_, .number): return .success((a.interval, b.interval, a.unit))
    case (.percent, .percent), (.percentagePoints, .percentagePoints), (.instant, .instant),
      (.weekday, .weekday):
      return .success((a.interval, b.interval, a.unit))
    case (.count(let n1), .count(let n2)):
      return .success((a.interval, b.interval, .count(noun: n1 == n2 ? n1 : n1 ?? n2)))
    case (.currency(let c1), .currency(let c2)):
      if c1.uppercased() == c2.uppercased() { return .success((a.interval, b.interval, a.unit)) }
      return .failure(UnitError(message: "cannot \(what) \(c1) and \(c2): currencies do not convert"))
    case (.measure(let d1, _, let f1), .measure(let d2, _, let f2)):
      if d1 == d2 { return .success((a.interval, b.interval.scaled(by: f2 / f1), a.unit)) }
      return .failure(UnitError(message: "cannot \(what) \(a.unit) (\(d1)) and \(b.unit) (\(d2))"))
    case (.duration(_, let s1), .duration(_, let s2)):
      return .success((a.interval, b.interval.scaled(by: s2 / s1), a.unit))
    default:
      return .failure(UnitError(message: "cannot \(what) \(a.unit.kindName) and \(b.unit.kindName)"))
    }
  }

  /// "a percentage", "money (USD)", "a count": for unit error messages.
  var kindName: String {
    switch self {
    case .number: return "a plain number"
    case .percent: return "a percentage"
    case .percentagePoints: return "percentage points"
    case .currency(let c): return "money (\(c))"
    case .measure(let d, let s, _): return "a \(d) measure (\(s))"
    case .duration(let s, _): return "a duration (\(s))"
    case .count(let n): return n.map { "a count of \($0)" } ?? "a count"
    case .instant: return "a date"
    case .weekday: return "a weekday"
    }
  }
}

/// Values rendered for explanations: up to 6 significant digits, units as suffixes.
func render(_ q: Quantity) -> String {
  if q.unit == .instant { return renderInstants(q.interval) }
  return renderInterval(q.interval) + q.unit.suffix
}

func renderInterval(_ i: Interval) -> String {
  if i.isPoint { return short(i.low) }
  if i.low == -.infinity && i.high == .infinity { return "any value" }
  return "\(i.lowInclusive ? "[" : "(")\(short(i.low)), \(short(i.high))\(i.highInclusive ? "]" : ")")"
}

func short(_ x: Double) -> String {
  if x == .infinity { return "∞" }
  if x == -.infinity { return "-∞" }
  if x == 0 || x.isNaN { return formatNumber(x) }
  var magnitude = 0
  var v = abs(x)
  while v >= 10 { v /= 10; magnitude += 1 }
  while v < 1 { v *= 10; magnitude -= 1 }
  let places = 5 - magnitude
  if places <= 0 { return formatNumber(x.rounded()) }
  var scale = 1.0
  for _ in 0..<min(places, 15) { scale *= 10 }
  return formatNumber((x * scale).rounded() / scale)
}

func renderInstants(_ i: Interval) -> String {
  func day(_ s: Double) -> String {
    guard s.isFinite else { return s > 0 ? "∞" : "-∞" }
    let c = civil(fromDays: Int((s / 86_400).rounded(.down)))
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(c.year)-\(two(c.month))-\(two(c.day))"
  }
  if i.isPoint { return day(i.low) }
  return "\(i.lowInclusive ? "[" : "(")\(day(i.low)), \(day(i.high))\(i.highInclusive ? "]" : ")")"
}

/// Gregorian date for days since 1970-01-01 (proleptic, the usual civil-from-days algorithm).
func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
  let z = days + 719_468
  let era = (z >= 0 ? z : z - 146_096) / 146_097
  let doe = z - era * 146_097
  let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
  let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
  let mp = (5 * doy + 2) / 153
  let d = doy - (153 * mp + 2) / 5 + 1
  let m = mp < 10 ? mp + 3 : mp - 9
  return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
}

/// A set of real numbers between two bounds, each inclusive or not; an infinite bound means
/// unbounded on that side. Every stated figure becomes one of these.
public struct Interval: Sendable, Hashable, CustomStringConvertible {
  public var low: Double
  public var high: Double
  public var lowInclusive: Bool
  public var highInclusive: Bool

  public init(low: Double, high: Double, lowInclusive: Bool = true, highInclusive: Bool = true) {
    self.low = low
    self.high = high
    self.lowInclusive = lowInclusive && low.isFinite
    self.highInclusive = highInclusive && high.isFinite
  }

  public static func point(_ x: Double) -> Interval { Interval(low: x, high: x) }
  public static let all = Interval(low: -.infinity, high: .infinity)

  public var isEmpty: Bool {
    low > high || (low == high && !(lowInclusive && highInclusive))
  }
  public var isPoint: Bool { low == high && lowInclusive && highInclusive }
  public var isBounded: Bool { low.isFinite && high.isFinite }
  public var midpoint: Double { isBounded ? (low + high) / 2 : (low.isFinite ? low : high) }

  public func contains(_ x: Double) -> Bool {
    (x > low || (lowInclusive && x == low)) && (x < high || (highInclusive && x == high))
  }

  public func intersection(_ other: Interval) -> Interval {
    let (lo, loInc): (Double, Bool) =
      low > other.low
      ? (low, lowInclusive) : other.low > low ? (other.low, other.lowInclusive)
      : (low, lowInclusive && other.lowInclusive)
    let (hi, hiInc): (Double, Bool) =
      high < other.high
      ? (high, highInclusive) : other.high < high ? (other.high, other.highInclusive)
      : (high, highInclusive && other.highInclusive)
    return Interval(low: lo, high: hi, lowInclusive: loInc, highInclusive: hiInc)
  }

  public func overlaps(_ other: Interval) -> Bool { !intersection(other).isEmpty }

  /// The smallest interval holding both.
  public func hull(_ other: Interval) -> Interval {
    let (lo, loInc): (Double, Bool) =
      low < other.low
      ? (low, lowInclusive) : other.low < low ? (other.low, other.lowInclusive)
      : (low, lowInclusive || other.lowInclusive)
    let (hi, hiInc): (Double, Bool) =
      high > other.high
      ? (high, highInclusive) : other.high > high ? (other.high, other.highInclusive)
      : (high, highInclusive || other.highInclusive)
    return Interval(low: lo, high: hi, lowInclusive: loInc, highInclusive: hiInc)
  }

  public func scaled(by factor: Double) -> Interval {
    factor >= 0
      ? Interval(
        low: low * factor, high: high * factor, lowInclusive: lowInclusive,
        highInclusive: highInclusive)
      : Interval(
        low: high * factor, high: low * factor, lowInclusive: highInclusive,
        highInclusive: lowInclusive)
  }

  public var description: String {
    func fmt(_ x: Double) -> String {
      if x == .infinity { return "∞" }
      if x == -.infinity { return "-∞" }
      return formatNumber(x)
    }
    return "\(lowInclusive ? "[" : "(")\(fmt(low)), \(fmt(high))\(highInclusive ? "]" : ")")"
  }
}

/// Shortest plain decimal form of a number: 72500, 83.5, 0.4. No exponent, no locale.
public func formatNumber(_ x: Double) -> String {
  if x.isNaN { return "nan" }
  if x.isInfinite { return x > 0 ? "inf" : "-inf" }
  if x == x.rounded(), abs(x) < 1e18 { return String(Int64(x)) }
  var s = "\(x)"
  if s.contains("e") {
    // Expand exponents so output stays readable and JSON-safe.
    let places = max(0, min(15, 15 - Int(log10Approx(abs(x)))))
    s = fixed(x, places: places)
  }
  return s
}

private func log10Approx(_ x: Double) -> Double {
  var e = 0.0
  var v = x
  while v >= 10 { v /= 10; e += 1 }
  while v < 1 && v > 0 { v *= 10; e -= 1 }
  return e
}

private func fixed(_ x: Double, places: Int) -> String {
  var scale = 1.0
  for _ in 0..<places { scale *= 10 }
  let negative = x < 0
  let scaledValue = (abs(x) * scale).rounded()
  var digits = String(UInt64(scaledValue))
  while digits.count <= places { digits = "0" + digits }
  let cut = digits.index(digits.endIndex, offsetBy: -places)
  var out = String(digits[..<cut])
  var frac = String(digits[cut...])
  while frac.hasSuffix("0") { frac.removeLast() }
  if !frac.isEmpty { out += "." + frac }
  return negative ? "-" + out : out
}

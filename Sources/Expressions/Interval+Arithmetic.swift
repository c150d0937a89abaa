import Facts

/// Interval arithmetic over `Interval`, respecting open and closed ends.
///
/// Every operation returns the tightest interval holding `x ∘ y` for all `x` in the left
/// operand and `y` in the right one (operands vary independently). An end is closed only
/// when some pair of values actually reaches it. Infinite ends stand for "unbounded" and are
/// never closed. By convention `0 × ∞ = 0` at the ends: a factor that can be exactly zero
/// makes the product zero whatever the other factor is.
extension Interval {
  /// One candidate end of a result: its value and whether some pair of values reaches it.
  fileprivate struct End {
    var value: Double
    var reached: Bool
  }

  /// The interval spanned by candidate ends: the smallest and largest values, closed when
  /// any candidate at that value is reached.
  fileprivate static func spanning(_ ends: [End]) -> Interval {
    var lo = ends[0]
    var hi = ends[0]
    for e in ends.dropFirst() {
      if e.value < lo.value { lo = e } else if e.value == lo.value { lo.reached = lo.reached || e.reached }
      if e.value > hi.value { hi = e } else if e.value == hi.value { hi.reached = hi.reached || e.reached }
    }
    return Interval(low: lo.value, high: hi.value, lowInclusive: lo.reached, highInclusive: hi.reached)
  }

  public static func + (a: Interval, b: Interval) -> Interval {
    let lo = a.low + b.low
    let hi = a.high + b.high
    return Interval(
      low: lo.isNaN ? -.infinity : lo, high: hi.isNaN ? .infinity : hi,
      lowInclusive: a.lowInclusive && b.lowInclusive,
      highInclusive: a.highInclusive && b.highInclusive)
  }

  public static prefix func - (a: Interval) -> Interval {
    Interval(low: -a.high, high: -a.low, lowInclusive: a.highInclusive, highInclusive: a.lowInclusive)
  }

  public static func - (a: Interval, b: Interval) -> Interval { a + (-b) }

  public static func * (a: Interval, b: Interval) -> Interval {
    func product(_ x: Double, _ xIn: Bool, _ y: Double, _ yIn: Bool) -> End {
      let p: Double = (x == 0 || y == 0) ? 0 : x * y
      let reached = (xIn && yIn) || (x == 0 && xIn) || (y == 0 && yIn)
      return End(value: p, reached: reached && p.isFinite)
    }
    return spanning([
      product(a.low, a.lowInclusive, b.low, b.lowInclusive),
      product(a.low, a.lowInclusive, b.high, b.highInclusive),
      product(a.high, a.highInclusive, b.low, b.lowInclusive),
      product(a.high, a.highInclusive, b.high, b.highInclusive),
    ])
  }

  /// Why a division could not give a single interval.
  public enum DivisionProblem: Error, Sendable, Equatable {
    /// The divisor is exactly zero.
    case divisorIsZero
    /// The divisor has values on both sides of zero, so the quotient is not one interval.
    case divisorStraddlesZero
  }

  /// The divisor with a zero END removed: `[0, 40000)` becomes `(0, 40000)`. A zero inside
  /// the interval cannot be removed; that is reported as a problem.
  public func excludingZeroEnd() -> Result<(interval: Interval, removedZero: Bool), DivisionProblem> {
    if isEmpty { return .success((self, false)) }
    if low == 0 && high == 0 { return .failure(.divisorIsZero) }
    if low < 0 && high > 0 { return .failure(.divisorStraddlesZero) }
    if low == 0 && lowInclusive {
      return .success((Interval(low: 0, high: high, lowInclusive: false, highInclusive: highInclusive), true))
    }
    if high == 0 && highInclusive {
      return .success((Interval(low: low, high: 0, lowInclusive: lowInclusive, highInclusive: false), true))
    }
    return .success((self, false))
  }

  /// `1 / x` for a divisor that does not contain zero (zero may be an open end).
  public func reciprocal() -> Result<Interval, DivisionProblem> {
    Interval.point(1).divided(by: self)
  }

  /// `a / b`; a divisor with zero at one end is treated as excluding that zero (the quotient
  /// is then unbounded on that side); a divisor that is zero or straddles zero is a problem.
  /// Quotients of the ends are computed directly (not through a reciprocal) so exact
  /// decimal results such as 69350 / 40000 = 1.73375 are not perturbed.
  public func divided(by b: Interval) -> Result<Interval, DivisionProblem> {
    switch b.excludingZeroEnd() {
    case .failure(let p): return .failure(p)
    case .success(let (d, _)):
      if isEmpty || d.isEmpty { return .success(Interval(low: 1, high: 0)) }
      let divisorSign: Double = d.high <= 0 ? -1 : 1
      func quotient(_ x: Double, _ xIn: Bool, _ y: Double, _ yIn: Bool) -> End? {
        let zeroReached = x == 0 && xIn
        if y == 0 {
          // An open zero end of the divisor: the quotient runs off to infinity.
          if x == 0 { return End(value: 0, reached: zeroReached) }
          return End(value: x.sign == .minus ? -divisorSign * .infinity : divisorSign * .infinity, reached: false)
        }
        if y.isInfinite {
          if x.isInfinite { return nil }  // covered by the other end combinations
          return End(value: 0, reached: zeroReached)
        }
        if x.isInfinite { return End(value: (x > 0) == (y > 0) ? .infinity : -.infinity, reached: false) }
        return End(value: x / y, reached: (xIn && yIn) || zeroReached)
      }
      let ends = [
        quotient(low, lowInclusive, d.low, d.lowInclusive),
        quotient(low, lowInclusive, d.high, d.highInclusive),
        quotient(high, highInclusive, d.low, d.lowInclusive),
        quotient(high, highInclusive, d.high, d.highInclusive),
      ].compactMap { $0 }
      return .success(Interval.spanning(ends))
    }
  }

  /// `|x|` for every `x` in the interval.
  public var magnitude: Interval {
    if low >= 0 { return self }
    if high <= 0 { return -self }
    let (far, farIn) = -low > high ? (-low, lowInclusive) : -low < high ? (high, highInclusive)
      : (high, lowInclusive || highInclusive)
    return Interval(low: 0, high: far, lowInclusive: true, highInclusive: farIn)
  }

  /// Pointwise minimum: `{ min(x, y) }` for x in self, y in other.
  public func minimum(_ other: Interval) -> Interval {
    let lo: End = low < other.low ? End(value: low, reached: lowInclusive)
      : other.low < low ? End(value: other.low, reached: other.lowInclusive)
      : End(value: low, reached: lowInclusive || other.lowInclusive)
    let hi: End = high < other.high ? End(value: high, reached: highInclusive)
      : other.high < high ? End(value: other.high, reached: other.highInclusive)
      : End(value: high, reached: highInclusive && other.highInclusive)
    return Interval(low: lo.value, high: hi.value, lowInclusive: lo.reached, highInclusive: hi.reached)
  }

  /// Pointwise maximum: `{ max(x, y) }` for x in self, y in other.
  public func maximum(_ other: Interval) -> Interval {
    -((-self).minimum(-other))
  }

  /// Whether the interval holds at least one integer.
  public var containsInteger: Bool {
    if isEmpty { return false }
    if !low.isFinite || !high.isFinite { return true }
    var first = low.rounded(.up)
    if first == low && !lowInclusive { first += 1 }
    return contains(first)
  }
}

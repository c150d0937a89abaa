/// A word that widens or bounds a stated figure: "about", "more than", "أقل من".
public enum Hedge: String, Sendable, CaseIterable, Codable {
  case about
  case nearly
  case moreThan = "more_than"
  case atLeast = "at_least"
  case lessThan = "less_than"
  case atMost = "at_most"
}

/// How figures become intervals. All widths live here so one configuration changes them.
public struct IntervalPolicy: Sendable, Equatable {
  /// Relative half-width of "about", "around", "حوالي", "نحو".
  public var about: Double = 0.05
  /// Relative width below the figure for "nearly", "almost", "ما يقرب من", "قرابة".
  public var nearly: Double = 0.05
  /// When true a bare figure may also have been truncated, not only rounded:
  /// "73 thousand" then reaches up to (but not including) 74 thousand.
  public var allowTruncation: Bool = false

  public init(about: Double = 0.05, nearly: Double = 0.05, allowTruncation: Bool = false) {
    self.about = about
    self.nearly = nearly
    self.allowTruncation = allowTruncation
  }

  /// The values a figure stands for, given the precision it was written with
  /// (1 for "84", 0.1 for "1.4", 1000 for "73 thousand") and its hedge.
  public func interval(value v: Double, precision p: Double, hedge: Hedge?, nonNegative: Bool = true)
    -> Interval
  {
    let half = p / 2
    let rounded = Interval(
      low: v - half, high: allowTruncation ? v + p : v + half, lowInclusive: true,
      highInclusive: false)
    let floor: Double = nonNegative && v >= 0 ? 0 : -.infinity
    switch hedge {
    case nil:
      return p > 0 ? rounded : .point(v)
    case .about:
      let w = abs(v) * about
      return Interval(low: v - w, high: v + w).hull(rounded)
    case .nearly:
      let w = abs(v) * nearly
      return Interval(low: min(v - w, v - half), high: v)
    case .moreThan:
      return Interval(low: v, high: .infinity, lowInclusive: false)
    case .atLeast:
      return Interval(low: v, high: .infinity)
    case .lessThan:
      return Interval(low: floor, high: v, lowInclusive: true, highInclusive: false)
    case .atMost:
      return Interval(low: floor, high: v)
    }
  }
}

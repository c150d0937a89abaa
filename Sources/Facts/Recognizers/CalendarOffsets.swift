import TextModel

extension Scan {
  /// The months and days of a compound length that mixes the two ("1 month 21 days", "2 years,
  /// 1 month and 21 days"): counted on the calendar they land on the day a reader means, where
  /// the 51 days the duration fact totals would miss "1 month 21 days ago" by a day or two.
  /// nil for a single part, or when no part is in months or years or none in days or weeks.
  func calendarParts(_ r: Range<Int>, limit: Int) -> (months: Int, days: Int)? {
    guard r.count > 2 else { return nil }
    var months = 0
    var days = 0
    func add(_ v: Double, _ u: DurationUnit) -> Bool {
      guard v >= 1, v == v.rounded(), v <= 1000 else { return false }
      let n = Int(v)
      switch u {
      case .year: months += 12 * n
      case .month: months += n
      case .week: days += 7 * n
      case .day: days += n
      default: return false
      }
      return true
    }
    let s = r.lowerBound
    var end: Int
    if isWord(s, Self.aKey) || isWord(s, Self.anKey), let u = durationUnit(at: s + 1, limit: limit), u.count == 1 {
      guard add(1, u.unit) else { return nil }
      end = u.end
    } else if let n = readNumber(at: s, limit: limit), n.scale == nil,
      let u = durationUnit(at: n.tokens.upperBound, limit: limit), u.count == 1
    {
      guard add(n.value, u.unit) else { return nil }
      end = u.end
    } else {
      return nil
    }
    while end < r.upperBound, let (v, u, _, e) = nextDurationPart(at: end, limit: limit), e <= r.upperBound {
      guard add(v, u) else { return nil }
      end = e
    }
    guard end == r.upperBound, months > 0, days > 0 else { return nil }
    return (months, days)
  }
}

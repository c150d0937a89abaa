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

extension Scan {
  /// "in two weeks' time", "in a fortnight's time": the possessive "time" counts from now, with
  /// or without a future verb.
  func timeAfter(_ e: Int) -> Bool {
    guard isSymbol(e, 0x27) || isSymbol(e, 0x2019), gap(e) == 0 else { return false }
    var k = e + 1
    if isWord(k, CalendarWords.s), gap(k) == 0 { k += 1 }
    return isWord(k, CalendarWords.time) && gap(k) == 1
  }

  /// "the next fortnight", "the past fortnight", "over the last fortnight": the two weeks after
  /// or up to the document date, as "the next two weeks" reads.
  func fortnightPeriod(at i: Int, offset r: Int, limit: Int) -> DateMatch? {
    let e = i + 1
    // Not "the following fortnight", "the previous fortnight": those count from a day of the story.
    guard r == 1 || r == -1, e < limit, isWord(e, CalendarWords.fortnight), gap(e) == 1,
      CalendarWords.fortnightLeads.contains(tokens[i].key)
    else { return nil }
    // "the fortnight after the vote" counts from an event.
    if isWord(e + 1), Self.periodAfterEventKeys.contains(tokens[e + 1].key) { return nil }
    let the = i > 0 && isWord(i - 1, PeriodWords.the) && gap(i) == 1
    return Self.countedPeriod((the ? i - 1 : i)..<(e + 1), direction: r, length: 14, months: false)
  }
}

enum CalendarWords {
  static let s = key("s")
  static let time = key("time")
  static let fortnight = key("fortnight")
  static let fortnightLeads: KeySet = KeySet(["next", "coming", "upcoming", "last", "past"].map(key))
}

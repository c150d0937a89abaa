import TextModel

extension Scan {
  /// Days, weeks or months counted from the start or the end of a year or a month: "the first
  /// 2 weeks of 2021", "the last four months of 2021", "first ten days of last year", "the last
  /// 10 days of March", "the first two months of the year"; and a month counted in a year: "the
  /// third month of 2021", "the 9th month of next year". Weeks are seven days from the first or
  /// the last day, not calendar weeks: "the first two weeks of January" is January 1-14.
  /// `i` is "first", "last", an ordinal word or the figure of "9th". English only.
  func countedPart(at i: Int, limit: Int) -> DateMatch? {
    guard i + 3 < limit, gap(i + 1) <= 1 else { return nil }
    var j = i + 1
    var side = 0
    var nth = 0
    if isWord(j, PeriodWords.month), !isDigits(i),
      let (n, _) = first(i, { if case .ordinal(let n) = $0.lex { n } else { nil } })
    {
      // "third month", "first month": the ordinals up to "twelfth" are one word; the key test
      // first, as most ordinals count something else.
      nth = n
    } else if isWord(i, PeriodWords.last), isWord(j, PeriodWords.month), isWord(j + 1, PeriodWords.of) {
      // "the last month of 2021" is December, not "last month".
      nth = 12
    } else if isWord(i, CountedWords.first) || isWord(i, PeriodWords.last) {
      side = isWord(i, PeriodWords.last) ? -1 : 1
    } else if isDigits(i) {
      // "9th month": the figure with its suffix glued.
      guard tokens[i].length <= 2, isWord(j), gap(j) == 0, Self.ordinalSuffixKeys.contains(tokens[j].key) else {
        return nil
      }
      nth = Int(tokens[i].key)
      j += 1
    } else {
      return nil
    }
    var count = 1
    var unit: DurationUnit
    if nth != 0 {
      guard (1...12).contains(nth), isWord(j, PeriodWords.month), gap(j) == 1 else { return nil }
      unit = .month
      j += 1
    } else {
      guard gap(j) == 1, let (n, e) = partCount(at: j, limit: limit), let u = durationUnit(at: e, limit: limit),
        u.count == 1, !u.article, gap(e) == 1
      else { return nil }
      count = n
      unit = u.unit
      j = u.end
    }
    guard unit == .day || unit == .week || unit == .month, isWord(j, PeriodWords.of), gap(j) == 1 else { return nil }
    let the = i > 0 && isWord(i - 1, PeriodWords.the) && gap(i) == 1
    let start = the ? i - 1 : i
    var d: DateMatch
    if let (year, end) = yearAfterOf(j, limit: limit) {
      // "the first 50 days of the year starting April 1", "the first nine weeks of 1987 ended
      // March 6": a fiscal year.
      if isWord(end), CountedWords.fiscalAfter.contains(tokens[end].key) { return nil }
      d = DateMatch(tokens: start..<end)
      if year.1 { d.relativeYear = year.0 } else { d.year = year.0 }
      d.settled = toldAsPast(start..<end)
      if nth != 0 {
        d.month = nth
        return d
      }
      let days = unit == .week ? 7 * count : count
      switch unit {
      case .month:
        guard count <= 12 else { return nil }
        d.month = side > 0 ? 1 : 13 - count
        d.day = 1
        d.periodLength = Int32(count)
        d.periodInMonths = true
      default:
        guard days <= 365 else { return nil }
        d.month = side > 0 ? 1 : 12
        d.day = side > 0 ? 1 : 31
        if side < 0 { d.shift = Int32(1 - days) }
        d.periodLength = Int32(days)
      }
      return d
    }
    // A month: "of March", "of March 2020", "of next month"; "of May" is the month after the count.
    guard nth == 0, unit != .month, j + 1 < limit, gap(j + 1) == 1,
      var m = matchDate(at: j + 1, limit: limit)
        ?? monthPhrase(at: j + 1, limit: limit, start: j + 1, context: true, relative: 0),
      m.month != nil || m.monthOffset != nil, m.day == nil, m.dayOffset == nil, m.weekday == nil, m.part == 0,
      m.period == nil, m.endMonth == nil, m.endYear == nil, m.holiday == nil, !m.isHijri, m.shift == 0,
      m.hour == nil, m.nth == 0, m.periodLength == 0, m.leadingClitic == 0
    else { return nil }
    let days = unit == .week ? 7 * count : count
    guard days <= 28 else { return nil }
    m.tokens = start..<m.tokens.upperBound
    if side > 0 {
      m.day = 1
    } else {
      // The last day, found once the month is placed; the period ends with it.
      m.nth = -8
      m.shift = Int32(1 - days)
    }
    m.periodLength = Int32(days)
    return m
  }

  /// Whether the clause tells of the period in the past: a past verb just after it ("for the
  /// first nine months of the year, it had earned") or, with no verb there, before it ("orders
  /// rose … in the first five months of this year").
  private func toldAsPast(_ r: Range<Int>) -> Bool {
    var k = r.upperBound
    var words = 0
    while k < tokens.count, words < 6, tokens[k].gap < 2 {
      if tokens[k].kind == .symbol {
        if [0x2E, 0x21, 0x3F, 0x3B, 0x28, 0x29].contains(tokens[k].key) { return false }
      } else if tokens[k].kind == .word {
        if PeriodWords.pastCues.contains(tokens[k].key) { return true }
        if PeriodWords.futureCues.contains(tokens[k].key) || Self.tenseCues[tokens[k].key] != nil { return false }
        words += 1
      }
      k += 1
    }
    return quarterLean(r.lowerBound) < 0
  }

  /// "2", "ten", "twenty one" before a unit: the count and where it ends.
  private func partCount(at j: Int, limit: Int) -> (Int, Int)? {
    if isDigits(j), tokens[j].length <= 3 {
      let n = Int(tokens[j].key)
      return n >= 1 ? (n, j + 1) : nil
    }
    guard isWord(j), hasNumberReading(j), let m = matchNumberWords(at: j, limit: limit), m.value >= 1,
      m.value <= 366, m.value == m.value.rounded()
    else { return nil }
    return (Int(m.value), m.tokens.upperBound)
  }
}

enum CountedWords {
  static let first = key("first")
  static let fiscalAfter: KeySet = KeySet(
    ["ended", "ending", "ends", "starting", "started", "starts", "beginning", "began", "begins"].map(key))
}

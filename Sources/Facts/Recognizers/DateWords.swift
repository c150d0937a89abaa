import TextModel

// MARK: dates and decades in words

extension Scan {
  /// A date that starts with an English number word: a day before a month ("twenty five
  /// January nineteen eighty six", "twenty second of June 2017") or a decade ("the nineteen
  /// seventies", "the two thousands", "the twenty-tens", "the noughties"). A day in cardinal
  /// words needs a year after the month: "four May" alone is as likely a count.
  func wordDate(at i: Int, limit: Int) -> DateMatch? {
    if let d = wordDecade(at: i, limit: limit) { return d }
    guard flags[i].contains(.numeral), monthAhead(of: i, limit: limit) else { return nil }
    if let d = ordinalDayMonth(at: i, limit: limit) { return d }
    guard let m = matchNumberWords(at: i, limit: limit), m.value == m.value.rounded(), m.value >= 1, m.value <= 31
    else { return nil }
    let k = m.tokens.upperBound
    // "three-for-two October 1986 stock split": a part of a ratio or a longer number.
    if i > 0, gap(i) == 0 || isDigits(i - 1) || (isWord(i - 1) && hasNumberReading(i - 1)) { return nil }
    guard k < limit, gap(k) == 1, var d = monthPhrase(at: k, limit: limit, start: i, context: true, relative: 0),
      d.day == nil, d.year != nil, !d.isHijri, d.endMonth == nil
    else { return nil }
    // "one March 2016 bond": "one" counts the noun after the date; "first" names the day.
    if m.value == 1 || followedByNoun(d.tokens.upperBound) { return nil }
    d.day = Int(m.value)
    return dayExists(d) ? d : nil
  }

  /// Whether a month name comes within the four tokens after `i`: the cheap test that lets
  /// number words that start no date pay nearly nothing.
  @inline(__always)
  private func monthAhead(of i: Int, limit: Int) -> Bool {
    var k = i + 1
    let end = min(limit, i + 5)
    while k < end {
      if flags[k].contains(.month) { return true }
      k += 1
    }
    return false
  }

  /// "nineteen seventies", "twenty-tens", "two thousands", "two thousand and tens",
  /// "noughties" after "the": one fact over the ten years, as "the 1970s" is.
  private func wordDecade(at i: Int, limit: Int) -> DateMatch? {
    guard i > 0, isWord(i - 1, PeriodWords.the), gap(i) == 1 else { return nil }
    var year: Int
    var e: Int
    if isWord(i, DateWords.noughties) || isWord(i, DateWords.naughties) {
      year = 2000
      e = i + 1
    } else {
      guard flags[i].contains(.numeral), i + 1 < limit, let m = matchNumberWords(at: i, limit: limit),
        m.value == m.value.rounded()
      else { return nil }
      let v = Int(m.value)
      e = m.tokens.upperBound
      if v == 2000, isWord(e - 1, DateWords.thousands) {
        year = 2000
      } else if v == 2000 || v == 1000 {
        // "two thousand and tens".
        if isWord(e, Self.dateAndKey), gap(e) == 1 { e += 1 }
        guard e < limit, gap(e) == 1, isWord(e), let tens = DateWords.decades[tokens[e].key] else { return nil }
        year = v + tens
        e += 1
      } else {
        // "nineteen seventies", "twenty-tens": the century as one word before the decade.
        guard m.tokens.count == 1, (10...20).contains(v) else { return nil }
        if isSymbol(e, 0x2D), gap(e) == 0, gap(e + 1) == 0 { e += 1 } else if gap(e) != 1 { return nil }
        guard e < limit, isWord(e), let tens = DateWords.decades[tokens[e].key] else { return nil }
        year = v * 100 + tens
        e += 1
      }
    }
    // "the two thousands of refugees", "the twenty tens of thousands": counts.
    guard e <= limit, !isWord(e, PeriodWords.of) else { return nil }
    var d = DateMatch(tokens: i..<e)
    d.year = year
    d.endYear = year + 9
    return d
  }

  /// A day in words right after an English month name, before a year: "September the
  /// twenty-first nineteen seventy eight", "jan twenty two, 2018". Returns the day and the
  /// token after it; the caller reads the year. Without a year after it the words are left to
  /// the number readers ("May twenty" may be a count).
  func wordDayAfterMonth(at k: Int, limit: Int) -> (Int, Int)? {
    var j = k
    if isWord(j, PeriodWords.the), gap(j) == 1 { j += 1 }
    guard j < limit, isWord(j), gap(j) == 1, hasNumberReading(j) || flags[j].contains(.ordinal) else { return nil }
    var day: Int
    var end: Int
    if let o = matchOrdinalWords(at: j, limit: limit), let v = o.value, v >= 1, v <= 31, v == v.rounded() {
      day = Int(v)
      end = o.tokens.upperBound
    } else if j == k, let m = matchNumberWords(at: j, limit: limit), m.value == m.value.rounded(), m.value >= 1,
      m.value <= 31
    {
      day = Int(m.value)
      end = m.tokens.upperBound
    } else {
      return nil
    }
    let comma = isSymbol(end, 0x2C) && gap(end) == 0
    guard let yearEnd = yearAfter(end, limit: limit, hijriMonth: false)?.2 ?? wordYear(at: comma ? end + 1 : end, limit: limit)?.1
    else { return nil }
    // "May one 2016 model": a count of the noun after the year.
    if followedByNoun(yearEnd) { return nil }
    return (day, end)
  }

  /// "Sep-23-2020", "sep/23/2020": a day and a year joined to the month by the same mark.
  func joinedDayYear(at k: Int, limit: Int) -> (Int, Int, Int)? {
    guard k + 3 < limit, isSymbol(k, 0x2D) || isSymbol(k, 0x2F), gap(k) == 0, isDigits(k + 1), gap(k + 1) == 0,
      tokens[k + 1].length <= 2, (1...31).contains(tokens[k + 1].key), isSymbol(k + 2, UInt32(tokens[k].key)),
      gap(k + 2) == 0, isDigits(k + 3), gap(k + 3) == 0, tokens[k + 3].length == 4,
      (1000...2100).contains(tokens[k + 3].key)
    else { return nil }
    if (isSymbol(k + 4, 0x2D) || isSymbol(k + 4, 0x2F)) && gap(k + 4) == 0 { return nil }
    return (Int(tokens[k + 1].key), Int(tokens[k + 3].key), k + 4)
  }

  /// "16. Nov. 2016", "16. نوفمبر. 2016": the dot after a day before a month name; the month
  /// must then have a four-digit year after it, so that "won 16. Nov" (a sentence end) is left.
  func dottedDayMonth(at k: Int, limit: Int) -> Bool {
    guard isSymbol(k, 0x2E), gap(k) == 0, k + 2 < limit, gap(k + 1) == 1,
      !flags[k + 1].isDisjoint(with: [.month, .hijriMonth])
    else { return false }
    var e = k + 2
    if isSymbol(e, 0x2E), gap(e) == 0 { e += 1 }
    return e < limit && isDigits(e) && tokens[e].length == 4 && gap(e) == 1
  }

  /// A two-digit year after a month: "April of 87", "15 April of 87", "August 99" (a number
  /// that can be no day). Returns the two digits and the end; `fullYear` picks the century.
  /// News puts counts there too, so the digits must end the phrase: not "February of 10,049",
  /// "June 30 of 12 to 15 cts", "March 24 of 10 billion dlrs", "June 90 day bills".
  func twoDigitYear(after e: Int, day: Bool, limit: Int) -> (Int, Int)? {
    guard e < limit, script(e - 1) != .arabic, isWord(e) || isDigits(e) else { return nil }
    var k = e
    let of = isWord(k, PeriodWords.of) && gap(k) == 1
    if of { k += 1 }
    guard k < limit, isDigits(k), gap(k) == 1, tokens[k].length == 2 else { return nil }
    let n = Int(tokens[k].key)
    if !of {
      // "August 99": only a number no day can be, and not after a day or "on" ("on March 67").
      guard !day, n > 31 else { return nil }
      if let s = (0..<e).last(where: { !isSymbol($0, 0x2E) }), s > 0, isWord(s - 1, DateWords.on) { return nil }
    }
    let a = k + 1
    if a < tokens.count, gap(a) <= 1 {
      switch tokens[a].kind {
      case .digits: return nil
      case .symbol:
        // Only a mark that ends the phrase, and a comma not inside a number ("10,049").
        guard [0x2E, 0x2C, 0x3B, 0x29, 0x21, 0x3F].contains(tokens[a].key) else { return nil }
        if isDigits(a + 1), gap(a + 1) == 0 { return nil }
      case .word:
        guard gap(a) == 1, Self.englishStopwords.contains(tokens[a].key), !DateWords.rangeWords.contains(tokens[a].key),
          !followedByQuantityWord(a), !isDigits(a + 1)
        else { return nil }
      }
    }
    return (n, a)
  }

  /// Whether the word at `k` is a scale, unit, currency or duration ("billion", "dlrs", "day").
  private func followedByQuantityWord(_ k: Int) -> Bool {
    !flags[k].isDisjoint(with: [.scale, .scaleDual, .unit, .currency, .duration, .percent, .multiplier])
  }

  /// The year of two digits written after a month: the one of its hundred years that is not
  /// more than ten years after the document date ("87" in 2016 is 1987, "24" is 2024; "30" in
  /// 2016 is 1930). Without a document date, 2000-2049 or 1950-1999, as numeric dates read.
  static func fullYear(_ n: Int, reference: CivilDate?) -> Int {
    guard let r = reference else { return n < 50 ? 2000 + n : 1900 + n }
    let y = r.year - r.year % 100 + n
    return y > r.year + 10 ? y - 100 : y
  }
}

enum DateWords {
  static let on = key("on")
  static let rangeWords: KeySet = KeySet(["to", "and", "or", "through", "until", "till", "vs", "versus", "against", "from"].map(key))
  static let thousands = key("thousands")
  static let noughties = key("noughties")
  static let naughties = key("naughties")
  static let decades: KeyMap<Int> = [
    key("tens"): 10, key("twenties"): 20, key("thirties"): 30, key("forties"): 40, key("fifties"): 50,
    key("sixties"): 60, key("seventies"): 70, key("eighties"): 80, key("nineties"): 90,
  ]
}

extension Scan {
  /// "zero one", "oh five", "o nine": the last two digits of a year in words ("nineteen zero
  /// one"). Returns the digit and the end.
  func zeroDigitWords(at k: Int, limit: Int) -> (Int, Int)? {
    guard k + 1 < limit, isWord(k), gap(k) == 1, DateWords.zeros.contains(tokens[k].key), isWord(k + 1),
      gap(k + 1) == 1, hasNumberReading(k + 1), let m = matchNumberWords(at: k + 1, limit: k + 2),
      m.value == m.value.rounded(), (1...9).contains(Int(m.value))
    else { return nil }
    return (Int(m.value), k + 2)
  }
}

extension DateWords {
  static let zeros: KeySet = KeySet(["zero", "oh", "o"].map(key))
}

// MARK: weekdays counted from a day

extension Scan {
  /// "third tuesday after christmas 2014", "the second Friday before May 5, 2019", "ثالث ثلاثاء
  /// بعد كريسماس 2014": a weekday counted after (or before) a holiday or a day, the day itself
  /// left out. The day must be a holiday or carry its year: "the first Monday after March 3"
  /// may count from any year. `resolvedDateFact` counts once the day is placed (see
  /// `countWeekday`).
  func weekdayCountedFrom(at i: Int, limit: Int) -> DateMatch? {
    // Cheap test first, on flags alone: a weekday (bare Arabic ones are date starts) within
    // the next two tokens.
    guard i + 3 < limit, !flags[i + 1].isDisjoint(with: [.weekday, .dateStart]) || flags[i + 2].contains(.weekday)
    else { return nil }
    var n: Int
    var k: Int
    if flags[i].contains(.dateStart), let c = Self.arabicCountKeys[tokens[i].key], c > 0 {
      n = c
      k = i + 1
    } else {
      guard let o = matchOrdinalWords(at: i, limit: limit), let v = o.value, v == v.rounded(), (1...10).contains(v)
      else { return nil }
      n = Int(v)
      k = o.tokens.upperBound
    }
    guard k + 1 < limit, gap(k) == 1, let (w, e) = arabicWeekdayWord(at: k, limit: limit), e < limit, isWord(e),
      gap(e) == 1
    else { return nil }
    let word = tokens[e].key
    let sign: Int
    if word == PeriodWords.after || word == Self.afterBareKey {
      sign = 1
    } else if word == DateWords.before || word == Self.beforeBareKey {
      sign = -1
    } else {
      return nil
    }
    guard e + 1 < limit, gap(e + 1) == 1, mayStartDate(e + 1), var d = matchDate(at: e + 1, limit: limit),
      d.holiday != nil || (d.year != nil && d.month != nil && d.day != nil), d.weekday == nil, d.nth == 0,
      d.shift == 0, d.hour == nil, d.endDay == nil, d.endMonth == nil, d.endYear == nil, d.period == nil,
      d.dayOffset == nil, d.monthOffset == nil
    else { return nil }
    d.tokens = i..<d.tokens.upperBound
    d.leadingClitic = 0
    d.weekday = w
    d.nth = Int8(sign * n)
    return d
  }

  /// Moves a placed day to the weekday counted from it: the `nth` one after it (or before it
  /// when negative), the day itself not counted. False when the day is not placed.
  static func countWeekday(_ d: inout DateMatch) -> Bool {
    guard let w = d.weekday, let y = d.year, let m = d.month, let day = d.day, !d.isHijri else { return false }
    let base = CivilDate.daysFromCivil(y, m, day)
    let from = CivilDate(year: y, month: m, day: day).weekday ?? w
    let n = Int(d.nth)
    var diff: Int
    if n > 0 {
      diff = ((w - from) % 7 + 7) % 7
      if diff == 0 { diff = 7 }
      diff += 7 * (n - 1)
    } else {
      diff = ((from - w) % 7 + 7) % 7
      if diff == 0 { diff = 7 }
      diff = -(diff + 7 * (-n - 1))
    }
    let c = CivilDate.civilFromDays(base + diff)
    (d.year, d.month, d.day) = (c.year, c.month, c.day)
    d.nth = 0
    return true
  }
}

extension DateWords {
  static let before = key("before")
}

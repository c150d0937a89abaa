import TextModel

/// Periods written as two ends: "from 2014 to 2018", "between May 2015 and 2018 June", "2014
/// through May 2nd 2018", "26 June in 2019 to 28 June in 2020", "2019/aug/01 to today". They run
/// after the dates are placed, over the facts of a document: each end stays a fact of its own
/// (a year read as a number becomes a date), and the period is one more date fact over the whole
/// phrase, from the start of the first end to the end of the last.
extension Scan {
  static let periodToKeys: KeySet = KeySet(["to", "till", "until", "through", "thru"].map(key))
  static let periodInKey = key("in")
  static let periodForKey = key("for")
  static let periodStartingKey = key("starting")
  static let periodBeginningKey = key("beginning")
  static let rangeFromKey = key("from")
  static let periodOrKey = key("or")
  static let periodQuarterKey = key("quarter")

  /// A four-digit year read as a plain number: "2014" in "2014-2018". Not before 1500: "1420 –
  /// 1422" in Arabic text are Hijri years.
  private func yearNumber(_ f: Fact) -> Int? {
    guard f.type == .number, f.hedge == nil, f.tokens.count == 1, isDigits(f.tokens.lowerBound),
      tokens[f.tokens.lowerBound].length == 4, let v = f.value, (1500...2100).contains(v)
    else { return nil }
    return Int(v)
  }

  /// A date whose interval is its own day, month or year, or a part of it ("the end of 2008"),
  /// not one already widened into a period.
  private func plainDate(_ f: Fact) -> Bool {
    guard f.type == .date, f.calendar == nil, let c = f.date else { return false }
    let own = c.interval
    return f.interval.low >= own.low && f.interval.high <= own.high
  }

  /// Digits or a date glued on either side ("133-03-03-2020", "2014-2018/19") make the pair part
  /// of a code, not a period.
  private func glued(before i: Int, after e: Int) -> Bool {
    if i > 0, gap(i) == 0, tokens[i - 1].kind == .symbol, i > 1, gap(i - 1) == 0, tokens[i - 2].kind != .symbol {
      return true
    }
    if e < tokens.count, gap(e) == 0, tokens[e].kind == .symbol, e + 1 < tokens.count, gap(e + 1) == 0,
      tokens[e + 1].kind == .digits
    {
      return true
    }
    return false
  }

  /// Adds the periods of `facts` (see the extension's comment); `facts` are those of the whole
  /// document, dates already placed against `reference`.
  func addDateRanges(to facts: inout [Fact], reference: CivilDate?) {
    joinYearMonth(&facts)
    var ends: [Int] = []
    var lengths: [Int] = []
    var periods: [Range<Int>] = []
    for n in facts.indices where facts[n].type == .date || facts[n].type == .number || facts[n].type == .duration {
      let f = facts[n]
      if (f.type == .date && (plainDate(f) || quarterEnd(f))) || yearNumber(f) != nil {
        ends.append(n)
      } else if f.type == .date {
        widenPeriod(&facts[n])
        periods.append(facts[n].tokens)
      } else if f.type == .duration, f.hedge == nil {
        lengths.append(n)
      }
    }
    guard !ends.isEmpty else { return }
    ends.sort { facts[$0].tokens.lowerBound < facts[$1].tokens.lowerBound }
    var added: [Fact] = []
    var covered: [Range<Int>] = []
    if let r = reference, let rm = r.month, let rd = r.day {
      let now = Double(CivilDate.daysFromCivil(r.year, rm, rd)) * 86400
      for n in ends where facts[n].type == .date {
        // The words before the date, tested before the fact is copied into a call.
        let i = facts[n].tokens.lowerBound
        if isWord(i - 1, Self.dateAndKey), let p = sinceNow(facts[n], now: now) {
          facts[n] = p.1
          added.append(p.0)
        } else if isWord(i - 1), let p = toDate(facts[n], now: now) {
          added.append(p)
        }
      }
    }
    for n in ends where facts[n].type == .date && isDigits(facts[n].tokens.lowerBound - 2) {
      if let (m, a, r) = dayBefore(facts[n], facts: facts) {
        facts[m] = a
        added.append(r)
        covered.append(r.tokens)
      }
    }
    var p = 0
    while p + 1 < ends.count {
      defer { p += 1 }
      let (ia, ib) = (ends[p], ends[p + 1])
      guard facts[ia].sentence == facts[ib].sentence,
        !periods.contains(where: { $0.contains(facts[ia].tokens.lowerBound) && $0.contains(facts[ib].tokens.lowerBound) })
      else { continue }
      // Both readings below need the ends one or two tokens apart.
      let gapTokens = facts[ib].tokens.lowerBound - facts[ia].tokens.upperBound
      guard gapTokens == 1 || gapTokens == 2 else { continue }
      guard let (first, last, a, b) = period(facts[ia], facts[ib]) else {
        if let y = alsoYear(facts[ia], facts[ib]) { facts[ib] = yearFact(facts[ib], y) }
        continue
      }
      facts[ia] = a
      facts[ib] = b
      var r = a
      r.tokens = first..<last
      r.span = span(r.tokens)
      r.interval = Interval(low: a.interval.low, high: b.interval.high, lowInclusive: true, highInclusive: false)
      r.weekday = nil
      r.value = nil
      added.append(r)
      covered.append(r.tokens)
      p += 1
    }
    if !lengths.isEmpty {
      var at: [Int: Int] = [:]
      for n in ends where facts[n].type == .date { at[facts[n].tokens.lowerBound] = n }
      for n in lengths {
        if let r = lengthPeriod(facts[n], facts: facts, at: at) { added.append(r) }
      }
    }
    guard !added.isEmpty else { return }
    // A range of numbers read over the same two years says nothing more.
    if !covered.isEmpty {
      facts.removeAll { f in
        f.type == .range && covered.contains { $0.lowerBound <= f.tokens.lowerBound && f.tokens.upperBound <= $0.upperBound }
      }
    }
    facts.append(contentsOf: added)
  }

  /// "from May to September", "between Jan 2019 and today": a period the date scanner already
  /// joined takes "from" / "between" in, as number ranges do.
  private func widenPeriod(_ f: inout Fact) {
    let i = f.tokens.lowerBound
    guard let c = f.date, f.calendar == nil, f.interval.low == c.interval.low, f.interval.high > c.interval.high,
      isWord(i - 1), gap(i) == 1, script(i - 1) == .latin,
      Self.rangeFromKeys.contains(tokens[i - 1].key) || Self.dayRangeBetweenKeys.contains(tokens[i - 1].key)
    else { return }
    // Only a period written with its two ends, not "the next 3 days".
    var joined = false
    for k in f.tokens where (isWord(k) && (Self.periodToKeys.contains(tokens[k].key) || tokens[k].key == Self.dateAndKey))
      || isSymbol(k, 0x2D) || isSymbol(k, 0x2013)
    {
      joined = true
      break
    }
    guard joined else { return }
    f.tokens = (i - 1)..<f.tokens.upperBound
    f.span = span(f.tokens)
  }

  /// "between now and November 15th": from the document date to the end of the date, which
  /// moves to the next year when the text leaves the year open and the date has passed.
  private func sinceNow(_ b: Fact, now: Double) -> (Fact, Fact)? {
    let i = b.tokens.lowerBound
    guard i >= 3, isWord(i - 1, Self.dateAndKey), isWord(i - 2, Self.nowKey),
      Self.dayRangeBetweenKeys.contains(tokens[i - 3].key), isWord(i - 3), gap(i - 2) == 1, gap(i - 1) == 1, gap(i) == 1
    else { return nil }
    var b = b
    if b.yearInferred, b.interval.low < now, let c = b.date {
      guard let m = moved(b, to: c.year + 1) else { return nil }
      b = m
    }
    guard b.interval.high > now else { return nil }
    var r = b
    r.tokens = (i - 3)..<b.tokens.upperBound
    r.span = span(r.tokens)
    r.interval = Interval(low: now, high: b.interval.high, lowInclusive: true, highInclusive: false)
    r.weekday = nil
    r.value = nil
    let c = CivilDate.civilFromDays(Int(now / 86400))
    r.date = CivilDate(year: c.year, month: c.month, day: c.day)
    return (r, b)
  }

  /// "from March to date", "from 2010-01-01 till current date": up to the document date.
  private func toDate(_ a: Fact, now: Double) -> Fact? {
    let i = a.tokens.lowerBound
    var k = a.tokens.upperBound
    guard isWord(i - 1), gap(i) == 1, script(i - 1) == .latin,
      Self.rangeFromKeys.contains(tokens[i - 1].key) || Self.dayRangeBetweenKeys.contains(tokens[i - 1].key),
      isWord(k), gap(k) == 1, Self.periodToKeys.contains(tokens[k].key)
    else { return nil }
    k += 1
    if isWord(k, Self.currentKey), gap(k) == 1 { k += 1 }
    // "to date", not "to date palms".
    guard isWord(k, Self.dateWordKey), gap(k) == 1, !isWord(k + 1) || gap(k + 1) > 1,
      a.interval.low < now
    else { return nil }
    var r = a
    r.tokens = (i - 1)..<(k + 1)
    r.span = span(r.tokens)
    r.interval = Interval(low: a.interval.low, high: max(now, a.interval.high), lowInclusive: true, highInclusive: false)
    r.weekday = nil
    r.value = nil
    return r
  }

  /// "for 10 days from 18th Dec", "2 weeks starting May 20th", "from 18th Dec for 10 days": a
  /// period of whole days or weeks that starts on a day.
  private func lengthPeriod(_ q: Fact, facts: [Fact], at: [Int: Int]) -> Fact? {
    guard let v = q.value, v >= 1, v <= 400, v == v.rounded(), q.unit == "day" || q.unit == "week" else { return nil }
    let days = Int(v) * (q.unit == "week" ? 7 : 1)
    var k = q.tokens.upperBound
    var start = q.tokens.lowerBound
    var x: Fact?
    var last = 0
    if isSymbol(k, 0x2C) { k += 1 }
    if isWord(k, Self.periodStartingKey) || isWord(k, Self.periodBeginningKey) {
      k += 1
      if isWord(k, Self.rangeFromKey) { k += 1 }
    } else if isWord(k, Self.rangeFromKey), isWord(start - 1, Self.periodForKey) {
      k += 1
      start -= 1
    } else {
      k = -1
    }
    if k > 0, let n = at[k], gap(k) == 1 {
      x = facts[n]
      last = facts[n].tokens.upperBound
    } else if isWord(start - 1, Self.periodForKey), start >= 2 {
      // "from 18th Dec for 10 days": the date just before "for".
      for n in at.values where facts[n].tokens.upperBound == start - 1 && facts[n].sentence == q.sentence {
        x = facts[n]
        start = facts[n].tokens.lowerBound
        if isWord(start - 1, Self.rangeFromKey), gap(start) == 1 { start -= 1 }
        last = q.tokens.upperBound
      }
    }
    guard let x, x.sentence == q.sentence, let c = x.date, c.day != nil, x.interval == c.interval else { return nil }
    var r = x
    r.tokens = start..<last
    r.span = span(r.tokens)
    r.interval = Interval(
      low: x.interval.low, high: x.interval.low + Double(days) * 86400, lowInclusive: true, highInclusive: false)
    r.weekday = nil
    r.value = nil
    return r
  }

  /// The period two ends make, its token range and the two ends as dates, when the words
  /// between them join them.
  private func period(_ a: Fact, _ b: Fact) -> (Int, Int, Fact, Fact)? {
    let k = a.tokens.upperBound
    // "to the 28th of June".
    let the = b.tokens.lowerBound == k + 2 && isWord(k + 1, Self.theKey) && gap(k + 2) == 1
    guard b.tokens.lowerBound == k + 1 || the, k < tokens.count, gap(k) <= 1, gap(k + 1) <= 1 else { return nil }
    var i = a.tokens.lowerBound
    let between = isWord(i - 1) && Self.dayRangeBetweenKeys.contains(tokens[i - 1].key) && gap(i) == 1
    let from = isWord(i - 1) && Self.rangeFromKeys.contains(tokens[i - 1].key) && gap(i) == 1
    let c = tokens[k]
    if c.kind == .symbol {
      guard c.key == 0x2D || c.key == 0x2013 || c.key == 0x7E else { return nil }
    } else if c.kind == .word, script(k) == .latin {
      guard Self.periodToKeys.contains(c.key) || (between && c.key == Self.dateAndKey) else { return nil }
    } else {
      return nil
    }
    // "postponed from May to September": a date moved, not a period.
    for j in max(0, i - 4)..<i where isWord(j) && Self.dateMoveKeys.contains(tokens[j].key) { return nil }
    if glued(before: i, after: b.tokens.upperBound) { return nil }
    // "2018 May": a year that a month name follows is no year-long end.
    let after = b.tokens.upperBound
    if after < tokens.count, b.date?.month == nil, flags[after].contains(.month), gap(after) == 1 {
      return nil
    }
    // "the October to December fourth quarter": the second end is no date.
    if isWord(after, Self.periodQuarterKey), gap(after) == 1 { return nil }
    // "the closest Monday to Oct 5th", "from 6.1 pct in 1985 to last year's levels",
    // "delivery in 1987 until next year": a weekday or a relative end only after "from" or
    // "between".
    if !(from || between), a.weekday != nil || b.weekday != nil || relativeEnd(a) || relativeEnd(b) { return nil }
    var a = a
    var b = b
    let ya = yearNumber(a)
    let yb = yearNumber(b)
    if let ya, let yb {
      // Two bare numbers are years only in a short span going forward.
      guard yb > ya, yb - ya <= 30 else { return nil }
      if isWord(i - 1, Self.periodInKey), gap(i) == 1 { i -= 1 }
    } else if ya != nil || yb != nil {
      // A year and a dated end: "between 2015 and Feb 2018", "from May 2015 to 2018".
      guard c.kind == .word || between || from else { return nil }
    }
    if between || from { i -= 1 }
    if let ya { a = yearFact(a, ya) }
    if let yb { b = yearFact(b, yb) }
    guard let ca = a.date, let cb = b.date, a.type == .date, b.type == .date else { return nil }
    if c.kind == .symbol {
      // A dash joins ends of one grain ("July 13 - July 15", "2014-2018"); "LONDON, March 2 -
      // February volume" is a dateline.
      guard (ca.day == nil) == (cb.day == nil), (ca.month == nil) == (cb.month == nil), !isSymbol(i - 1, 0x2C) else {
        return nil
      }
    }
    // "أواخر حزيران - يونيو": one month under its two names.
    if ca.month != nil, ca.month == cb.month, ca.day == cb.day, a.yearInferred || b.yearInferred { return nil }
    // An end without its year takes the other's, so the period runs forward.
    if a.yearInferred, !b.yearInferred, ca.month != nil {
      var y = cb.year
      if (ca.month ?? 1, ca.day ?? 1) > (cb.month ?? 1, cb.day ?? 1) { y -= 1 }
      // "May 16 this year" keeps the year it names.
      if let moved = moved(a, to: y) { a = moved }
    } else if b.yearInferred, cb.month != nil, !a.yearInferred {
      // "from November 20, 2018 to January": the first January after.
      var y = ca.year
      if (cb.month ?? 1, cb.day ?? 1) <= (ca.month ?? 1, ca.day ?? 1) { y += 1 }
      if y != cb.year {
        guard let moved = moved(b, to: y) else { return nil }
        b = moved
      }
    } else if b.yearInferred, cb.month != nil, b.interval.low < a.interval.low {
      guard let moved = moved(b, to: cb.year + 1) else { return nil }
      b = moved
    }
    guard b.interval.low > a.interval.low, b.interval.high > a.interval.high,
      b.interval.high - a.interval.low < 60 * 366 * 86400
    else { return nil }
    return (i, b.tokens.upperBound, a, b)
  }

  /// "in 2017 april", "2016, nov", "between 2015 June and 2018 May": a year, then a month named
  /// without one, is that month of the year (one fact, as "June 2015" is). Not "may" / "march",
  /// which are as often a name or a verb.
  private func joinYearMonth(_ facts: inout [Fact]) {
    var months: [Int: Int] = [:]
    // Indices, not `enumerated()`: a loop variable copies every fact, strings and all.
    for n in facts.indices where facts[n].type == .date && facts[n].yearInferred && facts[n].tokens.count == 1 {
      let f = facts[n]
      let k = f.tokens.lowerBound
      guard flags[k].contains(.month), script(k) == .latin, let c = f.date, c.day == nil, f.interval == c.interval,
        !Self.ambiguousMonthKeys.contains(tokens[k].key)
      else { continue }
      months[k] = n
    }
    guard !months.isEmpty else { return }
    var drop: [Int] = []
    var joined: [Fact] = []
    for n in facts.indices where facts[n].type == .number || facts[n].type == .date {
      let f = facts[n]
      let y: Int
      if let v = yearNumber(f) {
        y = v
      } else if f.type == .date, !f.yearInferred, let c = f.date, c.month == nil, f.interval == c.interval, f.calendar == nil {
        y = c.year
      } else {
        continue
      }
      var k = f.tokens.upperBound
      if isSymbol(k, 0x2C), gap(k) == 0 { k += 1 }
      guard gap(k) == 1, let m = months[k], !glued(before: f.tokens.lowerBound, after: k + 1),
        let moved = moved(facts[m], to: y)
      else { continue }
      var r = moved
      r.tokens = f.tokens.lowerBound..<(k + 1)
      r.span = span(r.tokens)
      r.yearInferred = false
      joined.append(r)
      drop.append(n)
      drop.append(m)
    }
    guard !joined.isEmpty else { return }
    for n in drop.sorted(by: >) { facts.remove(at: n) }
    facts.append(contentsOf: joined)
  }

  /// "from 4 to January 22, 1995", "between 3 and 5 May 2020": a day number before a dated day
  /// is a day of its month. Only after "from" or "between": "rose 4 to March 5" is no period.
  /// Returns the number's index, the day it becomes and the period.
  private func dayBefore(_ b: Fact, facts: [Fact]) -> (Int, Fact, Fact)? {
    let j = b.tokens.lowerBound - 1
    guard j >= 2, let c = b.date, let day = c.day, let month = c.month, b.interval == c.interval,
      isDigits(j - 1), tokens[j - 1].length <= 2, isWord(j - 2), gap(j - 1) == 1
    else { return nil }
    let between = Self.dayRangeBetweenKeys.contains(tokens[j - 2].key)
    guard between || Self.rangeFromKeys.contains(tokens[j - 2].key), script(j - 2) == .latin,
      (isWord(j) && gap(j) == 1 && (Self.periodToKeys.contains(tokens[j].key) || (between && tokens[j].key == Self.dateAndKey)))
        || ((isSymbol(j, 0x2D) || isSymbol(j, 0x2013)) && gap(j) <= 1 && gap(j + 1) <= 1)
    else { return nil }
    let first = Int(tokens[j - 1].key)
    guard first >= 1, first < day,
      let m = facts.firstIndex(where: { $0.type == .number && $0.tokens == (j - 1)..<j && $0.hedge == nil })
    else { return nil }
    let ca = CivilDate(year: c.year, month: month, day: first)
    var a = yearFact(facts[m], c.year)
    a.date = ca
    a.interval = ca.interval
    a.yearInferred = b.yearInferred
    var r = a
    r.tokens = (j - 2)..<b.tokens.upperBound
    r.span = span(r.tokens)
    r.interval = Interval(low: ca.interval.low, high: b.interval.high, lowInclusive: true, highInclusive: false)
    return (m, a, r)
  }

  /// "in 2007 and 2009", "of 2007 or 2008": a number joined to a year is a year too.
  private func alsoYear(_ a: Fact, _ b: Fact) -> Int? {
    let k = a.tokens.upperBound
    guard a.type == .date, !a.yearInferred, let c = a.date, c.month == nil, a.interval == c.interval,
      let y = yearNumber(b), b.tokens.lowerBound == k + 1, abs(y - c.year) <= 30,
      isWord(k, Self.dateAndKey) || isWord(k, Self.periodOrKey), gap(k) == 1, gap(k + 1) == 1,
      !glued(before: a.tokens.lowerBound, after: b.tokens.upperBound)
    else { return nil }
    return y
  }

  private func relativeEnd(_ f: Fact) -> Bool {
    f.tokens.contains { flags[$0].contains(.relative) || isWord($0, Self.thisKey) }
  }

  private func yearFact(_ f: Fact, _ y: Int) -> Fact {
    var d = f
    let c = CivilDate(year: y)
    d.type = .date
    d.date = c
    d.interval = c.interval
    d.value = nil
    d.precision = nil
    return d
  }

  /// The date in year `y`, when its interval is its own.
  private func moved(_ f: Fact, to y: Int) -> Fact? {
    guard let c = f.date, f.interval == c.interval, f.weekday == nil else { return nil }
    // Only a month the text names moves, not "this month" or "May 16 this year".
    guard f.tokens.contains(where: { flags[$0].contains(.month) }),
      !f.tokens.contains(where: { !flags[$0].isDisjoint(with: [.relative, .marker]) || isWord($0, Self.thisKey) })
    else { return nil }
    var n = c
    n.year = y
    guard n.isValid else { return nil }
    var m = f
    m.date = n
    m.interval = n.interval
    return m
  }
}

/// Numeric month forms the date scanner leaves to the number reader: "2016 - 11", "11 -2016"
/// (a month and a year with a spaced dash or slash), "08/12,2015" (a day and month with the year
/// after a comma), and periods of two numeric days sharing a year: "5/1-5/7, 2020",
/// "10/1-11/2/2017". Without a year, "from 4/1 to 5/2" is as likely betting odds or fractions.
extension Scan {
  /// "10/1": a month and a day, in the order the options give.
  private func slashMonthDay(at i: Int) -> (month: Int, day: Int)? {
    guard isDigits(i), tokens[i].length <= 2, isSymbol(i + 1, 0x2F), isDigits(i + 2), tokens[i + 2].length <= 2,
      gap(i + 1) == 0, gap(i + 2) == 0
    else { return nil }
    let a = Int(tokens[i].key)
    let b = Int(tokens[i + 2].key)
    let (m, d) = options.dayFirst ? (b, a) : (a, b)
    guard (1...12).contains(m), (1...31).contains(d) else { return nil }
    return (m, d)
  }

  static let dateJoinSymbols: [UInt32] = [0x2D, 0x2F, 0x2E, 0x3A, 0x2013]

  private func fourDigitYear(_ i: Int) -> Int? {
    guard isDigits(i), tokens[i].length == 4, (1900...2100).contains(tokens[i].key) else { return nil }
    return Int(tokens[i].key)
  }

  /// A symbol glued to digits before `i` or after `e`: the form is part of a longer code.
  private func inCode(before i: Int, after e: Int) -> Bool {
    if i > 0, gap(i) == 0, tokens[i - 1].kind == .symbol, i > 1, gap(i - 1) == 0, tokens[i - 2].kind == .digits {
      return true
    }
    if i > 0, gap(i) == 0, tokens[i - 1].kind == .digits { return true }
    if e < tokens.count, gap(e) == 0, tokens[e].kind == .symbol, e + 1 < tokens.count, gap(e + 1) == 0,
      tokens[e + 1].kind == .digits
    {
      return true
    }
    return false
  }

  private func dayFact(_ t: Range<Int>, _ c: CivilDate, sentence: Int, clause: Int) -> Fact {
    var f = Fact(type: .date, span: span(t), tokens: t, value: nil, interval: c.interval, date: c, sentence: sentence)
    f.clause = clause
    return f
  }

  /// Adds the numeric forms of the extension's comment in place of the numbers read there.
  func addNumericDates(to facts: inout [Fact]) {
    var found: [Fact] = []
    var replaced: [Range<Int>] = []
    var last = -1
    // "on 08/12,2015": the scanner reads "08/12" after "on" as a day without its year.
    for f in facts where f.tokens.lowerBound > last
      && (f.type == .number || (f.type == .date && f.tokens.count == 3 && isSymbol(f.tokens.lowerBound + 1, 0x2F)))
    {
      let i = f.tokens.lowerBound
      guard isDigits(i) || (isSymbol(i, 0x2D) && isDigits(i + 1)) else { continue }
      if let (t, ends) = numericForm(at: i, sentence: f.sentence, clause: f.clause) {
        found.append(contentsOf: ends)
        replaced.append(t)
        last = t.upperBound - 1
      }
    }
    guard !replaced.isEmpty else { return }
    facts.removeAll { f in
      (f.type == .number || f.type == .range || f.type == .date)
        && replaced.contains { $0.lowerBound <= f.tokens.lowerBound && f.tokens.upperBound <= $0.upperBound }
    }
    facts.append(contentsOf: found)
  }

  private func numericForm(at i: Int, sentence: Int, clause: Int) -> (Range<Int>, [Fact])? {
    if isWord(i - 1), Self.numberLabelKeys.contains(tokens[i - 1].key) { return nil }
    if let (m1, d1) = slashMonthDay(at: i) {
      // "08/12,2015"
      if isSymbol(i + 3, 0x2C), gap(i + 3) == 0, gap(i + 4) == 0, let y = fourDigitYear(i + 4), !inCode(before: i, after: i + 5) {
        let c = CivilDate(year: y, month: m1, day: d1)
        guard c.isValid else { return nil }
        return (i..<(i + 5), [dayFact(i..<(i + 5), c, sentence: sentence, clause: clause)])
      }
      // "5/1-5/7, 2020", "10/1-11/2/2017"
      var k = i + 3
      guard isSymbol(k, 0x2D) || isSymbol(k, 0x2013) || (isWord(k) && Self.periodToKeys.contains(tokens[k].key)),
        gap(k) <= 1, gap(k + 1) <= 1
      else { return nil }
      k += 1
      guard let (m2, d2) = slashMonthDay(at: k) else { return nil }
      var e = k + 3
      var y: Int?
      var endTokens = k..<e
      if isSymbol(e, 0x2F), gap(e) == 0, gap(e + 1) == 0, let v = fourDigitYear(e + 1) {
        y = v
        e += 2
        endTokens = k..<e
      } else if isSymbol(e, 0x2C), gap(e) == 0, gap(e + 1) == 1, let v = fourDigitYear(e + 1) {
        y = v
        e += 2
      }
      guard let y2 = y, !inCode(before: i, after: e) else { return nil }
      let y1 = (m1, d1) > (m2, d2) ? y2 - 1 : y2
      let a = CivilDate(year: y1, month: m1, day: d1)
      let b = CivilDate(year: y2, month: m2, day: d2)
      guard a.isValid, b.isValid, (y1, m1, d1) < (y2, m2, d2) else { return nil }
      var s = i
      if isWord(i - 1), gap(i) == 1,
        Self.rangeFromKeys.contains(tokens[i - 1].key) || Self.dayRangeBetweenKeys.contains(tokens[i - 1].key)
      {
        s -= 1
      }
      var r = dayFact(s..<e, a, sentence: sentence, clause: clause)
      r.interval = Interval(low: a.interval.low, high: b.interval.high, lowInclusive: true, highInclusive: false)
      return (
        s..<e,
        [
          r, dayFact(i..<(i + 3), a, sentence: sentence, clause: clause),
          dayFact(endTokens, b, sentence: sentence, clause: clause),
        ]
      )
    }
    // "2016 - 11", "2016/ 11", "11 - 2016", "11 -2016": spaced, so no code or season.
    let neg = isSymbol(i, 0x2D)
    guard !neg else { return nil }
    let sep = i + 1
    var next = i + 2
    guard isSymbol(sep, 0x2D) || isSymbol(sep, 0x2F), gap(sep) + gap(next) >= 1, gap(sep) <= 1, gap(next) <= 1,
      isDigits(next)
    else { return nil }
    var year: Int
    var month: Int
    if let y = fourDigitYear(i), tokens[next].length <= 2 {
      (year, month) = (y, Int(tokens[next].key))
    } else if tokens[i].length <= 2, let y = fourDigitYear(next) {
      (year, month) = (y, Int(tokens[i].key))
    } else {
      return nil
    }
    next += 1
    guard (1...12).contains(month), !inCode(before: i, after: next) else { return nil }
    // Part of a longer date: "1 - 8 - 2015م", "2017/ 2018 - 1 يوليو 2017".
    if i > 0, tokens[i - 1].kind == .digits || isSymbol(i - 1, 0x2D) || isSymbol(i - 1, 0x2F) || isSymbol(i - 1, 0x2013) {
      return nil
    }
    if next < tokens.count, tokens[next].kind == .digits || Self.dateJoinSymbols.contains(where: { isSymbol(next, $0) })
      || !flags[next].isDisjoint(with: [.month, .hijriMonth, .marker])
    {
      return nil
    }
    // Not a range of numbers: "between 2016 - 11".
    if isWord(i - 1), Self.rangeFromKeys.contains(tokens[i - 1].key) || Self.dayRangeBetweenKeys.contains(tokens[i - 1].key) {
      return nil
    }
    let c = CivilDate(year: year, month: month)
    return (i..<next, [dayFact(i..<next, c, sentence: sentence, clause: clause)])
  }
}

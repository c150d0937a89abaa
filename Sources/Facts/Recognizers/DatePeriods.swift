import TextModel

/// A calendar period the text names whole: a quarter ("Q3 2016", "the third quarter of 2020",
/// "next quarter"), a half ("H1 2016", "the first half of 2019"), a decade ("this decade"), or
/// a part of a week, month or year counted from the document's ("the end of next week", "the
/// rest of the month", "EOY").
struct PeriodSpec {
  enum Unit: Int8 { case week, month, quarter, half, year, decade }
  enum Slice: Int8 { case whole, beginning, end, rest }
  var unit: Unit
  /// The first unit: its absolute index (year * 4 + quarter - 1 for quarters, year * 2 + half
  /// - 1 for halves, the year for years), or with `relative` an offset from the unit that
  /// holds the document date. With `yearless`, the quarter within a year the text leaves open.
  var index: Int32
  var relative = false
  var yearless = false
  var count: Int16 = 1
  var slice: Slice = .whole
}

extension Scan {
  // MARK: matching

  /// A period starting at word `i`; see `PeriodSpec`. English only.
  func periodDate(at i: Int, limit: Int) -> DateMatch? {
    guard i < limit, isWord(i), script(i) == .latin else { return nil }
    let w = tokens[i].key
    if let r = Self.periodRelativeKeys[w] {
      return relativePeriod(at: i, offset: r, limit: limit)
        ?? (w == PeriodWords.last ? countedPart(at: i, limit: limit) : nil)
        ?? fortnightPeriod(at: i, offset: r, limit: limit)
    }
    if let s = Self.sliceKeys[w] { return slicePeriod(at: i, slice: s, limit: limit) }
    if w == PeriodWords.q || w == PeriodWords.h { return letterPeriod(at: i, limit: limit) }
    if let s = Self.sliceAbbreviations[w] { return abbreviatedSlice(at: i, slice: s, limit: limit) }
    if flags[i].contains(.ordinal) {
      var k = i + 1
      while k < min(limit, i + 5), !isWord(k, PeriodWords.quarter), !isWord(k, PeriodWords.half) { k += 1 }
      return k < min(limit, i + 5) ? ordinalPeriod(at: i, limit: limit) : countedPart(at: i, limit: limit)
    }
    if flags[i].contains(.weekday) { return weekdayAfterNext(at: i, limit: limit) }
    if w == PeriodWords.year || w == PeriodWords.month, let d = afterNext(at: i, limit: limit) { return d }
    if w == PeriodWords.in || w == PeriodWords.year || w == PeriodWords.since {
      return i + 1 < limit && isWord(i + 1) ? wordYearDate(at: i, limit: limit) : nil
    }
    return nil
  }

  /// "the year after next", "the month after the next": two years or months on.
  private func afterNext(at i: Int, limit: Int) -> DateMatch? {
    guard i > 0, isWord(i - 1, PeriodWords.the), gap(i) == 1, isWord(i + 1, PeriodWords.after), gap(i + 1) == 1 else {
      return nil
    }
    var e = i + 2
    if isWord(e, PeriodWords.the), gap(e) == 1 { e += 1 }
    guard e < limit, isWord(e, PeriodWords.next), gap(e) == 1 else { return nil }
    // "the year after next year" is read as "next year" by itself.
    if isWord(e + 1), gap(e + 1) == 1, tokens[e + 1].key == tokens[i].key { return nil }
    var d = DateMatch(tokens: (i - 1)..<(e + 1))
    if tokens[i].key == PeriodWords.year { d.relativeYear = 2 } else { d.monthOffset = 2 }
    return d
  }

  /// "Friday after next": the second Friday after the document date.
  private func weekdayAfterNext(at i: Int, limit: Int) -> DateMatch? {
    guard let (w, m) = first(i, { if case .weekday(let x) = $0.lex { x } else { nil } }), tokens[i].length >= 6 else {
      return nil
    }
    let e = Int(m.end)
    guard e + 1 < limit, isWord(e, PeriodWords.after), isWord(e + 1, PeriodWords.next), gap(e) == 1, gap(e + 1) == 1 else {
      return nil
    }
    var d = DateMatch(tokens: i..<(e + 2))
    d.weekday = w
    d.relative = 1
    d.shift = 7
    return d
  }

  /// "this quarter", "last quarter", "the next two quarters", "the past three quarters", "this
  /// decade", "the next decade", "previous Wednesday", "this coming Thursday".
  private func relativePeriod(at i: Int, offset r: Int, limit: Int) -> DateMatch? {
    var j = i + 1
    guard j < limit, gap(j) == 1 else { return nil }
    let w = tokens[i].key
    let the = i > 0 && isWord(i - 1, PeriodWords.the) && gap(i) == 1
    // "the last quarter of 2019", "the final quarter of this year": the fourth.
    if w == PeriodWords.last || w == PeriodWords.final, isWord(j, PeriodWords.quarter) {
      if let (year, end) = yearAfterOf(j + 1, limit: limit) {
        return periodOf(q: true, n: 4, start: the ? i - 1 : i, end: end, year: year)
      }
    }
    guard r != 99 else { return nil }
    // "this coming Thursday", "coming Thursday": the first one after the document date;
    // "previous Wednesday" the last one before it. Not "the following Friday": that counts
    // from a day of the story.
    if w == PeriodWords.coming || (w == PeriodWords.previous && !the),
      let (wd, m) = first(j, { if case .weekday(let x) = $0.lex { x } else { nil } }), Int(m.end) <= limit,
      tokens[j].length >= 6, !(isDigits(Int(m.end)) && gap(Int(m.end)) <= 1)
    {
      var start = i
      if w == PeriodWords.coming, i > 0, isWord(i - 1, PeriodWords.this), gap(i) == 1 { start = i - 1 }
      var d = DateMatch(tokens: start..<Int(m.end))
      d.weekday = wd
      d.relative = r
      return d
    }
    // "the previous quarter", "the following quarter" count from a quarter of the story
    // ("growth was the same as in the previous quarter").
    if w == PeriodWords.previous || w == PeriodWords.following { return nil }
    // "the next two quarters", "the past three quarters".
    var count = 1
    if let (n, e) = smallCount(at: j, limit: limit), isWord(e, PeriodWords.quarters), gap(e) == 1 {
      count = n
      j = e
    } else if !isWord(j, PeriodWords.quarter) && !isWord(j, PeriodWords.decade) {
      return nil
    }
    let unitKey = tokens[j].key
    let e = j + 1
    guard e <= limit, !Self.quarterNounKeys.contains(isWord(e) ? tokens[e].key : 0) else { return nil }
    // "a quarter-point cut", "quarter-final".
    if isSymbol(e, 0x2D), gap(e) == 0 { return nil }
    if unitKey == PeriodWords.decade {
      // "the past decade" is as often the ten years up to now: left to the duration reader.
      guard count == 1, r >= 0, w != PeriodWords.upcoming else { return nil }
      var d = DateMatch(tokens: (the ? i - 1 : i)..<e)
      d.period = PeriodSpec(unit: .decade, index: Int32(r), relative: true)
      return d
    }
    if isWord(e, PeriodWords.of) { return nil }
    var d = DateMatch(tokens: (the ? i - 1 : i)..<e)
    if unitKey == PeriodWords.quarter {
      // "in the last quarter" is as often the last quarter of a game or of a year in the story;
      // "last quarter" alone is the one before the document's.
      guard count == 1, !(the && w == PeriodWords.last) else { return nil }
      d.period = PeriodSpec(unit: .quarter, index: Int32(r), relative: true)
    } else {
      // Whole quarters next to the document's: "the next two quarters" start with the next one,
      // "the past three quarters" end with the last one.
      guard r != 0 else { return nil }
      d.period = PeriodSpec(unit: .quarter, index: Int32(r > 0 ? 1 : -count), relative: true, count: Int16(count))
    }
    return d
  }

  /// "2", "two", "eleven" before a unit, up to 12.
  private func smallCount(at j: Int, limit: Int) -> (Int, Int)? {
    if isDigits(j), tokens[j].length <= 2, (1...12).contains(tokens[j].key), j + 1 < limit {
      return (Int(tokens[j].key), j + 1)
    }
    guard isWord(j), let m = matchNumberWords(at: j, limit: limit), m.value >= 1, m.value <= 12,
      m.value == m.value.rounded()
    else { return nil }
    return (Int(m.value), m.tokens.upperBound)
  }

  /// "2016", "of 2016", "of this year", "this year", "last year", "of the year" (the document's)
  /// after a quarter or half: the year, as an offset from the document's when relative, and the
  /// end token. The year as an absolute value is returned with `relative` false.
  func yearAfterOf(_ k: Int, limit: Int) -> (year: (Int, Bool), end: Int)? {
    var j = k
    guard j < limit, gap(j) <= 1 else { return nil }
    let of = isWord(j, PeriodWords.of)
    if of { j += 1 }
    guard j < limit, gap(j) == 1 else { return nil }
    if isDigits(j), tokens[j].length == 4, (1000...2200).contains(tokens[j].key) {
      return ((Int(tokens[j].key), false), j + 1)
    }
    if of, let (y, end) = wordYear(at: j, limit: limit) { return ((y, false), end) }
    if of, isWord(j, PeriodWords.the), isWord(j + 1, PeriodWords.year), gap(j + 1) == 1, j + 1 < limit {
      return ((0, true), j + 2)
    }
    if let (_, m) = first(j, { if case .marker(.year) = $0.lex { true } else { nil } }), Int(m.end) == j + 2,
      Int(m.end) <= limit, tokens[j].key != PeriodWords.year
    {
      // "this year", "current year".
      return ((0, true), j + 2)
    }
    if isWord(j), let r = Self.yearRelativeKeys[tokens[j].key], isWord(j + 1, PeriodWords.year), gap(j + 1) == 1,
      j + 1 < limit
    {
      return ((r, true), j + 2)
    }
    return nil
  }

  /// "the third quarter of 2020", "the first quarter this year", "the fourth quarter last
  /// year", "the first half of 2019", "the second half of the year", and, for quarters, "the
  /// third quarter" alone (the one nearest the document date, leaning on the tense). Not "the
  /// first quarter ended January 31" nor "the fiscal first quarter": fiscal years start in any
  /// month.
  private func ordinalPeriod(at i: Int, limit: Int) -> DateMatch? {
    guard let o = matchOrdinalWords(at: i, limit: limit), let v = o.value, v >= 1, v <= 4, v == v.rounded() else {
      return nil
    }
    let n = Int(v)
    var j = o.tokens.upperBound
    guard j < limit else { return nil }
    if isSymbol(j, 0x2D), gap(j) == 0, gap(j + 1) == 0 { j += 1 } else if gap(j) != 1 { return nil }
    let half = isWord(j, PeriodWords.half)
    guard half ? n <= 2 : isWord(j, PeriodWords.quarter), j < limit else { return nil }
    // "fiscal first quarter", "the fiscal 1987 third quarter".
    for k in max(0, i - 3)..<i where isWord(k, PeriodWords.fiscal) { return nil }
    let the = i > 0 && isWord(i - 1, PeriodWords.the) && gap(i) == 1
    let start = the ? i - 1 : i
    let e = j + 1
    if let (year, end) = yearAfterOf(e, limit: limit) {
      if isWord(e, PeriodWords.of), isWord(e + 1, PeriodWords.fiscal) { return nil }
      return periodOf(q: !half, n: n, start: start, end: end, year: year)
    }
    guard !half, the, e <= limit else { return nil }
    // "the first quarter ended January", "the third quarter to September", "the first quarter
    // of fiscal 1987", "the fourth quarter of the game".
    if isWord(e), Self.fiscalAfterKeys.contains(tokens[e].key) { return nil }
    if isSymbol(e, 0x2D), gap(e) == 0 { return nil }
    if isWord(e), Self.quarterNounKeys.contains(tokens[e].key) { return nil }
    if fiscalBefore(i) || offCalendarQuarters() || !placed(start) { return nil }
    var d = DateMatch(tokens: start..<e)
    d.period = PeriodSpec(unit: .quarter, index: Int32(n - 1), yearless: true)
    return d
  }

  /// Whether the text names a quarter that ends off the calendar's quarters ("the third
  /// quarter ended February 22"): its other quarters are the company's too.
  private func offCalendarQuarters() -> Bool {
    var k = 0
    while k + 2 < tokens.count {
      if isWord(k, PeriodWords.quarter) || isWord(k, PeriodWords.quarters) {
        var j = k + 1
        if isWord(j), PeriodWords.ended.contains(tokens[j].key) {
          j += 1
          if let (m, _) = first(j, { if case .month(let m) = $0.lex { m } else { nil } }), m % 3 != 0 { return true }
        }
      }
      k += 1
    }
    return false
  }

  /// Whether a quarter the text leaves open can be placed: by the option, or by a verb before
  /// it that says whether it has come ("a deficit of 2.9 billion in the third quarter", in
  /// March, may be last year's).
  private func placed(_ i: Int) -> Bool {
    options.dateDirection != .nearest || quarterLean(i) != 0
  }

  /// Whether "fiscal" comes earlier in the sentence: its quarters need not be the calendar's.
  private func fiscalBefore(_ i: Int) -> Bool {
    var k = i - 1
    while k >= 0, i - k < 40 {
      if isSymbol(k, 0x2E) || isSymbol(k, 0x21) || isSymbol(k, 0x3F) || tokens[k + 1].gap >= 2 { return false }
      if isWord(k, PeriodWords.fiscal) { return true }
      k -= 1
    }
    return false
  }

  /// The time of the verb before a quarter: +1 for a plan or forecast ("will", "expects",
  /// "anticipates resuming shipments in"), -1 for a result ("was", "reported", "posted"), 0
  /// otherwise. Up to eight words back, within the clause.
  func quarterLean(_ i: Int) -> Int {
    let t = tenseAround(i..<(i + 1))
    if t != 0 { return t }
    var k = i - 1
    var words = 0
    while k >= 0, words < 8, tokens[k + 1].gap < 2 {
      if tokens[k].kind == .symbol {
        if [0x2E, 0x21, 0x3F, 0x2C, 0x3B, 0x28, 0x29].contains(tokens[k].key) { break }
      } else if tokens[k].kind == .word {
        if PeriodWords.futureCues.contains(tokens[k].key) { return 1 }
        if PeriodWords.pastCues.contains(tokens[k].key) { return -1 }
        words += 1
      }
      k -= 1
    }
    return 0
  }

  /// "Q3 2016", "q1-2019", "Q1 of 2017", "H1 2016", "Q3" alone; "Q3 this year".
  private func letterPeriod(at i: Int, limit: Int) -> DateMatch? {
    let q = tokens[i].key == PeriodWords.q
    let j = i + 1
    guard j < limit, isDigits(j), gap(j) == 0, tokens[j].length == 1, (1...(q ? 4 : 2)).contains(tokens[j].key) else {
      return nil
    }
    let n = Int(tokens[j].key)
    var e = j + 1
    // "Q1/Q2", "q3-4", "H1N1".
    if e < tokens.count, gap(e) == 0, !isSymbol(e, 0x2D) && !isSymbol(e, 0x2C) && !isSymbol(e, 0x2E) {
      if !isSymbol(e, 0x29) && !isSymbol(e, 0x3A) && !isSymbol(e, 0x3B) { return nil }
    }
    if isSymbol(e, 0x2D), gap(e) == 0, gap(e + 1) == 0, isDigits(e + 1), tokens[e + 1].length == 4,
      (1000...2200).contains(tokens[e + 1].key), e + 1 < limit
    {
      e += 2
      return periodOf(q: q, n: n, start: i, end: e, year: (Int(tokens[e - 1].key), false))
    }
    if let (year, end) = yearAfterOf(e, limit: limit) {
      return periodOf(q: q, n: n, start: i, end: end, year: year)
    }
    // "Q3" alone: the nearest third quarter. Halves need a year, and so does a quarter after
    // a figure ("2019-Q1" after "about", "10 Q1").
    guard q, isUpperLetter(i, at: 0), !isDigits(i - 1), !(isSymbol(i - 1, 0x2D) && gap(i) == 0), !fiscalBefore(i),
      !offCalendarQuarters(), placed(i)
    else { return nil }
    var d = DateMatch(tokens: i..<e)
    d.period = PeriodSpec(unit: .quarter, index: Int32(n - 1), yearless: true)
    return d
  }

  /// The `n`th quarter (`q`) or half of a year: `year` is (the year, false) or (an offset from
  /// the document's year, true).
  private func periodOf(q: Bool, n: Int, start: Int, end: Int, year: (Int, Bool)) -> DateMatch {
    let (unit, perYear): (PeriodSpec.Unit, Int) = q ? (.quarter, 4) : (.half, 2)
    var d = DateMatch(tokens: start..<end)
    if year.1 {
      d.period = PeriodSpec(unit: unit, index: Int32(n - 1), yearless: true)
      d.relativeYear = year.0
    } else {
      d.period = PeriodSpec(unit: unit, index: Int32(year.0 * perYear + n - 1))
    }
    return d
  }

  /// "2016 Q3", "2017-q1", "2019-H2", "2019 q3": a year with a quarter or half after it.
  func yearPeriod(at i: Int, limit: Int) -> DateMatch? {
    guard tokens[i].length == 4, (1000...2200).contains(tokens[i].key) else { return nil }
    var j = i + 1
    // "2016-H2", "2016 Q3", "2016H2".
    if isSymbol(j, 0x2D), gap(j) == 0, gap(j + 1) == 0 { j += 1 } else if gap(j) > 1 { return nil }
    guard j + 1 < limit, isWord(j), tokens[j].key == PeriodWords.q || tokens[j].key == PeriodWords.h, tokens[j].length == 1,
      isDigits(j + 1), gap(j + 1) == 0, tokens[j + 1].length == 1
    else { return nil }
    let q = tokens[j].key == PeriodWords.q
    let n = Int(tokens[j + 1].key)
    guard (1...(q ? 4 : 2)).contains(n) else { return nil }
    let e = j + 2
    if e < tokens.count, gap(e) == 0, isWord(e) || isDigits(e) { return nil }
    return periodOf(q: q, n: n, start: i, end: e, year: (Int(tokens[i].key), false))
  }

  /// "the beginning of next week", "the end of last week", "the rest of the week", "the
  /// remainder of 1987". Beginnings and ends of months and years are read by `partWord`.
  private func slicePeriod(at i: Int, slice: PeriodSpec.Slice, limit: Int) -> DateMatch? {
    var j = i + 1
    guard isWord(j, PeriodWords.of), gap(j) == 1 else { return nil }
    j += 1
    guard j < limit, gap(j) == 1 else { return nil }
    var offset = 0
    var relative = true
    var year: Int?
    if isWord(j, PeriodWords.the) {
      j += 1
      // "the end of the following week" counts from a day of the story.
      if isWord(j, PeriodWords.following) || isWord(j, PeriodWords.previous) { return nil }
      if isWord(j, PeriodWords.next) {
        offset = 1
        j += 1
      } else if isWord(j, PeriodWords.past) || isWord(j, PeriodWords.last) {
        offset = -1
        j += 1
      } else if isWord(j, PeriodWords.current) {
        j += 1
      }
    } else if isWord(j), let r = Self.sliceRelativeKeys[tokens[j].key] {
      offset = r
      j += 1
    } else if isDigits(j), tokens[j].length == 4, (1000...2200).contains(tokens[j].key) {
      year = Int(tokens[j].key)
      relative = false
    }
    guard j < limit, gap(j) == 1 else { return nil }
    var unit: PeriodSpec.Unit
    if year != nil {
      unit = .year
    } else if isWord(j, PeriodWords.week) {
      unit = .week
    } else if isWord(j, PeriodWords.month) {
      unit = .month
    } else if isWord(j, PeriodWords.year) {
      unit = .year
    } else {
      return nil
    }
    let e = j + 1
    // "the end of the year-long strike", "the start of the month's trading" is the month
    // itself; "the remainder of 1986/87" a crop year.
    if isSymbol(e, 0x2D) || isSymbol(e, 0x2F), gap(e) == 0 { return nil }
    if isSymbol(e, 0x27) || isSymbol(e, 0x2019) { return nil }
    // The beginnings and ends of months and years are the thirds `partWord` gives ("early
    // 2017" and "the beginning of 2017" alike, as Recognizers reads them; Duckling gives the
    // beginning of a year its first quarter); only weeks and the rest of a period are here.
    switch (unit, slice) {
    case (.week, _), (_, .rest): break
    default: return nil
    }
    // "the rest of the year" without "this" only when nothing names another year after it.
    guard !(unit == .week && slice != .rest && offset == 0 && !isWord(j - 1, PeriodWords.this)
      && !isWord(j - 1, PeriodWords.current) && !isWord(j - 1, PeriodWords.the))
    else { return nil }
    let the = i > 0 && isWord(i - 1, PeriodWords.the) && gap(i) == 1
    var d = DateMatch(tokens: (the ? i - 1 : i)..<e)
    d.period = PeriodSpec(unit: unit, index: Int32(year ?? offset), relative: relative, slice: slice)
    return d
  }

  /// "EOY", "EOM", "BOM", and "BOY" after "the", "by", "at", "before" or "until": written in
  /// capitals, not in a line of capitals.
  private func abbreviatedSlice(at i: Int, slice: (PeriodSpec.Unit, PeriodSpec.Slice), limit: Int) -> DateMatch? {
    guard tokens[i].length == 3, isUpperLetter(i, at: 0), isUpperLetter(i, at: 1), isUpperLetter(i, at: 2),
      i + 1 == tokens.count || gap(i + 1) > 0 || !isWord(i + 1)
    else { return nil }
    let before = i > 0 && isWord(i - 1) && gap(i) == 1 ? i - 1 : -1
    if before >= 0, isUpperLetter(before, at: 0), tokens[before].length > 1, isUpperLetter(before, at: 1) { return nil }
    if isWord(i + 1), gap(i + 1) == 1, isUpperLetter(i + 1, at: 0), tokens[i + 1].length > 1,
      isUpperLetter(i + 1, at: 1)
    {
      return nil
    }
    if tokens[i].key == PeriodWords.boy {
      guard before >= 0, Self.boyLeadKeys.contains(tokens[before].key) else { return nil }
    }
    let the = before >= 0 && isWord(before, PeriodWords.the)
    var d = DateMatch(tokens: (the ? before : i)..<(i + 1))
    d.period = PeriodSpec(unit: slice.0, index: 0, relative: true, slice: slice.1)
    return d
  }

  // MARK: resolving

  /// The fact of a period: `date` is its first day, month or year, `interval` the period.
  func periodFact(_ d: DateMatch, _ p: PeriodSpec, reference: CivilDate?, template: Fact) -> Fact? {
    var first: Int
    if p.relative {
      guard let ref = reference, let rm = ref.month, let rd = ref.day else { return nil }
      let base: Int
      switch p.unit {
      case .week:
        let days = CivilDate.daysFromCivil(ref.year, rm, rd)
        base = Self.floorDiv(days - Self.mondayOffset(days) - 4, 7)
      case .month: base = ref.year * 12 + rm - 1
      case .quarter: base = ref.year * 4 + (rm - 1) / 3
      case .half: base = ref.year * 2 + (rm - 1) / 6
      case .year: base = ref.year
      case .decade: base = Self.floorDiv(ref.year, 10)
      }
      first = base + Int(p.index)
    } else if p.yearless {
      let per = p.unit == .half ? 2 : 4
      var year: Int
      if let r = d.relativeYear {
        guard let ref = reference else { return nil }
        year = ref.year + r
      } else {
        guard let ref = reference, let rm = ref.month, let rd = ref.day else { return nil }
        // The quarter nearest the document date, by its middle month: "the fourth quarter" in
        // February is the one just ended, "the first quarter" in December the coming one.
        var lean = 0
        switch options.dateDirection {
        case .past: lean = -1
        case .future: lean = 1
        case .nearest: lean = quarterLean(d.tokens.lowerBound)
        }
        // A coming quarter may be the one under way (its last month not past), a past one the
        // one under way too (its first month come); with no tense, the nearest by its middle.
        let per = p.unit == .half ? 6 : 3
        let month = Int(p.index) * per + (lean > 0 ? per : lean < 0 ? 1 : (per + 1) / 2)
        year = Self.resolveYear(month: month, day: nil, relative: 0, reference: (ref.year, rm, rd), lean: lean)
      }
      first = year * per + Int(p.index)
    } else {
      first = Int(p.index)
    }
    let last = first + Int(p.count)
    var low: Int
    var high: Int
    var value: CivilDate
    func monthStart(_ m: Int) -> Int {
      CivilDate.daysFromCivil(Self.floorDiv(m, 12), m - 12 * Self.floorDiv(m, 12) + 1, 1)
    }
    switch p.unit {
    case .week:
      // Day 0 of the days count is a Thursday: the first Monday is day 4.
      low = first * 7 + 4
      high = last * 7 + 4
      let c = CivilDate.civilFromDays(low)
      value = CivilDate(year: c.year, month: c.month, day: c.day)
    case .month:
      low = monthStart(first)
      high = monthStart(last)
      value = CivilDate(year: Self.floorDiv(first, 12), month: first - 12 * Self.floorDiv(first, 12) + 1)
    case .quarter:
      low = monthStart(first * 3)
      high = monthStart(last * 3)
      value = CivilDate(year: Self.floorDiv(first * 3, 12), month: first * 3 - 12 * Self.floorDiv(first * 3, 12) + 1)
    case .half:
      low = monthStart(first * 6)
      high = monthStart(last * 6)
      value = CivilDate(year: Self.floorDiv(first * 6, 12), month: first * 6 - 12 * Self.floorDiv(first * 6, 12) + 1)
    case .year:
      low = CivilDate.daysFromCivil(first, 1, 1)
      high = CivilDate.daysFromCivil(last, 1, 1)
      value = CivilDate(year: first)
    case .decade:
      low = CivilDate.daysFromCivil(first * 10, 1, 1)
      high = CivilDate.daysFromCivil(last * 10, 1, 1)
      value = CivilDate(year: first * 10)
    }
    switch p.slice {
    case .whole:
      break
    case .beginning:
      // A week's first three days (Monday to Wednesday), a month's first ten, a year's first
      // third ("BOY"), as `partWord` reads "the beginning of 2017".
      switch p.unit {
      case .week: high = low + 3
      case .month: high = low + 10
      case .year: high = CivilDate.daysFromCivil(first, 5, 1)
      default: return nil
      }
    case .end:
      // Friday to Sunday, from the 21st, from September 1 ("EOY" in Duckling; Recognizers
      // reads "the end of the year" as its second half, which says little more than the year).
      switch p.unit {
      case .week: low = high - 3
      case .month: low += 20
      case .year: low = CivilDate.daysFromCivil(first, 9, 1)
      default: return nil
      }
    case .rest:
      guard let ref = reference, let rm = ref.month, let rd = ref.day else { return nil }
      let today = CivilDate.daysFromCivil(ref.year, rm, rd)
      // "the rest of 1988" written in 1987 is all of it.
      if today >= low, today < high {
        low = today
        let c = CivilDate.civilFromDays(today)
        value = CivilDate(year: c.year, month: c.month, day: c.day)
      }
    }
    var f = template
    f.type = .date
    f.date = value
    f.interval = Interval(low: Double(low) * 86400, high: Double(high) * 86400, lowInclusive: true, highInclusive: false)
    f.span = dateSpan(d.tokens, leadingClitic: 0)
    return f
  }

  /// Days from a Monday to day number `days` (day 0, 1970-01-01, is a Thursday).
  static func mondayOffset(_ days: Int) -> Int { ((days + 3) % 7 + 7) % 7 }

  static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

  // MARK: words

  /// 99: "last" and "final" only before "quarter of …".
  static let periodRelativeKeys: KeyMap<Int> = [
    key("this"): 0, key("current"): 0, key("last"): -1, key("past"): -1, key("previous"): -1, key("next"): 1,
    key("coming"): 1, key("following"): 1, key("upcoming"): 1, key("final"): 99,
  ]
  static let sliceRelativeKeys: KeyMap<Int> = [
    key("this"): 0, key("current"): 0, key("last"): -1, key("past"): -1, key("next"): 1, key("coming"): 1,
  ]
  static let sliceKeys: KeyMap<PeriodSpec.Slice> = [
    key("beginning"): .beginning, key("start"): .beginning, key("end"): .end, key("rest"): .rest,
    key("remainder"): .rest,
  ]
  static let sliceAbbreviations: KeyMap<(PeriodSpec.Unit, PeriodSpec.Slice)> = [
    key("eoy"): (.year, .end), key("boy"): (.year, .beginning), key("eom"): (.month, .end),
    key("bom"): (.month, .beginning),
  ]
  static let yearRelativeKeys: KeyMap<Int> = [key("last"): -1, key("next"): 1, key("this"): 0, key("current"): 0]
  /// After "quarter": a quarter of something else ("the last quarter century", "a quarter mile").
  static let quarterNounKeys: KeySet = KeySet(
    ["century", "centuries", "hour", "hours", "mile", "miles", "point", "points", "final", "finals", "pound", "pounds",
     "inch", "inches", "percentage", "percent", "cent", "cents", "pipe", "horse", "horses", "back", "backs",
     "deck", "master", "inning", "period"].map(key))
  /// After "the first quarter": a fiscal quarter, or one of something else.
  static let fiscalAfterKeys: KeySet = KeySet(
    ["ended", "ending", "ends", "to", "through", "thru", "of", "from"].map(key))
  static let boyLeadKeys: KeySet = KeySet(["the", "by", "at", "before", "until", "till"].map(key))
}

/// Words of named periods, apart from other recognizers' keys.
enum PeriodWords {
  static let after = key("after")
  static let boy = key("boy")
  static let coming = key("coming")
  static let current = key("current")
  static let decade = key("decade")
  static let final = key("final")
  static let fiscal = key("fiscal")
  static let following = key("following")
  static let h = key("h")
  static let half = key("half")
  static let last = key("last")
  static let month = key("month")
  static let next = key("next")
  static let of = key("of")
  static let past = key("past")
  static let previous = key("previous")
  static let q = key("q")
  static let quarter = key("quarter")
  static let quarters = key("quarters")
  static let the = key("the")
  static let this = key("this")
  static let upcoming = key("upcoming")
  static let week = key("week")
  static let year = key("year")
}

extension Scan {
  /// "will leave in two weeks", "will be back in a month": a length of time after "in", in a
  /// clause whose verb is in the future, is the day it ends; after "within" ("will be back
  /// within 5 days") the days from the document date to then. Not "fell 5% in two weeks" nor
  /// "will double sales in two years" (a length over which something changes: a figure
  /// comes before it), nor "in 3 days" with no future verb (often counted from an event).
  func futureOffset(n: Int, unit u: DurationUnit, start s: Int, end e: Int, limit: Int) -> DateMatch? {
    guard s > 0, isWord(s - 1, PeriodWords.in) || isWord(s - 1, PeriodWords.within), gap(s) == 1,
      script(s - 1) == .latin
    else { return nil }
    switch u {
    case .day, .week, .month, .year: break
    default: return nil
    }
    guard tenseAround((s - 1)..<e) > 0 || timeAfter(e) else { return nil }
    // "in 10-year bonds".
    for k in s..<e where isSymbol(k, 0x2D) { return nil }
    // A figure between the verb and "in": "will rise 5% in two years".
    var k = s - 2
    while k >= 0, s - 2 - k < 8, !(isWord(k) && Self.tenseCues[tokens[k].key] != nil) {
      if isDigits(k) || (isWord(k) && hasNumberReading(k)) { return nil }
      k -= 1
    }
    // "in two years' time" is fine; "in 3 days from the vote", "within a week if a patient
    // qualifies" count from an event.
    if e < limit, isWord(e), PeriodWords.afterOffset.contains(tokens[e].key) { return nil }
    if isSymbol(e, 0x2D), gap(e) == 0 { return nil }
    var d = DateMatch(tokens: (s - 1)..<e)
    d.dayOffset = 0
    if isWord(s - 1, PeriodWords.within), let (length, months) = u.calendarSpan(n) {
      d.periodLength = Int32(length)
      d.periodInMonths = months
      return d
    }
    switch u {
    case .day: d.dayOffset = n
    case .week: d.dayOffset = 7 * n
    case .month:
      d.shift = Int32(n)
      d.shiftInMonths = true
    default:
      d.shift = Int32(12 * n)
      d.shiftInMonths = true
    }
    return d
  }
}

extension PeriodWords {
  static let `in` = key("in")
  static let within = key("within")
  static let afterOffset: KeySet = KeySet(
    ["of", "from", "after", "before", "since", "following", "to", "through", "until", "and", "or", "if", "when",
     "once", "upon", "unless"].map(key))
}

// MARK: years in words

extension Scan {
  /// A year written in words at token `k`: "nineteen ninety nine", "seventeen hundred thirty
  /// three", "two thousand and five", "one thousand seven hundred and eighty nine". Only
  /// where the caller has a reason to expect a year (after a month or day, "in the year"),
  /// and not before a noun ("June two thousand workers"). Returns the year and the end.
  func wordYear(at k: Int, limit: Int) -> (Int, Int)? {
    guard k < limit, isWord(k), script(k) == .latin, gap(k) == 1, hasNumberReading(k),
      let a = matchNumberWords(at: k, limit: limit), a.value == a.value.rounded()
    else { return nil }
    var year = Int(a.value)
    var end = a.tokens.upperBound
    if (1000...2100).contains(year) {
      guard year != 1000 else { return nil }
    } else if (11...20).contains(year), a.tokens.count == 1, end < limit, isWord(end), gap(end) == 1,
      hasNumberReading(end), let b = matchNumberWords(at: end, limit: limit), b.value == b.value.rounded(),
      (10...99).contains(Int(b.value))
    {
      // "nineteen ninety nine", "twenty twenty".
      year = year * 100 + Int(b.value)
      end = b.tokens.upperBound
    } else if (11...20).contains(year), a.tokens.count == 1, let (b, e) = zeroDigitWords(at: end, limit: limit) {
      year = year * 100 + b
      end = e
    } else {
      return nil
    }
    // "two thousand workers", "fifteen twenty-minute sessions", "two thousand and five %".
    if followedByNoun(end) || isSymbol(end, 0x25) || (isSymbol(end, 0x2D) && gap(end) == 0) { return nil }
    return (year, end)
  }

  /// "in nineteen ninety six", "in the year two thousand and five", "since nineteen eighty":
  /// a year in words after "in", "since" or "year". After "in" alone only a pair ("nineteen
  /// ninety six") or a number with its "and" ("two thousand and twenty") reads as a year.
  func wordYearDate(at i: Int, limit: Int) -> DateMatch? {
    var k = i + 1
    var marked = isWord(i, PeriodWords.year)
    if !marked, isWord(k, PeriodWords.the), isWord(k + 1, PeriodWords.year), gap(k) == 1 {
      k += 2
      marked = true
    }
    guard k < limit, isWord(k), hasNumberReading(k), let (year, end) = wordYear(at: k, limit: limit) else { return nil }
    if !marked {
      // A pair of words ("nineteen ninety six") or a thousand with "and" ("two thousand and
      // twenty"); "in one thousand cases" and "in twenty twenty-one" need more.
      let pair = end - k == 2 || (end - k == 3 && !isWord(k + 1, PeriodWords.thousand))
      guard pair || (year > 1000 && (k..<end).contains { isWord($0, PeriodWords.and) }) else { return nil }
    }
    // "year two thousand and five", "the year nineteen eighty", "nineteen ninety six".
    let start = isWord(i, PeriodWords.year) ? i : (k == i + 3 ? i + 1 : k)
    var d = DateMatch(tokens: start..<end)
    d.year = year
    return d
  }
}

extension PeriodWords {
  static let and = key("and")
  static let thousand = key("thousand")
  static let since = key("since")
  static let ended: KeySet = KeySet(["ended", "ending", "ends", "end"].map(key))
  static let futureCues: KeySet = KeySet(
    ["expects", "expected", "expect", "anticipates", "anticipated", "anticipate", "forecast", "forecasts", "predicts",
     "predicted", "projected", "projects", "plans", "planned", "should", "would", "could", "may", "might", "hopes",
     "intends", "aims", "sees", "targets", "scheduled", "due", "next"].map(key))
  static let pastCues: KeySet = KeySet(
    ["reported", "posted", "earned", "lost", "fell", "rose", "declined", "grew", "recorded", "was", "were", "had",
     "ended", "compared", "totalled", "totaled", "amounted", "did"].map(key))
}

// MARK: weekdays counted

extension Scan {
  /// "3 Fridays from now" (the third Friday after the document date), "2 Thursdays ago".
  func weekdayCount(at i: Int, limit: Int) -> DateMatch? {
    let j = i + 1
    guard j + 1 < limit, tokens[i].length <= 2, isWord(j), gap(j) == 1, let w = PeriodWords.weekdays[tokens[j].key],
      isWord(j + 1), gap(j + 1) == 1
    else { return nil }
    let n = Int(tokens[i].key)
    guard n >= 1, n <= 52 else { return nil }
    var d = DateMatch(tokens: i..<(j + 2))
    d.weekday = w
    if isWord(j + 1, PeriodWords.from), isWord(j + 2, PeriodWords.now), gap(j + 2) == 1, j + 2 < limit {
      d.tokens = i..<(j + 3)
      d.relative = 1
    } else if isWord(j + 1, PeriodWords.ago) || isWord(j + 1, PeriodWords.back) {
      d.relative = -1
    } else {
      return nil
    }
    d.shift = Int32(d.relative * 7 * (n - 1))
    return d
  }
}

extension PeriodWords {
  static let from = key("from")
  static let now = key("now")
  static let ago = key("ago")
  static let back = key("back")
  static let weekdays: KeyMap<Int> = [
    key("sundays"): 1, key("mondays"): 2, key("tuesdays"): 3, key("wednesdays"): 4, key("thursdays"): 5,
    key("fridays"): 6, key("saturdays"): 7,
  ]
}

// MARK: days in words

extension Scan {
  /// "fifteenth", "thirty first" after "Friday the": the day and the end.
  func ordinalDayWords(at k: Int, limit: Int) -> (Int, Int)? {
    guard k < limit, isWord(k), gap(k) == 1, flags[k].contains(.ordinal) || hasNumberReading(k),
      let o = matchOrdinalWords(at: k, limit: limit),
      let v = o.value, v >= 1, v <= 31, v == v.rounded()
    else { return nil }
    // "Tuesday the fifth of March" is read by the month; "Monday the sixth largest fall" is a rank.
    let e = o.tokens.upperBound
    if isWord(e, PeriodWords.of) || followedByNoun(e) || (isWord(e) && gap(e) == 0) { return nil }
    return (Int(v), o.tokens.upperBound)
  }

  /// "twenty five nineteen eighty six", "twenty one two thousand and eighteen" after a month:
  /// a day in words, then a year in words.
  func wordDayAndYear(at k: Int, limit: Int) -> (Int, Int, Int)? {
    guard k < limit, isWord(k), gap(k) == 1, script(k) == .latin, hasNumberReading(k) else { return nil }
    // The day reader stops before the year: "twenty one two thousand" is read by parts.
    var end = k + 1
    var day = 0
    while end <= k + 2, end <= limit {
      guard let m = matchNumberWords(at: k, limit: end), m.tokens.upperBound == end, m.value == m.value.rounded(),
        m.value >= 1, m.value <= 31
      else { break }
      day = Int(m.value)
      if let (year, e) = wordYear(at: end, limit: limit) { return (day, year, e) }
      end += 1
    }
    return nil
  }
}

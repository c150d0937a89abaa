import TextModel

/// Arabic dates that `matchDate` reads only once its own readers found nothing at a token:
///
/// - a day or weekday counted inside a month, the month also given by its number after "شهر"
///   or by an ordinal after "الشهر" (Levantine usage): "اليوم الثالث من شهر عشرة", "ثالث يوم
///   من شهر 10", "آخر يوم بشهر عشرة سنة 2015", "أول ثلاثاء من شهر أيلول", "آخر اثنين من الشهر
///   القادم", "ثاني أربعاء في أكتوبر لعام 2014", "27-29 من الشهر الثامن";
/// - a range of days in ordinals: "من الثالث والعشرين حتى السادس والعشرين من شهر أكتوبر";
/// - days counted from today after "يوم": "اليوم الذي بعد الغد", "يوم قبل أمس" (two days), and
///   "اليوم الماضي" / "اليوم المنصرم" (yesterday; "اليوم السابق" is the day before an event of
///   the story, and stays out);
/// - a weekday without its article before "الأسبوع" and a relative word: "ثلاثاء الأسبوع
///   الفائت";
/// - quarters of a named year: "الربع الثالث من عام 2016", "الربع الأول 2015", "الربع الرابع من
///   العام الماضي" (not "من العام المالي": a fiscal year starts anywhere);
/// - "18-9-15" (a day past 12, so no score or formation);
/// - a day after a month name and a year in words or figures: "يناير الثاني والعشرين، 2018",
///   "سبتمبر 10، 2015", "العاشر من سبتمبر، ألفين" (`monthPhrase`, `yearOrRelative`);
/// - "3 أيام القادمة", "5 سنوات الماضية": a period around the document date (`agoDate`).
///
/// A month counted by its number or rank is read only inside such a phrase: "شهر 3" alone may
/// be the third month of anything, and "الشهر الثامن" of a pregnancy or a war.
extension Scan {
  // MARK: entry points

  /// A date at an Arabic word where the main readers found none.
  func arabicWordDate(at i: Int, limit: Int) -> DateMatch? {
    guard i + 1 < limit, script(i) == .arabic else { return nil }
    let f = flags[i]
    if f.contains(.dateStart) {
      if let d = quarter(at: i, limit: limit) { return d }
      if let d = bareWeekdayOfWeek(at: i, limit: limit) { return d }
    }
    // Most counts name no day: look for a month word close by before reading them.
    if !f.isDisjoint(with: [.ordinal, .dateStart]), monthWordNear(after: i, limit: limit) {
      if let d = countedInMonth(at: i, limit: limit) { return d }
      if let d = ordinalDayRange(at: i, limit: limit) { return d }
    }
    if f.contains(.marker), let d = dayWordDate(at: i, limit: limit) { return d }
    return nil
  }

  /// A date at digits where the main readers found none: "18-9-15", "27-29 من الشهر الثامن",
  /// "3 من شهر 10".
  func arabicDigitsDate(at i: Int, limit: Int) -> DateMatch? {
    let t = tokens[i]
    guard t.length <= 2, t.key >= 1, t.key <= 31, i + 2 < limit else { return nil }
    if isSymbol(i + 1, 0x2D), let d = dashedShortDate(at: i, limit: limit) { return d }
    // "27-29 من الشهر الثامن", "3 من شهر 10": most figures have no "من" close after them.
    var near = false
    var j = i + 1
    while j < min(limit, i + 6), !near {
      near = isWord(j, Self.dateMinKey)
      j += 1
    }
    guard near else { return nil }
    var k = i + 1
    var endDay: Int?
    if let (e2, k2) = dayRangeEnd(at: k, first: i, limit: limit) {
      endDay = e2
      k = k2
    }
    // A bare name is left to `dayMonth`, which keeps "15 من مارس" a verb.
    guard isWord(k, Self.dateMinKey), gap(k) == 1, k + 1 < limit, gap(k + 1) == 1, !flags[k + 1].contains(.month),
      var d = arabicMonthRef(at: k + 1, start: i, limit: limit, clitic: false)
    else { return nil }
    d.day = Int(t.key)
    d.endDay = endDay
    return d.month == nil || dayExists(d) ? d : nil
  }

  /// "18-9-15": day, month and two-digit year with dashes, a one-digit month allowed when the
  /// day is past 12 (so it is no football formation "4-4-2" nor a score), in Arabic text.
  private func dashedShortDate(at i: Int, limit: Int) -> DateMatch? {
    let a = tokens[i]
    guard a.length == 2, a.key > 12, a.key <= 31, i + 4 < limit, i > 0, script(i - 1) == .arabic,
      isSymbol(i + 1, 0x2D), gap(i + 1) == 0, isDigits(i + 2), gap(i + 2) == 0, tokens[i + 2].length == 1,
      tokens[i + 2].key >= 1, isSymbol(i + 3, 0x2D), gap(i + 3) == 0, isDigits(i + 4), gap(i + 4) == 0,
      tokens[i + 4].length == 2
    else { return nil }
    if (isSymbol(i + 5, 0x2D) || isSymbol(i + 5, 0x2F) || isSymbol(i + 5, 0x2E)) && gap(i + 5) == 0 && isDigits(i + 6) {
      return nil
    }
    let c = Int(tokens[i + 4].key)
    var d = DateMatch(tokens: i..<(i + 5))
    d.day = Int(a.key)
    d.month = Int(tokens[i + 2].key)
    d.year = c < 50 ? 2000 + c : 1900 + c
    return dayExists(d) ? d : nil
  }

  // MARK: months

  /// The month a day or weekday is counted in, after the token `k` that ends the count: "من"
  /// or "في" and a month, or a month glued to "ب" ("بأيلول", "بشهر عشرة"). See
  /// `arabicMonthRef`. The match runs from `start`.
  func arabicMonthAfter(_ k: Int, start: Int, limit: Int) -> DateMatch? {
    guard k < limit, isWord(k), gap(k) == 1 else { return nil }
    if isWord(k, Self.dateMinKey) || isWord(k, Self.dateFiKey) {
      guard k + 1 < limit, gap(k + 1) == 1 else { return nil }
      return arabicMonthRef(at: k + 1, start: start, limit: limit, clitic: false)
    }
    guard text.scalars[Int(tokens[k].start)] == 0x0628 else { return nil }
    return arabicMonthRef(at: k, start: start, limit: limit, clitic: true)
  }

  /// A month at `j`: a name ("أيلول", "شهر أيلول", "أكتوبر من عام 2014"), its number after
  /// "شهر" ("شهر ثلاثة", "شهر 3"), its rank after "الشهر" when a year follows or the phrase
  /// ends there ("الشهر الثامن"), or one relative to the document ("الشهر القادم"). With
  /// `clitic`, the word at `j` carries "ب". Hijri months are left out: their length varies.
  func arabicMonthRef(at j: Int, start: Int, limit: Int, clitic: Bool) -> DateMatch? {
    guard j < limit, isWord(j) else { return nil }
    let wanted = clitic ? 1 : 0
    if let (_, m) = first(j, { if case .marker(.monthWord) = $0.lex { true } else { nil } }), Int(m.end) == j + 1,
      j + 1 < limit, gap(j + 1) <= 1
    {
      if !m.article, Int(m.prefix) == wanted {
        if let d = monthPhrase(at: j + 1, limit: limit, start: start, context: true, relative: 0) {
          return d.day == nil && !d.isHijri ? d : nil
        }
        // "شهر 3", "شهر عشرة", "شهر اثني عشر".
        var n = 0
        var e = j + 2
        if isDigits(j + 1), tokens[j + 1].length <= 2 {
          n = Int(tokens[j + 1].key)
          if isSymbol(j + 2, 0x2F) || isSymbol(j + 2, 0x2D) || isSymbol(j + 2, 0x2E) || isSymbol(j + 2, 0x3A) { return nil }
        } else if let w = matchNumberWords(at: j + 1, limit: limit), w.value == w.value.rounded() {
          n = Int(w.value)
          e = w.tokens.upperBound
        }
        guard (1...12).contains(n) else { return nil }
        var d = DateMatch(tokens: start..<e)
        d.month = n
        d.tokens = start..<yearOrRelative(after: e, into: &d, limit: limit, hijriMonth: false)
        return d
      }
      if m.article, Int(m.prefix) == 2 + wanted, isWord(j + 1), gap(j + 1) == 1, flags[j + 1].contains(.ordinal),
        let o = matchOrdinalWords(at: j + 1, limit: limit), let v = o.value, v == v.rounded(), (1...12).contains(v)
      {
        // "الشهر الثامن": the eighth month only when nothing counts it in something else
        // ("الشهر السادس من حملها", "الشهر الأول بعد الولادة").
        var d = DateMatch(tokens: start..<o.tokens.upperBound)
        d.month = Int(v)
        let e = yearOrRelative(after: o.tokens.upperBound, into: &d, limit: limit, hijriMonth: false)
        if e == o.tokens.upperBound, e < limit, isWord(e) { return nil }
        d.relative = 0
        d.tokens = start..<e
        return d
      }
    }
    if let d = monthPhrase(at: j, limit: limit, start: start, context: true, relative: 0) {
      return d.day == nil && !d.isHijri ? d : nil
    }
    if !clitic, let (offset, end) = relativeMonthPhrase(at: j, limit: limit) {
      var d = DateMatch(tokens: start..<end)
      d.monthOffset = offset
      return d
    }
    return nil
  }

  // MARK: years and days in words

  /// "يناير الثاني والعشرين، 2018", "سبتمبر 10، 2015": a day in ordinals or figures after an
  /// Arabic month name, read only when a year follows it ("يناير الثاني" alone is no date, and
  /// "سبتمبر 10" may count anything). Returns the day and its end.
  func arabicDayAfterMonth(_ e: Int, limit: Int) -> (Int, Int)? {
    guard e < limit, gap(e) <= 1 else { return nil }
    var v: Double
    var k: Int
    if isDigits(e), tokens[e].length <= 2 {
      v = Double(tokens[e].key)
      k = e + 1
      guard isSymbol(k, 0x2C) || isSymbol(k, 0x060C) else { return nil }
    } else if isWord(e), gap(e) == 1, flags[e].contains(.ordinal), script(e) == .arabic, startsWithArticle(e),
      let o = matchOrdinalWords(at: e, limit: limit), let value = o.value
    {
      v = value
      k = o.tokens.upperBound
    } else {
      return nil
    }
    guard v == v.rounded(), (1...31).contains(v) else { return nil }
    guard yearAfter(k, limit: limit, hijriMonth: false) != nil || arabicYearInWords(after: k, limit: limit) != nil
    else { return nil }
    return (Int(v), k)
  }

  /// "، ألفين", "ألفان وثمانية عشر", "ألف وتسعمائة وواحد" after a date: a year in words,
  /// 1000 to 2100, that ends the clause ("ألفان من المتظاهرين" counts people).
  func arabicYearInWords(after e: Int, limit: Int) -> (Int, Int)? {
    var k = e
    if (isSymbol(k, 0x2C) || isSymbol(k, 0x060C)) && gap(k) <= 1 { k += 1 }
    guard k < limit, isWord(k), gap(k) <= 1, script(k) == .arabic,
      !flags[k].isDisjoint(with: [.numeral, .scale, .scaleDual, .dualNumeral])
    else { return nil }
    var value: Double
    var end: Int
    if let w = matchNumberWords(at: k, limit: limit) {
      (value, end) = (w.value, w.tokens.upperBound)
    } else if let (v, m) = first(k, { if case .scaleDual(let v) = $0.lex { v } else { nil } }), Int(m.end) == k + 1,
      m.prefix == 0
    {
      (value, end) = (2 * v, k + 1)
    } else {
      return nil
    }
    guard value == value.rounded(), value >= 1000, value <= 2100, end >= limit || tokens[end].kind == .symbol else {
      return nil
    }
    return (Int(value), end)
  }

  // MARK: counted days and weekdays

  /// "أول ثلاثاء من شهر عشرة", "ثالث يوم ثلاثاء بأيلول بعام 2014", "آخر اثنين من الشهر
  /// القادم", "ثالث يوم من شهر عشرة", "آخر يوم بشهر عشرة", "الأول من شهر ثلاثة": a count, "يوم"
  /// or a weekday, and the month.
  private func countedInMonth(at i: Int, limit: Int) -> DateMatch? {
    // "الأسبوع الأول من شهر آذار": an ordinal with the article after a definite noun counts it.
    if startsWithArticle(i), i > 0, isWord(i - 1), gap(i) == 1, script(i - 1) == .arabic, startsWithArticle(i - 1) {
      return nil
    }
    var n: Int
    var k: Int
    var article = false
    if let c = Self.arabicCountKeys[tokens[i].key] {
      n = c
      k = i + 1
    } else if flags[i].contains(.ordinal), let o = matchOrdinalWords(at: i, limit: limit), let v = o.value,
      v == v.rounded(), (1...31).contains(v)
    {
      n = Int(v)
      k = o.tokens.upperBound
      article = startsWithArticle(i)
    } else {
      return nil
    }
    guard k < limit, isWord(k), gap(k) == 1 else { return nil }
    var dayWord = false
    if isWord(k, Self.dayArabicKey) {
      dayWord = true
      k += 1
    }
    if let (w, end) = arabicWeekdayWord(at: k, limit: limit) {
      guard n == -1 || (1...5).contains(n), var d = arabicMonthAfter(end, start: i, limit: limit) else { return nil }
      d.weekday = w
      d.nth = Int8(n)
      d.relative = 0
      return d
    }
    // Without "يوم", only "الأول من شهر ثلاثة": a bare "ثالث من" counts something else.
    guard dayWord || (article && isWord(k, Self.dateMinKey)), let d = arabicMonthAfter(k, start: i, limit: limit)
    else { return nil }
    return dayOfMonth(n, in: d)
  }

  /// "من الثالث والعشرين حتى السادس والعشرين من شهر أكتوبر": a range of days in ordinals.
  private func ordinalDayRange(at i: Int, limit: Int) -> DateMatch? {
    guard startsWithArticle(i), let a = matchOrdinalWords(at: i, limit: limit), let v1 = a.value, v1 == v1.rounded(),
      (1...30).contains(v1)
    else { return nil }
    let k = a.tokens.upperBound
    guard k + 1 < limit, isWord(k), gap(k) == 1, Self.dayRangeToKeys.contains(tokens[k].key), gap(k + 1) == 1,
      startsWithArticle(k + 1), let b = matchOrdinalWords(at: k + 1, limit: limit), let v2 = b.value, v2 == v2.rounded(),
      v2 > v1, v2 <= 31, isWord(b.tokens.upperBound, Self.dateMinKey),
      var d = arabicMonthAfter(b.tokens.upperBound, start: i, limit: limit), d.month != nil || d.monthOffset != nil
    else { return nil }
    d.day = Int(v1)
    d.endDay = Int(v2)
    d.relative = 0
    return d
  }

  /// A weekday at `k`, with its article ("الثلاثاء") or without ("ثلاثاء", "أربعا"): the
  /// weekday and the token after it.
  func arabicWeekdayWord(at k: Int, limit: Int) -> (Int, Int)? {
    guard k < limit, isWord(k) else { return nil }
    if let w = Self.bareWeekdayKeys[tokens[k].key] { return (w, k + 1) }
    if let (w, m) = first(k, { if case .weekday(let w) = $0.lex { w } else { nil } }), m.prefix == 0 || m.article,
      Int(m.end) <= limit
    {
      return (w, Int(m.end))
    }
    return nil
  }

  /// "ثلاثاء الأسبوع الفائت", "اثنين الأسبوع الحالي": a weekday without its article before the
  /// week. "أحد", "اثنين" and "جمعة" are also "anyone", "two" and a name ("قتل اثنين الأسبوع
  /// الماضي"): they need to start the sentence or follow "يوم".
  private func bareWeekdayOfWeek(at i: Int, limit: Int) -> DateMatch? {
    guard let w = Self.bareWeekdayKeys[tokens[i].key], isWord(i + 1, Self.theWeekKey), gap(i + 1) == 1,
      let (offset, end) = arabicWeekAfter(i + 1, limit: limit)
    else { return nil }
    var start = i
    if i > 0, isWord(i - 1, Self.dayArabicKey), gap(i) == 1 {
      start = i - 1
    } else if w == 1 || w == 2 || w == 6, !startsSentence(i) {
      return nil
    }
    var d = DateMatch(tokens: start..<end)
    d.weekday = w
    d.weekOffset = Int8(offset)
    return d
  }

  // MARK: days after "يوم"

  /// "اليوم الذي بعد الغد", "يوم قبل أمس", "اليوم القبل البارحة" (two days from today),
  /// "اليوم الماضي" (yesterday), "اليوم الثالث من شهر عشرة", "اليوم الأخير من شهر أيلول".
  private func dayWordDate(at i: Int, limit: Int) -> DateMatch? {
    guard let (_, m) = first(i, { if case .marker(.day) = $0.lex { true } else { nil } }), Int(m.end) == i + 1,
      i + 1 < limit, isWord(i + 1), gap(i + 1) == 1, m.article ? Int(m.prefix) >= 2 : true
    else { return nil }
    var k = i + 1
    let next = tokens[k].key
    var d = DateMatch(tokens: i..<(i + 1))
    d.leadingClitic = clitic(m)
    if m.article, Self.yesterdayAfterKeys.contains(next) {
      d.dayOffset = -1
      d.tokens = i..<(k + 1)
      return d
    }
    var joined = false
    if Self.relativePronounKeys.contains(next) {
      guard k + 1 < limit, gap(k + 1) == 1 else { return nil }
      k += 1
      joined = true
    }
    // "اليوم قبل أمس" is today and yesterday: the article needs "الذي" or "القبل".
    if let (r, end) = twoDaysAway(at: k, limit: limit, articleOnly: m.article && !joined) {
      d.dayOffset = r
      d.tokens = i..<end
      return d
    }
    guard !joined, m.article, monthWordNear(after: i, limit: limit) else { return nil }
    // "اليوم الثالث من شهر عشرة", "اليوم الأخير من شهر عشرة سنة 2015".
    var n: Int
    var e: Int
    if Self.lastArabicKeys.contains(next) {
      n = -1
      e = k + 1
    } else if flags[k].contains(.ordinal), let o = matchOrdinalWords(at: k, limit: limit), let v = o.value,
      v == v.rounded(), (1...31).contains(v)
    {
      n = Int(v)
      e = o.tokens.upperBound
    } else {
      return nil
    }
    guard var c = arabicMonthAfter(e, start: i, limit: limit) else { return nil }
    c.leadingClitic = d.leadingClitic
    return dayOfMonth(n, in: c)
  }

  /// Day `n` of the month matched (-1: its last day), or nil when the month has no such day.
  private func dayOfMonth(_ n: Int, in month: DateMatch) -> DateMatch? {
    var d = month
    d.relative = 0
    if n == -1 {
      d.nth = -8
    } else {
      d.day = n
      guard d.month == nil || dayExists(d) else { return nil }
    }
    return d
  }

  /// "بعد الغد", "قبل أمس", "القبل البارحة", "بعد بكرة" at `k`: +2 or -2 days and the end.
  private func twoDaysAway(at k: Int, limit: Int, articleOnly: Bool) -> (Int, Int)? {
    guard k < limit, isWord(k) else { return nil }
    if !articleOnly, let (r, m) = first(k, { if case .marker(.relativeDay(let r)) = $0.lex { r } else { nil } }),
      abs(r) == 2, Int(m.end) <= limit
    {
      return (r, Int(m.end))
    }
    let w = tokens[k].key
    let direction: Int
    if w == Self.afterArticleKey || (!articleOnly && w == Self.afterBareKey) {
      direction = 1
    } else if w == Self.beforeArticleKey || (!articleOnly && w == Self.beforeBareKey) {
      direction = -1
    } else {
      return nil
    }
    let j = k + 1
    guard j < limit, isWord(j), gap(j) == 1 else { return nil }
    if direction > 0, Self.tomorrowKeys.contains(tokens[j].key) { return (2, j + 1) }
    if let (r, m) = first(j, { if case .marker(.relativeDay(let r)) = $0.lex { r } else { nil } }), r == direction,
      m.prefix == 0, Int(m.end) <= limit
    {
      return (2 * direction, Int(m.end))
    }
    return nil
  }

  // MARK: quarters

  /// "الربع الثالث من عام 2016", "بالربع الرابع من 2017", "الربع الثاني 2015", "الربع الأول من
  /// العام الجاري": the three months of a quarter of a year the text names.
  private func quarter(at i: Int, limit: Int) -> DateMatch? {
    guard let lead = Self.quarterKeys[tokens[i].key], i + 2 < limit, isWord(i + 1), gap(i + 1) == 1 else { return nil }
    var q: Int
    var k: Int
    if Self.lastArabicKeys.contains(tokens[i + 1].key) {
      q = 4
      k = i + 2
    } else if flags[i + 1].contains(.ordinal), let o = matchOrdinalWords(at: i + 1, limit: limit), let v = o.value,
      v == v.rounded(), (1...4).contains(v)
    {
      q = Int(v)
      k = o.tokens.upperBound
    } else {
      return nil
    }
    var d = DateMatch(tokens: i..<k)
    d.leadingClitic = lead
    d.month = 3 * q - 2
    d.endMonth = 3 * q
    var y = k
    if isWord(y, Self.dateMinKey), gap(y) == 1 { y += 1 }
    if y < limit, isDigits(y), gap(y) == 1, tokens[y].length == 4, (1900...2100).contains(tokens[y].key),
      !(isSymbol(y + 1, 0x2E) || isSymbol(y + 1, 0x2C) || isSymbol(y + 1, 0x2D) || isSymbol(y + 1, 0x2F)) || gap(y + 1) > 0
    {
      d.year = Int(tokens[y].key)
      d.tokens = i..<(y + 1)
      return d
    }
    guard let (year, relativeYear, end) = yearPhraseAfter(k, limit: limit) else { return nil }
    d.year = year
    d.relativeYear = relativeYear
    d.tokens = i..<end
    return d
  }

  // MARK: periods

  /// "3 أيام القادمة", "خلال 5 سنوات الماضية": a counted length followed by "القادمة" /
  /// "الماضية" is the period after (from the next day) or up to the document date.
  func arabicPeriodAround(n: Int, unit u: DurationUnit, start s: Int, end e: Int, limit: Int) -> DateMatch? {
    guard n >= 2, e < limit, isWord(e), gap(e) == 1, script(e) == .arabic, isDigits(s) || flags[s].contains(.numeral)
    else { return nil }
    var direction = 0
    guard startsWithArticle(e) else { return nil }
    for m in lex(e) where Int(m.end) == e + 1 && direction == 0 {
      if case .past = m.lex { direction = -1 }
      if case .next = m.lex { direction = 1 }
    }
    let end = e + 1
    guard direction != 0, let (length, months) = u.calendarSpan(n) else { return nil }
    // "34 العام الماضي" is a figure of last year, "iPhone 8 للعام الماضي" a model: the unit
    // counts only in the plural or after the number ("الأيام", "أيام", "عاما").
    if Self.singularUnitKeys.contains(tokens[e - 1].key) { return nil }
    // "منذ 3 أيام الماضية" counts back to a day; "الثمانية عشر شهرا" and "10 إلى 20 عاما"
    // hold more than the figure read.
    if s > 0, isWord(s - 1) {
      let w = tokens[s - 1].key
      if Self.arabicAgoKeys.contains(w) || Self.dayRangeToKeys.contains(w) || w == Self.dateWaKey { return nil }
      if !flags[s - 1].isDisjoint(with: [.numeral, .ordinal]) { return nil }
    }
    if s > 0, isSymbol(s - 1, 0x2D) { return nil }
    if isWord(end), gap(end) == 1, isWord(end, Self.dateMinKey) { return nil }
    return Self.countedPeriod(s..<end, direction: direction, length: length, months: months)
  }

  // MARK: checks

  /// Whether a month name or "شهر" / "الشهر" comes within the eight tokens after `i`.
  private func monthWordNear(after i: Int, limit: Int) -> Bool {
    var k = i + 1
    let end = min(limit, i + 9)
    while k < end {
      let f = flags[k]
      if f.contains(.month) { return true }
      if f.contains(.marker), first(k, { if case .marker(.monthWord) = $0.lex { true } else { nil } }) != nil {
        return true
      }
      k += 1
    }
    return false
  }

  /// Whether the word at `i` begins with the article ("الثالث").
  private func startsWithArticle(_ i: Int) -> Bool {
    let t = tokens[i]
    let s = text.scalars
    return t.length > 2 && s[Int(t.start)] == 0x0627 && s[Int(t.start) + 1] == 0x0644
  }

  /// Whether token `i` opens its sentence or line.
  func startsSentence(_ i: Int) -> Bool {
    guard i > 0, gap(i) < 2 else { return true }
    let p = tokens[i - 1]
    return p.kind == .symbol && [0x2E, 0x21, 0x3F, 0x061F, 0x3A].contains(p.key)
  }

  /// Whether a weekday that is also a common word ("الأحد", "الاثنين", "الجمعة") reads as the day
  /// by its context: after "هذا" / "هذه" ("هذا الاثنين"), or alone in its sentence (a heading).
  func weekdayStandsAlone(start i: Int, end e: Int, limit: Int) -> Bool {
    if i > 0, gap(i) == 1, isWord(i - 1, Self.thisArabicKey) || isWord(i - 1, Self.thisFeminineKey) { return true }
    guard startsSentence(i) else { return false }
    var k = e
    while k < limit {
      if tokens[k].kind != .symbol { return false }
      k += 1
    }
    return true
  }

  // MARK: words

  static let thisFeminineKey = key("هذه")
  /// A unit with the article in the singular: a figure of that period, not a count of it.
  static let singularUnitKeys: KeySet = KeySet(
    ["العام", "للعام", "السنة", "للسنة", "الشهر", "للشهر", "اليوم", "لليوم", "الأسبوع", "للأسبوع", "العقد"].map(key))
  /// Weekdays without the article.
  static let bareWeekdayKeys: KeyMap<Int> = {
    var keys: [UInt64: Int] = [:]
    let names: [[String]] = [
      ["أحد"], ["اثنين", "إثنين"], ["ثلاثاء", "ثلاثا"], ["أربعاء", "أربعا"], ["خميس"], ["جمعة"], ["سبت"],
    ]
    for (n, words) in names.enumerated() { for w in words { keys[key(w)] = n + 1 } }
    return KeyMap(keys)
  }()
  /// Counts of a weekday or day without the article: "أول", "ثاني", "ثان", "آخر" (-1).
  static let arabicCountKeys: KeyMap<Int> = [
    key("أول"): 1, key("ثاني"): 2, key("ثان"): 2, key("ثالث"): 3, key("رابع"): 4, key("خامس"): 5, key("آخر"): -1,
  ]
  /// "الربع" with its clitics, and how many scalars of clitic the span leaves out.
  static let quarterKeys: KeyMap<Int> = [
    key("الربع"): 0, key("بالربع"): 1, key("والربع"): 1, key("للربع"): 1, key("فالربع"): 1, key("وبالربع"): 2,
    key("وللربع"): 2,
  ]
  static let arabicDateStartKeys: KeySet = KeySet(
    bareWeekdayKeys.keys + arabicCountKeys.keys + quarterKeys.keys)
  /// After "اليوم": yesterday. "السابق" is the day before an event of the story.
  static let yesterdayAfterKeys: KeySet = KeySet(["الماضي", "المنصرم"].map(key))
  static let relativePronounKeys: KeySet = KeySet(["الذي", "الي", "اللي"].map(key))
  static let afterArticleKey = key("البعد")
  static let afterBareKey = key("بعد")
  static let beforeArticleKey = key("القبل")
  static let beforeBareKey = key("قبل")
  static let tomorrowKeys: KeySet = KeySet(["الغد", "غد", "بكرة", "بكرا"].map(key))
}

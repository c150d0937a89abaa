import TextModel

/// A date or time found in the text, before a yearless or relative one is resolved
/// against the document date. Day, month and year are as written: Hijri when `isHijri`.
struct DateMatch {
  enum Role { case published, updated }

  var tokens: Range<Int>
  var year: Int?
  var month: Int?
  var day: Int?
  var hour: Int?
  var minute: Int?
  var second: Int?
  var utcOffset: Int?
  var weekday: Int?
  /// "الماضي" / "last" (-1), "المقبل" / "next" (+1).
  var relative: Int = 0
  /// A year named relative to the document's: "العام الماضي" (-1), "this year" (0), "next year" (+1).
  var relativeYear: Int?
  /// The text gave a Hijri date ("15 رمضان 1445 هـ", "14-09-1432 هـ").
  var isHijri = false
  /// Set when the date follows "تم النشر:" / "Published:" or "تم التحديث:" / "Updated:".
  var role: Role?
  /// Scalars of clitics ("و", "ب", "ف") at the start of the first token that the span leaves out:
  /// "ويناير 2026" gives the span "يناير 2026".
  var leadingClitic = 0
  /// A day named relative to the document date: "أمس" (-1), "today" (0), "3 days ago" (-3).
  var dayOffset: Int? {
    get { packedDayOffset == .min ? nil : Int(packedDayOffset) }
    set { packedDayOffset = newValue.map { Int32(clamping: $0) } ?? .min }
  }
  /// A month named relative to the document's: "الشهر الماضي" (-1), "this month" (0).
  var monthOffset: Int? {
    get { packedMonthOffset == .min ? nil : Int(packedMonthOffset) }
    set { packedMonthOffset = newValue.map { Int32(clamping: $0) } ?? .min }
  }
  /// The last day of a range of days: "13-15 تموز", "between 3 and 12 September".
  var endDay: Int? {
    get { packedEndDay == 0 ? nil : Int(packedEndDay) }
    set { packedEndDay = UInt8(clamping: newValue ?? 0) }
  }
  /// The month of the last day when it differs: "30 June to 2 July".
  var endMonth: Int? {
    get { packedEndMonth == 0 ? nil : Int(packedEndMonth) }
    set { packedEndMonth = UInt8(clamping: newValue ?? 0) }
  }
  /// The year of the last day or month of a range when the text gave it: "from May 2015 to
  /// June 2016", "from 2014 to 2018".
  var endYear: Int? {
    get { packedEndYear == 0 ? nil : Int(packedEndYear) }
    set { packedEndYear = Int16(clamping: newValue ?? 0) }
  }
  // Packed, since matches are copied at every token that may start a date.
  var packedDayOffset: Int32 = .min
  var packedEndYear: Int16 = 0
  /// The weekday counted inside the month: "first Tuesday of October" (1), "last Monday of
  /// March" (-1). The day is found once the month is known.
  var nth: Int8 = 0
  /// The part of the current year or month before (-1) or after (+1) the document date:
  /// "earlier this year", "في وقت سابق من هذا العام", "later this month".
  var part: Int8 = 0
  var packedMonthOffset: Int32 = .min
  /// Days (or months, with `shiftInMonths`) added once the date is placed: "3 days after
  /// January 12th" (+3), "2 weeks before May 13 1999" (-14), "3 years from today" (+36 months).
  var shift: Int32 = 0
  var shiftInMonths = false
  /// The length of a period that starts on the date, in days (or months with
  /// `periodInMonths`): "the next 3 days", "the past two years".
  var periodLength: Int32 = 0
  var periodInMonths = false
  /// A period of the document's year told in the past must have ended by the document date:
  /// "the first nine months of the year" that "had" earned something, in June, is a fiscal
  /// year's (`countedPart`).
  var settled = false
  /// The week of a weekday, relative to the document's (Monday to Sunday): "Wednesday of next
  /// week" (+1), "last week's Sunday" (-1); .min when none.
  var weekOffset: Int8 = .min
  /// The end of a period named relative to the document: "… and today" (0), "… and yesterday"
  /// (-1), "… and now" / "to date" (-100, up to the document date); .min when none.
  var endRelativeDay: Int8 = .min
  var packedEndDay: UInt8 = 0
  var packedEndMonth: UInt8 = 0
  /// A holiday named instead of a date: "Easter 2018", "last Christmas", "عيد الفطر".
  var holiday: Holiday?
  /// A quarter, half, decade or part of a week, month or year: see `PeriodSpec`.
  var period: PeriodSpec?

  var isComplete: Bool { year != nil }

  /// The Gregorian date, converted from the Hijri calendar when the text gave a Hijri one.
  /// A Hijri month or year reads as its first day; `dateFact` widens the interval.
  var civil: CivilDate? {
    guard let year else { return nil }
    var y = year
    var m = month
    var d = day
    if isHijri {
      guard let g = Hijri.toGregorian(year: year, month: month ?? 1, day: day ?? 1) else { return nil }
      (y, m, d) = (g.year, g.month, g.day)
    }
    let c = CivilDate(
      year: y, month: m, day: d, hour: hour, minute: hour == nil ? nil : (minute ?? 0), second: second,
      utcOffset: utcOffset)
    return c.isValid ? c : nil
  }
}

/// A clock time read from the text.
private struct TimeRead {
  var hour: Int
  var minute: Int
  var second: Int?
  var offset: Int?
  var end: Int
}

/// A month name, possibly paired with its other name: "يوليو/ تموز", "شباط (فبراير)".
private struct MonthName {
  var month: Int
  var hijri: Bool
  var end: Int
  /// The word is also a common word ("مارس" practised, "may", "march").
  var ambiguous: Bool
  var paired: Bool
  var leadingClitic: Int
}

extension Scan {
  // MARK: entry point

  /// A date or time starting at token `i`: numeric ("2026/02/19", "19-02-2026", ISO 8601),
  /// named months in Arabic (three families, paired with "/") and English, years after a
  /// marker ("عام 2003", "2003م", "in 2003"), Hijri dates, clock times joined to the date
  /// before them, and the dates of "تم النشر:" / "Published:" lines.
  ///
  /// What the span covers: the date itself, with the words that are part of how it is
  /// written: the weekday and "يوم" before it, "عام" / "سنة" / "العام" / "year" and "شهر" /
  /// "month" before a year or month, the calendar marker after it ("هـ", "م", "AD"), the
  /// relative word ("الماضي", "last"), the ordinal suffix ("15th of"), and a joined time with
  /// "الساعة", "at", its am/pm and its zone. Prepositions ("في", "منذ", "in", "since", "on"),
  /// clitics glued to the first word ("و", "ب") and the "تم النشر:" label stay out.
  ///
  /// Also read, resolved against the document date in `dateFact`: days named relative to it
  /// ("أمس", "غداً", "أول أمس", "اليوم" as today, "yesterday", "tomorrow"), months ("الشهر
  /// الماضي", "هذا الشهر", "last month"), a day of such a month ("25 من الشهر الجاري", "20th of
  /// next month"), weekdays alone ("الثلاثاء", "يوم الأحد الماضي", "next Tuesday"), and ordinal
  /// days ("الرابع من نيسان", "third of March", "March third"). Ranges of days are one fact:
  /// "13-15 تموز", "من 3 الى 9 مايو", "between 3 and 12 September", "August 27th - 29th". Numeric
  /// forms: "3/2015" and "2015-03" (a month; not after "رقم" / "No.", and not "2011-12", a
  /// season), "10/31/74" (a two-digit year: 2000-2049 or 1950-1999), "05-Aug-2016", and a day
  /// and month without a year ("2/15") only after a weekday, "يوم", "on" or "بتاريخ": elsewhere
  /// it is as likely a score or a fraction. "3 days ago" / "منذ 3 أيام" are read in
  /// `agoDate` (DurationRecognizer.swift).
  ///
  /// Periods (one fact, `interval` over the whole period; see `joinRange`): "from May to
  /// September 2016", "من مايو إلى سبتمبر", "Nov-Feb 2017", "July 13 - July 15", "between August
  /// and October"; not when each end carries its own year, nor after a verb that moves a date.
  /// "earlier this year" / "في وقت سابق من هذا العام" and "later this month" cover the part of
  /// the period before or after the document date. Days counted in a month: "Tuesday the 19th",
  /// "السبت السادس عشر", "the first Tuesday of October", "last Monday of March", "الثلاثاء
  /// الثالث من شهر أيلول 2014", "the last day of October 2015", "the third day of March".
  ///
  /// Centuries: "the 21st century". "شهر" between a day and the month name: "24 من شهر يونيو",
  /// "1-8 شهر أيلول". Parts of a year or month: "early March", "mid-2012", "late next year", "the end of 2012",
  /// "the beginning of the month", "by the end of the year" (the first, middle or last third;
  /// see `partWord`). Decades: "the 1990s", "1930's". A day alone after "on the" ("on the
  /// 15th", not "on the 15th floor"), a weekday after a date ("Jul 18, Fri"), "Thu" / "thu."
  /// and "Fri", "last yr". Dates counted from another: "3 days after January 12th", "two weeks
  /// before May 13 1999", "3 years from today", "two weeks from now", "a week hence", and
  /// periods around the document date: "the next 3 days", "the past two years", "within the next
  /// 3 years" (`agoDate`). A weekday in a week counted from the document's: "Wednesday of next
  /// week", "Tuesday last week", "last week's Sunday". A year after "of" or "in": "May of 2015",
  /// "26 June to 28 June in 2020". "between Jan 2019 and now", "from March 2020 to date" (up to
  /// the document date), "from 2019-aug-01 to today" (through the day named) are one period.
  /// Two full dates joined by a dash are one period when they run
  /// forward: "02-02-2020 - 03-03-2020", "Nov 18 2014-Dec 19 2015".
  ///
  /// Arabic parts and weeks alike: "أوائل آذار", "أواخر شهر مارس", "منتصف 2012", "نهاية العام
  /// الماضي", "مطلع العام" (the value keeps the month or year; the interval is the third),
  /// "الأحد من الأسبوع الماضي", "الأسبوع المقبل يوم الجمعة". A year after a month, relative or
  /// marked: "يونيو العام المقبل", "أيلول من عام 2014", "October 27 next year", "between January
  /// and March this year".
  ///
  /// Quarters, halves, decades, parts of weeks and years in words: see DatePeriods.swift. Days,
  /// weeks or months counted in a year or a month ("the first two months of 2025", "the third
  /// month of 2021"): see CountedPeriods.swift. Days and decades in words ("twenty five January
  /// nineteen eighty six", "the nineteen seventies"), two-digit years after a month, "16. Nov.
  /// 2016", "Sep-23-2020" and weekdays counted from a day ("third tuesday after christmas
  /// 2014"): see DateWords.swift.
  ///
  /// Left out on purpose: "in 3 days" / "بعد 3 أيام" without a future verb (often counted from an event in the story), a day of the month alone
  /// without "on the" ("the 15th"), "the first Monday of the month" (a rule that repeats),
  /// two-digit years after a day and month name ("14th April 15"; "April of 87", "15 April of
  /// 87" and "August 99" are read, see DateWords.swift). Holidays ("Easter 2018", "عيد
  /// الفطر") are read in `holidayDate` (HolidayRecognizer.swift).
  ///
  /// Bails out at once for symbols, long digit runs and words the lexicon knows nothing about,
  /// since it runs at every token.
  func matchDate(at i: Int, limit: Int) -> DateMatch? {
    guard i < limit else { return nil }
    let t = tokens[i]
    switch t.kind {
    case .symbol:
      return nil
    case .digits:
      guard t.length <= 4 else { return nil }
      if t.length == 4, let d = yearPeriod(at: i, limit: limit) { return d }
      if t.length <= 2, let d = weekdayCount(at: i, limit: limit) { return d }
      if t.length <= 2, isWord(i + 1), gap(i + 1) == 0, let d = countedPart(at: i, limit: limit) { return d }
      if let d = datePhrase(at: i, limit: limit) { return d }
      if let d = arabicDigitsDate(at: i, limit: limit) { return d }
      return loneTime(at: i, limit: limit)
    case .word:
      // Dates and decades in words: see DateWords.swift.
      if !flags[i].isDisjoint(with: [.numeral, .marker]), script(i) == .latin, let d = wordDate(at: i, limit: limit) {
        return d
      }
      if !flags[i].isDisjoint(with: [.ordinal, .dateStart, .numeral]), let d = weekdayCountedFrom(at: i, limit: limit) {
        return d
      }
      guard !flags[i].isDisjoint(with: [.month, .hijriMonth, .weekday, .relative, .marker, .ordinal, .dateStart]) else {
        return nil
      }
      if script(i) == .latin, let d = periodDate(at: i, limit: limit) { return d }
      // An ordinal starts a date only with a month name close after it ("الأول من شباط").
      if flags[i].isDisjoint(with: [.month, .hijriMonth, .weekday, .relative, .marker]), !monthNear(after: i, limit: limit) {
        return arabicWordDate(at: i, limit: limit)
      }
      let hits = lex(i)
      var relevant = false
      var clock = false
      for m in hits {
        switch m.lex {
        case .marker(.published):
          if let d = labelled(.published, at: Int(m.end), limit: limit) { return d }
        case .marker(.updated):
          if let d = labelled(.updated, at: Int(m.end), limit: limit) { return d }
        case .marker(.clock):
          clock = true
        case .marker(.holiday(let h)):
          if let d = holidayDate(h, at: i, end: Int(m.end), clitic: Int(m.prefix), limit: limit) { return d }
        case .month, .hijriMonth, .weekday, .past, .next, .marker(.year), .marker(.day), .marker(.monthWord),
          .marker(.relativeDay), .ordinal:
          relevant = true
        default:
          continue
        }
      }
      if relevant, let d = datePhrase(at: i, limit: limit) { return d }
      if clock { return loneTime(at: i, limit: limit) }
      return arabicWordDate(at: i, limit: limit)
    }
  }

  /// The date after a "published" or "updated" label; the span leaves the label out.
  private func labelled(_ role: DateMatch.Role, at j: Int, limit: Int) -> DateMatch? {
    var k = j
    if isSymbol(k, 0x3A) || isSymbol(k, 0x7C) || isSymbol(k, 0x2D) { k += 1 }
    if isWord(k), Self.dateLabelJoiners.contains(tokens[k].key), gap(k) <= 1 { k += 1 }
    guard k < limit, gap(k) <= 1,
      var d = datePhrase(at: k, limit: limit) ?? loneTime(at: k, limit: limit), d.day != nil || d.hour == nil
    else { return nil }
    d.role = role
    return d
  }

  // MARK: phrases

  /// A date with the weekday before it and the clock time after it.
  private func datePhrase(at i: Int, limit: Int) -> DateMatch? {
    guard var d = weekdayDate(at: i, limit: limit) else { return nil }
    weekdayAfter(&d, limit: limit)
    attachTime(to: &d, limit: limit)
    if d.hour == nil, d.endDay == nil, d.endMonth == nil, d.endYear == nil, d.year != nil || d.month != nil {
      joinRange(&d, limit: limit)
    }
    if d.relativeYear == 0 || d.monthOffset == 0, d.month == nil || d.monthOffset == 0, d.day == nil, d.weekday == nil {
      partBefore(&d)
    }
    if d.part == 0, d.day == nil, d.dayOffset == nil, d.weekday == nil, d.endDay == nil, d.endMonth == nil, d.endYear == nil, !d.isHijri,
      d.hour == nil, d.shift == 0, let (part, start) = partWord(before: d.tokens.lowerBound)
    {
      // "early March", "mid-2012", "the end of 2012", "by the end of this year".
      d.part = part
      d.tokens = start..<d.tokens.upperBound
      d.leadingClitic = 0
    }
    return d
  }

  /// "Jul 18, Fri", "March 3, 2026 (Tuesday)": a weekday written after a yearless or full date
  /// with a day.
  private func weekdayAfter(_ d: inout DateMatch, limit: Int) {
    guard d.day != nil, d.weekday == nil, d.hour == nil, d.endDay == nil else { return }
    var k = d.tokens.upperBound
    guard isSymbol(k, 0x2C), gap(k) == 0 else { return }
    k += 1
    guard k < limit, gap(k) == 1, script(k) == .latin,
      let (w, m) = first(k, { if case .weekday(let w) = $0.lex { w } else { nil } }), Int(m.end) <= limit
    else { return }
    d.weekday = w
    d.tokens = d.tokens.lowerBound..<Int(m.end)
  }

  /// The part of a year or month named before it: "early" (the first third), "mid" / "middle
  /// of" (the second), "late" / "end of" (the last); "beginning of" / "start of" are the first.
  /// Returns the part (2, 3, 4) and the first token of the words.
  func partWord(before first: Int) -> (Int8, Int)? {
    guard first > 0 else { return nil }
    var k = first - 1
    // "mid-2012"
    if isSymbol(k, 0x2D), gap(first) == 0, gap(k) == 0, k > 0, isWord(k - 1, Self.midKey) { return (3, k - 1) }
    guard isWord(k), gap(first) == 1 else { return nil }
    if script(k) == .arabic {
      // "أوائل آذار", "في أواخر شهر مارس", "منتصف 2012", "نهاية العام الماضي".
      guard let p = Self.arabicPartKeys[tokens[k].key] else { return nil }
      return (p, k)
    }
    guard script(k) == .latin else { return nil }
    if let p = Self.partAdjectiveKeys[tokens[k].key] {
      // "as early as April" is no part of April.
      if k > 0, isWord(k - 1, Self.asKey) { return nil }
      return (p, k)
    }
    guard isWord(k, Self.ofKey), k > 0 else { return nil }
    k -= 1
    guard isWord(k), gap(k + 1) == 1, let p = Self.partNounKeys[tokens[k].key] else { return nil }
    if k > 0, isWord(k - 1, Self.theKey), gap(k) == 1 { k -= 1 }
    return (p, k)
  }

  /// "earlier this year", "later this month", "في وقت سابق من هذا العام", "في وقت لاحق من
  /// الشهر الجاري": the part of the current year or month before or after the document date.
  /// The span takes the words in ("في" stays out).
  private func partBefore(_ d: inout DateMatch) {
    let i = d.tokens.lowerBound
    guard i > 0, isWord(i - 1), gap(i) == 1 else { return }
    let w = tokens[i - 1].key
    if script(i - 1) == .latin {
      guard w == Self.earlierKey || w == Self.laterKey else { return }
      d.part = w == Self.earlierKey ? -1 : 1
      d.tokens = (i - 1)..<d.tokens.upperBound
      d.leadingClitic = 0
      return
    }
    guard i > 2, w == Self.dateMinKey, isWord(i - 2), isWord(i - 3), gap(i - 1) == 1, gap(i - 2) == 1,
      tokens[i - 3].key == Self.timeWordKey
    else { return }
    let side = tokens[i - 2].key
    guard side == Self.priorKey || side == Self.afterwardKey else { return }
    d.part = side == Self.priorKey ? -1 : 1
    d.tokens = (i - 3)..<d.tokens.upperBound
    d.leadingClitic = 0
  }

  /// Joins a second date of the same grain after "to", "until", "-", "الى", "حتى" (or "and" /
  /// "و" after "between" / "بين") into one period: "from May to September 2016", "من مايو إلى
  /// سبتمبر", "July 13 - July 15", "from 2014 to 2018", "between August and October". A year
  /// written once, after the second date, holds for both. The first date must come before the
  /// second. Relative and Hijri dates are left alone, and so are two dates that each carry their
  /// own year ("between July 2025 and January 2026", "from 2014 to 2018"): news compares figures
  /// at the two ends, and the date-order rules read them. A date moved ("postponed from May to
  /// September", "تأجيل … من مايو إلى سبتمبر") is no period.
  private func joinRange(_ d: inout DateMatch, limit: Int) {
    guard !d.isHijri, d.relative == 0, d.dayOffset == nil, d.monthOffset == nil, d.relativeYear == nil else { return }
    let first = d.tokens.lowerBound
    let e = d.tokens.upperBound
    guard e < limit else { return }
    let between = first > 0 && isWord(first - 1) && Self.dayRangeBetweenKeys.contains(tokens[first - 1].key)
    let from = between || (first > 0 && isWord(first - 1) && Self.rangeFromKeys.contains(tokens[first - 1].key))
    // The verb sits before "from" or before its object: "postponed it from", "تأجيل الانتخابات من".
    if from, first > 1 {
      for b in max(0, first - 3)...(first - 2) where isWord(b) && Self.dateMoveKeys.contains(tokens[b].key) { return }
    }
    var k = e
    var dash = false
    if isSymbol(k, 0x2D) || isSymbol(k, 0x2013) {
      guard gap(k) <= 1 else { return }
      k += 1
      dash = true
    } else if isWord(k), gap(k) == 1 {
      let w = tokens[k].key
      if Self.dayRangeToKeys.contains(w) || (between && (w == Self.dateAndKey || w == Self.dateWaKey)) {
        k += 1
      } else if !(between && script(k) == .arabic && text.scalars[Int(tokens[k].start)] == 0x0648) {
        return
      }
    } else {
      return
    }
    guard k < limit, gap(k) <= 1 else { return }
    if (from || between), d.month != nil, d.year != nil || d.day != nil, script(k) == .latin, !dash {
      // "between Jan 2019 and now", "from March 2020 to date", "from 2019-aug-01 to today": up
      // to the document date (or through the day named).
      if isWord(k, Self.nowKey) || (isWord(k, Self.dateWordKey) && !isWord(k - 1, Self.dateAndKey)) {
        d.endRelativeDay = -100
        d.tokens = first..<(k + 1)
        return
      }
      if let (r, m) = self.first(k, { if case .marker(.relativeDay(let r)) = $0.lex { r } else { nil } }), Int(m.end) <= limit,
        abs(r) <= 2
      {
        d.endRelativeDay = Int8(r)
        d.tokens = first..<Int(m.end)
        return
      }
    }
    var s: DateMatch
    if d.month == nil {
      // "from 2014 to 2018": a year after a year.
      guard let y1 = d.year, isDigits(k), tokens[k].length == 4, (1500...2100).contains(tokens[k].key),
        Int(tokens[k].key) > y1, !continuesNumber(k + 1), !followedByQuantity(k + 1), !followedByNoun(k + 1)
      else { return }
      s = DateMatch(tokens: k..<(k + 1))
      s.year = Int(tokens[k].key)
    } else if d.day == nil {
      guard isWord(k), let mn = monthName(at: k, limit: limit), !mn.hijri else { return }
      // "in September to march on the capital": an ambiguous second name needs a year or "from".
      guard var m = monthPhrase(at: k, limit: limit, start: k, context: true, relative: 0), m.day == nil,
        !mn.ambiguous || mn.paired || from || m.year != nil
      else { return }
      if mn.leadingClitic > 0 && !between { return }
      m.leadingClitic = 0
      s = m
    } else {
      guard let m = weekdayDate(at: k, limit: limit), m.day != nil, m.month != nil else { return }
      s = m
    }
    guard !s.isHijri, s.relative == 0, s.endDay == nil, s.endMonth == nil, s.dayOffset == nil, s.monthOffset == nil,
      s.relativeYear == nil || (d.year == nil && s.month != nil), s.hour == nil
    else { return }
    let a = ((d.month ?? 1) * 32 + (d.day ?? 1))
    let b = ((s.month ?? 1) * 32 + (s.day ?? 1))
    if let r = s.relativeYear {
      // "between January and March this year", "from Nov to Feb last year": the year named
      // after the second date is its year.
      guard a != b else { return }
      d.relativeYear = a > b ? r - 1 : r
    }
    switch (d.year, s.year) {
    case (nil, let y2?):
      d.year = a > b ? y2 - 1 : y2
      d.endYear = y2
    case (let y1?, nil):
      d.endYear = b < a ? y1 + 1 : y1
    case (let y1?, let y2?):
      // "بين يوليو 2025 ويناير 2026", "from March 2023 to June 2024": two dates, each with its
      // year, stay two facts; figures are compared at each end, and the date-order rules check
      // that the period runs forward. Two full days or months joined by a dash are one period
      // ("02-02-2020 - 03-03-2020", "Nov 18 2014-Dec 19 2015") when they run forward.
      guard dash, d.month != nil, (d.day == nil) == (s.day == nil), (y1, d.month!, d.day ?? 1) < (y2, s.month!, s.day ?? 1)
      else { return }
      d.endYear = y2
    case (nil, nil):
      guard a != b else { return }
    }
    if d.month != nil {
      d.endMonth = s.month
      d.endDay = s.day
      if d.day != nil, d.endMonth == d.month, d.endYear == nil || d.endYear == d.year { d.endMonth = nil }
    }
    d.tokens = first..<s.tokens.upperBound
  }

  /// A date with the weekday before it: "يوم الأحد 15 مارس 2026", "Monday, March 16".
  private func weekdayDate(at i: Int, limit: Int) -> DateMatch? {
    var j = i
    var weekday: Int?
    var lead = 0
    var dayWord = false
    var afterDayWord = false
    if isWord(i) {
      if let (_, m) = first(i, { if case .marker(.day) = $0.lex { true } else { nil } }), gap(Int(m.end)) <= 1 {
        let e = Int(m.end)
        if let (w, m2) = first(e, { if case .weekday(let w) = $0.lex { w } else { nil } }) {
          weekday = w
          j = Int(m2.end)
          lead = clitic(m)
          afterDayWord = true
        } else if isDigits(e) {
          dayWord = true
          lead = clitic(m)
          j = e
        }
      } else if let (w, m) = first(i, { if case .weekday(let w) = $0.lex { w } else { nil } }) {
        weekday = w
        j = Int(m.end)
        lead = clitic(m)
      }
    }
    let weekdayEnd = j
    if weekday != nil {
      if isSymbol(j, 0x2C) || isSymbol(j, 0x060C) { j += 1 }
      if isWord(j, Self.dateMuwafiqKey) { j += 1 }
    }
    var core: DateMatch?
    if j < limit, j == i || gap(j) <= 1 { core = dateCore(at: j, limit: limit, dated: weekday != nil || dayWord) }
    if core == nil, let w = weekday, let (day, end) = dayOfMonthAfterWeekday(weekdayEnd, limit: limit) {
      // "Tuesday the 19th": the 19th that falls on a Tuesday.
      var d = DateMatch(tokens: i..<end)
      d.weekday = w
      d.day = day
      d.leadingClitic = lead
      return d
    }
    if core == nil, let w = weekday, script(weekdayEnd - 1) == .arabic,
      var d = arabicWeekdayOrdinal(start: i, after: weekdayEnd, weekday: w, limit: limit)
    {
      d.leadingClitic = lead
      return d
    }
    if core == nil, let w = weekday {
      return weekdayAlone(start: i, end: weekdayEnd, limit: limit, weekday: w, afterDayWord: afterDayWord, lead: lead)
    }
    guard var d = core else { return nil }
    if dayWord && d.day == nil { return nil }
    if j != i {
      d.tokens = i..<d.tokens.upperBound
      d.leadingClitic = lead
      d.weekday = weekday
    }
    return d
  }

  /// A day of the month after a weekday, with an ordinal suffix: "Tuesday the 19th", "Tuesday
  /// 19th". A bare figure ("on Tuesday 19 people died") is no day.
  private func dayOfMonthAfterWeekday(_ e: Int, limit: Int) -> (Int, Int)? {
    guard e < limit, script(e - 1) == .latin else { return nil }
    var k = e
    if isSymbol(k, 0x2C) { k += 1 }
    if isWord(k, Self.theKey), gap(k) == 1 { k += 1 }
    // "Friday the fifteenth", "Wednesday the thirty first"; not "Sunday, the second round".
    if k == e + 1, isWord(e, Self.theKey), let (day, end) = ordinalDayWords(at: k, limit: limit) { return (day, end) }
    guard k + 2 <= limit, isDigits(k), gap(k) == 1, tokens[k].length <= 2, tokens[k].key >= 1, tokens[k].key <= 31,
      isWord(k + 1), gap(k + 1) == 0, Self.ordinalSuffixKeys.contains(tokens[k + 1].key)
    else { return nil }
    // "Tuesday the 19th of March" is read by the month.
    if isWord(k + 2), gap(k + 2) == 1, isWord(k + 2, Self.ofKey) { return nil }
    return (Int(tokens[k].key), k + 2)
  }

  /// "first Tuesday of October", "the third tuesday of September 2014", "last Monday of March",
  /// "the first Monday of this month": the weekday counted inside a month. "of the month" is
  /// left out: it is a rule that repeats ("meets on the first Monday of the month"). `k` is the token
  /// after the weekday; `n` is the count (-1 for the last one).
  private func nthWeekday(start: Int, after k: Int, weekday w: Int, n: Int, limit: Int) -> DateMatch? {
    guard k + 1 < limit, gap(k) == 1, isWord(k, Self.ofKey) || isWord(k, Self.inKey), gap(k + 1) == 1 else {
      return nil
    }
    var d: DateMatch
    if let m = monthPhrase(at: k + 1, limit: limit, start: start, context: true, relative: 0) {
      guard m.day == nil, !m.isHijri else { return nil }
      d = m
    } else if let (offset, end) = relativeMonthPhrase(at: k + 1, limit: limit) {
      d = DateMatch(tokens: start..<end)
      d.monthOffset = offset
    } else {
      // "the first Monday of the month" is a rule that repeats, not a date.
      return nil
    }
    d.weekday = w
    d.nth = Int8(n)
    d.relative = 0
    return d
  }

  /// An Arabic weekday with an ordinal after it. From the sixth on it is the day of the month
  /// ("السبت السادس عشر", "الثلاثاء التاسع عشر من هذا الشهر"); the first to the fifth and
  /// "الأخير" count the weekday inside a month named after "من" / "في" ("الثلاثاء الثالث من
  /// شهر أيلول 2014", "الاثنين الأخير من الشهر المقبل"); alone they name no date ("الأحد
  /// الأول" may count anything).
  private func arabicWeekdayOrdinal(start i: Int, after e: Int, weekday w: Int, limit: Int) -> DateMatch? {
    guard e < limit, isWord(e), gap(e) == 1 else { return nil }
    var n: Int
    var k: Int
    if Self.lastArabicKeys.contains(tokens[e].key) {
      n = -1
      k = e + 1
    } else {
      guard flags[e].contains(.ordinal), let o = matchOrdinalWords(at: e, limit: limit), let v = o.value, v >= 1,
        v <= 31, v == v.rounded()
      else { return nil }
      n = Int(v)
      k = o.tokens.upperBound
    }
    // The month after "من" / "في": a name (after "شهر" or not) or one relative to the document.
    let month = arabicMonthAfter(k, start: i, limit: limit)
    if n >= 6 {
      var d = month ?? DateMatch(tokens: i..<k)
      d.day = n
      d.weekday = w
      d.relative = 0
      guard d.monthOffset != nil || d.month == nil || dayExists(d) else { return nil }
      return d
    }
    guard var d = month else { return nil }
    d.weekday = w
    d.nth = Int8(n)
    d.relative = 0
    return d
  }

  /// "of next week", "next week", "from last week", "of this week" after a weekday: the offset
  /// of the week and the end.
  private func weekAfter(_ e: Int, limit: Int) -> (Int, Int)? {
    var k = e
    if isWord(k, Self.ofKey) || isWord(k, Self.fromKey) { k += 1 }
    guard k + 1 < limit, gap(k) == 1, isWord(k), isWord(k + 1, Self.weekKey), gap(k + 1) == 1,
      let offset = Self.weekOffsetKeys[tokens[k].key]
    else { return nil }
    return (offset, k + 2)
  }

  /// "من الأسبوع الماضي", "الأسبوع الحالي", "من هذا الأسبوع" after an Arabic weekday.
  func arabicWeekAfter(_ e: Int, limit: Int) -> (Int, Int)? {
    var k = e
    if isWord(k, Self.dateMinKey), gap(k) == 1 { k += 1 }
    guard k + 1 < limit, isWord(k), gap(k) == 1, isWord(k + 1), gap(k + 1) == 1 else { return nil }
    if isWord(k, Self.thisArabicKey), isWord(k + 1, Self.theWeekKey) { return (0, k + 2) }
    guard isWord(k, Self.theWeekKey), let r = arabicRelativeWord(k + 1, limit: limit) else { return nil }
    return (r, k + 2)
  }

  /// "الأسبوع المقبل" (and "يوم") before the Arabic weekday at `i`: the offset and the start.
  private func arabicWeekBefore(_ i: Int) -> (Int, Int)? {
    var j = i - 1
    if isWord(j, Self.dayArabicKey), gap(j + 1) == 1 { j -= 1 }
    guard j > 0, gap(j + 1) == 1, isWord(j - 1, Self.theWeekKey), gap(j) == 1,
      let r = arabicRelativeWord(j, limit: tokens.count)
    else { return nil }
    return (r, j - 1)
  }

  /// "الماضي" (-1), "المقبل" (+1), "الحالي" / "الجاري" (0) at `k`.
  func arabicRelativeWord(_ k: Int, limit: Int) -> Int? {
    guard isWord(k), script(k) == .arabic else { return nil }
    if Self.dateCurrentKeys.contains(tokens[k].key) { return 0 }
    for m in lex(k) where Int(m.end) == k + 1 {
      if case .past = m.lex { return -1 }
      if case .next = m.lex { return 1 }
    }
    return nil
  }

  /// "next week Wednesday", "last week's Sunday", "previous week - Monday": the week first.
  private func weekBefore(at j: Int, limit: Int) -> DateMatch? {
    guard script(j) == .latin, let offset = Self.weekOffsetKeys[tokens[j].key], isWord(j + 1, Self.weekKey),
      gap(j + 1) == 1
    else { return nil }
    var k = j + 2
    if isSymbol(k, 0x27) || isSymbol(k, 0x2019), gap(k) == 0, isWord(k + 1, Self.sKey), gap(k + 1) == 0 { k += 2 }
    else if isSymbol(k, 0x2D), gap(k) == 1 { k += 1 }
    guard k < limit, gap(k) == 1, let (w, m) = first(k, { if case .weekday(let w) = $0.lex { w } else { nil } }),
      Int(m.end) <= limit, tokens[Int(m.end) - 1].length >= 6
    else { return nil }
    var d = DateMatch(tokens: j..<Int(m.end))
    d.weekday = w
    d.weekOffset = Int8(offset)
    return d
  }

  /// A weekday with no date: "الخميس", "يوم الأحد", "الثلاثاء الماضي", "Monday". Sunday,
  /// Monday and Friday in Arabic ("الأحد", "الاثنين", "الجمعة") are also "the one", "both"
  /// and "the assembly": alone they need "يوم" before them or a relative word after them.
  /// English needs the full name ("Sun", "Sat", "Wed" are words).
  private func weekdayAlone(
    start i: Int, end e: Int, limit: Int, weekday w: Int, afterDayWord: Bool, lead: Int
  ) -> DateMatch? {
    var d = DateMatch(tokens: i..<e)
    d.weekday = w
    d.leadingClitic = lead
    let arabic = script(e - 1) == .arabic
    if arabic, let (r, end) = relativeAfter(e, limit: limit) {
      d.relative = r
      d.tokens = i..<end
      return d
    }
    if !arabic, let (offset, end) = weekAfter(e, limit: limit) {
      // "Wednesday of next week", "Tuesday next week", "Sunday from last week".
      d.weekOffset = Int8(offset)
      d.tokens = i..<end
      return d
    }
    if arabic, let (offset, end) = arabicWeekAfter(e, limit: limit) {
      // "الأحد من الأسبوع الماضي", "اثنين الأسبوع الحالي".
      d.weekOffset = Int8(offset)
      d.tokens = i..<end
      return d
    }
    if arabic, let (offset, start) = arabicWeekBefore(i) {
      // "الأسبوع المقبل يوم الجمعة".
      d.weekOffset = Int8(offset)
      d.tokens = start..<e
      d.leadingClitic = 0
      return d
    }
    if arabic {
      if !afterDayWord && (w == 1 || w == 2 || w == 6) && !weekdayStandsAlone(start: i, end: e, limit: limit) { return nil }
      // "الأحد الأول من الشهر": an ordinal after it names another day.
      if isWord(e), gap(e) == 1, flags[e].contains(.ordinal) { return nil }
      return d
    }
    // An abbreviation needs a capital ("Thu") or its dot ("thu."): "thu" is also a slip for "the".
    guard
      tokens[e - 1].length >= 6
        || (Self.weekdayAbbreviationKeys.contains(tokens[e - 1].key)
          && ((isUpperLetter(e - 1) && !isUpperLetter(e - 1, at: 1)) || (isSymbol(e, 0x2E) && gap(e) == 0)))
    else { return nil }
    return d
  }

  /// A date without weekday or time. `dated` is set after a weekday or "يوم", which makes a
  /// day and month without a year ("2/15") a date.
  private func dateCore(at j: Int, limit: Int, dated: Bool = false) -> DateMatch? {
    if isDigits(j) {
      // Each reader below starts with one of these tests; most figures pass none, and a call
      // that fails still costs about a hundred instructions.
      let length = tokens[j].length
      if j + 1 < tokens.count, tokens[j + 1].kind == .symbol {
        if let d = numericDate(at: j, limit: limit) { return d }
        if let d = numericNamedMonth(at: j, limit: limit) { return d }
        if let d = monthYear(at: j, limit: limit) { return d }
        if let d = numericDayMonth(at: j, limit: limit, dated: dated) { return d }
      }
      if let d = dayMonth(at: j, limit: limit) { return d }
      let suffixed = length <= 2 && isWord(j + 1)  // "the 5th", "19th century"
      if suffixed, let d = dayAlone(at: j, limit: limit) { return d }
      if length == 4, let d = decade(at: j, limit: limit) { return d }
      if suffixed, let d = century(at: j, limit: limit) { return d }
      return length >= 3 ? yearOnly(at: j, limit: limit) : nil
    }
    guard isWord(j) else { return nil }
    for m in lex(j) {
      let e = Int(m.end)
      switch m.lex {
      case .marker(.relativeDay(let n)):
        guard e <= limit else { continue }
        var d = DateMatch(tokens: j..<e)
        d.dayOffset = n
        d.leadingClitic = clitic(m)
        return d
      case .marker(.day):
        if let d = todayWord(at: j, match: m, limit: limit) { return d }
      case .ordinal:
        if script(j) == .latin, let o = matchOrdinalWords(at: j, limit: limit), let v = o.value, v >= 1, v <= 5,
          v == v.rounded(), let (w, m2) = first(o.tokens.upperBound, { if case .weekday(let w) = $0.lex { w } else { nil } }),
          gap(o.tokens.upperBound) == 1,
          let d = nthWeekday(start: j, after: Int(m2.end), weekday: w, n: Int(v), limit: limit)
        {
          return d
        }
        // "the third day of October".
        if script(j) == .latin, let o = matchOrdinalWords(at: j, limit: limit), let v = o.value, v >= 1, v <= 31,
          v == v.rounded(), isWord(o.tokens.upperBound, Self.dayKey), gap(o.tokens.upperBound) == 1,
          var d = nthWeekday(start: j, after: o.tokens.upperBound + 1, weekday: 0, n: 0, limit: limit)
        {
          d.weekday = nil
          d.day = Int(v)
          guard d.month == nil || dayExists(d) else { return nil }
          return d
        }
        if let d = ordinalDayMonth(at: j, limit: limit) { return d }
      case .month, .hijriMonth:
        if let d = monthPhrase(at: j, limit: limit, start: j, context: false, relative: 0) { return d }
      case .marker(.year):
        if let d = markedYear(at: j, match: m, limit: limit) { return d }
        if let d = relativeYear(at: j, match: m, limit: limit) { return d }
        if let d = partOfCurrent(at: j, match: m, year: true) { return d }
      case .marker(.monthWord):
        if e < limit, gap(e) <= 1,
          var d = monthPhrase(at: e, limit: limit, start: j, context: true, relative: 0)
        {
          d.leadingClitic = clitic(m)
          return d
        }
        if let d = relativeMonth(at: j, match: m, limit: limit) { return d }
        if let d = partOfCurrent(at: j, match: m, year: false) { return d }
      case .past, .next:
        // "last March", "next May": English puts the word first.
        guard script(j) == .latin, e < limit, gap(e) <= 1 else { continue }
        if let d = weekBefore(at: j, limit: limit) { return d }
        let r = m.lex == .past ? -1 : 1
        if let (_, m2) = first(e, { if case .marker(.year) = $0.lex { true } else { nil } }), Int(m2.end) == e + 1,
          Int(m2.end) <= limit
        {
          var d = DateMatch(tokens: j..<(e + 1))
          d.relativeYear = r
          return d
        }
        // "last month", "next month".
        if let (_, m2) = first(e, { if case .marker(.monthWord) = $0.lex { true } else { nil } }), Int(m2.end) == e + 1,
          Int(m2.end) <= limit
        {
          var d = DateMatch(tokens: j..<(e + 1))
          d.monthOffset = r
          return d
        }
        // "the last day of October 2015".
        if m.lex == .past, isWord(e, Self.dayKey),
          var d = nthWeekday(start: j, after: e + 1, weekday: 0, n: 0, limit: limit)
        {
          d.weekday = nil
          d.nth = -8
          return d
        }
        // "last Monday of March".
        if m.lex == .past, let (w, m2) = first(e, { if case .weekday(let w) = $0.lex { w } else { nil } }),
          tokens[e].length >= 6, let d = nthWeekday(start: j, after: Int(m2.end), weekday: w, n: -1, limit: limit)
        {
          return d
        }
        // "last Monday", "next Friday".
        if let (w, m2) = first(e, { if case .weekday(let w) = $0.lex { w } else { nil } }), Int(m2.end) <= limit,
          tokens[e].length >= 6, !(isDigits(Int(m2.end)) && gap(Int(m2.end)) <= 1)
        {
          var d = DateMatch(tokens: j..<Int(m2.end))
          d.weekday = w
          d.relative = r
          return d
        }
        if let d = monthPhrase(at: e, limit: limit, start: j, context: true, relative: r), d.year == nil {
          return d
        }
      default:
        continue
      }
    }
    return nil
  }

  /// Whether the letter `offset` scalars into token `i` is a capital in the original text.
  func isUpperLetter(_ i: Int, at offset: Int) -> Bool {
    let r = text.originalRange(Int(tokens[i].start)..<Int(tokens[i].end))
    guard r.lowerBound + offset < r.upperBound else { return false }
    let u = source.utf8
    let b = u[u.index(u.startIndex, offsetBy: r.lowerBound + offset)]
    return b >= 0x41 && b <= 0x5A
  }

  /// "the end of the year", "end of month", "the beginning of the year": the document's own year
  /// or month, with the part before it (see `partWord`). "year" or "month" alone is no date.
  private func partOfCurrent(at j: Int, match m: LexMatch, year: Bool) -> DateMatch? {
    if script(j) == .arabic {
      // "نهاية العام", "مطلع الشهر": the document's own year or month.
      guard m.article, Int(m.end) == j + 1, m.prefix == 2, let (part, start) = partWord(before: j) else { return nil }
      if j + 1 < tokens.count, isWord(j + 1), gap(j + 1) == 1, flags[j + 1].contains(.relative) { return nil }
      var d = DateMatch(tokens: start..<(j + 1))
      if year { d.relativeYear = 0 } else { d.monthOffset = 0 }
      d.part = part
      return d
    }
    guard script(j) == .latin, Int(m.end) == j + 1, tokens[j].key == (year ? Self.yearKey : Self.monthKey) else {
      return nil
    }
    var first = j
    if isWord(j - 1, Self.theKey), gap(j) == 1 { first = j - 1 }
    guard let (part, start) = partWord(before: first), isWord(first - 1, Self.ofKey) else { return nil }
    var d = DateMatch(tokens: start..<(j + 1))
    if year { d.relativeYear = 0 } else { d.monthOffset = 0 }
    d.part = part
    return d
  }

  /// "on the 15th": a day of the month alone, only after "on the" and with the ordinal suffix,
  /// and not before a noun ("on the 15th floor"). The month is the nearest one that has it.
  private func dayAlone(at j: Int, limit: Int) -> DateMatch? {
    guard j > 1, j + 1 < limit, tokens[j].length <= 2, (1...31).contains(tokens[j].key), gap(j) == 1,
      isWord(j - 1, Self.theKey), gap(j - 1) == 1, isWord(j - 2, Self.dateOnKey), isWord(j + 1), gap(j + 1) == 0,
      Self.ordinalSuffixKeys.contains(tokens[j + 1].key)
    else { return nil }
    let e = j + 2
    if e < tokens.count, gap(e) <= 1 {
      if isWord(e) {
        guard Self.dayAloneNextKeys.contains(tokens[e].key) else { return nil }
      } else if isDigits(e) {
        return nil
      }
    }
    var d = DateMatch(tokens: j..<e)
    d.day = Int(tokens[j].key)
    return d
  }

  /// "the 1990s", "1980s": a decade, one fact over its ten years.
  private func decade(at j: Int, limit: Int) -> DateMatch? {
    let t = tokens[j]
    guard t.length == 4, t.key % 10 == 0, (1000...2090).contains(t.key), j + 1 < limit else { return nil }
    var e = j + 1
    // "1990s", "1930's", "1930’s"
    if (isSymbol(e, 0x27) || isSymbol(e, 0x2019)), gap(e) == 0 { e += 1 }
    guard e < limit, isWord(e, Self.sKey), gap(e) == 0 else { return nil }
    var d = DateMatch(tokens: j..<(e + 1))
    d.year = Int(t.key)
    d.endYear = Int(t.key) + 9
    return d
  }

  /// "the 21st century", "15th century": a century, one fact over its hundred years (the 20th
  /// century is 1900-1999, as common usage has it).
  private func century(at j: Int, limit: Int) -> DateMatch? {
    let t = tokens[j]
    guard t.length <= 2, (1...21).contains(t.key), j + 2 < limit, isWord(j + 1), gap(j + 1) == 0,
      Self.ordinalSuffixKeys.contains(tokens[j + 1].key), isWord(j + 2, Self.centuryKey), gap(j + 2) == 1
    else { return nil }
    // "a 15th century-old bridge": an adjective.
    if isSymbol(j + 3, 0x2D), gap(j + 3) == 0 { return nil }
    var d = DateMatch(tokens: j..<(j + 3))
    d.year = (Int(t.key) - 1) * 100
    d.endYear = d.year! + 99
    guard d.year! >= 1000 else { return nil }
    return d
  }

  /// "2026/02/19", "19/02/2026", "19-02-2026", "19.02.2026", "2026-02-19T06:22:00Z",
  /// "14-09-1432 هـ".
  private func numericDate(at j: Int, limit: Int) -> DateMatch? {
    guard j + 4 < limit, tokens[j + 1].kind == .symbol else { return nil }
    let sep = tokens[j + 1].key
    // "26 / 10 / 1436هـ": slashes may carry spaces, as long as every part is spaced alike.
    let spaced = sep == 0x2F && gap(j + 1) <= 1 && gap(j + 2) <= 1 && gap(j + 3) <= 1 && gap(j + 4) <= 1
      && tokens[j + 4].length >= 4
    guard sep == 0x2F || sep == 0x2D || sep == 0x2E, spaced || (gap(j + 1) == 0 && gap(j + 2) == 0), isDigits(j + 2),
      isSymbol(j + 3, UInt32(sep)), spaced || (gap(j + 3) == 0 && gap(j + 4) == 0), isDigits(j + 4)
    else { return nil }
    // "1.2.2026.3" or "10-20-2030-40" is something else.
    if isSymbol(j + 5, UInt32(sep)), gap(j + 5) == 0, isDigits(j + 6), gap(j + 6) == 0 { return nil }
    let a = tokens[j]
    let b = tokens[j + 2]
    let c = tokens[j + 4]
    var d = DateMatch(tokens: j..<(j + 5))
    if a.length == 4, b.length <= 2, c.length <= 2 {
      d.year = Int(a.key)
      d.month = Int(b.key)
      d.day = Int(c.key)
    } else if a.length <= 2, b.length <= 2, c.length == 4 {
      var dayFirst = options.dayFirst
      if a.key > 12 && b.key <= 12 { dayFirst = true }
      if b.key > 12 && a.key <= 12 { dayFirst = false }
      d.day = Int(dayFirst ? a.key : b.key)
      d.month = Int(dayFirst ? b.key : a.key)
      d.year = Int(c.key)
    } else if a.length <= 2, b.length <= 2, c.length == 2, sep == 0x2F || (sep == 0x2D && a.length == 2 && b.length == 2) {
      // "3/3/15", "10/31/74", "18-09-15": a two-digit year, 2000-2049 or 1950-1999. Dots
      // ("1.2.15") are version numbers; a dash needs two digits everywhere ("4-4-2" is a
      // formation).
      var dayFirst = options.dayFirst
      if a.key > 12 && b.key <= 12 { dayFirst = true }
      if b.key > 12 && a.key <= 12 { dayFirst = false }
      d.day = Int(dayFirst ? a.key : b.key)
      d.month = Int(dayFirst ? b.key : a.key)
      d.year = c.key < 50 ? 2000 + Int(c.key) : 1900 + Int(c.key)
    } else {
      return nil
    }
    guard d.year! >= 1000 else { return nil }
    var e = j + 5
    // ISO 8601 time: "T06:22:00Z", "T06:22+03:00".
    if isWord(e, Self.dateTKey), gap(e) == 0, isDigits(e + 1), gap(e + 1) == 0,
      let t = matchTime(at: e + 1, limit: limit, clock: false)
    {
      d.hour = t.hour
      d.minute = t.minute
      d.second = t.second
      d.utcOffset = t.offset ?? 0
      e = t.end
    } else if let (hijri, end) = calendarMarker(at: e, limit: limit) {
      d.isHijri = hijri
      e = end
    } else if let y = d.year, (1350...1500).contains(y) {
      // "18-10-1436" without هـ: a year in the 1400s in current news is a Hijri year.
      d.isHijri = true
    }
    d.tokens = j..<e
    guard dayExists(d) else { return nil }
    return d
  }

  /// "15 مارس 2026", "20 يناير/ كانون الثاني", "15th of March", "15 رمضان 1445 هـ".
  private func dayMonth(at j: Int, limit: Int) -> DateMatch? {
    let t = tokens[j]
    guard t.length <= 2, t.key >= 1, t.key <= 31 else { return nil }
    var k = j + 1
    if isWord(k), gap(k) == 0, script(k) == .latin, Self.ordinalSuffixKeys.contains(tokens[k].key) { k += 1 }
    let dotted = k == j + 1 && dottedDayMonth(at: k, limit: limit)
    if dotted { k += 1 }
    // "the 20th day of next month".
    if k > j + 1, isWord(k, Self.dayKey), gap(k) == 1, isWord(k + 1, Self.ofKey), gap(k + 1) == 1 { k += 1 }
    var endDay: Int?
    if monthNear(after: k, limit: limit), let (e2, k2) = dayRangeEnd(at: k, first: j, limit: limit) {
      endDay = e2
      k = k2
    }
    var viaOf = false
    if isWord(k), gap(k) == 1, isWord(k + 1), gap(k + 1) == 1,
      isWord(k, Self.ofKey) || isWord(k, Self.dateMinKey)
    {
      viaOf = true
      k += 1
    }
    // "1-8 شهر أيلول", "15 شهر مارس": "شهر" before the name.
    if isWord(k), gap(k) == 1, script(k) == .arabic, isWord(k + 1), gap(k + 1) == 1,
      let (_, m) = first(k, { if case .marker(.monthWord) = $0.lex { true } else { nil } }), Int(m.end) == k + 1,
      !m.article, monthName(at: k + 1, limit: limit) != nil
    {
      k += 1
    }
    if viaOf, endDay == nil, monthName(at: k, limit: limit) == nil,
      let (offset, end) = relativeMonthPhrase(at: k, limit: limit)
    {
      // "15 من الشهر الجاري", "20 of next month".
      var d = DateMatch(tokens: j..<end)
      d.day = Int(t.key)
      d.monthOffset = offset
      return d
    }
    guard k < limit, gap(k) <= 1, let mn = monthName(at: k, limit: limit) else { return nil }
    // "15 من مارس": the verb reading of مارس is likelier after "من".
    if viaOf, mn.ambiguous, script(k) == .arabic { return nil }
    var d = DateMatch(tokens: j..<mn.end)
    d.day = Int(t.key)
    d.month = mn.month
    d.isHijri = mn.hijri
    if endDay != nil && mn.hijri { return nil }
    d.endDay = endDay
    var e = mn.end
    if dotted, isSymbol(e, 0x2E), gap(e) == 0 { e += 1 }
    e = yearOrRelative(after: e, into: &d, limit: limit, hijriMonth: mn.hijri)
    d.tokens = j..<e
    guard dayExists(d) else { return nil }
    return d
  }

  /// A month name and what follows it: "يوليو/ تموز 2025", "March 15, 2026", "Sept. 2026",
  /// "يناير الماضي", "رمضان 1445 هـ". `context` is set when "شهر", "month", "last" or "next"
  /// came first, which makes an ambiguous name ("مارس", "may") a month.
  func monthPhrase(at j: Int, limit: Int, start: Int, context: Bool, relative: Int) -> DateMatch? {
    guard let mn = monthName(at: j, limit: limit) else { return nil }
    var d = DateMatch(tokens: start..<mn.end)
    d.month = mn.month
    d.isHijri = mn.hijri
    d.relative = relative
    if start == j { d.leadingClitic = mn.leadingClitic }
    var e = mn.end
    let latin = script(j) == .latin
    if latin {
      // "March 15", "Sept. 15th", "Jan. 2026".
      var k = e
      if isSymbol(k, 0x2E), gap(k) == 0 { k += 1 }
      // "February the 15th": the article needs the ordinal suffix after the day.
      if k == e, isWord(k, Self.theKey), gap(k) == 1, isDigits(k + 1), gap(k + 1) == 1, isWord(k + 2), gap(k + 2) == 0,
        Self.ordinalSuffixKeys.contains(tokens[k + 2].key), k + 2 < limit
      {
        k += 1
      }
      if isDigits(k), gap(k) <= 1, tokens[k].length <= 2, tokens[k].key >= 1, tokens[k].key <= 31,
        !isSymbol(k + 1, 0x3A)
      {
        d.day = Int(tokens[k].key)
        let dayIndex = k
        k += 1
        if isWord(k), gap(k) == 0, Self.ordinalSuffixKeys.contains(tokens[k].key) { k += 1 }
        if let (e2, k2) = dayRangeEnd(at: k, first: dayIndex, limit: limit) {
          d.endDay = e2
          k = k2
        }
        e = k
      } else if k != e, yearAfter(k, limit: limit, hijriMonth: false) != nil {
        e = k
      } else if k == e, isSymbol(k, 0x2D) || isSymbol(k, 0x2F), gap(k) == 0, isDigits(k + 1), gap(k + 1) == 0,
        tokens[k + 1].length == 4, (1000...2100).contains(tokens[k + 1].key), k + 1 < limit,
        !(isSymbol(k + 2, 0x2D) || isSymbol(k + 2, 0x2F)) || gap(k + 2) > 0
      {
        // "Dec-2018", "Dec/2018".
        d.year = Int(tokens[k + 1].key)
        e = k + 2
      } else if k == e, let (day, year, end) = wordDayAndYear(at: k, limit: limit) {
        // "January twenty five nineteen eighty six": a day in words only with a year in words.
        d.day = day
        d.year = year
        e = end
      } else if let (day, end) = wordDayAfterMonth(at: k, limit: limit) {
        // "September the twenty-first nineteen seventy eight", "jan twenty two, 2018".
        d.day = day
        e = end
      } else if k == e, let (day, year, end) = joinedDayYear(at: k, limit: limit) {
        // "Sep-23-2020".
        d.day = day
        d.year = year
        e = end
      } else if isWord(k), gap(k) == 1, flags[k].contains(.ordinal), let o = matchOrdinalWords(at: k, limit: limit),
        let v = o.value, v >= 1, v <= 31, v == v.rounded()
      {
        // "March third", "January first 2000".
        d.day = Int(v)
        e = o.tokens.upperBound
      }
    } else if !mn.hijri, isDigits(e), gap(e) == 1, tokens[e].length <= 2, tokens[e].key >= 1, tokens[e].key <= 31,
      let (e2, k2) = dayRangeEnd(at: e + 1, first: e, limit: limit)
    {
      // "تموز 13 الى 15", "يوليو 13-15".
      d.day = Int(tokens[e].key)
      d.endDay = e2
      e = k2
    } else if !mn.hijri, let (day, k) = arabicDayAfterMonth(e, limit: limit) {
      d.day = day
      e = k
    }
    e = yearOrRelative(after: e, into: &d, limit: limit, hijriMonth: mn.hijri, relative: relative == 0)
    d.tokens = start..<e
    let anchored = d.day != nil || d.year != nil || d.relative != 0 || d.relativeYear != nil
    // A Hijri month alone ("في رمضان") is not a date.
    if mn.hijri && !anchored { return nil }
    if mn.ambiguous && !anchored && !context && !mn.paired && (script(j) != .latin || partWord(before: start) == nil)
      && !capitalisedAfterTimePreposition(j, start: start, end: mn.end)
    {
      // "from May to September", "Jan-Feb 2017": the range makes it a month.
      let from =
        start > 0 && isWord(start - 1)
        && (Self.rangeFromKeys.contains(tokens[start - 1].key) || Self.dayRangeBetweenKeys.contains(tokens[start - 1].key))
      joinRange(&d, limit: limit)
      return d.endMonth != nil && (from || d.year != nil) ? d : nil
    }
    // "they march 15 miles", "may 3 times": a noun after the day keeps the verb reading.
    if mn.ambiguous, d.day != nil, d.year == nil, !context, followedByNoun(e) || followedByQuantity(e) {
      return nil
    }
    guard dayExists(d) else { return nil }
    return d
  }

  /// "in March", "since May", "until Aug": a capitalised month name right after a preposition
  /// of time is the month ("a speech by May", "May's cabinet" are not).
  private func capitalisedAfterTimePreposition(_ j: Int, start: Int, end: Int) -> Bool {
    guard script(j) == .latin, start == j, j > 0, isWord(j - 1), gap(j) == 1,
      Self.monthPrepositionKeys.contains(tokens[j - 1].key), isUpperLetter(j), !isUpperLetter(j, at: 1)
    else { return false }
    // "May's": a name.
    if isSymbol(end, 0x27) || isSymbol(end, 0x2019), gap(end) == 0 { return false }
    return true
  }

  /// Whether a month name starts within the five tokens after `j`: a cheap test before
  /// reading ordinals and day ranges.
  @inline(__always)
  private func monthNear(after j: Int, limit: Int) -> Bool {
    var k = j + 1
    let end = min(limit, j + 6)
    while k < end {
      if !flags[k].isDisjoint(with: [.month, .hijriMonth]) { return true }
      if flags[k].contains(.marker), tokens[k].key == Self.theMonthKey || tokens[k].key == Self.monthKey { return true }
      k += 1
    }
    return false
  }

  /// A month named relative to the document at `k`: "الشهر الجاري", "الشهر الماضي", "هذا
  /// الشهر", "this month", "next month", "the previous month". Returns the offset and the end.
  func relativeMonthPhrase(at k: Int, limit: Int) -> (Int, Int)? {
    guard k < limit, isWord(k) else { return nil }
    var j = k
    var offset: Int?
    if isWord(j, Self.theKey), gap(j + 1) == 1, isWord(j + 1), j + 2 < limit, isWord(j + 2, Self.monthKey) {
      let w = tokens[j + 1].key
      if w == Self.currentKey || w == Self.thisKey {
        offset = 0
      } else if w == Self.previousKey || w == Self.lastKey {
        offset = -1
      } else if w == Self.nextKey || w == Self.followingKey || w == Self.comingKey {
        offset = 1
      }
      guard let offset else { return nil }
      return (offset, j + 3)
    }
    for m in lex(j) where Int(m.end) <= limit {
      switch m.lex {
      case .marker(.monthWord):
        guard let d = relativeMonth(at: j, match: m, limit: limit), let o = d.monthOffset else { continue }
        return (o, d.tokens.upperBound)
      case .past, .next:
        let e = Int(m.end)
        guard script(j) == .latin, isWord(e, Self.monthKey), e < limit else { continue }
        offset = m.lex == .past ? -1 : 1
        j = e + 1
        return (offset!, j)
      default:
        continue
      }
    }
    return nil
  }

  /// The second day of a range of days after the first one at `first`: "-15", "to 15th",
  /// "to the 15th", "الى 15", "and 12" after "between" / "بين". Returns the day and the token
  /// after it.
  func dayRangeEnd(at k: Int, first: Int, limit: Int) -> (Int, Int)? {
    guard k < limit else { return nil }
    var j = k
    if isSymbol(j, 0x2D) || isSymbol(j, 0x2013) {
      guard gap(j) <= 1 else { return nil }
      j += 1
    } else if isWord(j), gap(j) == 1 {
      let w = tokens[j].key
      if Self.dayRangeToKeys.contains(w) {
        j += 1
      } else if w == Self.dateAndKey || w == Self.dateWaKey {
        guard first > 0, isWord(first - 1), Self.dayRangeBetweenKeys.contains(tokens[first - 1].key) else { return nil }
        j += 1
      } else {
        return nil
      }
      if isWord(j, Self.theKey) { j += 1 }
    } else {
      return nil
    }
    guard j < limit, isDigits(j), gap(j) <= 1, tokens[j].length <= 2 else { return nil }
    let end = Int(tokens[j].key)
    guard end > Int(tokens[first].key), end <= 31 else { return nil }
    j += 1
    if isWord(j), gap(j) == 0, script(j) == .latin, Self.ordinalSuffixKeys.contains(tokens[j].key) { j += 1 }
    return (end, j)
  }

  /// "اليوم" as today. Not after "في" (a day, per day), "ذلك", "نفس", "طوال", "كل" …, and not
  /// before a definite word ("اليوم الأول", "اليوم الوطني", "اليوم التالي") unless it is a
  /// weekday ("اليوم الخميس").
  private func todayWord(at j: Int, match m: LexMatch, limit: Int) -> DateMatch? {
    guard m.article, Int(m.end) == j + 1, script(j) == .arabic else { return nil }
    let p = Int(m.prefix)
    guard p == 2 || (p == 3 && text.scalars[Int(tokens[j].start)] == 0x0648) else { return nil }
    if j > 0, isWord(j - 1), gap(j) == 1, Self.notTodayBeforeKeys.contains(tokens[j - 1].key) { return nil }
    var d = DateMatch(tokens: j..<(j + 1))
    d.dayOffset = 0
    d.leadingClitic = clitic(m)
    let e = j + 1
    if e < limit, isWord(e), gap(e) == 1, script(e) == .arabic {
      if let (w, m2) = first(e, { if case .weekday(let w) = $0.lex { w } else { nil } }), Int(m2.end) <= limit {
        d.weekday = w
        d.tokens = j..<Int(m2.end)
        return d
      }
      let s = text.scalars
      let t = tokens[e]
      if t.length > 2, s[Int(t.start)] == 0x0627, s[Int(t.start) + 1] == 0x0644 { return nil }
      if Self.notTodayAfterKeys.contains(t.key) { return nil }
    }
    return d
  }

  /// "الأول من شباط", "الرابع من نيسان 2013", "third of March", "أول شباط", "الثالث عشر من
  /// شهر شباط".
  func ordinalDayMonth(at j: Int, limit: Int) -> DateMatch? {
    // Most ordinals name no day: look for a month name close by before reading the words.
    guard monthNear(after: j, limit: limit), let o = matchOrdinalWords(at: j, limit: limit), let v = o.value, v >= 1, v <= 31, v == v.rounded() else {
      return nil
    }
    // "الأسبوع الأول من شباط", "الخميس الأول من آذار": the ordinal counts something else.
    if j > 0, isWord(j - 1), gap(j) == 1, script(j - 1) == .arabic, !isWord(j - 1, Self.todayKey) {
      let p = tokens[j - 1]
      if p.length > 2, text.scalars[Int(p.start)] == 0x0627, text.scalars[Int(p.start) + 1] == 0x0644 { return nil }
    }
    var k = o.tokens.upperBound
    var viaOf = false
    if isWord(k), gap(k) == 1, isWord(k, Self.ofKey) || isWord(k, Self.dateMinKey) {
      k += 1
      viaOf = true
    }
    var context = false
    if isWord(k), gap(k) == 1, let (_, m) = first(k, { if case .marker(.monthWord) = $0.lex { true } else { nil } }),
      Int(m.end) == k + 1, !m.article
    {
      k += 1
      context = true
    }
    if viaOf, !context, monthName(at: k, limit: limit) == nil, let (offset, end) = relativeMonthPhrase(at: k, limit: limit) {
      // "العاشر من الشهر الماضي", "the 20th of the previous month".
      var d = DateMatch(tokens: j..<end)
      d.day = Int(v)
      d.monthOffset = offset
      return d
    }
    guard k < limit, gap(k) <= 1, let mn = monthName(at: k, limit: limit) else { return nil }
    // "first may", "second march": the verb reading wins without "of" or "شهر".
    if mn.ambiguous, !viaOf, !context, !mn.paired { return nil }
    var d = DateMatch(tokens: j..<mn.end)
    d.day = Int(v)
    d.month = mn.month
    d.isHijri = mn.hijri
    var e = mn.end
    e = yearOrRelative(after: e, into: &d, limit: limit, hijriMonth: mn.hijri)
    d.tokens = j..<e
    guard dayExists(d) else { return nil }
    return d
  }

  /// The year after a month ("15 مارس 2026", "March 15, 2026"), or else the word that places
  /// it relative to the document date ("15 مارس الماضي"); returns where the date now ends.
  func yearOrRelative(
    after e: Int, into d: inout DateMatch, limit: Int, hijriMonth: Bool, relative: Bool = true
  ) -> Int {
    if let (year, hijri, end) = yearAfter(e, limit: limit, hijriMonth: hijriMonth) {
      d.year = year
      if hijri { d.isHijri = true }
      return end
    }
    if !hijriMonth, d.year == nil, let (year, relativeYear, end) = yearPhraseAfter(e, limit: limit) {
      // "June next year", "يونيو العام المقبل", "أيلول من عام 2014", "March of this year".
      d.year = year
      d.relativeYear = relativeYear
      return end
    }
    // "June 28 in 2020", "May of 2015", "the fourth of July of 1995".
    if e + 1 < limit, script(e - 1) == .latin, isWord(e, Self.ofKey) || isWord(e, Self.inKey), gap(e) == 1,
      isDigits(e + 1), gap(e + 1) == 1, tokens[e + 1].length == 4, (1000...2100).contains(tokens[e + 1].key),
      !continuesNumber(e + 1), !followedByQuantity(e + 2), isWord(e, Self.ofKey) || !followedByNoun(e + 2)
    {
      d.year = Int(tokens[e + 1].key)
      return e + 2
    }
    // "June of nineteen ninety nine", "October two thousand and five".
    if !hijriMonth, e < limit, script(e - 1) != .arabic, isWord(e) || isSymbol(e, 0x2C) {
      let k = isWord(e, Self.ofKey) || isWord(e, Self.inKey) || (isSymbol(e, 0x2C) && gap(e) == 0) ? e + 1 : e
      if let (year, end) = wordYear(at: k, limit: limit) {
        d.year = year
        return end
      }
    }
    if script(e - 1) != .latin, let (year, end) = arabicYearInWords(after: e, limit: limit) {
      d.year = year
      return end
    }
    if !hijriMonth, d.year == nil, let (n, end) = twoDigitYear(after: e, day: d.day != nil, limit: limit) {
      // Two digits: the century is picked against the document date in `resolvedDateFact`.
      d.year = n
      return end
    }
    if relative, let (r, end) = relativeAfter(e, limit: limit) {
      d.relative = r
      return end
    }
    return e
  }

  /// A year named after a month, itself or relative to the document's, with "of" / "من" / "في"
  /// before it or not: "next year", "of this year", "العام المقبل", "من عام 2014", "لعام 2014".
  /// Returns the year or the offset, and the end.
  func yearPhraseAfter(_ e: Int, limit: Int) -> (Int?, Int?, Int)? {
    guard e < limit, isWord(e), gap(e) == 1 else { return nil }
    var k = e
    if isWord(k, Self.ofKey) || isWord(k, Self.dateMinKey) || isWord(k, Self.dateFiKey) {
      k += 1
      guard k < limit, isWord(k), gap(k) == 1 else { return nil }
    }
    for m in lex(k) where Int(m.end) <= limit {
      switch m.lex {
      case .marker(.year):
        if let y = markedYear(at: k, match: m, limit: limit), !y.isHijri { return (y.year, nil, y.tokens.upperBound) }
        if let r = relativeYear(at: k, match: m, limit: limit) { return (nil, r.relativeYear, r.tokens.upperBound) }
      case .past, .next:
        let n = Int(m.end)
        if script(k) == .latin, isWord(n, Self.yearKey), gap(n) == 1, n < limit { return (nil, m.lex == .past ? -1 : 1, n + 1) }
      default:
        continue
      }
    }
    return nil
  }

  /// "الشهر الماضي", "الشهر المقبل", "الشهر الجاري", "هذا الشهر", "this month".
  private func relativeMonth(at j: Int, match m: LexMatch, limit: Int) -> DateMatch? {
    guard let (offset, end) = relativeOffset(at: j, match: m, limit: limit) else { return nil }
    var d = DateMatch(tokens: j..<end)
    d.monthOffset = offset
    d.leadingClitic = clitic(m)
    return d
  }

  /// "05-Aug-2016", "31/Oct/1974", "31-Oct-74", "2019/aug/01": a month name between numbers
  /// glued with "-" or "/".
  private func numericNamedMonth(at j: Int, limit: Int) -> DateMatch? {
    guard j + 4 < limit, isSymbol(j + 1, 0x2D) || isSymbol(j + 1, 0x2F), gap(j + 1) == 0, isWord(j + 2), gap(j + 2) == 0
    else { return nil }
    let sep = UInt32(tokens[j + 1].key)
    guard let mn = monthName(bare: j + 2, limit: limit), !mn.hijri, mn.end == j + 3, isSymbol(j + 3, sep),
      gap(j + 3) == 0, isDigits(j + 4), gap(j + 4) == 0
    else { return nil }
    let a = tokens[j]
    let c = tokens[j + 4]
    var d = DateMatch(tokens: j..<(j + 5))
    d.month = mn.month
    if a.length == 4, c.length <= 2 {
      d.year = Int(a.key)
      d.day = Int(c.key)
    } else if a.length <= 2, c.length == 4 {
      d.day = Int(a.key)
      d.year = Int(c.key)
    } else if a.length <= 2, c.length == 2 {
      d.day = Int(a.key)
      d.year = c.key < 50 ? 2000 + Int(c.key) : 1900 + Int(c.key)
    } else {
      return nil
    }
    guard let day = d.day, day >= 1, dayExists(d) else { return nil }
    return d
  }

  /// "3/2015", "03-2015", "2015/3", "2015-03": a month. Not after "رقم" or "No." (a law or
  /// case number: "القانون رقم 10/2013"), and "2011-12" or "2011/12" (a season or fiscal
  /// year) is no month.
  private func monthYear(at j: Int, limit: Int) -> DateMatch? {
    guard j + 2 < limit, isSymbol(j + 1, 0x2F) || isSymbol(j + 1, 0x2D), gap(j + 1) == 0, isDigits(j + 2),
      gap(j + 2) == 0
    else { return nil }
    let after = j + 3
    if after < tokens.count, gap(after) == 0, tokens[after].kind != .word || isDigits(after + 1) {
      if isSymbol(after, 0x2F) || isSymbol(after, 0x2D) || isSymbol(after, 0x2E) || isSymbol(after, 0x3A)
        || isSymbol(after, 0x2C) || isDigits(after)
      {
        return nil
      }
    }
    if j > 0, gap(j) == 0, isSymbol(j - 1, 0x2F) || isSymbol(j - 1, 0x2D) || isSymbol(j - 1, 0x2E) { return nil }
    if j > 0, isWord(j - 1), Self.numberLabelKeys.contains(tokens[j - 1].key) { return nil }
    if j > 1, isSymbol(j - 1, 0x2E), isWord(j - 2), Self.numberLabelKeys.contains(tokens[j - 2].key) { return nil }
    let a = tokens[j]
    let b = tokens[j + 2]
    var year: Int
    var month: Int
    if a.length == 4, b.length <= 2 {
      year = Int(a.key)
      month = Int(b.key)
      if month == (year + 1) % 100 { return nil }
      if isSymbol(j + 1, 0x2D), b.length != 2 { return nil }
    } else if a.length <= 2, b.length == 4 {
      month = Int(a.key)
      year = Int(b.key)
    } else {
      return nil
    }
    guard (1...12).contains(month), (1900...2100).contains(year) else { return nil }
    var d = DateMatch(tokens: j..<(j + 3))
    d.year = year
    d.month = month
    return d
  }

  /// "2/15", "15/2" without a year: a date only after a weekday, "يوم", "on" or "بتاريخ".
  /// Elsewhere it is as likely a score, a fraction or a ratio.
  private func numericDayMonth(at j: Int, limit: Int, dated: Bool) -> DateMatch? {
    guard j + 2 < limit, isSymbol(j + 1, 0x2F), gap(j + 1) <= 1, isDigits(j + 2), gap(j + 2) <= 1,
      tokens[j].length <= 2, tokens[j + 2].length <= 2
    else { return nil }
    guard dated || (j > 0 && isWord(j - 1) && gap(j) == 1 && Self.numericDateIntroKeys.contains(tokens[j - 1].key))
    else { return nil }
    if (isSymbol(j + 3, 0x2F) || isSymbol(j + 3, 0x2D) || isSymbol(j + 3, 0x2E)) && gap(j + 3) == 0 { return nil }
    let a = tokens[j].key
    let b = tokens[j + 2].key
    var dayFirst = options.dayFirst
    if a > 12 && b <= 12 { dayFirst = true }
    if b > 12 && a <= 12 { dayFirst = false }
    var d = DateMatch(tokens: j..<(j + 3))
    d.day = Int(dayFirst ? a : b)
    d.month = Int(dayFirst ? b : a)
    guard let m = d.month, (1...12).contains(m), let day = d.day, day >= 1, dayExists(d) else { return nil }
    return d
  }

  /// "عام 2003", "العام 2003", "سنة 1445 هـ", "year 2003".
  private func markedYear(at j: Int, match m: LexMatch, limit: Int) -> DateMatch? {
    let k = Int(m.end)
    guard k < limit, isDigits(k), gap(k) <= 1, tokens[k].length >= 3, tokens[k].length <= 4,
      tokens[k].key >= 100, !continuesNumber(k)
    else { return nil }
    var d = DateMatch(tokens: j..<(k + 1))
    d.year = Int(tokens[k].key)
    d.leadingClitic = clitic(m)
    if let (hijri, end) = calendarMarker(at: k + 1, limit: limit) {
      d.isHijri = hijri
      d.tokens = j..<end
    }
    if d.isHijri, !Hijri.years.contains(d.year!) { return nil }
    return d
  }

  /// "العام الماضي", "السنة المقبلة", "العام الجاري", "هذا العام", "this year": a year relative
  /// to the document date. English "last year" / "next year" are read in `dateCore`.
  private func relativeYear(at j: Int, match m: LexMatch, limit: Int) -> DateMatch? {
    guard let (offset, end) = relativeOffset(at: j, match: m, limit: limit) else { return nil }
    var d = DateMatch(tokens: j..<end)
    d.relativeYear = offset
    d.leadingClitic = clitic(m)
    return d
  }

  /// The offset a month or year word carries: 0 for the two-word phrases "هذا الشهر",
  /// "this year"; -1, 0 or 1 for the definite Arabic noun followed by "الماضي", "الجاري",
  /// "المقبل" and their kin.
  private func relativeOffset(at j: Int, match m: LexMatch, limit: Int) -> (offset: Int, end: Int)? {
    let e = Int(m.end)
    if e == j + 2 { return (0, e) }
    guard script(j) == .arabic, m.article, e < limit, isWord(e), gap(e) == 1 else { return nil }
    if Self.dateCurrentKeys.contains(tokens[e].key) { return (0, e + 1) }
    guard let (v, m2) = first(e, { m2 in
      switch m2.lex {
      case .past: return -1
      case .next: return 1
      default: return nil
      }
    }), Int(m2.end) == e + 1 else { return nil }
    return (v, e + 1)
  }

  /// "2003م", "1445 هـ", "632 AD", or a year after a preposition: "in 2003", "منذ 2003".
  /// A bare four-digit number stays a number.
  private func yearOnly(at j: Int, limit: Int) -> DateMatch? {
    let t = tokens[j]
    guard t.length >= 3, !continuesNumber(j) else { return nil }
    if let (hijri, end) = calendarMarker(at: j + 1, limit: limit), t.length == 4 || gap(j + 1) == 0 {
      var d = DateMatch(tokens: j..<end)
      d.year = Int(t.key)
      d.isHijri = hijri
      if hijri, !Hijri.years.contains(d.year!) { return nil }
      return d
    }
    if t.length == 4, j > 1, isSymbol(j - 1, 0x2D), gap(j) == 0, gap(j - 1) == 0, isWord(j - 2, Self.midKey),
      (1500...2100).contains(t.key)
    {
      // "mid-2012"
      var d = DateMatch(tokens: j..<(j + 1))
      d.year = Int(t.key)
      return d
    }
    guard t.length == 4, j > 0, isWord(j - 1), gap(j) == 1 else { return nil }
    let before = tokens[j - 1].key
    if script(j - 1) == .latin {
      guard Self.englishYearPrepositions.contains(before), (1500...2100).contains(t.key) else { return nil }
    } else {
      guard Self.arabicYearPrepositions.contains(before), (1900...2100).contains(t.key) else { return nil }
    }
    if followedByQuantity(j + 1) || followedByNoun(j + 1) { return nil }
    // "from 2000 to 3000 people": a range of counts, unless the other end is a year too.
    let n = j + 1
    if isWord(n, Self.dateToKey) || isWord(n, Self.dateAndKey) || isSymbol(n, 0x2D) {
      if isDigits(n + 1), !(tokens[n + 1].length == 4 && (1500...2100).contains(tokens[n + 1].key)) {
        return nil
      }
    }
    var d = DateMatch(tokens: j..<(j + 1))
    d.year = Int(t.key)
    return d
  }

  // MARK: parts

  /// The month name at `j`, joined with a second name of the same month after "/" or in
  /// parentheses: "يوليو/ تموز", "يناير/كانون الثاني", "شباط (فبراير)".
  private func monthName(at j: Int, limit: Int) -> MonthName? {
    guard j < limit, isWord(j) else { return nil }
    var found: MonthName?
    for m in lex(j) {
      switch m.lex {
      case .month(let n): found = MonthName(month: n, hijri: false, end: Int(m.end), ambiguous: false, paired: false, leadingClitic: clitic(m))
      case .hijriMonth(let n): found = MonthName(month: n, hijri: true, end: Int(m.end), ambiguous: false, paired: false, leadingClitic: clitic(m))
      default: continue
      }
      if Int(m.end) == j + 1 {
        let t = tokens[j]
        let stem = Int(t.start) + Int(m.prefix)
        let k = stem == Int(t.start) ? t.key : Token.hash(text.scalars[stem..<Int(t.end)])
        found!.ambiguous = Self.ambiguousMonthKeys.contains(k)
      }
      break
    }
    guard var mn = found, mn.end <= limit else { return nil }
    let e = mn.end
    // "يوليو/ تموز", "July/Tammuz".
    if isSymbol(e, 0x2F), gap(e) <= 1, e + 1 < limit, gap(e + 1) <= 1,
      let other = monthName(bare: e + 1, limit: limit), other.month == mn.month, other.hijri == mn.hijri
    {
      mn.end = other.end
      mn.paired = true
    } else if isSymbol(e, 0x28), gap(e) <= 1, let other = monthName(bare: e + 1, limit: limit),
      other.month == mn.month, other.hijri == mn.hijri, isSymbol(other.end, 0x29), other.end < limit
    {
      mn.end = other.end + 1
      mn.paired = true
    }
    return mn
  }

  /// A month name without a pair.
  private func monthName(bare j: Int, limit: Int) -> MonthName? {
    guard j < limit, isWord(j) else { return nil }
    for m in lex(j) where Int(m.end) <= limit {
      switch m.lex {
      case .month(let n): return MonthName(month: n, hijri: false, end: Int(m.end), ambiguous: false, paired: false, leadingClitic: 0)
      case .hijriMonth(let n): return MonthName(month: n, hijri: true, end: Int(m.end), ambiguous: false, paired: false, leadingClitic: 0)
      default: continue
      }
    }
    return nil
  }

  /// A four-digit year after a month ("يناير 2026", "March 15, 2026"), with its calendar
  /// marker ("هـ", "م"). A Gregorian marker after a Hijri month (or the reverse) is left alone.
  func yearAfter(_ e: Int, limit: Int, hijriMonth: Bool) -> (Int, Bool, Int)? {
    var k = e
    if (isSymbol(k, 0x2C) || isSymbol(k, 0x060C)) && gap(k) <= 1 { k += 1 }
    guard k < limit, isDigits(k), gap(k) <= 1, tokens[k].length == 4, !continuesNumber(k),
      !isSymbol(k + 1, 0x3A)
    else { return nil }
    let year = Int(tokens[k].key)
    guard year >= 1000 else { return nil }
    var end = k + 1
    var hijri = hijriMonth
    if let (h, mEnd) = calendarMarker(at: end, limit: limit), h || !hijriMonth {
      if h && !hijriMonth {
        // "15 مارس 1445 هـ" makes no sense: keep the Gregorian reading without the marker.
      } else {
        hijri = h
        end = mEnd
      }
    }
    if hijri, !Hijri.years.contains(year) { return nil }
    return (year, hijri, end)
  }

  /// "هـ", "هجري", "AH" (true) or "م", "ميلادي", "AD" (false) right after a date.
  private func calendarMarker(at k: Int, limit: Int) -> (Bool, Int)? {
    guard k < limit, isWord(k), gap(k) <= 1 else { return nil }
    for m in lex(k) where Int(m.end) <= limit && m.prefix == 0 {
      if case .marker(.hijri) = m.lex { return (true, Int(m.end)) }
      if case .marker(.gregorian) = m.lex { return (false, Int(m.end)) }
    }
    return nil
  }

  /// "الماضي", "المقبل", "القادم" after a month.
  private func relativeAfter(_ e: Int, limit: Int) -> (Int, Int)? {
    guard e < limit, isWord(e), gap(e) == 1, script(e) == .arabic else { return nil }
    for m in lex(e) where Int(m.end) <= limit {
      if case .past = m.lex { return (-1, Int(m.end)) }
      if case .next = m.lex { return (1, Int(m.end)) }
    }
    return nil
  }

  /// Joins a clock time to a date that has a day: "2026/02/19 الساعة 06:22 بتوقيت غرينتش",
  /// "March 3, 2026, at 6:22 p.m.".
  private func attachTime(to d: inout DateMatch, limit: Int) {
    guard d.day != nil, d.hour == nil else { return }
    var k = d.tokens.upperBound
    if isSymbol(k, 0x2C) || isSymbol(k, 0x060C) || isSymbol(k, 0x2D) || isSymbol(k, 0x7C) { k += 1 }
    if isWord(k), gap(k) == 1, isWord(k, Self.atKey) || isWord(k, Self.dateFiKey) { k += 1 }
    var clock = false
    if isWord(k), gap(k) <= 1, let (_, m) = first(k, { if case .marker(.clock) = $0.lex { true } else { nil } }) {
      clock = true
      k = Int(m.end)
    }
    guard k < limit, gap(k) <= 1, let t = matchTime(at: k, limit: limit, clock: clock) else { return }
    d.hour = t.hour
    d.minute = t.minute
    d.second = t.second
    d.utcOffset = t.offset
    d.tokens = d.tokens.lowerBound..<t.end
  }

  /// A time with nothing before it: "الساعة 06:22", "at 6:22 p.m.". It takes the date of the
  /// last date earlier in the sentence; without one, `dateFact` drops it.
  private func loneTime(at i: Int, limit: Int) -> DateMatch? {
    var j = i
    var clock = false
    var lead = 0
    if isWord(i) {
      guard let (_, m) = first(i, { if case .marker(.clock) = $0.lex { true } else { nil } }) else { return nil }
      j = Int(m.end)
      clock = true
      lead = clitic(m)
      guard gap(j) <= 1 else { return nil }
    }
    guard let t = matchTime(at: j, limit: limit, clock: clock) else { return nil }
    var d = DateMatch(tokens: i..<t.end)
    d.leadingClitic = lead
    if let after = dateAfterTime(t.end, limit: limit) {
      // "13:00 February 28, 2013", "6:22 AM GMT, Thu February 19, 2026".
      d = after
      d.tokens = i..<after.tokens.upperBound
      d.leadingClitic = lead
    } else if let prior = priorDate(before: i) {
      d.year = prior.year
      d.month = prior.month
      d.day = prior.day
      d.relative = prior.relative
      d.isHijri = prior.isHijri
    }
    d.hour = t.hour
    d.minute = t.minute
    d.second = t.second
    d.utcOffset = t.offset
    return d
  }

  /// A date with a day right after a clock time: "06:22 GMT, 19 February 2026".
  private func dateAfterTime(_ e: Int, limit: Int) -> DateMatch? {
    var k = e
    if isSymbol(k, 0x2C) || isSymbol(k, 0x060C) || isSymbol(k, 0x2D) { k += 1 }
    if isWord(k, Self.dateOnKey) || isWord(k, Self.dateFiKey) { k += 1 }
    guard k < limit, gap(k) <= 1, let d = weekdayDate(at: k, limit: limit), d.day != nil else { return nil }
    return d
  }

  /// The last date with a day earlier in the sentence that holds token `i`.
  private func priorDate(before i: Int) -> DateMatch? {
    var start = i
    while start > 0, i - start < 80 {
      if tokens[start].gap >= 2 { break }
      let p = tokens[start - 1]
      if p.kind == .symbol, p.key == 0x2E || p.key == 0x21 || p.key == 0x3F || p.key == 0x061F,
        tokens[start].gap >= 1
      {
        break
      }
      start -= 1
    }
    var found: DateMatch?
    var k = start
    while k < i {
      if let d = datePhrase(at: k, limit: i) {
        if d.day != nil { found = d }
        k = d.tokens.upperBound
      } else {
        k += 1
      }
    }
    return found
  }

  /// "06:22", "06:22:05", "6:22 p.m.", "6pm", "6 مساءً", "06:22 GMT", "06:22 بتوقيت غرينتش",
  /// "06:22+03:00". An hour alone needs "am"/"pm" or, with `clock`, "الساعة" before it.
  private func matchTime(at j: Int, limit: Int, clock: Bool) -> TimeRead? {
    guard j < limit, isDigits(j), tokens[j].length <= 2 else { return nil }
    var hour = Int(tokens[j].key)
    var minute: Int?
    var second: Int?
    var k = j + 1
    if isSymbol(k, 0x3A), gap(k) == 0, isDigits(k + 1), gap(k + 1) == 0, tokens[k + 1].length == 2, k + 1 < limit {
      minute = Int(tokens[k + 1].key)
      k += 2
      if isSymbol(k, 0x3A), gap(k) == 0, isDigits(k + 1), gap(k + 1) == 0, tokens[k + 1].length == 2, k + 1 < limit {
        second = Int(tokens[k + 1].key)
        k += 2
        if isSymbol(k, 0x2E), gap(k) == 0, isDigits(k + 1), gap(k + 1) == 0, k + 1 < limit { k += 2 }
      }
      // "1:50,000" is a scale, "3:30.5" a lap time.
      if (isSymbol(k, 0x2C) || isSymbol(k, 0x2E)) && gap(k) == 0 && isDigits(k + 1) && gap(k + 1) == 0 {
        return nil
      }
    }
    // am / pm
    var half = 0
    if k < limit, isWord(k), gap(k) <= 1 {
      if let (h, m) = first(k, { m in
        switch m.lex {
        case .marker(.am): return 1
        case .marker(.pm): return 2
        default: return nil
        }
      }), Int(m.end) <= limit {
        half = h
        k = Int(m.end)
      } else if isWord(k, Self.aKey) || isWord(k, Self.datePKey), isSymbol(k + 1, 0x2E), gap(k + 1) == 0,
        isWord(k + 2, Self.dateMKey), gap(k + 2) == 0, k + 2 < limit
      {
        half = isWord(k, Self.aKey) ? 1 : 2
        k += 3
        if isSymbol(k, 0x2E), gap(k) == 0, k < limit { k += 1 }
      }
    }
    guard minute != nil || half != 0 || clock else { return nil }
    if half != 0 {
      guard hour >= 1, hour <= 23 else { return nil }
      if half == 2 && hour < 12 { hour += 12 }
      if half == 1 && hour == 12 { hour = 0 }
    }
    guard hour <= 24, (minute ?? 0) <= 59, (second ?? 0) <= 60, hour < 24 || (minute ?? 0) == 0 else {
      return nil
    }
    // Zero seconds read as a minute, as the metadata parser reads them.
    var t = TimeRead(hour: hour, minute: minute ?? 0, second: second == 0 ? nil : second, offset: nil, end: k)
    // Zone: "GMT", "UTC", "Z", "EST", "بتوقيت غرينتش".
    var named = false
    if k < limit, isWord(k), gap(k) <= 1 {
      for m in lex(k) where Int(m.end) <= limit {
        if case .timeZone(let z) = m.lex, script(k) == .latin, tokens[k].length > 1 || gap(k) == 0 {
          t.offset = z
          t.end = Int(m.end)
          named = true
          break
        }
        if case .marker(.zoneIntro) = m.lex, Int(m.end) < limit, gap(Int(m.end)) <= 1,
          let (z, m2) = first(Int(m.end), { if case .timeZone(let z) = $0.lex { z } else { nil } }),
          Int(m2.end) <= limit
        {
          t.offset = z
          t.end = Int(m2.end)
          named = true
          break
        }
      }
    }
    // Offset: "+03:00", "+0300", "GMT+3".
    let o = t.end
    if o + 1 < limit, isSymbol(o, 0x2B) || isSymbol(o, 0x2D), gap(o) == 0 || named, isDigits(o + 1),
      gap(o + 1) == 0
    {
      let sign = isSymbol(o, 0x2B) ? 1 : -1
      let v = tokens[o + 1]
      var hh = 0
      var mm = 0
      var end = o + 2
      if v.length == 4 {
        hh = Int(v.key) / 100
        mm = Int(v.key) % 100
      } else if v.length <= 2 {
        hh = Int(v.key)
        if isSymbol(end, 0x3A), gap(end) == 0, isDigits(end + 1), gap(end + 1) == 0, tokens[end + 1].length == 2,
          end + 1 < limit
        {
          mm = Int(tokens[end + 1].key)
          end += 2
        }
      } else {
        hh = 99
      }
      if hh <= 14, mm <= 59 {
        t.offset = (t.offset ?? 0) + sign * (hh * 60 + mm)
        t.end = end
      }
    }
    return t
  }

  // MARK: checks

  /// Whether the day exists in its month (Gregorian, or Hijri when the year is known).
  func dayExists(_ d: DateMatch) -> Bool {
    guard let m = d.month, (1...12).contains(m) else { return d.month == nil }
    guard let day = d.day else { return true }
    if d.isHijri {
      guard day <= 30 else { return false }
      if let y = d.year { return Hijri.toGregorian(year: y, month: m, day: day) != nil }
      return true
    }
    return day <= CivilDate.daysInMonth(d.year ?? 2000, m)
  }

  /// Whether the digits at `k` go on as a longer number: "2,003", "2003.5".
  private func continuesNumber(_ k: Int) -> Bool {
    (isSymbol(k + 1, 0x2C) || isSymbol(k + 1, 0x2E) || isSymbol(k + 1, 0x066B) || isSymbol(k + 1, 0x066C))
      && gap(k + 1) == 0 && isDigits(k + 2) && gap(k + 2) == 0
  }

  /// A unit, scale, currency or percent after a figure: "2000 جندي" no, "2000 دولار" yes.
  private func followedByQuantity(_ k: Int) -> Bool {
    guard k < tokens.count, gap(k) <= 1 else { return false }
    if isSymbol(k, 0x25) { return true }
    if isWord(k), gap(k) == 0 { return true }
    for m in lex(k) {
      switch m.lex {
      case .scale, .scaleDual, .percentWord, .percentagePointWord, .currency, .currencySubunit, .unit,
        .durationUnit, .multiplier:
        return true
      default: continue
      }
    }
    return false
  }

  /// An English word after a figure that reads as what it counts: "2000 people".
  func followedByNoun(_ k: Int) -> Bool {
    guard isWord(k), gap(k) == 1, script(k) == .latin else { return false }
    if Self.englishStopwords.contains(tokens[k].key) { return false }
    for m in lex(k) {
      switch m.lex {
      case .month, .weekday, .marker, .timeZone: return false
      default: continue
      }
    }
    return true
  }

  /// Scalars of a lexicon match's clitic prefix that are not the article: "و" of "والعام",
  /// "ب" of "بيناير"; the article of "العام" stays in the span.
  func clitic(_ m: LexMatch) -> Int {
    let p = Int(m.prefix)
    guard m.article else { return p }
    return max(0, p - 2)
  }

  // MARK: words

  static let dateTKey = key("t")
  static let datePKey = key("p")
  static let dateMKey = key("m")
  static let dateToKey = key("to")
  static let dateAndKey = key("and")
  static let dateFiKey = key("في")
  static let dateMinKey = key("من")
  static let dateMuwafiqKey = key("الموافق")
  static let dateOnKey = key("on")
  static let dateWaKey = key("و")
  static let theKey = key("the")
  static let todayKey = key("اليوم")
  static let theMonthKey = key("الشهر")
  static let monthKey = key("month")
  static let currentKey = key("current")
  static let thisKey = key("this")
  static let previousKey = key("previous")
  static let lastKey = key("last")
  static let nextKey = key("next")
  static let followingKey = key("following")
  static let comingKey = key("coming")
  static let dayRangeToKeys: KeySet = KeySet(
    ["to", "till", "until", "through", "thru", "إلى", "الى", "حتى", "وحتى", "ولغاية", "لغاية"].map(key))
  static let dayRangeBetweenKeys: KeySet = KeySet(["between", "بين", "مابين"].map(key))
  static let lastArabicKeys: KeySet = KeySet(["الأخير", "الاخير", "الأخيرة", "الاخيرة"].map(key))
  static let dayKey = key("day")
  static let yearKey = key("year")
  static let weekKey = key("week")
  static let centuryKey = key("century")
  static let dateWordKey = key("date")
  static let monthPrepositionKeys: KeySet = KeySet(["in", "during", "since", "until", "till", "through"].map(key))
  static let theWeekKey = key("الأسبوع")
  static let thisArabicKey = key("هذا")
  static let dayArabicKey = key("يوم")
  static let weekOffsetKeys: KeyMap<Int> = [
    key("next"): 1, key("following"): 1, key("coming"): 1, key("last"): -1, key("previous"): -1, key("past"): -1,
    key("this"): 0, key("current"): 0,
  ]
  static let midKey = key("mid")
  static let asKey = key("as")
  /// Words that may follow "on the 15th" when it is a day ("on the 15th and 16th", "on the 15th
  /// at noon"); any other word makes the ordinal count it ("on the 15th floor").
  static let dayAloneNextKeys: KeySet = KeySet(
    ["and", "or", "to", "through", "until", "till", "at", "when", "in", "this", "next", "last", "for", "with", "from"]
      .map(key))
  /// "Thu", "Fri", "Tue": weekday abbreviations that are no other word ("Sun", "Sat", "Wed"
  /// and "Mon" are).
  static let weekdayAbbreviationKeys: KeySet = KeySet(["thu", "thur", "thurs", "tue", "tues", "fri"].map(key))
  /// "early 2012", "mid March", "late next year".
  static let partAdjectiveKeys: KeyMap<Int8> = [key("early"): 2, key("mid"): 3, key("late"): 4]
  /// "the beginning of 2017", "the middle of 2000", "the end of April".
  static let arabicPartKeys: KeyMap<Int8> = {
    var parts: [UInt64: Int8] = [:]
    for (words, p) in [(["أوائل", "مطلع", "بداية", "بدايات"], Int8(2)), (["منتصف", "أواسط"], 3), (["أواخر", "نهاية", "ختام"], 4)] {
      for w in words { parts[key(w)] = p; parts[key("و" + w)] = p }
    }
    return KeyMap(parts)
  }()
  static let partNounKeys: KeyMap<Int8> = [
    key("beginning"): 2, key("start"): 2, key("middle"): 3, key("end"): 4, key("close"): 4,
  ]
  static let earlierKey = key("earlier")
  static let laterKey = key("later")
  static let timeWordKey = key("وقت")
  static let priorKey = key("سابق")
  static let afterwardKey = key("لاحق")
  /// Verbs that move a date: "postponed from May to September" names two dates, not a period.
  static let dateMoveKeys: KeySet = KeySet(
    [
      "postponed", "delayed", "moved", "pushed", "shifted", "rescheduled", "brought", "changed", "advanced",
      "postpone", "delay", "move", "push", "shift", "reschedule", "change",
      "تأجيل", "أجل", "أجلت", "تأجيلها", "تأجيله", "تأجيلهما", "نقل", "نقلت", "تقديم", "قدم", "قدمت", "تغيير", "تعديل",
      "تأخير", "أخر", "أخرت", "ارجاء", "إرجاء", "أرجأ", "أرجأت", "تقديمها", "نقلها", "نقله",
    ].map(key))
  /// Words before the first date of a range that make an ambiguous month name a month.
  static let rangeFromKeys: KeySet = KeySet(["from", "من", "ومن"].map(key))
  static let notTodayBeforeKeys: KeySet = KeySet(
    ["في", "ذلك", "نفس", "ذات", "طوال", "طيلة", "كل", "خلال", "مدار", "منتصف", "نهاية", "بداية", "هذا", "ليلة",
     "صباح", "مساء", "ظهر", "آخر", "أول"].map(key))
  static let notTodayAfterKeys: KeySet = KeySet(["نفسه", "ذاته", "كله", "بأكمله", "الذي", "التالي"].map(key))
  /// Words before "3/2015" that make it a number ("رقم 10/2013", "No. 5/2012").
  static let numberLabelKeys: KeySet = KeySet(
    ["رقم", "برقم", "number", "no", "nos", "law", "decree", "resolution", "قانون", "القانون", "قرار", "القرار", "مرسوم",
     "المرسوم", "العدد", "عدد"].map(key))
  /// Words before "2/15" that make it a day and month.
  static let numericDateIntroKeys: KeySet = KeySet(["on", "بتاريخ", "تاريخ", "يوم", "dated"].map(key))
  /// "العام الجاري", "السنة الحالية": the document's own year.
  static let dateCurrentKeys: KeySet = KeySet(["الجاري", "الحالي", "الجارية", "الحالية"].map(key))
  static let ordinalSuffixKeys: KeySet = KeySet(["st", "nd", "rd", "th"].map(key))
  /// Words between a "published" label and its date.
  static let dateLabelJoiners: KeySet = KeySet(["في", "بتاريخ", "on", "at"].map(key))

  /// Month names that are also everyday words; they need a day, a year, a paired name,
  /// "شهر"/"month" or a relative word next to them.
  static let ambiguousMonthKeys: KeySet = KeySet(
    [
      "مارس", "ماي", "آب", "نيسان", "جوان", "أوت", "صفر",
      "may", "march", "mar", "august", "aug", "jan", "feb", "apr", "jun", "jul", "sep", "sept", "oct",
      "nov", "dec",
    ].map(key))

  static let englishYearPrepositions: KeySet = KeySet(
    ["in", "since", "by", "of", "until", "till", "before", "after", "during", "from", "circa", "early", "late", "mid"]
      .map(key))

  static let arabicYearPrepositions: KeySet = KeySet(
    [
      "في", "منذ", "حتى", "بحلول", "خلال", "قبل", "بعد", "مطلع", "أوائل", "أواخر", "منتصف", "نهاية",
      "بداية", "ربيع", "صيف", "خريف", "شتاء",
    ].flatMap { [$0, "و" + $0] }.map(key))
}

extension Scan {
  /// The fact for a date, its year resolved against `reference` when the text left it out;
  /// nil when the date cannot be placed.
  ///
  /// Resolution of dates written without a year ("15 مارس", "يوليو/ تموز", "March 15"):
  /// - Without a reference date (the document's publication date, or
  ///   `ExtractionOptions.referenceDate`), a yearless date is dropped: no year is invented.
  /// - Plain: the year that puts the date nearest to the reference, so the date falls within
  ///   about six months either side of it; on an exact tie the earlier reading wins.
  /// - "الماضي" / "المنصرم" / "last": the most recent such month (or day) strictly before the
  ///   reference.
  /// - "المقبل" / "القادم" / "next": the first such month (or day) strictly after the reference.
  /// Hijri dates without a year are resolved the same way in the Hijri calendar, against the
  /// Hijri date of the reference day. A clock time takes the date it is joined to, or the last
  /// date with a day earlier in its sentence; a time with no date is dropped.
  ///
  /// Hijri dates are converted with the Umm al-Qura calendar: `date` is the Gregorian day (the
  /// first day for a Hijri month or year), `hijriDate` the date as written, and `interval`
  /// the whole Hijri period in Gregorian time.
  ///
  /// Days and months named relative to the document ("أمس", "yesterday", "الشهر الماضي",
  /// "3 days ago") need the reference date and are dropped without one. A weekday with no
  /// date ("الخميس", "on Monday") is the nearest such day to the reference, at most three days
  /// away (the same weekday is the reference day itself); with "الماضي" / "last" the latest
  /// one strictly before it, with "المقبل" / "next" the first one strictly after it.
  /// `ExtractionOptions.dateDirection` moves the plain readings: `.past` takes the reference
  /// day or the latest occurrence before it, `.future` the reference day or the first one after
  /// it, and `.nearest` (the default) leans on the tense of the clause (`tenseAround`): a
  /// weekday after "will" is the coming one, after "was" the past one; a month or day of the
  /// month after "will … in" / "will … by" the coming one; any date after "since" / "منذ" the
  /// reference day or one before it. A
  /// yearless date with a weekday ("الخميس 15 اغسطس") takes the year, among the reference year
  /// and the ones either side, where the weekday agrees, the nearest first.
  ///
  /// A range of days ("13-15 تموز") is one date fact: `date` is its first day and `interval`
  /// runs to the end of its last day.
  func dateFact(_ d: DateMatch, reference: CivilDate?, template: Fact) -> Fact? {
    // Whether the text itself names the year; otherwise it comes from the document date.
    let yearWritten =
      d.year != nil && d.dayOffset == nil && d.monthOffset == nil || d.period.map { !$0.relative && !$0.yearless } == true
    guard var fact = resolvedDateFact(d, reference: reference, template: template) else { return nil }
    fact.yearInferred = !yearWritten
    return fact
  }

  private func resolvedDateFact(_ d: DateMatch, reference: CivilDate?, template: Fact) -> Fact? {
    if let p = d.period { return periodFact(d, p, reference: reference, template: template) }
    var d = d
    if let y = d.year, y < 100, !d.isHijri { d.year = Self.fullYear(y, reference: reference) }
    // Where a date the text does not place ("15 March", "on Monday") falls: -1 on or before the
    // document date, +1 on or after it, 0 nearest.
    var lean = 0
    if d.relative == 0, reference != nil {
      switch options.dateDirection {
      case .past: lean = -1
      case .future: lean = 1
      case .nearest:
        lean = tenseAround(d.tokens)
        // A month or a day of the month moves only forward, and only as the time of the verb
        // ("will close by October 1"), not as a name ("will review their February 22 pact",
        // "said the dividend was payable April 15").
        if d.weekday == nil, lean < 0 || !prepositionBefore(d.tokens.lowerBound) { lean = 0 }
        // "since May", "منذ مارس": a start that has come.
        let p = d.tokens.lowerBound - 1
        if p >= 0, isWord(p), gap(p + 1) == 1, Self.sinceKeys.contains(tokens[p].key) { lean = -1 }
      }
    }
    if let h = d.holiday {
      guard place(h, &d, reference: reference, lean: lean) else { return nil }
    } else if let off = d.dayOffset {
      guard let ref = reference, let rm = ref.month, let rd = ref.day else { return nil }
      let c = CivilDate.civilFromDays(CivilDate.daysFromCivil(ref.year, rm, rd) + off)
      (d.year, d.month, d.day) = (c.year, c.month, c.day)
    } else if let off = d.monthOffset {
      guard let ref = reference, let rm = ref.month else { return nil }
      let total = ref.year * 12 + (rm - 1) + off
      d.year = total / 12
      d.month = total % 12 + 1
    } else if d.year == nil, d.month == nil, let day = d.day, let w = d.weekday {
      // "Tuesday the 19th": the nearest 19th that is a Tuesday, within six months.
      guard let ref = reference, let best = Self.nearestMonth(having: day, around: ref, within: 6, lean: lean, where: {
        CivilDate(year: $0, month: $1, day: day).weekday == w
      }) else { return nil }
      (d.year, d.month) = (best.year, best.month)
    } else if d.year == nil, d.month == nil, d.weekday == nil, d.nth == 0, let day = d.day {
      // "on the 15th": the month around the document date that has the day, nearest first.
      guard let ref = reference, let best = Self.nearestMonth(having: day, around: ref, within: 1, lean: lean)
      else { return nil }
      (d.year, d.month) = (best.year, best.month)
    } else if d.weekOffset != .min, let w = d.weekday {
      // The weekday in a week counted from the document's, Monday to Sunday.
      guard let ref = reference, let rm = ref.month, let rd = ref.day else { return nil }
      let base = CivilDate.daysFromCivil(ref.year, rm, rd)
      let refWeekday = ((base + 4) % 7 + 7) % 7 + 1
      let monday = base - (refWeekday + 5) % 7
      let c = CivilDate.civilFromDays(monday + 7 * Int(d.weekOffset) + (w + 5) % 7)
      (d.year, d.month, d.day) = (c.year, c.month, c.day)
    } else if d.year == nil, d.month == nil, d.day == nil, d.relativeYear == nil, let w = d.weekday {
      guard let ref = reference, let rm = ref.month, let rd = ref.day else { return nil }
      let base = CivilDate.daysFromCivil(ref.year, rm, rd)
      let refWeekday = ((base + 4) % 7 + 7) % 7 + 1
      let diff = ((w - refWeekday) % 7 + 7) % 7
      let off: Int
      if d.relative < 0 {
        off = diff == 0 ? -7 : diff - 7
      } else if d.relative > 0 {
        off = diff == 0 ? 7 : diff
      } else if lean > 0 {
        // Forward by option, the reference's own weekday is the next one, as "next" reads.
        off = diff == 0 && options.dateDirection == .future ? 7 : diff
      } else if lean < 0 {
        off = diff == 0 ? 0 : diff - 7
      } else {
        off = diff <= 3 ? diff : diff - 7
      }
      let c = CivilDate.civilFromDays(base + off)
      (d.year, d.month, d.day) = (c.year, c.month, c.day)
    }
    if d.year == nil, d.relative == 0, !d.isHijri, let w = d.weekday, let month = d.month, let day = d.day,
      let ref = reference
    {
      let base = CivilDate.daysFromCivil(ref.year, ref.month ?? 1, ref.day ?? 1)
      var best: (Int, Int)?
      for y in (ref.year - 1)...(ref.year + 1) where day <= CivilDate.daysInMonth(y, month) {
        let c = CivilDate(year: y, month: month, day: day)
        guard c.weekday == w else { continue }
        let distance = abs(CivilDate.daysFromCivil(y, month, day) - base)
        if best == nil || distance < best!.1 { best = (y, distance) }
      }
      if let best { d.year = best.0 }
    }
    if d.year == nil, let r = d.relativeYear {
      guard let ref = reference else { return nil }
      d.year = ref.year + r
    }
    if d.year == nil {
      guard let ref = reference, let month = d.month else { return nil }
      var r = (year: ref.year, month: ref.month ?? 1, day: ref.day ?? 1)
      if d.isHijri {
        guard let h = Hijri.fromGregorian(year: r.year, month: r.month, day: r.day) else { return nil }
        r = h
      }
      if lean > 0, d.day == nil, let endMonth = d.endMonth, d.endYear == nil {
        // A period of months going forward is the one that has not ended yet: "will be out
        // from August to October", said in September, is this year's.
        let y = Self.resolveYear(month: endMonth, day: nil, relative: d.relative, reference: r, lean: lean)
        d.year = month > endMonth ? y - 1 : y
      } else {
        d.year = Self.resolveYear(month: month, day: d.day, relative: d.relative, reference: r, lean: lean)
      }
      // Forward by option, a day of the reference's own month stays in it: that month has not
      // passed ("الأول من شباط" in mid-February).
      if d.relative == 0, options.dateDirection == .future, month == r.month { d.year = r.year }
    }
    if d.nth != 0, d.weekday != nil, d.day != nil, d.year != nil {
      // "third tuesday after christmas 2014": see `weekdayCountedFrom`.
      guard Self.countWeekday(&d) else { return nil }
    }
    if d.nth == -8, let year = d.year, let month = d.month, d.day == nil {
      // "the last day of October".
      d.day = CivilDate.daysInMonth(year, month)
    } else if d.nth != 0, let w = d.weekday, let year = d.year, let month = d.month, d.day == nil, !d.isHijri {
      guard let day = CivilDate.nthWeekday(d.nth > 0 ? Int(d.nth) : -1, w, year: year, month: month) else {
        return nil
      }
      d.day = day
    }
    if d.shift != 0, !d.isHijri, let year = d.year {
      // "3 days after January 12th", "2 weeks before May 13 1999", "3 years from today".
      if d.shiftInMonths, let month = d.month {
        let total = year * 12 + (month - 1) + Int(d.shift)
        (d.year, d.month) = (total / 12, total % 12 + 1)
        if let day = d.day { d.day = min(day, CivilDate.daysInMonth(d.year!, d.month!)) }
      } else if d.shiftInMonths {
        d.year = year + Int(d.shift) / 12
      } else if let month = d.month, let day = d.day {
        let c = CivilDate.civilFromDays(CivilDate.daysFromCivil(year, month, day) + Int(d.shift))
        (d.year, d.month, d.day) = (c.year, c.month, c.day)
      } else {
        return nil
      }
    }
    guard let civil = d.civil else { return nil }
    var f = template
    f.type = civil.grain >= .minute ? .time : .date
    f.date = civil
    f.interval = civil.interval
    if let endDay = d.endDay, !d.isHijri, let month = civil.month, let day = civil.day {
      let endMonth = d.endMonth ?? month
      let endYear = d.endYear ?? (endMonth < month ? civil.year + 1 : civil.year)
      guard endDay <= CivilDate.daysInMonth(endYear, endMonth), (endYear, endMonth, endDay) > (civil.year, month, day)
      else { return nil }
      f.interval.high = Double(CivilDate.daysFromCivil(endYear, endMonth, endDay) + 1) * 86400
    } else if let endMonth = d.endMonth, !d.isHijri, let month = civil.month, civil.day == nil {
      // A range of months runs to the end of the last one: "Nov-Feb 2017".
      let endYear = d.endYear ?? (endMonth < month ? civil.year + 1 : civil.year)
      guard (endYear, endMonth) > (civil.year, month) else { return nil }
      f.interval.high = Double(CivilDate.daysFromCivil(endYear + endMonth / 12, endMonth % 12 + 1, 1)) * 86400
    } else if let endYear = d.endYear, !d.isHijri, civil.month == nil {
      guard endYear > civil.year else { return nil }
      f.interval.high = Double(CivilDate.daysFromCivil(endYear + 1, 1, 1)) * 86400
    }
    if d.endRelativeDay != .min {
      guard let ref = reference, let rm = ref.month, let rd = ref.day else { return nil }
      let base = CivilDate.daysFromCivil(ref.year, rm, rd)
      let end = d.endRelativeDay == -100 ? base : base + Int(d.endRelativeDay) + 1
      // A period that would end before it starts keeps the first date alone.
      if Double(end) * 86400 > f.interval.high { f.interval.high = Double(end) * 86400 }
    }
    if d.periodLength > 0, let month = civil.month, let day = civil.day {
      // "the next 3 days", "the past two years": from the first day on, for the whole length.
      if d.periodInMonths {
        let total = civil.year * 12 + (month - 1) + Int(d.periodLength)
        let (y, m) = (total / 12, total % 12 + 1)
        f.interval.high = Double(CivilDate.daysFromCivil(y, m, min(day, CivilDate.daysInMonth(y, m)))) * 86400
      } else {
        f.interval.high = Double(CivilDate.daysFromCivil(civil.year, month, day) + Int(d.periodLength)) * 86400
      }
    }
    if d.part >= 2, let month = civil.month {
      // The first, middle or last third of a month: days 1-10, 11-20, 21 to the end.
      let low = [1, 11, 21][Int(d.part) - 2]
      f.interval.low = Double(CivilDate.daysFromCivil(civil.year, month, low)) * 86400
      if d.part < 4 { f.interval.high = Double(CivilDate.daysFromCivil(civil.year, month, low + 10)) * 86400 }
    } else if d.part >= 2 {
      // The first, middle or last third of a year: January-April, May-August, September-December.
      let low = [1, 5, 9][Int(d.part) - 2]
      f.interval.low = Double(CivilDate.daysFromCivil(civil.year, low, 1)) * 86400
      if d.part < 4 { f.interval.high = Double(CivilDate.daysFromCivil(civil.year, low + 4, 1)) * 86400 }
    } else if d.part != 0 {
      // Up to the document date, or from it on.
      guard let ref = reference, let rm = ref.month, let rd = ref.day else { return nil }
      let cut = Double(CivilDate.daysFromCivil(ref.year, rm, rd)) * 86400
      guard cut > f.interval.low, cut < f.interval.high else { return nil }
      if d.part < 0 { f.interval.high = cut } else { f.interval.low = cut }
    }
    // A week's grace: figures for a period about to close are reported before it does.
    if d.settled, let ref = reference, civil.year == ref.year, let rm = ref.month, let rd = ref.day,
      f.interval.high > Double(CivilDate.daysFromCivil(ref.year, rm, rd) + 8) * 86400
    {
      return nil
    }
    f.weekday = d.weekday
    if d.isHijri, let year = d.year {
      f.calendar = "hijri"
      f.hijriDate = CivilDate(year: year, month: d.month, day: d.day)
      if d.day == nil, let days = Hijri.gregorianDays(year: year, month: d.month, day: nil) {
        f.interval = Interval(
          low: Double(days.lowerBound) * 86400, high: Double(days.upperBound) * 86400, lowInclusive: true,
          highInclusive: false)
      }
    }
    f.span = dateSpan(d.tokens, leadingClitic: d.leadingClitic)
    return f
  }

  /// The tense a date sits in, for placing one the text leaves open: +1 after a future
  /// auxiliary ("will", "'ll", "shall", "سوف", "سيتم"), -1 after a past one ("was", "were",
  /// "had", but not "was scheduled to", "had been due to", "was suspending"), 0 otherwise. Only the same clause counts, up to six words before the date:
  /// a reporting verb ("said", "قال") says nothing of the date it reports ("will cut output from
  /// May 1, sources said"), and neither do the words after it.
  func tenseAround(_ r: Range<Int>) -> Int {
    var k = r.lowerBound - 1
    var words = 0
    while k >= 0, words < 6, tokens[k + 1].gap < 2 {
      let t = tokens[k]
      if t.kind == .symbol {
        // A sentence or clause ends: ". ! ? ؟ , ، ; ( )".
        if [0x2E, 0x21, 0x3F, 0x061F, 0x2C, 0x060C, 0x3B, 0x28, 0x29].contains(t.key) { break }
      } else if t.kind == .word {
        if let c = Self.tenseCues[t.key] {
          // "was scheduled to", "had been due to": a plan made in the past for a later date.
          if c < 0 {
            var n = k + 1
            if isWord(n, Self.beenKey) { n += 1 }
            if isWord(n), Self.plannedKeys.contains(tokens[n].key) || endsInIng(n) { return 0 }
          }
          return c
        }
        if Self.clauseWordKeys.contains(t.key) { break }
        words += 1
      }
      k -= 1
    }
    return 0
  }

  /// Auxiliaries that set the tense of a date after them; see `tenseAround`.
  static let tenseCues: KeyMap<Int> = {
    var cues: [UInt64: Int] = [:]
    for w in [
      "will", "ll", "shall", "سوف", "سيتم", "سيكون", "ستكون", "سيعقد", "ستعقد", "ستبدأ", "سيبدأ", "ستنطلق",
      "سينطلق", "ستجري", "سيجري",
    ] {
      cues[key(w)] = 1
    }
    // Arabic "كان" leads as often into a plan ("كانت مقررة الثلاثاء", "كان سيبدأ") as into a
    // past event: it sets nothing.
    for w in ["was", "were", "had"] { cues[key(w)] = -1 }
    return KeyMap(cues)
  }()

  /// "was suspending exports from Thursday": a progressive reaches forward.
  private func endsInIng(_ n: Int) -> Bool {
    let t = tokens[n]
    guard t.length > 4, script(n) == .latin else { return false }
    let s = text.scalars
    let e = Int(t.end)
    return s[e - 3] == 0x69 && s[e - 2] == 0x6E && s[e - 1] == 0x67
  }

  /// Whether a preposition of time comes right before token `i`: "on", "in", "by", "from" ….
  private func prepositionBefore(_ i: Int) -> Bool {
    i > 0 && isWord(i - 1) && gap(i) == 1 && Self.timePrepositionKeys.contains(tokens[i - 1].key)
  }

  static let timePrepositionKeys: KeySet = KeySet(
    ["on", "in", "by", "from", "until", "till", "before", "after", "at", "during", "في", "منذ", "حتى", "بحلول", "خلال",
     "قبل", "بعد", "يوم"].map(key))
  static let beenKey = key("been")
  static let sinceKeys: KeySet = KeySet(["since", "منذ", "ومنذ"].map(key))
  /// Words after "was" / "had been" that put the date after the time of the verb.
  static let plannedKeys: KeySet = KeySet(
    ["scheduled", "expected", "due", "set", "supposed", "planned", "slated", "to", "going", "about", "poised",
     "likely", "intended", "meant", "originally", "initially", "previously"].map(key))

  /// Words that start another clause, which the tense of a date does not reach across.
  static let clauseWordKeys: KeySet = KeySet(
    ["and", "but", "that", "which", "who", "while", "when", "after", "before", "until", "since", "و", "لكن", "التي",
     "الذي", "أن", "إن", "بعد", "قبل", "حتى"].map(key))

  /// The UTF-8 span of a date: without the clitics before its first word, and with the marks
  /// and tatweel that normalisation dropped after its last Arabic word ("هـ", "مساءً").
  func dateSpan(_ range: Range<Int>, leadingClitic: Int) -> Range<Int> {
    guard !range.isEmpty else { return 0..<0 }
    let first = tokens[range.lowerBound]
    let last = tokens[range.upperBound - 1]
    let start = min(Int(first.start) + leadingClitic, Int(first.end) - 1)
    var span = text.originalRange(start..<Int(last.end))
    // Marks and tatweel are two bytes each in UTF-8; anything else dropped (bidi controls,
    // markup) is left out.
    if last.kind == .word, script(range.upperBound - 1) == .arabic, Int(last.end) < text.count {
      let next = Int(text.starts[Int(last.end)])
      let dropped = next - span.upperBound
      if dropped > 0, dropped <= 8, dropped % 2 == 0 { span = span.lowerBound..<next }
    }
    return span
  }

  /// The month within `months` of the reference's that has `day` (and passes `test`), the one
  /// nearest the reference day first; with `lean` -1 or 1, only one on or before, or on or
  /// after, that day.
  static func nearestMonth(
    having day: Int, around ref: CivilDate, within months: Int, lean: Int,
    where test: (_ year: Int, _ month: Int) -> Bool = { _, _ in true }
  ) -> (year: Int, month: Int)? {
    guard let rm = ref.month, let rd = ref.day else { return nil }
    let base = CivilDate.daysFromCivil(ref.year, rm, rd)
    var best: (year: Int, month: Int, distance: Int)?
    for off in -months...months {
      let total = ref.year * 12 + (rm - 1) + off
      let (y, m) = (total / 12, total % 12 + 1)
      guard day <= CivilDate.daysInMonth(y, m), test(y, m) else { continue }
      let signed = CivilDate.daysFromCivil(y, m, day) - base
      if lean * signed < 0 { continue }
      if best == nil || abs(signed) < best!.distance { best = (y, m, abs(signed)) }
    }
    return best.map { ($0.year, $0.month) }
  }

  /// The year of a month (and day) written without one; see `dateFact`.
  static func resolveYear(
    month: Int, day: Int?, relative: Int, reference r: (year: Int, month: Int, day: Int), lean: Int = 0
  ) -> Int {
    // Position inside a year, in days of a 31-day-month grid: fine for ordering and distances.
    let position = day.map { month * 31 + $0 } ?? month * 31
    let refPosition = day == nil ? r.month * 31 : r.month * 31 + r.day
    if relative < 0 { return position < refPosition ? r.year : r.year - 1 }
    if relative > 0 { return position > refPosition ? r.year : r.year + 1 }
    // Leaning by tense or by option: the document's own month or day counts.
    if lean < 0 { return position <= refPosition ? r.year : r.year - 1 }
    if lean > 0 { return position >= refPosition ? r.year : r.year + 1 }
    var best = r.year
    var bestDistance = Int.max
    for y in (r.year - 1)...(r.year + 1) {
      let distance = abs((y - r.year) * 372 + position - refPosition)
      if distance < bestDistance {
        best = y
        bestDistance = distance
      }
    }
    return best
  }
}

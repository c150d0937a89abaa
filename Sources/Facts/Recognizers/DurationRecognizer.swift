import TextModel

/// Durations that `matchQuantity` does not read on its own: a unit with no figure ("a week",
/// "لمدة شهر", "يوم كامل", "a couple of days"), halves and quarters ("half an hour", "نصف
/// ساعة", "ساعة ونصف", "ساعة وربع", "1/2 day", "5 and a half minutes", "one and three quarters
/// of an hour") and compounds ("3 سنوات و6 أشهر", "2 hours and 30 minutes").
///
/// A compound is one duration fact whose value is the total in its smallest unit: "2 hours
/// and 30 minutes" is 150 minutes, "3 سنوات و6 أشهر" 42 months. Across the calendar and the
/// clock units a month counts 30 days and a year 365 ("1 year, 2 days" is 367 days); within a
/// family the conversion is exact.
///
/// What stays out, for precision in news text:
/// - A plural with no figure ("years", "سنوات") and a definite unit ("الساعة", "the hour").
/// - "a second" (a second time, a second round); "ساعة" and other Arabic units alone need a
///   duration context: "لمدة", "مدة", "طوال", "طيلة", "خلال", "منذ", "بعد", "قبل", a clitic
///   "ل" ("ليوم"), or "كامل" / "واحد" / "ونصف" after them. "ساعة" alone is also a clock.
/// - An Arabic unit alone followed by a month name, a figure or a number word: "خلال شهر
///   رمضان", "بعد عام 2003" are dates.
/// - Vague counts ("a few hours", "عدة أيام", "بضع ساعات"): no value is invented.
extension Scan {
  /// Cheap test before `matchDurationWords`: it runs at every token, so words and symbols are
  /// decided inline and only figures take a call.
  @inline(__always)
  func mayStartDurationWords(_ i: Int) -> Bool {
    let t = tokens[i]
    switch t.kind {
    case .symbol: return false
    case .word:
      let f = flags[i]
      if f.contains(.duration) { return true }
      guard t.length <= 7 else { return false }
      if f.contains(.numeral) { return text.scalars[Int(t.start)] < 0x80 }
      // The leads are marked on the lexicon's slots: testing their keys here took a call per word.
      return f.contains(.durationLead)
    case .digits: return mayStartDurationAfterFigure(i)
    }
  }

  /// The words that can lead a duration without a figure: "a year", "half an hour", "نصف
  /// ساعة", "all week", "another month".
  static let durationLeadKeys: KeySet = [
    aKey, anKey, allKey, durNisfKey, durHalfKey, fullKey, linisfKey, wholeKey, coupleKey, durAnotherKey,
  ]

  /// The figure half of `mayStartDurationWords`: "1/2 hour", "3h", or "and" / "more" right
  /// after the figure ("5 and a half", "2 more days").
  @inline(never)
  private func mayStartDurationAfterFigure(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.length <= 4, i + 1 < tokens.count, tokens[i + 1].gap <= 1 else { return false }
    let n = tokens[i + 1]
    if n.kind == .symbol { return n.key == 0x2F && t.key == 1 }
    if n.kind != .word { return false }
    if n.length <= 2 { return Self.shortDurationKeys.contains(n.key) }
    guard n.length >= 3, n.length <= 10 else { return false }
    return n.key == Self.dateAndKey || Self.englishExtraKeys.contains(n.key)
  }

  /// A duration that starts with a word or a fraction rather than a plain figure.
  func matchDurationWords(at i: Int, limit: Int) -> Fact? {
    guard i < limit else { return nil }
    let t = tokens[i]
    if t.kind == .digits {
      // "3h", "1/2h": an "h" glued to the figure is hours; "H" alone is too many other things
      // ("H.K.", "2019 H2").
      if isWord(i + 1, Self.hKey), gap(i + 1) == 0, i + 1 < limit, !isSymbol(i + 2, 0x2E), !isDigits(i + 2) || gap(i + 2) > 0 {
        guard i == 0 || !(isSymbol(i - 1, 0x2F) && gap(i) == 0) else { return nil }
        return durationFact(value: Double(t.key), unit: .hour, precision: 1, tokens: i..<(i + 2))
      }
      if let f = shortUnitDuration(at: i, limit: limit) { return f }
      return fractionDuration(at: i, limit: limit) ?? andHalfDuration(at: i, limit: limit)
    }
    guard t.kind == .word else { return nil }
    let latin = script(i) == .latin
    if latin {
      if flags[i].contains(.numeral), let f = andHalfDuration(at: i, limit: limit) { return f }
      return englishLeadDuration(at: i, limit: limit)
    }
    return arabicDuration(at: i, limit: limit)
  }

  /// A whole figure with a short unit: "3 h" spaced at the end of a clause, "87 yo" (an age in
  /// years), and "10D", "2W", "3Y" glued in capitals after "for", "lasted" or "within" at the end
  /// of a clause ("3D", "4D" up to 5 are dimensions, not days).
  private func shortUnitDuration(at i: Int, limit: Int) -> Fact? {
    let u = i + 1
    guard u < limit, isWord(u), tokens[i].length <= 3, i == 0 || !(tokens[i - 1].kind == .symbol && gap(i) == 0)
    else { return nil }
    let value = Double(tokens[i].key)
    let k = tokens[u].key
    let e = u + 1
    let clauseEnds = e >= limit || (tokens[e].kind == .symbol && !isSymbol(e, 0x2D) && !isSymbol(e, 0x2F) && !isDigits(e + 1))
    if k == Self.yoKey, gap(u) <= 1, !isUpperLetter(u), value >= 1, value < 130 {
      return durationFact(value: value, unit: .year, precision: 1, tokens: i..<e)
    }
    if k == Self.hKey, gap(u) == 1, !isUpperLetter(u), clauseEnds {
      return durationFact(value: value, unit: .hour, precision: 1, tokens: i..<e)
    }
    guard gap(u) == 0, tokens[u].length == 1, isUpperLetter(u), clauseEnds, i > 0, isWord(i - 1),
      Self.durationCueKeys.contains(tokens[i - 1].key)
    else { return nil }
    let unit: DurationUnit
    switch k {
    case Self.dLetterKey where value > 5: unit = .day
    case Self.wLetterKey: unit = .week
    case Self.yLetterKey: unit = .year
    default: return nil
    }
    return durationFact(value: value, unit: unit, precision: 1, tokens: i..<e)
  }

  static let yoKey = key("yo")
  static let dLetterKey = key("d")
  static let wLetterKey = key("w")
  static let yLetterKey = key("y")
  static let shortDurationKeys: KeySet = KeySet(["h", "d", "w", "y", "yo"].map(key))
  static let durationCueKeys: KeySet = KeySet(
    ["for", "lasted", "lasts", "last", "lasting", "within", "took", "takes", "spent"].map(key))

  /// A duration unit at `j`: its unit, how many it counts (2 for duals), where it ends, and
  /// whether it carries the article.
  func durationUnit(at j: Int, limit: Int) -> (unit: DurationUnit, count: Int, end: Int, article: Bool)? {
    guard j < limit, isWord(j) else { return nil }
    for m in lex(j) where Int(m.end) <= limit {
      if case .durationUnit(let u, let c) = m.lex { return (u, c, Int(m.end), m.article) }
    }
    return nil
  }

  // MARK: English

  /// "a week", "an hour", "another month", "all day", "a whole year", "half an hour",
  /// "a fortnight", "an hour and a half".
  private func englishLeadDuration(at i: Int, limit: Int) -> Fact? {
    let k0 = tokens[i].key
    var j = i + 1
    var value = 1.0
    var precision = 1.0
    if k0 == Self.durHalfKey {
      value = 0.5
      precision = 0.5
      if isWord(j, Self.aKey) || isWord(j, Self.anKey), gap(j) == 1 { j += 1 }
    } else if k0 == Self.aKey || k0 == Self.anKey {
      // "a half hour", "a whole day", "a full week"
      if isWord(j, Self.durHalfKey), gap(j) == 1 {
        value = 0.5
        precision = 0.5
        j += 1
      } else if isWord(j, Self.wholeKey) || isWord(j, Self.fullKey), gap(j) == 1 {
        j += 1
      }
      if isWord(j, Self.fortnightKey), gap(j) == 1, j < limit, value == 1 {
        return durationFact(value: 2, unit: .week, precision: 1, tokens: i..<(j + 1))
      }
    } else if !Self.englishOneLeadKeys.contains(k0) && k0 != Self.coupleKey {
      return nil
    }
    // "all-day", "full-week", "whole-year": one unit, written as a compound.
    var hyphenated = false
    if k0 == Self.allKey || k0 == Self.fullKey || k0 == Self.wholeKey, isSymbol(j, 0x2D), gap(j) == 0, gap(j + 1) == 0,
      j + 1 < limit, isWord(j + 1)
    {
      hyphenated = true
      j += 1
    }
    // "a couple of weeks", "couple of days": two.
    if k0 == Self.coupleKey || isWord(j, Self.coupleKey) {
      if k0 != Self.coupleKey { j += 1 }
      guard isWord(j, Self.ofKey), gap(j) == 1, j + 1 < limit, gap(j + 1) == 1, let u = durationUnit(at: j + 1, limit: limit),
        !u.article, u.count == 1
      else { return nil }
      return durationFact(value: 2, unit: u.unit, precision: 1, tokens: i..<u.end)
    }
    guard j < limit, gap(j) == 1 || hyphenated, let u = durationUnit(at: j, limit: limit), u.count == 1, !u.article
    else {
      return nil
    }
    // "a second time": the ordinal reading wins.
    if u.unit == .second, value == 1 { return nil }
    // Only the singular follows "a" / "an" / "half": "all years" is no duration.
    guard Self.englishSingularUnitKeys.contains(tokens[j].key) else { return nil }
    // "$600m a year", "70 million passengers a year", "15% a year": a rate, not a length.
    if k0 == Self.aKey || k0 == Self.anKey {
      // "once a day", "twice a year", "three times a week", "per": a frequency.
      if i > 0, isWord(i - 1), Self.englishFrequencyKeys.contains(tokens[i - 1].key) { return nil }
      // "a year-on-year basis", "a day-by-day count".
      if isSymbol(u.end, 0x2D), gap(u.end) == 0, isWord(u.end + 1), Self.englishLinkKeys.contains(tokens[u.end + 1].key) {
        return nil
      }
      var b = i - 1
      while b >= 0, b >= i - 4 {
        if isDigits(b) || isSymbol(b, 0x25) || flags[b].contains(.scale) || flags[b].contains(.numeral) { return nil }
        b -= 1
      }
    }
    // "full year results", "a whole day event": an adjective before a noun.
    if k0 == Self.fullKey || k0 == Self.wholeKey || tokens[j - 1].key == Self.fullKey || tokens[j - 1].key == Self.wholeKey
      || hyphenated,
      followedByNoun(u.end)
        || (hyphenated
          && !(u.end >= limit
            || (tokens[u.end].kind == .symbol && !isSymbol(u.end, 0x2D) && !isSymbol(u.end, 0x27)
              && !isSymbol(u.end, 0x2019))))
    {
      return nil
    }
    var end = u.end
    if value == 1, let (f, step, e) = andAFraction(at: end, limit: limit) {
      value = 1 + f
      precision = step
      end = e
    }
    // "a day-long", "an hour-by-hour": still one unit.
    return durationFact(value: value, unit: u.unit, precision: precision, tokens: i..<end)
  }

  /// "and a half", "and a quarter", "and three quarters", "ونصف", "وربع", "وثلث" at `k`: the
  /// fraction, its step, and the end of the phrase ("of" after it stays out).
  private func andAFraction(at k: Int, limit: Int) -> (Double, Double, Int)? {
    guard k < limit, isWord(k), gap(k) <= 1 else { return nil }
    let k0 = tokens[k].key
    if k0 == Self.wanisfKey { return (0.5, 0.5, k + 1) }
    if k0 == Self.warubKey { return (0.25, 0.25, k + 1) }
    if k0 == Self.wathulthKey { return (1.0 / 3, 1.0 / 3, k + 1) }
    guard k0 == Self.dateAndKey || k0 == Self.waKey else { return nil }
    var j = k + 1
    var count = 1.0
    if isWord(j, Self.aKey) || isWord(j, Self.anKey) || isWord(j, Self.oneKey) {
      j += 1
    } else if isWord(j, Self.twoKey) {
      count = 2
      j += 1
    } else if isWord(j, Self.threeKey) {
      count = 3
      j += 1
    }
    guard j < limit, isWord(j), gap(j) <= 1 else { return nil }
    let w = tokens[j].key
    var fraction: Double
    var step: Double
    if w == Self.durHalfKey || w == Self.durNisfKey {
      guard count == 1 else { return nil }
      fraction = 0.5
      step = 0.5
    } else if w == Self.quarterKey || w == Self.quartersKey || w == Self.rubKey {
      fraction = 0.25 * count
      step = 0.25
    } else if w == Self.thulthKey {
      fraction = count / 3
      step = 1.0 / 3
    } else {
      return nil
    }
    guard fraction < 1 else { return nil }
    // "and half of the staff": "half" leads a noun phrase of its own.
    if isWord(j + 1, Self.ofKey) {
      let u = isWord(j + 2, Self.aKey) || isWord(j + 2, Self.anKey) ? j + 3 : j + 2
      if durationUnit(at: u, limit: limit) == nil { return nil }
    }
    return (fraction, step, j + 1)
  }

  /// "5 and a half minutes", "one and a half hours".
  private func andHalfDuration(at i: Int, limit: Int) -> Fact? {
    // Cheap look-ahead: "and" must follow within the next few tokens.
    var probe = i + 1
    var seen = false
    while probe < min(limit, i + 5) {
      if isWord(probe), tokens[probe].key == Self.dateAndKey || (tokens[probe].length >= 4 && Self.englishExtraKeys.contains(tokens[probe].key)) {
        seen = true
        break
      }
      probe += 1
    }
    guard seen, let n = readNumber(at: i, limit: limit), n.scale == nil else { return nil }
    let after = n.tokens.upperBound
    // "one and three quarters of an hour", "two and a quarter of hours": the number already
    // holds its fraction.
    if n.value != n.value.rounded(), isWord(after, Self.ofKey), gap(after) == 1 {
      var e = after + 1
      if isWord(e, Self.aKey) || isWord(e, Self.anKey) { e += 1 }
      if e < limit, gap(e) == 1, let u = durationUnit(at: e, limit: limit), !u.article, u.count == 1 {
        return durationFact(value: n.value, unit: u.unit, precision: n.precision, tokens: i..<u.end)
      }
    }
    // "2 more minutes", "two additional hours", "3 extra days".
    if isWord(after), gap(after) == 1, Self.englishExtraKeys.contains(tokens[after].key), after + 1 < limit,
      gap(after + 1) == 1, let u = durationUnit(at: after + 1, limit: limit), !u.article, u.count == 1
    {
      return durationFact(value: n.value, unit: u.unit, precision: n.precision, tokens: i..<u.end)
    }
    guard let (f, step, e0) = andAFraction(at: after, limit: limit) else { return nil }
    // "one and three quarters of an hour".
    var e = e0
    if isWord(e, Self.ofKey) { e += 1 }
    if isWord(e, Self.aKey) || isWord(e, Self.anKey) { e += 1 }
    guard e < limit, gap(e) == 1, let u = durationUnit(at: e, limit: limit), !u.article else { return nil }
    return durationFact(value: n.value + f, unit: u.unit, precision: step, tokens: i..<u.end)
  }

  /// "1/2 hour", "1/2h": half the unit.
  private func fractionDuration(at i: Int, limit: Int) -> Fact? {
    // "7-1/2 years", "7 1/2 years": a mixed number this reader leaves alone.
    if i > 0, isSymbol(i - 1, 0x2D) || isDigits(i - 1), gap(i) <= 1 { return nil }
    guard tokens[i].key == 1, isSymbol(i + 1, 0x2F), gap(i + 1) == 0, isDigits(i + 2), gap(i + 2) == 0,
      tokens[i + 2].key == 2 || tokens[i + 2].key == 4, i + 3 < limit, gap(i + 3) <= 1
    else { return nil }
    let v = 1 / Double(tokens[i + 2].key)
    if isWord(i + 3, Self.hKey), gap(i + 3) <= 1, !isSymbol(i + 4, 0x2E) {
      return durationFact(value: v, unit: .hour, precision: v, tokens: i..<(i + 4))
    }
    guard let u = durationUnit(at: i + 3, limit: limit), !u.article, u.count == 1 else { return nil }
    return durationFact(value: v, unit: u.unit, precision: v, tokens: i..<u.end)
  }

  // MARK: Arabic

  /// "نصف ساعة", "لمدة أسبوع", "طوال شهر", "يوم كامل", "ساعة ونصف".
  private func arabicDuration(at i: Int, limit: Int) -> Fact? {
    if tokens[i].key == Self.durNisfKey || tokens[i].key == Self.linisfKey {
      guard i + 1 < limit, gap(i + 1) == 1, let u = durationUnit(at: i + 1, limit: limit), u.count == 1,
        !u.article, Self.arabicSingularUnitKeys.contains(tokens[i + 1].key)
      else { return nil }
      return durationFact(value: 0.5, unit: u.unit, precision: 0.5, tokens: i..<u.end)
    }
    guard let u = durationUnit(at: i, limit: limit), u.count == 1, !u.article, u.end == i + 1 else { return nil }
    // The singular as written, clitics aside: "ليوم" is ل + يوم.
    guard let m = lex(i).first(where: { if case .durationUnit = $0.lex { true } else { false } }) else { return nil }
    let t = tokens[i]
    let stemKey = m.prefix == 0 ? t.key : Token.hash(text.scalars[(Int(t.start) + Int(m.prefix))..<Int(t.end)])
    guard Self.arabicSingularUnitKeys.contains(stemKey) else { return nil }
    let n = u.end
    // "خلال شهر رمضان", "بعد عام 2003", "يوم الأحد", "شهر ثلاثة": something else.
    if n < limit, gap(n) <= 1 {
      if isDigits(n) || !flags[n].isDisjoint(with: [.month, .hijriMonth, .weekday, .numeral, .dualNumeral]) {
        return nil
      }
    }
    // "ليوم العرض", "بعد عام الحرب": a construct with a definite noun names a day, not a length.
    if n < limit, isWord(n), gap(n) == 1, script(n) == .arabic, tokens[n].length > 3 {
      let s = text.scalars
      let f = Int(tokens[n].start)
      if s[f] == 0x0627 && s[f + 1] == 0x0644 { return nil }
    }
    // "يوماً بعد يوم": day after day.
    if i >= 2, isWord(i - 1), isWord(i - 2), let u2 = durationUnit(at: i - 2, limit: i - 1), u2.unit == u.unit { return nil }
    var end = n
    var value = 1.0
    var precision = 1.0
    // "ليوم", "لشهر", "لساعة": the clitic "ل" is "for". Not with "سنة": "لسنه" is also "for his age".
    var context = m.prefix > 0 && text.scalars[Int(t.start)] == 0x0644 && u.unit != .year
    if i > 0, isWord(i - 1), gap(i) == 1, Self.arabicDurationContextKeys.contains(tokens[i - 1].key) { context = true }
    if n < limit, isWord(n), gap(n) == 1, Self.arabicWholeKeys.contains(tokens[n].key) {
      context = true
      end = n + 1
    }
    if let (f, step, e) = andAFraction(at: end, limit: limit) {
      context = true
      value = 1 + f
      precision = step
      end = e
    }
    guard context else { return nil }
    return durationFact(value: value, unit: u.unit, precision: precision, tokens: i..<end, leadingClitic: Int(m.prefix))
  }

  // MARK: lengths of time before the document date

  /// "3 days ago", "a year ago", "منذ 3 أيام", "قبل أسبوع", "منذ عامين": a length of time
  /// back from the document date becomes the date it points to, at the unit's grain: days and
  /// weeks give a day, months a month (in English the very day: "three months ago", as both
  /// suites read it), years and decades a year. "منذ" reads the same way
  /// whether it means "ago" or "for (since)": both start there.
  ///
  /// Stays a duration: "قبل 3 أيام من الانتخابات" (counted from another event), hedged
  /// lengths other than "about" ("منذ أكثر من 3 أيام"), hours and minutes (a time of day),
  /// fractions, and "in 3 days" / "بعد 3 أيام" (often counted from an event in the story) unless a
  /// future verb places it ("will leave in two weeks", `futureOffset`).
  func agoDate(for f: Fact, limit: Int) -> DateMatch? {
    guard f.type == .duration, let v = f.value, v >= 1, v == v.rounded(), v <= 1000,
      let u = f.unit.flatMap(DurationUnit.init(rawValue:))
    else { return nil }
    if let h = f.hedge, h != .about { return nil }
    let n = Int(v)
    let s = f.tokens.lowerBound
    let e = f.tokens.upperBound
    var range: Range<Int>
    var lead = 0
    if let d = countedFrom(n: n, unit: u, start: s, end: e, limit: limit) { return d }
    if let d = periodAround(n: n, unit: u, start: s, end: e, limit: limit) { return d }
    if let d = arabicPeriodAround(n: n, unit: u, start: s, end: e, limit: limit) { return d }
    if f.hedge == nil, let d = futureOffset(n: n, unit: u, start: s, end: e, limit: limit) { return d }
    if e < limit, isWord(e, Self.agoKey), gap(e) == 1 {
      range = s..<(e + 1)
    } else if s > 0, isWord(s - 1), gap(s) == 1, Self.arabicAgoKeys.contains(tokens[s - 1].key) {
      if Self.arabicBeforeKeys.contains(tokens[s - 1].key), e < limit, isWord(e),
        Self.arabicEventKeys.contains(tokens[e].key)
      {
        return nil
      }
      range = (s - 1)..<e
      // "ومنذ", "وقبل": the conjunction stays out of the span.
      if script(s - 1) == .arabic, text.scalars[Int(tokens[s - 1].start)] == 0x0648, tokens[s - 1].length == 4 { lead = 1 }
    } else {
      return nil
    }
    var d = DateMatch(tokens: range)
    d.leadingClitic = lead
    if u == .day || u == .week, let (months, days) = calendarParts(f.tokens, limit: limit) {
      // "1 month 21 days ago": back by the days, then by the months.
      d.dayOffset = -days
      d.shift = Int32(-months)
      d.shiftInMonths = true
      return d
    }
    switch u {
    case .day: d.dayOffset = -n
    case .week: d.dayOffset = -7 * n
    case .month where script(s) == .latin && f.hedge == nil:
      // "three months ago": the very day, as both suites read it; "about six months ago" stays
      // a month.
      d.dayOffset = 0
      d.shift = Int32(-n)
      d.shiftInMonths = true
    case .month: d.monthOffset = -n
    case .year: d.relativeYear = -n
    case .decade: d.relativeYear = -10 * n
    default: return nil
    }
    return d
  }

  /// "3 weeks hence", "two days from now" (forward, like "ago" backward), "3 years from today",
  /// "4 days from tomorrow" (the very day), "3 days after January 12th", "2 weeks before May 13
  /// 1999" (counted from a date written after it). Not "in 3 days" nor "3 days after the vote":
  /// those count from an event of the story.
  private func countedFrom(n: Int, unit u: DurationUnit, start s: Int, end e: Int, limit: Int) -> DateMatch? {
    guard e + 1 < limit || (e < limit && isWord(e, Self.henceKey)), isWord(e), gap(e) == 1, script(e) == .latin else {
      return nil
    }
    guard let span = u.calendarSpan(n) else { return nil }
    var shift = span.count
    let months = span.months
    let w = tokens[e].key
    if w == Self.henceKey || (w == Self.fromKey && isWord(e + 1, Self.nowKey) && gap(e + 1) == 1) {
      var d = DateMatch(tokens: s..<(w == Self.henceKey ? e + 1 : e + 2))
      if u == .day || u == .week, let (months, days) = calendarParts(s..<e, limit: limit) {
        d.dayOffset = days
        d.shift = Int32(months)
        d.shiftInMonths = true
        return d
      }
      switch u {
      case .day, .week: d.dayOffset = shift
      case .month:
        d.dayOffset = 0
        d.shift = Int32(n)
        d.shiftInMonths = true
      default: d.relativeYear = shift / 12
      }
      return d
    }
    guard w == Self.fromKey || w == Self.afterKey || w == Self.beforeKey, gap(e + 1) == 1 else { return nil }
    // "for 10 days from 18th Dec", "in the two years before March 31" are periods.
    if s > 0, isWord(s - 1), Self.periodBeforeKeys.contains(tokens[s - 1].key) { return nil }
    if w == Self.beforeKey { shift = -shift }
    var base: DateMatch
    if let (_, m) = first(e + 1, { if case .marker(.relativeDay(let r)) = $0.lex { r } else { nil } }),
      case .marker(.relativeDay(let r)) = m.lex, Int(m.end) <= limit
    {
      // "3 years from today", "2 days after tomorrow".
      base = DateMatch(tokens: (e + 1)..<Int(m.end))
      base.dayOffset = r
    } else if w != Self.fromKey || u == .day || u == .week, let m = matchDate(at: e + 1, limit: limit),
      m.hour == nil, m.endDay == nil, m.endMonth == nil, m.endYear == nil, m.shift == 0, m.part == 0, m.period == nil
    {
      base = m
    } else {
      return nil
    }
    guard !base.isHijri else { return nil }
    // "nine days from March 11 through March 20": the days of a period.
    let after = base.tokens.upperBound
    if isSymbol(after, 0x2D) || (isWord(after) && Self.periodAfterKeys.contains(tokens[after].key)) { return nil }
    base.tokens = s..<base.tokens.upperBound
    base.leadingClitic = 0
    base.shift = Int32(shift)
    base.shiftInMonths = months
    return base
  }

  /// "the next 3 days" (from tomorrow), "the past two years", "last 2 months" (up to the
  /// document date), "within the next 3 years" (from the document date on):
  /// a period around the document date, as long as the duration. Not "within 30 days of the
  /// ruling" nor "in the last 2 days of the fair": those count from an event, and "within 90
  /// days" alone is as often counted from one.
  private func periodAround(n: Int, unit u: DurationUnit, start s: Int, end e: Int, limit: Int) -> DateMatch? {
    guard s > 0, isWord(s - 1), gap(s) == 1, script(s - 1) == .latin else { return nil }
    var k = s - 1
    var direction: Int
    let w = tokens[k].key
    if Self.periodNextKeys.contains(w) {
      direction = 1
    } else if Self.periodPastKeys.contains(w) {
      direction = -1
    } else {
      return nil
    }
    // "scheduled to last two days": the verb.
    if w == Self.lastKey, k > 0, isWord(k - 1), Self.beforeVerbKeys.contains(tokens[k - 1].key) { return nil }
    // "the upcoming five-month payments": an adjective.
    for t in s..<e where isSymbol(t, 0x2D) { return nil }
    if direction != 0, k > 1, isWord(k - 1, Self.theKey), isWord(k - 2, Self.withinKey), gap(k) == 1, gap(k - 1) == 1 {
      // "within the next 3 years" starts today.
      k -= 2
      if direction > 0 { direction = 0 }
    }
    if e < limit, isWord(e), Self.periodAfterEventKeys.contains(tokens[e].key) { return nil }
    guard let (length, months) = u.calendarSpan(n) else { return nil }
    return Self.countedPeriod(k..<e, direction: direction, length: length, months: months)
  }

  /// A period of `length` days (or months) that ends with the document date (`direction` < 0),
  /// or starts the day after it: "the past 3 days", "the next two years", "خلال الأشهر الـ6 المقبلة".
  static func countedPeriod(_ tokens: Range<Int>, direction: Int, length: Int, months: Bool) -> DateMatch {
    var d = DateMatch(tokens: tokens)
    d.dayOffset = direction > 0 ? 1 : 0
    if direction < 0 {
      d.shift = Int32(-length)
      d.shiftInMonths = months
    }
    d.periodLength = Int32(length)
    d.periodInMonths = months
    return d
  }

  static let periodNextKeys: KeySet = KeySet(["next", "coming", "upcoming", "following"].map(key))
  static let periodPastKeys: KeySet = KeySet(["last", "past", "previous", "preceding"].map(key))
  static let periodAfterEventKeys: KeySet = KeySet(["of", "after", "from", "before", "since", "following"].map(key))
  static let withinKey = key("within")
  static let beforeVerbKeys: KeySet = KeySet(
    ["to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "not", "ll"].map(key))
  static let henceKey = key("hence")
  static let periodBeforeKeys: KeySet = KeySet(["for", "the", "within", "over", "during", "in", "first", "last"].map(key))
  static let periodAfterKeys: KeySet = KeySet(["to", "through", "thru", "until", "till", "and"].map(key))
  static let nowKey = key("now")
  static let fromKey = key("from")
  static let afterKey = key("after")
  static let beforeKey = key("before")
  static let agoKey = key("ago")
  static let hKey = key("h")
  static let arabicAgoKeys: KeySet = KeySet(["منذ", "قبل", "ومنذ", "وقبل", "مذ"].map(key))
  static let arabicBeforeKeys: KeySet = KeySet(["قبل", "وقبل"].map(key))
  /// Words after "قبل N أيام" that name the event it counts from.
  static let arabicEventKeys: KeySet = KeySet(["من", "على", "موعد", "انطلاق", "بدء", "نهاية", "انتهاء"].map(key))

  // MARK: compounds

  /// Extends a duration fact with "and a half" or with smaller units after it: "ساعتين ونصف",
  /// "3 سنوات و6 أشهر", "2 years, 3 months", "1 hour and 45 minutes". Other facts pass through.
  func extendDuration(_ f: Fact, limit: Int) -> Fact {
    guard f.type == .duration, let unitName = f.unit, let unit = DurationUnit(rawValue: unitName),
      var total = f.value
    else { return f }
    var end = f.tokens.upperBound
    var smallest = unit
    var precision = f.precision ?? 1
    var extended = false
    if let (f, step, e) = andAFraction(at: end, limit: limit) {
      total += f
      precision = step
      end = e
      extended = true
    }
    while let (v, u, p, e) = nextDurationPart(at: end, limit: limit), Self.unitRank(u) < Self.unitRank(smallest) {
      let r = Self.unitRatio(smallest, u)
      total = total * r + v
      precision = p
      smallest = u
      end = e
      extended = true
    }
    // "1 hour thirty", "2 hours and 10": minutes left unnamed after hours, only at the end of
    // the clause ("2 hours and 10 people" is two facts).
    if !extended, unit == .hour, let (m, e) = bareMinutes(at: end, limit: limit) {
      total = total * 60 + m
      precision = 1
      smallest = .minute
      end = e
      extended = true
    }
    guard extended else { return f }
    var g = f
    g.value = total
    g.unit = smallest.rawValue
    g.precision = precision
    g.interval = options.policy.interval(value: total, precision: precision, hedge: f.hedge, nonNegative: true)
    g.tokens = f.tokens.lowerBound..<end
    let tail = span(f.tokens.lowerBound..<end)
    g.span = f.span.lowerBound..<tail.upperBound
    return g
  }

  /// Minutes after an hour with no unit: "thirty", "and fifteen", "10", followed by the end
  /// of the clause. Returns the minutes and the end.
  private func bareMinutes(at k: Int, limit: Int) -> (Double, Int)? {
    var j = k
    guard j < limit, gap(j) == 1 else { return nil }
    if isWord(j, Self.dateAndKey) { j += 1 }
    guard j < limit, gap(j) == 1, isDigits(j) || (isWord(j) && hasNumberReading(j)),
      let n = readNumber(at: j, limit: limit), n.scale == nil, !n.looksLikeYear, n.value >= 1, n.value < 60,
      n.value == n.value.rounded()
    else { return nil }
    let e = n.tokens.upperBound
    guard e >= limit || (tokens[e].kind == .symbol && !isSymbol(e, 0x2D) && !isSymbol(e, 0x25) && !isSymbol(e, 0x3A))
    else { return nil }
    return (n.value, e)
  }

  /// One more part of a compound after `k`: ", 3 months", "and 30 minutes", "و6 أشهر",
  /// "وشهر", "و 21 يوما", "and a half"-less.
  func nextDurationPart(at k: Int, limit: Int) -> (Double, DurationUnit, Double, Int)? {
    var j = k
    guard j < limit else { return nil }
    if isSymbol(j, 0x2C) || isSymbol(j, 0x060C) {
      j += 1
      if isWord(j, Self.dateAndKey) { j += 1 }
    } else if isWord(j, Self.dateAndKey) || isWord(j, Self.waKey) {
      j += 1
    }
    guard j < limit, gap(j) <= 1 else { return nil }
    // "وشهر", "و شهر": a bare unit after a conjunction counts one.
    if isWord(j), let u = durationUnit(at: j, limit: limit), !u.article {
      if u.count == 2 { return (2, u.unit, 1, u.end) }
      let glued = j == k && lex(j).contains { m in
        if case .durationUnit = m.lex { return m.prefix == 1 && text.scalars[Int(tokens[j].start)] == 0x0648 }
        return false
      }
      guard script(j) == .arabic, j > k || glued else { return nil }
      var e = u.end
      if isWord(e, Self.wahidKey) || isWord(e, Self.wahidaKey) { e += 1 }
      return (1, u.unit, 1, e)
    }
    if isWord(j, Self.aKey) || isWord(j, Self.anKey), let u = durationUnit(at: j + 1, limit: limit), u.count == 1,
      gap(j + 1) == 1, j > k
    {
      return (1, u.unit, 1, u.end)
    }
    guard let n = readNumber(at: j, limit: limit), n.scale == nil, !n.looksLikeYear else { return nil }
    let e = n.tokens.upperBound
    guard e < limit, gap(e) <= 1, let u = durationUnit(at: e, limit: limit), u.count == 1, !u.article else {
      return nil
    }
    // Without a joiner the parts must sit next to each other: "2 years 3 months".
    return (n.value, u.unit, n.precision, u.end)
  }

  private func durationFact(
    value: Double, unit: DurationUnit, precision: Double, tokens range: Range<Int>, leadingClitic: Int = 0
  ) -> Fact {
    var s = span(range)
    if leadingClitic > 0 {
      let first = tokens[range.lowerBound]
      let start = min(Int(first.start) + leadingClitic, Int(first.end) - 1)
      s = text.originalRange(start..<Int(tokens[range.upperBound - 1].end))
    }
    return Fact(
      type: .duration, span: s, tokens: range, value: value,
      interval: options.policy.interval(value: value, precision: precision, hedge: nil, nonNegative: true),
      unit: unit.rawValue, precision: precision)
  }

  /// Order of units from the largest.
  static func unitRank(_ u: DurationUnit) -> Int {
    switch u {
    case .century: return 8
    case .decade: return 7
    case .year: return 6
    case .month: return 5
    case .week: return 4
    case .day: return 3
    case .hour: return 2
    case .minute: return 1
    case .second: return 0
    }
  }

  /// How many `small` make one `big`: exact within the clock units and within the calendar
  /// units; a month is 30 days and a year 365 days across the two.
  static func unitRatio(_ big: DurationUnit, _ small: DurationUnit) -> Double {
    func months(_ u: DurationUnit) -> Double? {
      switch u {
      case .month: return 1
      case .year: return 12
      case .decade: return 120
      case .century: return 1200
      default: return nil
      }
    }
    func seconds(_ u: DurationUnit) -> Double {
      switch u {
      case .second: return 1
      case .minute: return 60
      case .hour: return 3600
      case .day: return 86400
      case .week: return 604800
      case .month: return 30 * 86400
      case .year: return 365 * 86400
      case .decade: return 3650 * 86400
      case .century: return 36500 * 86400
      }
    }
    if let a = months(big), let b = months(small) { return a / b }
    return seconds(big) / seconds(small)
  }

  static let durHalfKey = key("half")
  static let durNisfKey = key("نصف")
  static let linisfKey = key("لنصف")
  static let wanisfKey = key("ونصف")
  static let waKey = key("و")
  static let wahidKey = key("واحد")
  static let wahidaKey = key("واحدة")
  static let englishFrequencyKeys: KeySet = KeySet(["once", "twice", "thrice", "times", "per", "every"].map(key))
  static let englishLinkKeys: KeySet = KeySet(["on", "by", "to", "over", "for"].map(key))
  /// "2 more days", "two fewer minutes": the length named is the figure's.
  static let englishExtraKeys: KeySet = KeySet(["more", "extra", "additional", "further", "fewer", "less"].map(key))
  static let wholeKey = key("whole")
  static let fullKey = key("full")
  static let fortnightKey = key("fortnight")
  static let coupleKey = key("couple")
  static let allKey = key("all")
  static let durAnotherKey = key("another")
  static let oneKey = key("one")
  static let twoKey = key("two")
  static let threeKey = key("three")
  static let warubKey = key("وربع")
  static let thulthKey = key("ثلث")
  static let wathulthKey = key("وثلث")
  /// Words before a unit that stand for "one": "another day", "all week", "a whole year".
  static let englishOneLeadKeys: KeySet = KeySet(["another", "all", "whole", "full"].map(key))
  static let englishSingularUnitKeys: KeySet = KeySet(
    ["year", "month", "week", "day", "hour", "minute", "second", "decade", "century"].map(key))
  static let arabicSingularUnitKeys: KeySet = KeySet(
    ["عام", "سنة", "شهر", "أسبوع", "يوم", "ساعة", "دقيقة", "ثانية", "عقد", "قرن"].map(key))
  /// Words before an Arabic unit alone that make it a length of time.
  static let arabicDurationContextKeys: KeySet = KeySet(
    ["لمدة", "مدة", "طوال", "طيلة", "خلال", "منذ", "بعد", "قبل", "ومنذ", "وبعد", "وقبل", "وخلال", "ولمدة"].map(key))
  /// "كامل", "كاملة", "واحد": after a unit alone they make it one whole unit.
  static let arabicWholeKeys: KeySet = KeySet(["كامل", "كاملة", "كاملا", "كاملاً", "واحد", "واحدة"].map(key))
}

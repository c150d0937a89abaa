import TextModel

extension Scan {
  /// A holiday named as a date: "on Christmas Eve", "Easter 2018", "St. Patrick's Day", "last
  /// Thanksgiving", "Eid al-Fitr", "عيد الفطر المقبل", "عيد الأضحى 2024". `end` is the token
  /// after the lexicon's phrase, `clitic` the scalars of clitics glued to its first word ("بعيد").
  ///
  /// English names are also nouns' modifiers ("Christmas trees", "Easter Island", "the
  /// Thanksgiving weekend"), so an English holiday is a date only with a year after it, a
  /// relative word before it ("last", "next", "this", "coming", "following", "previous"), or a
  /// preposition of time before it ("on", "at", "over", "before", "since", …), and not before a
  /// noun. Arabic names are only ever the day ("عيد الفطر"), and are read as they stand.
  func holidayDate(_ h: Holiday, at i: Int, end: Int, clitic: Int, limit: Int) -> DateMatch? {
    var h = h
    var start = i
    var e = end
    let english = script(i) == .latin
    if english {
      switch h {
      case .newYearsDay, .valentines:
        // "New Year's Day", "New Years Eve", "Valentine's Day": the day word is needed.
        e = afterPossessive(e)
        if h == .newYearsDay, isWord(e, Self.eveKey), gap(e) <= 1 {
          h = .newYearsEve
        } else if !(isWord(e, Self.dayKey) && gap(e) <= 1) {
          return nil
        }
        e += 1
      case .stPatricks:
        // "St. Patrick's Day", "Saint Patrick's", "St Patrick 2020".
        var s = i - 1
        if isSymbol(s, 0x2E), gap(s) == 0 { s -= 1 }
        guard isWord(s, Self.stKey) || isWord(s, Self.saintKey), gap(s + 1) <= 1 else { return nil }
        start = s
        e = afterPossessive(e)
        if isWord(e, Self.dayKey), gap(e) <= 1 { e += 1 }
      case .eidAlFitr:
        // "Eid al-Fitr", "Eid ul Adha", "Eid-al-Adha".
        var k = e
        if isSymbol(k, 0x2D), gap(k) == 0 { k += 1 }
        if isWord(k), Self.eidArticleKeys.contains(tokens[k].key), gap(k) <= 1 { k += 1 }
        if isSymbol(k, 0x2D), gap(k) == 0 { k += 1 }
        guard isWord(k), gap(k) <= 1 else { return nil }
        if tokens[k].key == Self.fitrKey {
          h = .eidAlFitr
        } else if tokens[k].key == Self.adhaKey {
          h = .eidAlAdha
        } else {
          return nil
        }
        e = k + 1
      default:
        break
      }
    }
    var d = DateMatch(tokens: start..<e)
    d.holiday = h
    d.leadingClitic = start == i ? clitic : 0
    // A relative word before ("last Easter") or, in Arabic, after ("عيد الفطر المقبل").
    let b = start - 1
    var cued = false
    if isWord(b), gap(start) <= 1, let r = Self.holidayRelativeKeys[tokens[b].key] {
      d.relative = r
      d.tokens = b..<e
      cued = true
    } else if !english, isWord(e), gap(e) <= 1, let (r, _) = first(e, { m -> Int? in
      if case .past = m.lex { return -1 }
      if case .next = m.lex { return 1 }
      return nil
    }) {
      d.relative = r
      e += 1
      d.tokens = start..<e
      return d
    }
    // A year after it: "Easter 2018", "Christmas, 2014", "عيد الفطر لعام 2024".
    var k = e
    if isSymbol(k, 0x2C), gap(k) == 0 { k += 1 }
    if !english, isWord(k), first(k, { if case .marker(.year) = $0.lex { true } else { nil } }) != nil, gap(k) <= 1 {
      k += 1
    }
    if isDigits(k), gap(k) <= 1, tokens[k].length == 4, (1900...2100).contains(Int(tokens[k].key)),
      !(isSymbol(k + 1, 0x2E) && isDigits(k + 2) && gap(k + 1) == 0)
    {
      guard d.relative == 0 else { return nil }
      d.year = Int(tokens[k].key)
      d.tokens = d.tokens.lowerBound..<(k + 1)
      return d
    }
    guard english else { return d }
    if !cued {
      guard isWord(b), gap(start) <= 1, Self.holidayPrepositionKeys.contains(tokens[b].key) else { return nil }
    }
    // "on Christmas trees", "at Easter Island": a modifier, not a day.
    if isWord(e), gap(e) <= 1, !Self.afterHolidayKeys.contains(tokens[e].key) { return nil }
    return d
  }

  /// The token after "'s", "s'" or "'" glued to the word before `e`, or `e`.
  private func afterPossessive(_ e: Int) -> Int {
    guard isSymbol(e, 0x27) || isSymbol(e, 0x2019), gap(e) == 0 else { return e }
    if isWord(e + 1, Self.sKey), gap(e + 1) == 0 { return e + 2 }
    return e + 1
  }

  /// Places a holiday's date: in the year the text gives (Gregorian), or else the occurrence
  /// "last" / "next" names, or the one `lean` allows nearest the document date. False when it
  /// cannot be placed: no reference date, or a Hijri feast that falls twice (or not at all)
  /// in the year given.
  func place(_ h: Holiday, _ d: inout DateMatch, reference: CivilDate?, lean: Int) -> Bool {
    let day: Int
    if let year = d.year {
      let days = h.days(inYear: year)
      guard days.count == 1 else { return false }
      day = days[0]
    } else {
      guard let ref = reference, let rm = ref.month, let rd = ref.day else { return false }
      let base = CivilDate.daysFromCivil(ref.year, rm, rd)
      let candidates = ((ref.year - 2)...(ref.year + 2)).flatMap { h.days(inYear: $0) }
      let pick: Int?
      if d.relative < 0 {
        pick = candidates.filter { $0 < base }.max()
      } else if d.relative > 0 {
        pick = candidates.filter { $0 > base }.min()
      } else {
        let allowed = candidates.filter { lean == 0 || lean * ($0 - base) >= 0 }
        pick = allowed.min { abs($0 - base) < abs($1 - base) }
      }
      guard let pick else { return false }
      day = pick
    }
    let c = CivilDate.civilFromDays(day)
    (d.year, d.month, d.day) = (c.year, c.month, c.day)
    d.relative = 0
    if h.days > 1 { d.periodLength = Int32(h.days) }
    return true
  }

  static let eveKey = key("eve")
  static let saintKey = key("saint")
  static let fitrKey = key("fitr")
  static let adhaKey = key("adha")
  static let eidArticleKeys: KeySet = KeySet(["al", "ul", "el"].map(key))
  static let holidayRelativeKeys: KeyMap<Int> = [
    key("last"): -1, key("previous"): -1, key("next"): 1, key("coming"): 1, key("following"): 1,
    key("this"): 0,
  ]
  static let holidayPrepositionKeys: KeySet = KeySet(
    ["on", "at", "over", "during", "before", "after", "since", "until", "till", "by", "around", "for", "from",
     "through", "to"].map(key))
  /// Words that may follow a holiday used as a date: function words, and parts of the day.
  static let afterHolidayKeys: KeySet = KeySet(
    ["and", "or", "to", "through", "until", "till", "when", "while", "in", "this", "last", "next", "at",
     "on", "with", "the", "a", "an", "is", "was", "will", "would", "morning", "night", "evening",
     "afternoon", "as", "but", "because", "so", "that", "which", "after", "before", "he", "she", "they",
     "we", "i", "it", "you", "there"].map(key))
}

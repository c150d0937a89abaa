import TextModel

/// A number written in words ("ثلاثة وعشرون", "twenty-three", "one hundred and five").
struct NumberWordsMatch {
  var value: Double
  var tokens: Range<Int>
}

/// What one number word adds to the number being read.
private enum NumberPart {
  case unit(Int)  // 0…10
  case teen(Int)  // 11…19
  case ten(Int)  // 20…90
  case hundreds(Int)  // 100…900
  case scale(Double)  // ألف, million
  case dual(Double)  // ألفين: two of the scale
  case ordinal(Int)
}

/// How a word is joined to the number before it.
private enum Joint {
  case space  // juxtaposed: "three hundred", "ثلاثة آلاف"
  case conjunction  // "و", attached or alone; "and"
  case hyphen  // "twenty-three"
}

/// Which clitic prefixes a word may carry.
private enum CliticRule {
  case none
  /// Exactly the conjunction و, attached: "وعشرون".
  case waw
  /// The first word of a number: و ف ب ل ك and pairs of them, but not the article.
  case leading
}

/// The state of a number being read word by word: complete groups in `total`, the group
/// below the last scale in `group`, and which places of that group are filled.
private struct WordsReading {
  var total: Double = 0
  var group = 0
  var hasHundred = false
  var hasTen = false
  var hasUnit = false
  var hasTeen = false
  var lastScale: Double = 0
  var parts = 0
  var end: Int
  /// The reading ended on an ordinal word ("twenty-first").
  var ordinal = false

  init(start: Int) { end = start }

  var value: Double { total + Double(group) }
  /// Right after a scale word: a new group may start.
  var afterScale: Bool { parts > 0 && group == 0 && !hasUnit && !hasHundred }
}

extension Scan {
  static let wawKey = key("و")
  static let andKey = key("and")
  static let noKey = key("no")
  static let anotherKey = key("another")
  static let perKey = key("per")
  static let halfKey = key("half")
  static let nisfKey = key("نصف")
  static let waNisfKey = key("ونصف")
  /// "كل واحد" (each one), "أي واحد" (any one).
  static let eachOneKeys: KeySet = KeySet(["كل", "أي", "لكل", "بكل"].map(key))
  static let fiKey = key("في")
  /// "one" after these is a pronoun ("no one", "the one who", "which one").
  static let pronounOneKeys: KeySet = KeySet(
    [
      "no", "the", "this", "that", "which", "whichever", "any", "every", "each", "some", "last", "next",
      "previous", "current", "only", "other", "same", "right", "wrong", "new", "old", "little", "big",
    ].map(key))
  /// A scale word that may start a number by itself: "ألف شخص", "مليون دولار" (not the
  /// plurals "آلاف", "ملايين", which mean thousands, millions of).
  static let singularScaleKeys: KeySet = KeySet(
    ["ألف", "مليون", "مليار", "بليون", "تريليون", "ترليون"].map(key))
  /// Month names whose second word is an ordinal: "كانون الأول", "تشرين الثاني",
  /// "ربيع الأول", "جمادى الأولى".
  static let ordinalMonthKeys: KeySet = KeySet(["كانون", "تشرين", "ربيع", "جمادى"].map(key))
  /// Fractions after a count: "three quarters" is not three, "ثلاثة أرباع" is not three.
  /// "quarters" alone is left out: "two quarters" are as often two fiscal quarters.
  static let fractionKeys: KeySet = KeySet(
    [
      "half", "halves", "third", "thirds", "fifth", "fifths", "sixth", "sixths", "seventh", "sevenths",
      "eighth", "eighths", "ninth", "ninths", "tenth", "tenths", "hundredth", "hundredths",
      "thousandth", "thousandths", "أرباع", "أخماس", "أثلاث", "أسداس", "أسباع", "أثمان", "أتساع", "أعشار",
    ].map(key))
  /// Before an English ordinal, these make it a fraction or a unit of time: "a third",
  /// "per second", "every second".
  static let fractionLeadKeys: KeySet = KeySet(["a", "an", "per", "every"].map(key))

  /// The longest number written in words starting at token `i`.
  func matchNumberWords(at i: Int, limit: Int) -> NumberWordsMatch? {
    guard i < limit, isWord(i) else { return nil }
    let k = tokens[i].key
    let article = k == Self.aKey || k == Self.anKey
    guard article || hasNumberReading(i) else { return nil }
    guard let r = readWords(at: i, limit: limit, arabic: script(i) == .arabic, englishArticle: article),
      !r.ordinal
    else { return nil }
    // A lone dual scale ("ألفين") and "a million" are read by the caller, which keeps the
    // scale they state.
    if r.parts == 1, r.lastScale > 0, r.end - i == 1, r.total == 2 * r.lastScale,
      first(i, { if case .scaleDual = $0.lex { 1 } else { nil } }) != nil
    {
      return nil
    }
    if article, r.parts == 2, r.lastScale > 0, r.total == r.lastScale, r.group == 0 { return nil }
    return NumberWordsMatch(value: r.value, tokens: i..<r.end)
  }

  /// An ordinal in words: "الثالث", "الحادي والعشرون", "الواحد والثلاثين", "first",
  /// "twenty-first", "one hundred twenty-fifth".
  func matchOrdinalWords(at i: Int, limit: Int) -> Fact? {
    guard i < limit, isWord(i) else { return nil }
    var candidate = false
    for m in lex(i) {
      switch m.lex {
      case .ordinal, .numeral: candidate = true
      default: continue
      }
      break
    }
    guard candidate else { return nil }
    if script(i) == .arabic { return arabicOrdinal(at: i, limit: limit) }
    guard let r = readWords(at: i, limit: limit, arabic: false, englishArticle: false), r.ordinal else {
      return nil
    }
    // "a third", "one fifth", "per second": fractions and time, not ranks.
    if r.parts == 1, i > 0, gap(i) == 1 {
      // "a first" is a first time, not a fraction.
      if isWord(i - 1), Self.fractionLeadKeys.contains(tokens[i - 1].key), r.value != 1 { return nil }
      if isDigits(i - 1) || (isWord(i - 1) && hasNumberReading(i - 1)) { return nil }
    }
    // "one-third".
    if r.parts == 1, i > 1, gap(i) == 0, isSymbol(i - 1, 0x2D), gap(i - 1) == 0,
      isDigits(i - 2) || (isWord(i - 2) && hasNumberReading(i - 2))
    {
      return nil
    }
    let v = r.value
    return Fact(
      type: .ordinal, span: span(i..<r.end), tokens: i..<r.end, value: v, interval: .point(v))
  }

  // MARK: fractions

  /// Cheap test before the denominator table: an ordinal word, "half", "quarter", or a
  /// plural ending in "s".
  @inline(__always)
  func mayBeDenominator(_ k: Int) -> Bool {
    guard isWord(k) else { return false }
    if !flags[k].isDisjoint(with: [.ordinal, .extraStart]) { return true }
    let t = tokens[k]
    return t.length >= 5 && text.scalars[Int(t.end) - 1] == 0x73
  }

  static let quarterKey = key("quarter")
  static let mitaynKey = key("متين")
  static let kiloKey = key("كيلو")
  static let quartersKey = key("quarters")
  static let rubKey = key("ربع")
  static let thuluthKey = key("ثلث")
  static let thuluthayKey = key("ثلثي")
  static let thuluthaKey = key("ثلثا")
  static let khumsKey = key("خمس")
  /// "نصف النهائي", "ربع النهائي": the semi- and quarter-finals.
  /// "نصف السنوية" (semi-annual), "نصف القطر" (radius): compounds, not fractions.
  static let finalKeys: KeySet = KeySet(
    [
      "النهائي", "النهائية", "نهائي", "السنوي", "السنوية", "الشهري", "الشهرية", "الأسبوعي", "الأسبوعية",
      "اليومي", "اليومية", "الرسمي", "الرسمية", "القطر", "الكرة", "الجزيرة",
    ].map(key))
  /// Words before "a third" at the end of a clause that make it a fraction ("cut by a
  /// third,") rather than an ordinal with its noun left out ("slid in a third,").
  static let fractionCueKeys: KeySet = KeySet(
    ["by", "for", "than", "about", "nearly", "almost", "only", "just", "over", "under", "roughly", "around"].map(key))
  /// Words before "half" that make it a noun of time or order: "the first half of 2025".
  static let halfBlockKeys: KeySet = KeySet(
    ["the", "first", "second", "other", "latter", "last", "this", "that", "each", "a", "one", "next", "final"].map(key))
  /// Words before "half" that show it is a quantity: "more than half", "nearly half".
  static let halfHedgeKeys: KeySet = KeySet(
    ["than", "nearly", "almost", "about", "around", "roughly", "over", "under", "some", "just"].map(key))

  /// English denominators, singular and plural: "third" / "thirds" is 3.
  static let englishDenominators: KeyMap<(Double, Bool)> = {
    var d: [UInt64: (Double, Bool)] = [key("half"): (2, false), key("halves"): (2, true)]
    let words: [(String, Double)] = [
      ("third", 3), ("quarter", 4), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7), ("eighth", 8),
      ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13), ("fourteenth", 14),
      ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18), ("nineteenth", 19),
      ("twentieth", 20), ("thirtieth", 30), ("fortieth", 40), ("fiftieth", 50), ("sixtieth", 60),
      ("seventieth", 70), ("eightieth", 80), ("ninetieth", 90), ("hundredth", 100), ("thousandth", 1000),
      ("millionth", 1e6), ("billionth", 1e9), ("trillionth", 1e12),
    ]
    for (w, v) in words {
      d[key(w)] = (v, false)
      d[key(w + "s")] = (v, true)
    }
    return KeyMap(d)
  }()

  /// Arabic plural denominators after a count: "ثلاثة أرباع" is three quarters.
  static let arabicDenominators: KeyMap<Double> = [
    key("أثلاث"): 3, key("أرباع"): 4, key("أخماس"): 5, key("أسداس"): 6, key("أسباع"): 7, key("أثمان"): 8,
    key("أتساع"): 9, key("أعشار"): 10,
  ]

  /// A fraction in words: "two thirds", "a fifth of", "one-eighth", "a quarter million",
  /// "half a million", "more than half", "ثلاثة أرباع", "نصف السكان", "نصف مليون".
  /// A singular denominator after "a" or "one" counts only before "of", a scale, or the end
  /// of the clause: "a third term" is an ordinal, not a third.
  func readFraction(at i: Int, limit: Int, afterWhole: Bool = false) -> NumberRead? {
    guard i < limit, isWord(i) else { return nil }
    if script(i) == .arabic { return arabicFraction(at: i, limit: limit) }
    let k0 = tokens[i].key
    if k0 == Self.halfKey || k0 == Self.quarterKey { return bareFraction(at: i, limit: limit, half: k0 == Self.halfKey) }
    let article = k0 == Self.aKey || k0 == Self.anKey
    var numerator = 1.0
    var d = i + 1
    // A denominator of more than one word: "twenty-fifths", "one hundred fifth".
    var compound: (Double, Bool, Int)?
    if article {
      // "a third", or "a hundred trillionths", or "a twenty-first".
      if let c = compoundDenominator(at: i + 1, limit: limit) {
        compound = c
      } else if !mayBeDenominator(i + 1) {
        guard hasNumberReading(i + 1),
          let r = readWords(at: i, limit: limit, arabic: false, englishArticle: true, fractionOK: true), !r.ordinal
        else { return nil }
        numerator = r.value
        d = r.end
      }
    } else {
      guard hasNumberReading(i) else { return nil }
      // Most number words are no numerators: look for a denominator before reading them.
      var k = i + 1
      var seen = false
      while k < limit, k <= i + 12, isWord(k) || (isSymbol(k, 0x2D) && gap(k) <= 1), gap(k) <= 1 {
        if mayBeDenominator(k), Self.englishDenominators[tokens[k].key] != nil || Self.unitOrdinals[tokens[k].key] != nil {
          seen = true
          break
        }
        k += 1
      }
      guard seen else { return nil }
      // A numerator with a scale and "and" ("six million and two thirds") is a mixed number,
      // not read here; without "and" the scale is part of the numerator ("one million two
      // hundred three fifths").
      guard hasNumberReading(i),
        let r = readWords(at: i, limit: limit, arabic: false, englishArticle: false, fractionOK: true), !r.ordinal,
        r.lastScale == 0 || !(i..<r.end).contains(where: { isWord($0, Self.andKey) })
      else { return nil }
      numerator = r.value
      d = r.end
      var u = d
      if isSymbol(u, 0x2D), gap(u) == 0, gap(u + 1) == 0 { u += 1 }
      // Not after "and": "one hundred and thirty fifths" is 130/5.
      if r.parts >= 2, r.hasTen, !r.hasUnit, !r.hasTeen, isWord(r.end - 1), !isWord(r.end - 2, Self.andKey), u < limit,
        let (o, plural) = Self.unitOrdinals[tokens[u].key], gap(u) <= 1
      {
        // "one hundred thirty-fifths" is 100/35: the tens word before a unit ordinal belongs
        // to the denominator, as long as a numerator is left before it.
        let tens = Double(r.group % 100)
        if r.value > tens {
          numerator = r.value - tens
          compound = (tens + Double(o), plural, u + 1)
        }
      } else if let c = compoundDenominator(at: d, limit: limit) {
        compound = c
      }
    }
    var hyphen = false
    let den: Double
    let plural: Bool
    var e: Int
    if let (v, p, end) = compound {
      den = v
      plural = p
      e = end
    } else {
      // "one-third", "one - fourth", but not "five-and-a-half".
      if !article, isSymbol(d, 0x2D), gap(d) == gap(d + 1), gap(d) <= 1 {
        hyphen = true
        d += 1
      }
      guard d < limit, mayBeDenominator(d), hyphen || gap(d) == 1,
        let (v, p) = Self.englishDenominators[tokens[d].key]
      else { return nil }
      den = v
      plural = p
      e = d + 1
    }
    let ofFollows = isWord(e, Self.ofKey) && gap(e) == 1
    var scale: (Double, Int)?
    // "a quarter million", "two thirds of a million".
    let s = ofFollows && isWord(e + 1, Self.aKey) && gap(e + 1) == 1 ? e + 2 : e
    if s < limit, gap(s) == 1, let (f, m) = first(s, { if case .scale(let f) = $0.lex { f } else { nil } }), f >= 1000 {
      scale = (f, Int(m.end))
    }
    if plural {
      // "two quarters" are as often fiscal quarters; not after a whole ("one and three quarters").
      if tokens[d].key == Self.quartersKey, !hyphen, !ofFollows, scale == nil, !afterWhole { return nil }
    } else {
      guard numerator == 1 else { return nil }
      let clauseEnds = e >= limit || (tokens[e].kind == .symbol && !isSymbol(e, 0x2D))
      let cued = afterWhole || i == 0 || (isWord(i - 1) && Self.fractionCueKeys.contains(tokens[i - 1].key))
      guard hyphen || ofFollows || (clauseEnds && cued) || scale != nil else { return nil }
    }
    var value = numerator / den
    var precision = 0.0
    if let (f, end) = scale {
      value *= f
      precision = f / den
      e = end
    }
    return NumberRead(value: value, precision: precision, tokens: i..<e, scale: scale?.0)
  }

  /// Unit ordinals that end a compound denominator, singular and plural: "first" / "firsts" is 1.
  static let unitOrdinals: KeyMap<(Int, Bool)> = {
    var d: [UInt64: (Int, Bool)] = [:]
    let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
    for (n, w) in words.enumerated() {
      d[key(w)] = (n + 1, false)
      d[key(w + "s")] = (n + 1, true)
    }
    return KeyMap(d)
  }()

  /// A denominator of more than one word at `d`: a tens word and a unit ordinal ("twenty-fifth",
  /// "twenty firsts"), or an ordinal with hundreds ("one hundred fifth", "one hundred and
  /// fifth"). Its value, whether it is plural, and the token after it.
  func compoundDenominator(at d: Int, limit: Int) -> (Double, Bool, Int)? {
    guard d < limit, isWord(d), gap(d) == 1 else { return nil }
    var tens: Int?
    for m in lex(d) where m.prefix == 0 && !m.article {
      if case .numeral(let v, .ten) = m.lex { tens = v }
    }
    if let tens {
      var u = d + 1
      if isSymbol(u, 0x2D), gap(u) == 0, gap(u + 1) == 0 { u += 1 } else if gap(u) != 1 { return nil }
      guard u < limit, let (o, plural) = Self.unitOrdinals[tokens[u].key] else { return nil }
      return (Double(tens + o), plural, u + 1)
    }
    guard hasNumberReading(d), let r = readWords(at: d, limit: limit, arabic: false, englishArticle: false), r.ordinal,
      r.parts >= 2, r.value > 100
    else { return nil }
    return (r.value, false, r.end)
  }

  /// "half a million", "half million", "quarter million"; "more than half", "half of them".
  private func bareFraction(at i: Int, limit: Int, half: Bool) -> NumberRead? {
    let v = half ? 0.5 : 0.25
    var k = i + 1
    if isWord(k, Self.aKey), gap(k) == 1 { k += 1 }
    if k < limit, gap(k) == 1, let (f, m) = first(k, { if case .scale(let f) = $0.lex { f } else { nil } }),
      f >= 1000 || (half && f == 12)
    {
      return NumberRead(value: v * f, precision: f >= 1000 ? v * f / 10 : 1, tokens: i..<Int(m.end), scale: f)
    }
    guard half, k == i + 1 else { return nil }
    let prev = i - 1
    let hedged = prev >= 0 && isWord(prev) && Self.halfHedgeKeys.contains(tokens[prev].key)
    let blocked = prev >= 0 && isWord(prev) && Self.halfBlockKeys.contains(tokens[prev].key)
    guard hedged || (!blocked && isWord(i + 1, Self.ofKey) && gap(i + 1) == 1) else { return nil }
    return NumberRead(value: 0.5, precision: 0, tokens: i..<(i + 1))
  }

  /// "نصف السكان", "ربع المساحة", "نصف مليون", "ثلاثة أرباع", "ثلثي الأعضاء".
  private func arabicFraction(at i: Int, limit: Int) -> NumberRead? {
    let k0 = tokens[i].key
    var v: Double?
    switch k0 {
    case Self.nisfKey: v = 0.5
    case Self.rubKey: v = 0.25
    case Self.thuluthKey: v = 1.0 / 3
    case Self.thuluthayKey, Self.thuluthaKey: v = 2.0 / 3
    case Self.khumsKey: v = 0.2
    default: v = nil
    }
    let n = i + 1
    if let v, n < limit, isWord(n), gap(n) == 1 {
      if k0 != Self.khumsKey,
        let (f, m) = first(n, { if case .scale(let f) = $0.lex { f } else { nil } }), f >= 1000, m.prefix == 0
      {
        return NumberRead(value: v * f, precision: v * f / 10, tokens: i..<Int(m.end), scale: f)
      }
      // Before a unit: "نصف ساعة", "ربع كيلو".
      if k0 != Self.khumsKey, flags[n].contains(.unit) || flags[n].contains(.duration) || tokens[n].key == Self.kiloKey {
        return NumberRead(value: v, precision: 0, tokens: i..<n)
      }
      // Before a definite noun that is no number: "نصف السكان".
      let t = tokens[n]
      let s = text.scalars
      if t.length > 3, s[Int(t.start)] == Lexicon.alef, s[Int(t.start) + 1] == Lexicon.lam, !hasNumberReading(n),
        !Self.finalKeys.contains(t.key)
      {
        return NumberRead(value: v, precision: 0, tokens: i..<n)
      }
      return nil
    }
    // The numerator is one word, two to ten: check the denominator first, it is rare.
    guard n < limit, isWord(n), gap(n) == 1, let den = Self.arabicDenominators[tokens[n].key] else { return nil }
    for m in lex(i) where Int(m.end) == n && !m.article {
      if case .numeral(let v, .unit) = m.lex, v >= 2, v <= 10 {
        return NumberRead(value: Double(v) / den, precision: 0, tokens: i..<(n + 1))
      }
    }
    return nil
  }

  /// "and a third", "and two fifths", "and one fourth" after a whole number in words:
  /// "forty two and a third". After a scale word the fraction is of that scale.
  func mixedFraction(after read: NumberRead, limit: Int) -> NumberRead? {
    let j = read.tokens.upperBound
    guard j + 1 < limit, isWord(j, Self.andKey), gap(j) == 1, gap(j + 1) == 1, script(j + 1) == .latin,
      tokens[j + 1].key != Self.halfKey, tokens[j + 1].key != Self.quarterKey,
      let f = readFraction(at: j + 1, limit: limit, afterWhole: true)
    else { return nil }
    var out = read
    let last = read.tokens.upperBound - 1
    let lastScale = first(last, { if case .scale(let f) = $0.lex { f } else { nil } })?.0
    if let fs = f.scale {
      // "one billion and three quarters million": a fraction of a smaller scale.
      guard let s = lastScale, fs < s, f.value < fs else { return nil }
      out.value += f.value
      out.precision = min(out.precision, f.precision)
      out.tokens = read.tokens.lowerBound..<f.tokens.upperBound
      return out
    }
    guard f.value < 1 else { return nil }
    if let s = lastScale {
      out.value += f.value * s
      out.precision = min(out.precision, s / 100)
    } else {
      out.value += f.value
      out.precision = 0
    }
    out.tokens = read.tokens.lowerBound..<f.tokens.upperBound
    return out
  }

  // MARK: reading

  /// Whether a word can be part of a number: a numeral or scale reading.
  @inline(__always)
  func hasNumberReading(_ i: Int) -> Bool {
    for m in lex(i) {
      switch m.lex {
      case .numeral, .scale, .scaleDual: return true
      default: continue
      }
    }
    return false
  }

  /// The number part token `k` can be, with the clitics `rule` allows, and the token after it.
  private func numberPart(at k: Int, rule: CliticRule, atStart: Bool) -> (NumberPart, Int)? {
    guard isWord(k) else { return nil }
    var found: (NumberPart, Int)?
    for m in lex(k) where !m.article {
      switch rule {
      case .none:
        if m.prefix != 0 { continue }
      case .waw:
        if m.prefix != 1 || text.scalars[Int(tokens[k].start)] != Lexicon.waw { continue }
      case .leading:
        if m.prefix > 2 { continue }
        // "لست" (I am not) is not ل + ست: short stems only take the conjunction.
        if m.prefix > 0, tokens[k].length - Int(m.prefix) <= 2,
          text.scalars[Int(tokens[k].start)] != Lexicon.waw
        {
          continue
        }
      }
      let part: NumberPart
      switch m.lex {
      case .numeral(let v, let role):
        switch role {
        case .unit: part = .unit(v)
        case .teen: part = .teen(v)
        case .ten: part = .ten(v)
        case .hundred: part = .hundreds(v)
        case .and: continue
        }
      case .scale(let f): part = .scale(f)
      case .scaleDual(let f): part = .dual(f)
      case .ordinal(let n): part = .ordinal(n)
      default: continue
      }
      guard let current = found else {
        found = (part, Int(m.end))
        continue
      }
      // "ألفا" is both the dual in construct and the accusative singular: the dual starts
      // a number, the singular follows one.
      switch (current.0, part) {
      case (.scale, .dual) where atStart, (.dual, .scale) where !atStart: found = (part, Int(m.end))
      default: break
      }
    }
    return found
  }

  /// Reads number words from `i` as far as they make one number.
  private func readWords(
    at i: Int, limit: Int, arabic: Bool, englishArticle: Bool, fractionOK: Bool = false
  ) -> WordsReading? {
    var r = WordsReading(start: i)
    var j = i
    if englishArticle {
      // "a hundred", "a thousand two hundred": the article counts one.
      guard i + 1 < limit, gap(i + 1) == 1, let (p, _) = numberPart(at: i + 1, rule: .none, atStart: false)
      else { return nil }
      switch p {
      case .hundreds(100), .scale: break
      default: return nil
      }
      r.group = 1
      r.hasUnit = true
      r.parts = 1
      r.end = i + 1
      j = i + 1
    }
    // The state before the last conjunction, in case what follows it belongs to another
    // number: "one hundred and two hundred" stops at "one hundred".
    var beforeConjunction: WordsReading?
    /// The state before the last "and", kept across later words.
    var beforeLastAnd: WordsReading?
    while j < limit {
      if r.parts > 0, let h = addHalf(at: j, limit: limit, arabic: arabic, to: r) {
        r = h
        break
      }
      var joint = Joint.space
      var k = j
      var rule = CliticRule.none
      if r.parts == 0 {
        rule = arabic ? .leading : .none
      } else if gap(j) > 1 {
        break
      } else if arabic {
        if gap(j) == 0 { break }
        if isWord(j, Self.wawKey) {
          guard k + 1 < limit, gap(k + 1) == 1 else { break }
          joint = .conjunction
          k = j + 1
        } else if text.scalars[Int(tokens[j].start)] == Lexicon.waw,
          numberPart(at: j, rule: .waw, atStart: false) != nil
        {
          joint = .conjunction
          rule = .waw
        }
      } else {
        if isWord(j, Self.andKey), gap(j) == 1 {
          guard k + 1 < limit, gap(k + 1) == 1 else { break }
          joint = .conjunction
          k = j + 1
        } else if isSymbol(j, 0x2D), gap(j) == 0 {
          guard k + 1 < limit, gap(k + 1) == 0 else { break }
          joint = .hyphen
          k = j + 1
        } else if isSymbol(j, 0x2D), gap(j) == 1, gap(j + 1) == 1, r.hasTen, !r.hasUnit, k + 1 < limit,
          let (p, _) = numberPart(at: j + 1, rule: .none, atStart: false), case .unit(1...9) = p
        {
          // "fifty - two": a spaced hyphen between the tens and a unit.
          joint = .hyphen
          k = j + 1
        } else if isSymbol(j, 0x2014) || isSymbol(j, 0x2013), gap(j) == 0, r.hasTen, !r.hasUnit, k + 1 < limit,
          gap(k + 1) == 0, let (p, _) = numberPart(at: j + 1, rule: .none, atStart: false), case .ordinal(1...9) = p
        {
          // "twenty—fifth": a dash for the hyphen, only before a unit ordinal ("twenty–thirty"
          // stays a range).
          joint = .hyphen
          k = j + 1
        } else if gap(j) != 1 {
          break
        }
      }
      guard k < limit, let (part, next) = numberPart(at: k, rule: rule, atStart: r.parts == 0) else { break }
      if case .ordinal(let n) = part {
        // English ordinals end a number: "twenty-first", "two hundredth".
        guard !arabic else { break }
        let asCardinal: NumberPart =
          switch n {
          case 0...10: .unit(n)
          case 11...19: .teen(n)
          case 100: .hundreds(100)
          case 1000...: .scale(Double(n))
          default: .ten(n)
          }
        var trial = r
        guard accept(asCardinal, joint: joint, arabic: false, into: &trial) else { break }
        r = trial
        r.ordinal = true
        r.parts += 1
        r.end = next
        break
      }
      if r.parts == 0, !startAllowed(part, at: k, arabic: arabic) { return nil }
      let saved = r
      guard accept(part, joint: joint, arabic: arabic, into: &r) else {
        // A multiplier that cannot apply means the words after the conjunction start a
        // number of their own.
        if let before = beforeConjunction {
          switch part {
          case .hundreds(100), .scale, .dual: r = before
          default: break
          }
        }
        break
      }
      beforeConjunction = joint == .conjunction ? saved : nil
      if joint == .conjunction { beforeLastAnd = saved }
      r.parts += 1
      r.end = next
      j = next
    }
    guard r.parts > 0, r.end > i else { return nil }
    if !r.ordinal, !fractionOK, r.end < limit {
      // "three quarters", "one-third", "ثلاثة أرباع": the number is a numerator.
      var n = r.end
      if !arabic, isSymbol(n, 0x2D), gap(n) == 0, gap(n + 1) == 0 { n += 1 }
      if isWord(n), gap(n) <= 1,
        Self.fractionKeys.contains(tokens[n].key) || (beforeLastAnd != nil && tokens[n].key == Self.quartersKey)
      {
        // "six million and two thirds", "one hundred and three quarters": the words before
        // the last "and" are the whole number, and a mixed fraction follows.
        guard !arabic, let before = beforeLastAnd, before.parts > 0 else { return nil }
        r = before
      }
    }
    if r.parts == 1, !r.ordinal, !singleWordAllowed(at: i, reading: r, arabic: arabic) { return nil }
    return r
  }

  /// "and a half", "ونصف" after a number: "two million and a half", "five and a half
  /// million", "مليون ونصف", "مليونين ونصف المليون", "one and a half".
  private func addHalf(at j: Int, limit: Int, arabic: Bool, to r: WordsReading) -> WordsReading? {
    var k: Int
    if !arabic, j + 5 < limit, isSymbol(j, 0x2D), isWord(j + 1, Self.andKey), isSymbol(j + 2, 0x2D),
      isWord(j + 3, Self.aKey), isSymbol(j + 4, 0x2D), isWord(j + 5, Self.halfKey),
      (j...(j + 5)).allSatisfy({ gap($0) == 0 })
    {
      // "two-and-a-half".
      k = j + 6
    } else if gap(j) != 1 || !isWord(j) {
      return nil
    } else if arabic {
      if isWord(j, Self.waNisfKey) {
        k = j + 1
      } else if isWord(j, Self.wawKey), j + 1 < limit, isWord(j + 1, Self.nisfKey), gap(j + 1) == 1 {
        k = j + 2
      } else {
        return nil
      }
    } else {
      guard j + 2 < limit, isWord(j, Self.andKey), isWord(j + 1, Self.aKey), gap(j + 1) == 1,
        isWord(j + 2, Self.halfKey), gap(j + 2) == 1
      else { return nil }
      k = j + 3
    }
    var out = r
    if r.afterScale, !arabic, k < limit, gap(k) == 1, let (p, e) = numberPart(at: k, rule: .none, atStart: false),
      case .scale(let f) = p, f >= 1000, f < r.lastScale
    {
      // "one billion and a half million": half of the smaller scale named after it.
      out.total += f / 2
      out.end = e
      return out
    }
    if r.afterScale {
      out.total += r.lastScale / 2
      // "مليون ونصف المليون": the scale repeated with the article.
      if arabic, k < limit, gap(k) == 1 {
        for m in lex(k) where m.article && m.prefix == 2 {
          if case .scale(let f) = m.lex, f == r.lastScale {
            k = Int(m.end)
            break
          }
        }
      }
      out.end = k
      return out
    }
    guard r.group > 0, r.lastScale == 0 else { return nil }
    if k < limit, gap(k) == 1, let (p, e) = numberPart(at: k, rule: .none, atStart: false), case .scale(let f) = p {
      out.total += (Double(r.group) + 0.5) * f
      out.group = 0
      out.hasUnit = false
      out.hasTen = false
      out.hasTeen = false
      out.hasHundred = false
      out.lastScale = f
      out.end = e
      return out
    }
    // "ثلاثة ونصف الأعضاء" is three and half the members: not a half of the number.
    if arabic, k < limit, isWord(k), gap(k) == 1, tokens[k].length > 3,
      text.scalars[Int(tokens[k].start)] == Lexicon.alef, text.scalars[Int(tokens[k].start) + 1] == Lexicon.lam
    {
      return nil
    }
    out.total += 0.5
    out.end = k
    return out
  }

  /// Whether `part` may begin a number at token `k`.
  private func startAllowed(_ part: NumberPart, at k: Int, arabic: Bool) -> Bool {
    switch part {
    case .scale:
      // Arabic "ألف", "مليون" alone count one; English "thousand" needs "a" or a number.
      guard arabic, let m = lex(k).first(where: { if case .scale = $0.lex { true } else { false } }) else {
        return false
      }
      let t = tokens[k]
      let stem = Token.hash(text.scalars[(Int(t.start) + Int(m.prefix))..<Int(t.end)])
      return Self.singularScaleKeys.contains(stem)
    case .hundreds(let h): return arabic || h != 100
    default: return true
    }
  }

  /// A number of one word, checked against the readings where that word is not a number.
  private func singleWordAllowed(at i: Int, reading r: WordsReading, arabic: Bool) -> Bool {
    let before = i - 1
    if arabic {
      // Egyptian "متين" (200) is also "solid": only with more number words after it.
      if tokens[i].key == Self.mitaynKey { return false }
      guard r.hasUnit else { return true }
      // "كل واحد": each one.
      if r.group == 1, before >= 0, isWord(before), Self.eachOneKeys.contains(tokens[before].key) { return false }
      // "خمس السكان", "عشر المساحة": a fraction (خُمس, عُشر) before a definite noun.
      let next = r.end
      if next < tokens.count, isWord(next), gap(next) == 1, tokens[next].length > 3, !hasNumberReading(next),
        text.scalars[Int(tokens[next].start)] == Lexicon.alef,
        text.scalars[Int(tokens[next].start) + 1] == Lexicon.lam
      {
        return false
      }
      return true
    }
    guard r.group == 1, r.hasUnit else { return true }
    // "no one", "no-one", "the one who", "one another".
    if before >= 0, isWord(before), gap(i) == 1, Self.pronounOneKeys.contains(tokens[before].key) { return false }
    if before >= 1, isSymbol(before, 0x2D), gap(i) == 0, gap(before) == 0, isWord(before - 1, Self.noKey) {
      return false
    }
    if isWord(r.end, Self.anotherKey) { return false }
    return true
  }

  /// Adds `part` to the reading if the language allows it there; false when it ends the number.
  private func accept(_ part: NumberPart, joint: Joint, arabic: Bool, into r: inout WordsReading) -> Bool {
    let first = r.parts == 0
    let afterScale = r.afterScale
    switch part {
    case .unit(let v):
      if first {
        r.group = v
        r.hasUnit = true
        return true
      }
      guard v > 0, !r.hasUnit, !r.hasTeen else { return false }
      let ok: Bool
      switch (arabic, joint) {
      // "مئة وخمسة", "ألف وثلاثة"; not "عشرون وثلاثة".
      case (true, .conjunction): ok = (r.hasHundred && !r.hasTen) || afterScale
      // Egyptian "متين تلاتة وستين".
      case (true, .space): ok = r.hasHundred && !r.hasTen
      case (false, .hyphen): ok = r.hasTen
      case (false, .space): ok = r.hasTen || r.hasHundred || afterScale
      case (false, .conjunction): ok = (r.hasHundred && !r.hasTen) || afterScale
      default: ok = false
      }
      guard ok else { return false }
      r.group += v
      r.hasUnit = true
      return true
    case .teen(let v):
      if !first {
        guard !r.hasUnit, !r.hasTen, !r.hasTeen, joint != .hyphen, r.hasHundred || afterScale else { return false }
        if arabic, joint == .space, !r.hasHundred { return false }
      }
      r.group += v
      r.hasTeen = true
      return true
    case .ten(let v):
      if !first {
        guard !r.hasTen, !r.hasTeen, joint != .hyphen else { return false }
        let ok: Bool
        if arabic && joint == .conjunction {
          // "ثلاثة وعشرون": the unit comes first in Arabic.
          ok = (r.hasUnit && r.group % 100 >= 1 && r.group % 100 <= 9) || (r.hasHundred && !r.hasUnit) || afterScale
        } else {
          ok = (r.hasHundred && !r.hasUnit) || (!arabic && afterScale)
        }
        guard ok else { return false }
      }
      r.group += v
      r.hasTen = true
      return true
    case .hundreds(let h):
      if first {
        r.group = h
        r.hasHundred = true
        return true
      }
      if h == 100, joint == .space, !r.hasHundred, r.group > 0 {
        // "ثلاث مئة", "three hundred", "nineteen hundred".
        if arabic {
          guard r.hasUnit, !r.hasTen, !r.hasTeen, (3...9).contains(r.group) else { return false }
        } else {
          guard r.group < 100 else { return false }
        }
        r.group *= 100
        r.hasHundred = true
        r.hasUnit = false
        r.hasTen = false
        r.hasTeen = false
        return true
      }
      guard afterScale, joint == .conjunction || (!arabic && joint == .space) else { return false }
      r.group = h
      r.hasHundred = true
      return true
    case .scale(let f):
      if first {
        r.total = f
        r.lastScale = f
        return true
      }
      if joint == .conjunction {
        // "مليون وألف": a lower scale alone after a conjunction counts one.
        guard arabic, afterScale, f < r.lastScale else { return false }
        r.total += f
        r.lastScale = f
        return true
      }
      guard joint == .space else { return false }
      if afterScale {
        // "ألف مليون": a thousand millions.
        guard r.parts == 1, f > r.lastScale else { return false }
        r.total *= f
        r.lastScale = f
        return true
      }
      guard r.group > 0, r.lastScale == 0 || f < r.lastScale else { return false }
      if f < 100, r.hasHundred, r.group % 100 > 0 {
        // "three hundred and two dozen": the dozen counts the two, not the whole group.
        r.total += Double(r.group - r.group % 100) + Double(r.group % 100) * f
      } else {
        r.total += Double(r.group) * f
      }
      r.group = 0
      r.hasUnit = false
      r.hasTen = false
      r.hasTeen = false
      r.hasHundred = false
      r.lastScale = f
      return true
    case .dual(let f):
      if first {
        r.total = 2 * f
        r.lastScale = f
        return true
      }
      // "مليون وألفين".
      guard arabic, joint == .conjunction, afterScale, f < r.lastScale else { return false }
      r.total += 2 * f
      r.lastScale = f
      return true
    case .ordinal:
      return false
    }
  }

  // MARK: Arabic ordinals

  /// "الثالث", "الحادي عشر", "الخامس والعشرون", "الواحد والثلاثين", "العشرين", "المئة".
  private func arabicOrdinal(at i: Int, limit: Int) -> Fact? {
    var base: Int?
    var end = i + 1
    var fromCardinal = false
    for m in lex(i) {
      if case .ordinal(let n) = m.lex {
        base = n
        end = Int(m.end)
        break
      }
    }
    if base == nil {
      // "الواحد والعشرون", "الاثنان والعشرين": one and two take the cardinal with the
      // article before tens ("الثلاثة والعشرين" is a count, not a rank).
      for m in lex(i) where m.article {
        if case .numeral(let v, .unit) = m.lex, v == 1 || v == 2 {
          base = v
          end = Int(m.end)
          fromCardinal = true
          break
        }
      }
    }
    guard let n = base, end <= limit else { return nil }
    if i > 0, isWord(i - 1), Self.ordinalMonthKeys.contains(tokens[i - 1].key) { return nil }
    if n == 100 {
      // "في المئة", "بالمئة" are percent.
      if i > 0, isWord(i - 1, Self.fiKey) { return nil }
      if first(i, { if case .percentWord = $0.lex { 1 } else { nil } }) != nil { return nil }
    }
    var value = n
    if n == 100, end < limit, isWord(end), gap(end) == 1,
      text.scalars[Int(tokens[end].start)] == Lexicon.waw
    {
      // "المئة والخامس والعشرون", "المئة والحادية عشرة".
      for m in lex(end) where m.prefix == 1 {
        if case .ordinal(let u) = m.lex, u >= 1, u <= 19 {
          value += u
          end = Int(m.end)
          break
        }
      }
    }
    if n <= 9 || (n == 100 && value <= 109), let (tens, e) = arabicOrdinalTens(at: end, limit: limit) {
      // "الخامس والعشرون", "المئة والخمسين".
      value += tens
      end = e
    }
    if fromCardinal && value == n { return nil }
    let v = Double(value)
    return Fact(type: .ordinal, span: span(i..<end), tokens: i..<end, value: v, interval: .point(v))
  }

  /// "والعشرون", "و العشرين", "وعشرون" after a unit ordinal: the tens and the token after.
  private func arabicOrdinalTens(at j: Int, limit: Int) -> (Int, Int)? {
    guard j < limit, isWord(j), gap(j) == 1 else { return nil }
    var k = j
    var attached = true
    if isWord(j, Self.wawKey) {
      guard j + 1 < limit, gap(j + 1) == 1 else { return nil }
      k = j + 1
      attached = false
    } else if text.scalars[Int(tokens[j].start)] != Lexicon.waw {
      return nil
    }
    for m in lex(k) {
      // The conjunction must be the first letter removed, and nothing else but the article.
      if attached {
        guard m.prefix == 1 || (m.prefix == 3 && m.article) else { continue }
      } else {
        guard m.prefix == 0 || (m.prefix == 2 && m.article) else { continue }
      }
      switch m.lex {
      case .ordinal(let t) where t >= 20 && t <= 90 && t % 10 == 0: return (t, Int(m.end))
      case .numeral(let t, .ten): return (t, Int(m.end))
      default: continue
      }
    }
    return nil
  }
}

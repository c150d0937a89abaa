import TextModel

/// Less common ways of writing a number: signs in words, decimals in words, leading decimal
/// marks, exponents, vulgar fractions, comparison signs, and the links and addresses whose
/// digits are no figures at all.
extension Scan {
  static let minusKey = key("minus")
  static let negativeKey = key("negative")
  static let salibKey = key("سالب")
  static let naqisKey = key("ناقص")
  static let pointKey = key("point")
  static let fasilaKey = key("فاصلة")
  static let eKey = key("e")
  static let xKey = key("x")
  static let httpKey = key("http")
  static let httpsKey = key("https")
  static let wwwKey = key("www")
  static let thanKey = key("than")
  static let butKey = key("but")
  static let lakinKey = key("لكن")
  static let equalKey = key("equal")
  static let toKey = key("to")
  static let itKey = key("it")
  static let yusawiKey = key("يساوي")
  static let greaterKey = key("greater")
  static let higherKey = key("higher")
  static let aboveKey = key("above")
  static let overKey = key("over")
  static let lowerKey = key("lower")
  static let belowKey = key("below")
  static let underKey = key("under")
  static let famaKey = key("فما")
  static let wamaKey = key("وما")
  static let fawqKey = key("فوق")
  static let dunKey = key("دون")
  static let faaktharKey = key("فأكثر")
  static let faaqallKey = key("فأقل")

  /// Words, other than number words and hedges, that may start a figure: signs and fractions.
  /// Words after which a number names a thing (a model, a flight, a law, a road) rather than
  /// counting anything.
  static let designationKeys: KeySet = KeySet(
    [
      "boeing", "airbus", "embraer", "bombardier", "tupolev", "antonov", "ilyushin", "sukhoi", "cessna",
      "flight", "route", "highway", "interstate", "chapter", "article", "section", "resolution", "apollo",
      "formula", "terminal", "gate", "platform", "channel", "room", "category", "type", "phase",
      "بوينغ", "بوينج", "إيرباص", "ايرباص", "رقم", "القرار", "قرار", "المادة", "مادة",
    ].map(key))

  static let extraStartKeys: [UInt64] = [
    minusKey, negativeKey, salibKey, naqisKey, halfKey, quarterKey, nisfKey, rubKey, thuluthKey, thuluthayKey,
  ]

  /// "minus", "negative", "سالب", "ناقص" before a figure.
  @inline(__always)
  func isSignWord(_ i: Int) -> Bool {
    guard isWord(i) else { return false }
    let k = tokens[i].key
    return k == Self.minusKey || k == Self.negativeKey || k == Self.salibKey || k == Self.naqisKey
  }

  // MARK: links

  /// Digits glued to a word are part of a name or a code, not a figure: "COVID-19", "G20",
  /// "A330-200", "F-16", "CO2", "كوفيد-19". The whole glued run is skipped; recognizers that
  /// start at the letters ("USD100", "Rs500", "Aug-2016") still read it. Arabic clitics glue
  /// to figures ("ب10"), so only Latin words count when nothing stands between, and a
  /// hyphenated year ("Mid-2025") stays a year.
  func markCodes(_ skip: inout [Bool]) {
    tokens.withUnsafeBufferPointer { t in
      let n = t.count
      var i = 1
      while i < n {
        guard t[i].kind == .digits else {
          i += 1
          continue
        }
        let prev = t[i - 1]
        var code = false
        if t[i].gap > 0 {
          // "Boeing 737-800", "Flight 370", "Resolution 2334", "القرار رقم 2334": a name, not a figure.
          code = prev.kind == .word && isDesignation(i - 1)
        } else if prev.kind == .word {
          code = script(i - 1) == .latin
        } else if prev.kind == .symbol, prev.key == 0x2D, prev.gap == 0, i >= 2, t[i - 2].kind == .word,
          t[i].length != 4
        {
          switch script(i - 2) {
          case .latin: code = isUpperLetter(i - 2)
          case .arabic: code = true
          case .other: code = false
          }
        }
        guard code else {
          i += 1
          continue
        }
        skip[i] = true
        var b = i + 1
        while b < n, t[b].gap == 0 {
          skip[b] = true
          b += 1
        }
        i = b
      }
    }
  }

  /// Whether the word at `i` names a designation, also after a conjunction ("والقرار"); other
  /// clitics are not removed, since "الرقم 2003" is "the figure 2003".
  func isDesignation(_ i: Int) -> Bool {
    let t = tokens[i]
    if Self.designationKeys.contains(t.key) { return true }
    guard t.end - t.start >= 3 else { return false }
    let first = text.scalars[Int(t.start)]
    guard first == Lexicon.waw || first == Lexicon.fa else { return false }
    return Self.designationKeys.contains(Token.hash(text.scalars[Int(t.start + 1)..<Int(t.end)]))
  }

  /// Marks the tokens of links ("http://…", "https://…", "www.…") and addresses ("name@host",
  /// "@handle"), up to the next whitespace, so that their digits give no facts.
  func markLinks(_ skip: inout [Bool]) {
    let http = Self.httpKey
    let https = Self.httpsKey
    let www = Self.wwwKey
    tokens.withUnsafeBufferPointer { t in
      let n = t.count
      var i = 1
      // Only the symbol after the scheme or before the host is looked at: ":" "." "@".
      while i < n {
        guard t[i].kind == .symbol else {
          i += 1
          continue
        }
        let c = t[i].key
        var link = false
        if (c == 0x3A || c == 0x2E) && t[i].gap == 0 {
          let w = t[i - 1]
          link = w.kind == .word && (c == 0x3A ? (w.key == http || w.key == https) : w.key == www)
        } else if c == 0x40 {
          link = i + 1 < n && t[i + 1].gap == 0 && t[i + 1].kind != .symbol
        }
        if !link {
          i += 1
          continue
        }
        var a = i
        while a > 0, t[a].gap == 0 { a -= 1 }
        var b = i + 1
        while b < n, t[b].gap == 0 { b += 1 }
        for k in a..<b { skip[k] = true }
        i = b
      }
      // "@handle" at the very start.
      if n > 1, t[0].kind == .symbol, t[0].key == 0x40, t[1].gap == 0, t[1].kind != .symbol {
        var b = 1
        while b < n, t[b].gap == 0 { b += 1 }
        for k in 0..<b { skip[k] = true }
      }
    }
  }

  // MARK: digits

  /// Where a comma between digits can only be a decimal mark: "25799,52", "٠,٠٨", "12،220,13".
  func commaIsDecimal(at j: Int, start: Int, firstLength: Int, grouped: Bool, arabicGrouped: Bool) -> Bool {
    if arabicGrouped { return true }
    guard !grouped, !dotThousands else { return false }
    let next = tokens[j + 1]
    guard firstLength > 3 || next.length != 3 else { return false }
    // "1,2,3" and "22,24,26" are lists.
    if isSymbol(j + 2, 0x2C), gap(j + 2) == 0, isDigits(j + 3), gap(j + 3) == 0 { return false }
    if start >= 2, gap(start) == 0, isSymbol(start - 1, 0x2C), gap(start - 1) == 0, isDigits(start - 2) { return false }
    return true
  }

  /// Indian grouping after a first group of one or two digits: "12,34,567" (pairs, then three).
  /// Returns the value of the groups after the first and the token after them.
  func indianGroups(at j: Int, limit: Int, integer: Double) -> (Double, Int)? {
    var v = integer
    var k = j
    var pairs = 0
    while k + 1 < limit, isSymbol(k, 0x2C), gap(k) == 0, isDigits(k + 1), gap(k + 1) == 0 {
      let g = tokens[k + 1]
      if g.length == 2 {
        v = v * 100 + Double(g.key)
        pairs += 1
        k += 2
        continue
      }
      if g.length == 3, pairs > 0 {
        if isDigits(k + 3), isSymbol(k + 2, 0x2C), gap(k + 2) == 0 { return nil }
        return (v * 1000 + Double(g.key), k + 2)
      }
      return nil
    }
    return nil
  }

  /// A vulgar fraction sign: ½ ¼ ¾ ⅓ ⅔ ⅕ … ⅞.
  @inline(__always)
  func vulgarFraction(_ i: Int) -> Double? {
    guard i < tokens.count, tokens[i].kind == .symbol else { return nil }
    switch tokens[i].key {
    case 0xBC: return 0.25
    case 0xBD: return 0.5
    case 0xBE: return 0.75
    case 0x2150: return 1.0 / 7
    case 0x2151: return 1.0 / 9
    case 0x2152: return 0.1
    case 0x2153: return 1.0 / 3
    case 0x2154: return 2.0 / 3
    case 0x2155: return 0.2
    case 0x2156: return 0.4
    case 0x2157: return 0.6
    case 0x2158: return 0.8
    case 0x2159: return 1.0 / 6
    case 0x215A: return 5.0 / 6
    case 0x215B: return 0.125
    case 0x215C: return 0.375
    case 0x215D: return 0.625
    case 0x215E: return 0.875
    default: return nil
    }
  }

  /// What follows digits and changes their value: a glued vulgar fraction ("2½"), an
  /// exponent ("1.3e6", "12.32e+14", "1.3x10^6") or a power ("1.1^23").
  func digitsSuffix(_ read: NumberRead, limit: Int, decimal: Bool) -> NumberRead {
    var read = read
    let j = read.tokens.upperBound
    if !decimal, let f = fractionAfterDigits(read, limit: limit) { return f }
    guard j < limit, gap(j) == 0 else { return read }
    // "77/100": a fraction whose denominator is no day or month, and no year.
    if !decimal, isSymbol(j, 0x2F), j + 1 < limit, isDigits(j + 1), gap(j + 1) == 0, tokens[j + 1].length <= 3,
      tokens[j + 1].key > 31, Double(tokens[j + 1].key) > read.value, read.tokens.count == 1,
      !(j + 2 < limit && gap(j + 2) == 0 && (isSymbol(j + 2, 0x2F) || isSymbol(j + 2, 0x2D)))
    {
      read.value /= Double(tokens[j + 1].key)
      read.precision = 0
      read.looksLikeYear = false
      read.tokens = read.tokens.lowerBound..<(j + 2)
      return read
    }
    if !decimal, let f = vulgarFraction(j) {
      read.value += f
      read.precision = 0
      read.looksLikeYear = false
      read.tokens = read.tokens.lowerBound..<(j + 1)
      return read
    }
    func signedExponent(at k: Int, signRequired: Bool = false) -> (Int, Int)? {
      var k = k
      var sign = 1
      if isSymbol(k, 0x2B) || isSymbol(k, 0x2D), gap(k) == 0 {
        sign = isSymbol(k, 0x2D) ? -1 : 1
        k += 1
      } else if signRequired {
        return nil
      }
      guard k < limit, isDigits(k), gap(k) == 0, tokens[k].length <= 3 else { return nil }
      return (sign * Int(tokens[k].key), k + 1)
    }
    var exponentAt: Int?
    if isWord(j, Self.eKey) {
      exponentAt = j + 1
    } else if isWord(j, Self.xKey), isDigits(j + 1), gap(j + 1) == 0, tokens[j + 1].key == 10, isSymbol(j + 2, 0x5E),
      gap(j + 2) == 0
    {
      exponentAt = j + 3
    }
    // "1.3e6", "12e+3", "1e10"; not "7E7", which names an aircraft as often.
    if let at = exponentAt,
      let (e, end) = signedExponent(at: at, signRequired: !decimal && at == j + 1 && isUpperLetter(j))
    {
      let f = e >= 0 ? pow10(e) : 1 / pow10(-e)
      read.value *= f
      read.precision *= f
      read.looksLikeYear = false
      read.tokens = read.tokens.lowerBound..<end
      return read
    }
    if isSymbol(j, 0x5E), let (e, end) = signedExponent(at: j + 1) {
      var p = 1.0
      for _ in 0..<abs(e) { p *= read.value }
      read.value = e >= 0 ? p : 1 / p
      read.precision = 0
      read.looksLikeYear = false
      read.tokens = read.tokens.lowerBound..<end
    }
    return read
  }

  /// "3/4", "25": a proper fraction in digits at `k`: its value and the token after it (an
  /// ordinal ending, "2/3rds", included). Not a date or code part ("3/4/2020", "1/2-3", "06/05").
  func properFraction(at k: Int, limit: Int) -> (Double, Int)? {
    guard k + 2 < limit, isDigits(k), tokens[k].length <= 2, isSymbol(k + 1, 0x2F), gap(k + 1) == 0, isDigits(k + 2),
      gap(k + 2) == 0, tokens[k + 2].length <= 3
    else { return nil }
    let s = text.scalars
    guard s[Int(tokens[k].start)] != 0x30, s[Int(tokens[k + 2].start)] != 0x30 else { return nil }
    let n = Double(tokens[k].key)
    let d = Double(tokens[k + 2].key)
    guard n >= 1, d > n else { return nil }
    var e = k + 3
    if e < limit, gap(e) == 0 {
      if isWord(e) {
        guard Self.ordinalEndingKeys.contains(tokens[e].key) else { return nil }
        e += 1
      } else if isSymbol(e, 0x2F) || isSymbol(e, 0x2D) {
        return nil
      } else if isSymbol(e, 0x2C) || isSymbol(e, 0x2E) || isSymbol(e, 0x3A), isDigits(e + 1), gap(e + 1) == 0 {
        return nil
      }
    }
    return (n / d, e)
  }

  static let ordinalEndingKeys: KeySet = KeySet(["rds", "ths", "nds", "sts", "rd", "th", "nd", "st"].map(key))
  /// Words of a price report before a fraction: "rose 3/4", "off 1/8".
  static let priceMoveKeys: KeySet = KeySet(
    [
      "rose", "fell", "lost", "slipped", "added", "gained", "eased", "dropped", "declined", "climbed", "jumped", "off",
      "firmed", "up", "down", "surged", "improved", "dipped", "advanced", "edged", "slid", "shed", "tumbled",
      "plunged", "soared", "rallied", "recovered",
    ].map(key))

  /// A fraction after whole digits or made of them: "8-1/2 pct" and "25-1/8" (a whole, a hyphen
  /// and eighths, quarters or halves, as market prices write them), "2 1/2 years" (a whole and a
  /// proper fraction after a space), and "3/4" itself when what surrounds it makes it a
  /// fraction: a unit or percentage after it ("1/8 pct", "3/4 mile"), "of" ("3/4 of the
  /// members"), a scale ("1/2 million"), an ordinal ending ("2/3rds"), a glued minus ("-4/5"),
  /// a price move before it ("rose 3/4"), or nothing else in the sentence. Odds ("5/4
  /// favourite", "at 2/9") and dates ("9/11") have none of these.
  func fractionAfterDigits(_ read: NumberRead, limit: Int) -> NumberRead? {
    guard read.tokens.count == 1, read.scale == nil, read.precision == 1 else { return nil }
    let i = read.tokens.lowerBound
    let j = read.tokens.upperBound
    guard j < limit, tokens[i].length <= 3 else { return nil }
    // Part of a date or a code: "12/3/4", "A-1/2".
    if i > 0, gap(i) == 0, isSymbol(i - 1, 0x2F) || isSymbol(i - 1, 0x2E) || isSymbol(i - 1, 0x2C) { return nil }
    var out = read
    out.precision = 0
    out.looksLikeYear = false
    if isSymbol(j, 0x2D), gap(j) == 0, gap(j + 1) == 0, let (f, e) = properFraction(at: j + 1, limit: limit) {
      let d = tokens[j + 3].key
      guard d == 2 || d == 4 || d == 8 || d == 16 || d == 32 || d == 64 else { return nil }
      if i > 0, gap(i) == 0, isSymbol(i - 1, 0x2D) { return nil }
      out.value += f
      out.tokens = i..<e
      return out
    }
    // "1 and 1/8".
    if isWord(j, Self.andKey), gap(j) == 1, isDigits(j + 1), gap(j + 1) == 1, let (f, e) = properFraction(at: j + 1, limit: limit) {
      if i > 0, gap(i) == 0, isSymbol(i - 1, 0x2D) { return nil }
      if i > 0, isWord(i - 1), first(i - 1, { if case .connector(.between) = $0.lex { 1 } else { nil } }) != nil { return nil }
      out.value += f
      out.tokens = i..<e
      return out
    }
    if isDigits(j), gap(j) == 1, let (f, e) = properFraction(at: j, limit: limit) {
      if i > 0, gap(i) == 0, isSymbol(i - 1, 0x2D) { return nil }
      out.value += f
      out.tokens = i..<e
      return out
    }
    guard isSymbol(j, 0x2F), let (f, e) = properFraction(at: i, limit: limit) else { return nil }
    var cued = e >= limit && (i == 0 || gap(i) >= 2)
    if !cued, e > j + 2 { cued = true }  // "2/3rds"
    if !cued, i > 0, gap(i) == 0, isSymbol(i - 1, 0x2D), i == 1 || gap(i - 1) >= 1 { cued = true }  // "-4/5"
    if !cued, i > 0, isWord(i - 1), gap(i) == 1, Self.priceMoveKeys.contains(tokens[i - 1].key) { cued = true }
    if !cued, e < limit, isSymbol(e, 0x25), gap(e) <= 1 { cued = true }
    if !cued, e < limit, isWord(e), gap(e) == 1 {
      if tokens[e].key == Self.ofKey {
        cued = true
      } else {
        for m in lex(e) {
          switch m.lex {
          case .percentWord, .percentagePointWord, .pointWord, .unit, .currency, .currencySubunit, .durationUnit:
            cued = true
          case .scale(let s) where s >= 1000: cued = true
          default: continue
          }
          break
        }
      }
    }
    guard cued else { return nil }
    out.value = f
    out.tokens = i..<e
    return out
  }

  /// ".77", "٫٧٧": a decimal without its zero, after a space or at the start.
  func readLeadingDecimal(at i: Int, limit: Int) -> NumberRead? {
    guard isSymbol(i, 0x2E), i + 1 < limit, isDigits(i + 1), gap(i + 1) == 0, tokens[i + 1].length <= 12,
      i == 0 || gap(i) >= 1 || isSymbol(i - 1, 0x2D)
    else { return nil }
    let d = pow10(tokens[i + 1].length)
    let read = NumberRead(value: Double(tokens[i + 1].key) / d, precision: 1 / d, tokens: i..<(i + 2))
    return digitsSuffix(read, limit: limit, decimal: true)
  }

  /// "five point five", "1 point 1", "two hundred point zero three", "واحد فاصلة خمسة":
  /// decimals said in words. The fraction is read digit by digit, or as one number whose
  /// digits follow the point ("point seventy-one" is .71).
  func withDecimalWords(_ read: NumberRead, limit: Int) -> NumberRead? {
    let p = read.tokens.upperBound
    guard read.precision == 1, read.scale == nil, p + 1 < limit, isWord(p), gap(p) == 1, gap(p + 1) == 1 else {
      return nil
    }
    let k0 = tokens[p].key
    guard k0 == Self.pointKey || k0 == Self.fasilaKey else { return nil }
    let first = read.tokens.lowerBound
    // "at one point", "the one point": an idiom, not a decimal.
    if k0 == Self.pointKey, read.tokens.count == 1, isWord(first), read.value == 1, first > 0, isWord(first - 1) {
      return nil
    }
    var fraction = 0.0
    var places = 0
    var end = p + 1
    if isDigits(p + 1) {
      places = tokens[p + 1].length
      fraction = Double(tokens[p + 1].key)
      end = p + 2
    } else {
      // Digit by digit: "point zero three", "فاصلة صفر خمسة".
      var k = p + 1
      while k < limit, places < 12, isWord(k), k == p + 1 || gap(k) == 1, let d = singleDigit(k) {
        fraction = fraction * 10 + Double(d)
        places += 1
        k += 1
      }
      let w = matchNumberWords(at: p + 1, limit: limit)
      if places >= 2 || (places == 1 && (w == nil || w!.tokens.count == 1 || w!.value >= 1000)) {
        // "point two million" is .2, then the scale.
        end = k
      } else if let w, w.value < 1e6, w.value == w.value.rounded() {
        var v = Int(w.value)
        places = 0
        fraction = w.value
        repeat {
          places += 1
          v /= 10
        } while v > 0
        end = w.tokens.upperBound
      } else {
        return nil
      }
    }
    let d = pow10(places)
    var out = read
    out.value += fraction / d
    out.precision = 1 / d
    out.looksLikeYear = false
    out.tokens = first..<end
    return out
  }

  /// A number word worth a single digit, without clitics.
  private func singleDigit(_ k: Int) -> Int? {
    for m in lex(k) where m.prefix == 0 && !m.article && Int(m.end) == k + 1 {
      if case .numeral(let v, .unit) = m.lex, v <= 9 { return v }
    }
    return nil
  }

  // MARK: comparisons

  /// ">", ">=", "< =", "≥", "≤" before a figure. "=>", "=<", "<>" are no comparisons.
  func comparisonSign(at j: Int, limit: Int) -> (Hedge, Int)? {
    guard j < limit, tokens[j].kind == .symbol else { return nil }
    let c = tokens[j].key
    guard c == 0x3E || c == 0x3C || c == 0x2265 || c == 0x2264 else { return nil }
    if j > 0, gap(j) == 0, isSymbol(j - 1, 0x3D) || isSymbol(j - 1, 0x3C) || isSymbol(j - 1, 0x3E) { return nil }
    // A quotation mark at the start of a line ("> 5 …") is no comparison.
    if c == 0x3E, j == 0 || tokens[j].gap >= 2, gap(j + 1) >= 1 { return nil }
    var k = j + 1
    var orEqual = c == 0x2265 || c == 0x2264
    if !orEqual, isSymbol(k, 0x3D), gap(k) <= 1 {
      orEqual = true
      k += 1
    }
    if isSymbol(k, 0x3E) || isSymbol(k, 0x3C) || isSymbol(k, 0x3D) { return nil }
    guard k < limit, gap(k) <= 1 else { return nil }
    let greater = c == 0x3E || c == 0x2265
    return (greater ? (orEqual ? .atLeast : .moreThan) : (orEqual ? .atMost : .lessThan), k)
  }

  /// "or equal", "or equal to", "or equal to it", "أو يساوي" after "more than 5000": the bound
  /// becomes inclusive. Not when a figure follows ("or equal to 6000" is a figure of its own).
  func orEqualTail(at j: Int, limit: Int) -> Int? {
    guard j + 1 < limit, isWord(j, Self.orKey) || isWord(j, Self.awKey), gap(j) <= 1, gap(j + 1) == 1 else {
      return nil
    }
    var e = j + 2
    if isWord(j + 1, Self.equalKey) {
      if isWord(e, Self.toKey), gap(e) == 1 {
        e += 1
        if isWord(e, Self.itKey), gap(e) == 1 { return e + 1 }
      }
    } else if !isWord(j + 1, Self.yusawiKey) {
      return nil
    }
    if e < limit, gap(e) <= 1, startsNumber(at: e, limit: limit) { return nil }
    return e
  }

  /// "percent of 10", "per cent of twenty-two": the percentage named before its figure, at the
  /// start of a clause and ending it ("the percentage of 18-year-olds" is no percentage).
  func matchPercentOf(at i: Int, limit: Int) -> Fact? {
    guard script(i) == .latin, let (_, m) = first(i, { if case .percentWord = $0.lex { 1 } else { nil } }) else {
      return nil
    }
    if i > 0, tokens[i - 1].kind != .symbol, gap(i) <= 2 { return nil }
    let o = Int(m.end)
    guard o + 1 < limit, isWord(o, Self.ofKey), gap(o) == 1, gap(o + 1) == 1,
      let n = readNumber(at: o + 1, limit: limit), !n.looksLikeYear
    else { return nil }
    let e = n.tokens.upperBound
    guard e >= limit || (tokens[e].kind == .symbol && !isSymbol(e, 0x2D) && !isSymbol(e, 0x25)) else { return nil }
    return Fact(
      type: .percent, span: span(i..<e), tokens: i..<e, value: n.value,
      interval: options.policy.interval(value: n.value, precision: n.precision, hedge: nil, nonNegative: false),
      precision: n.precision)
  }

  // MARK: ranges of bounds

  /// "more than 10 and less than 20", "at most 100 and at least 20", "فوق الربع وتحت النصف":
  /// a lower and an upper bound joined by "and", "but", a comma or "و" make one range.
  func boundPair(_ a: Fact, _ b: Fact) -> Fact? {
    guard let ha = a.hedge, let hb = b.hedge, Self.rangeable(a.type), Self.rangeable(b.type)
    else { return nil }
    // "at most 100 and at least 20 apples": a bare figure takes the other's unit.
    guard (a.type == b.type && a.unit == b.unit) || a.type == .number || b.type == .number else { return nil }
    let kind = a.type == .number ? b : a
    let aLower = ha == .moreThan || ha == .atLeast
    let aUpper = ha == .lessThan || ha == .atMost
    let bLower = hb == .moreThan || hb == .atLeast
    let bUpper = hb == .lessThan || hb == .atMost
    guard (aLower && bUpper) || (aUpper && bLower) else { return nil }
    let between = a.tokens.upperBound..<b.tokens.lowerBound
    guard between.count <= 2 else { return nil }
    if between.isEmpty {
      // Only the conjunction glued to an Arabic word: "وتحت".
      guard script(b.tokens.lowerBound) == .arabic, text.scalars[Int(tokens[b.tokens.lowerBound].start)] == Lexicon.waw
      else { return nil }
    }
    for t in between {
      let ok =
        isWord(t, Self.andKey) || isWord(t, Self.butKey) || isWord(t, Self.wawKey) || isWord(t, Self.awKey)
        || isWord(t, Self.lakinKey) || isSymbol(t, 0x2C) || isSymbol(t, 0x060C)
      guard ok else { return nil }
    }
    let interval = a.interval.intersection(b.interval)
    guard !interval.isEmpty, interval.low.isFinite, interval.high.isFinite, interval.low < interval.high else {
      return nil
    }
    let range = a.tokens.lowerBound..<b.tokens.upperBound
    return Fact(
      type: .range, span: span(range), tokens: range, value: nil, interval: interval,
      unit: kind.type == .number ? nil : (kind.unit ?? kind.type.rawValue), scale: b.scale, precision: b.precision)
  }

  /// After a comparison, Arabic names some figures with the article: "فوق الثلاثين" (over
  /// thirty), "تحت النصف" (under a half).
  func definiteAfterBound(at j: Int, limit: Int) -> NumberRead? {
    guard j < limit, isWord(j), gap(j) == 1, script(j) == .arabic else { return nil }
    let k = tokens[j].key
    let fraction: Double? =
      k == Self.anNisfKey ? 0.5 : k == Self.arRubKey ? 0.25 : k == Self.athThuluthKey ? 1.0 / 3 : nil
    if let fraction { return NumberRead(value: fraction, precision: 0, tokens: j..<(j + 1)) }
    let s = text.scalars
    guard tokens[j].length > 3, s[Int(tokens[j].start)] == Lexicon.alef, s[Int(tokens[j].start) + 1] == Lexicon.lam
    else { return nil }
    for m in lex(j) where (m.prefix == 0 || (m.article && m.prefix == 2)) && Int(m.end) == j + 1 {
      if case .ordinal(let n) = m.lex, n >= 20, n <= 90, n % 10 == 0 {
        return NumberRead(value: Double(n), precision: 1, tokens: j..<(j + 1))
      }
    }
    return nil
  }

  static let anNisfKey = key("النصف")
  static let arRubKey = key("الربع")
  static let athThuluthKey = key("الثلث")
}

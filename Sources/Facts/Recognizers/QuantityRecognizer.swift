import TextModel

/// A number as written: its value with any scale applied, and the step of its last digit.
struct NumberRead {
  var value: Double
  var precision: Double
  var tokens: Range<Int>
  var scale: Double?
  /// A plain four-digit integer such as 2003, which is more likely a year than a count.
  var looksLikeYear = false
}

extension Scan {
  // MARK: numbers

  /// Digits with thousands separators and decimals: 1,400 · 1.400 (where the text groups
  /// with dots) · ١٬٤٠٠ · 1 400 · 1.4 · ١٫٤ · the wire form 5ر64 (64.5).
  func readDigits(at i: Int, limit: Int) -> NumberRead? {
    guard isDigits(i), tokens[i].length <= 15 else { return nil }
    // Saudi wire decimals: the fraction, the letter ر, then the integer part.
    if i + 2 < limit, isWord(i + 1, Self.raKey), gap(i + 1) == 0, isDigits(i + 2), gap(i + 2) == 0 {
      let fraction = tokens[i]
      let whole = tokens[i + 2]
      let places = fraction.length
      let divisor = pow10(places)
      return NumberRead(
        value: Double(whole.key) + Double(fraction.key) / divisor, precision: 1 / divisor,
        tokens: i..<(i + 3))
    }
    var integer = Double(tokens[i].key)
    let firstLength = tokens[i].length
    // The last part of a dotted address or version ("192.168.1.2") is no decimal either.
    let dottedTail = i >= 2 && gap(i) == 0 && isSymbol(i - 1, 0x2E) && gap(i - 1) == 0 && isDigits(i - 2)
    var precision = 1.0
    var j = i + 1
    var grouped = false
    var spaceGrouped = false
    var decimal = false
    var arabicGrouped = false
    while j + 1 < limit {
      let sep = tokens[j]
      let next = tokens[j + 1]
      if sep.kind == .symbol, sep.gap == 0, next.kind == .digits, next.gap == 0 {
        let isComma = sep.key == 0x2C
        let isDot = sep.key == 0x2E
        // "١،٢٣٤،٥٦٧": the Arabic comma groups thousands between digits, three at a time.
        if sep.key == 0x060C, !decimal, !spaceGrouped, !dotThousands, next.length == 3, firstLength <= 3,
          !grouped || arabicGrouped
        {
          integer = integer * 1000 + Double(next.key)
          grouped = true
          arabicGrouped = true
          j += 2
          continue
        }
        guard isComma || isDot, !spaceGrouped else { break }
        let thousandsMark = dotThousands ? isDot : isComma
        if thousandsMark, !decimal, !arabicGrouped, next.length == 3, firstLength <= 3 {
          integer = integer * 1000 + Double(next.key)
          grouped = true
          j += 2
          continue
        }
        // "12,34,567": lakh grouping.
        if isComma, !grouped, !decimal, !dotThousands, firstLength <= 2, next.length == 2,
          let (v, e) = indianGroups(at: j, limit: limit, integer: integer)
        {
          integer = v
          grouped = true
          j = e
          continue
        }
        let decimalMark =
          !thousandsMark
          || (isComma
            && commaIsDecimal(
              at: j, start: i, firstLength: firstLength, grouped: grouped, arabicGrouped: arabicGrouped))
        // "3.817.69", "1.071.5": a dot for thousands, then the decimal point, in a text that
        // otherwise writes decimals with a dot: 3,817.69. Three digits in the middle and one or
        // two at the end, and nothing dotted after.
        if decimalMark, isDot, !decimal, !grouped, !dottedTail, firstLength <= 3, next.length == 3,
          isSymbol(j + 2, 0x2E), gap(j + 2) == 0, isDigits(j + 3), gap(j + 3) == 0, tokens[j + 3].length <= 2,
          !(isSymbol(j + 4, 0x2E) && gap(j + 4) == 0 && isDigits(j + 5) && gap(j + 5) == 0)
        {
          let d = pow10(tokens[j + 3].length)
          integer = integer * 1000 + Double(next.key) + Double(tokens[j + 3].key) / d
          precision = 1 / d
          decimal = true
          grouped = true
          j += 4
          break
        }
        // "192.168.1.2", "2.4.1": a dotted address or version holds no decimal.
        if decimalMark, isDot,
          dottedTail || (isSymbol(j + 2, 0x2E) && gap(j + 2) == 0 && isDigits(j + 3) && gap(j + 3) == 0)
        {
          break
        }
        if decimalMark, !decimal, next.length <= 12 {
          let d = pow10(next.length)
          integer += Double(next.key) / d
          precision = 1 / d
          decimal = true
          j += 2
        }
        break
      }
      // 1 400 000: groups of three after a space, narrow spaces in particular; not a model
      // number after a count ("4 777-300 planes").
      if sep.kind == .digits, sep.length == 3, !decimal, !grouped || spaceGrouped,
        sep.narrowGap
          || (sep.gap == 1 && firstLength <= 3
            && (!isDigits(j + 1) || (tokens[j + 1].length == 3 && tokens[j + 1].gap == 1))
            && !(next.kind == .symbol && next.key == 0x2D && next.gap == 0 && j + 2 < limit
              && tokens[j + 2].kind == .digits && tokens[j + 2].gap == 0 && tokens[j + 2].length >= 3)),
        firstLength <= 3
      {
        integer = integer * 1000 + Double(sep.key)
        spaceGrouped = true
        grouped = true
        j += 1
        continue
      }
      break
    }
    // A final lone group after a space (1 400) ends the loop above one token early.
    if j < limit, !decimal, firstLength <= 3, tokens[j].kind == .digits, tokens[j].length == 3,
      (!grouped && tokens[j].narrowGap) || (spaceGrouped && (tokens[j].narrowGap || tokens[j].gap == 1))
    {
      integer = integer * 1000 + Double(tokens[j].key)
      j += 1
    }
    var read = NumberRead(value: integer, precision: precision, tokens: i..<j)
    read.looksLikeYear = !grouped && !decimal && firstLength == 4 && (1800...2100).contains(integer)
    return digitsSuffix(read, limit: limit, decimal: decimal)
  }

  /// A number in digits or words, with a scale word after it ("73 ألف", "1.2bn",
  /// "ثلاثة ملايين") or a dual scale alone ("ألفين", "مليونان").
  func readNumber(at i: Int, limit: Int) -> NumberRead? {
    guard let read = readSimpleNumber(at: i, limit: limit) else { return nil }
    return extendCompound(read, limit: limit)
  }

  /// "47 ألفاً و270", "3 ملايين و500 ألف", "مليوناً و700 ألف": a scaled figure and a smaller
  /// one joined by و are one number (47,270; 3,500,000; 1,700,000).
  private func extendCompound(_ read: NumberRead, limit: Int) -> NumberRead {
    var read = read
    if read.scale != nil, read.tokens.upperBound < limit, script(read.tokens.upperBound - 1) == .latin,
      isDigits(read.tokens.lowerBound)
    {
      return extendEnglishCompound(read, limit: limit)
    }
    while let unit = read.scale ?? (read.precision > 1 ? read.precision : nil) {
      let j = read.tokens.upperBound
      guard j + 1 < limit, isWord(j, Self.wawKey), gap(j) <= 1, isDigits(j + 1), gap(j + 1) <= 1,
        let part = readDigits(at: j + 1, limit: limit).map({ withScale($0, limit: limit, alreadyScaled: false) }),
        part.value > 0, part.value < unit, !part.looksLikeYear || part.scale != nil
      else { break }
      read.value += part.value
      read.precision = part.precision
      read.tokens = read.tokens.lowerBound..<part.tokens.upperBound
      read.scale = part.scale
    }
    return read
  }

  /// "4 thousand 3 hundred and 21", "3 hundred and one", "6 crore and two hundred",
  /// "3 million and a half": whole digits with a scale word, then a smaller part. Without
  /// "and" the part must carry its own smaller scale ("4 thousand 3 hundred"); after "and"
  /// it carries none, and after a scale of a million or more it is in words ("3 million and
  /// 500 jobs" stays two figures).
  private func extendEnglishCompound(_ read: NumberRead, limit: Int) -> NumberRead {
    var read = read
    // "1.14 billion and 560.7 mln" are two figures: only a whole head extends.
    guard let s = read.scale, read.precision >= s else { return read }
    while let unit = read.scale {
      let j = read.tokens.upperBound
      guard j + 1 < limit, gap(j) == 1 else { break }
      let and = isWord(j, Self.andKey)
      // "3 million and a half residents".
      if and, j + 2 < limit, isWord(j + 1, Self.aKey), isWord(j + 2, Self.halfKey), gap(j + 1) == 1, gap(j + 2) == 1,
        !isWord(j + 3, Self.ofKey)
      {
        read.value += unit / 2
        read.precision = min(read.precision, unit / 2)
        read.tokens = read.tokens.lowerBound..<(j + 3)
        read.scale = nil
        break
      }
      if and, let m = mixedFraction(after: read, limit: limit) {
        read = m
        read.scale = nil
        break
      }
      let k = and ? j + 1 : j
      guard k < limit, gap(k) == 1 else { break }
      var part: NumberRead?
      var words = false
      if isDigits(k) {
        part = readDigits(at: k, limit: limit).map { withScale($0, limit: limit, alreadyScaled: false) }
      } else if and, isWord(k), let w = matchNumberWords(at: k, limit: limit) {
        part = NumberRead(value: w.value, precision: 1, tokens: w.tokens)
        words = true
      }
      // After "and" a plain part: "3 hundred and 21", but "2 million and 300 thousand" are as
      // often two figures. Without "and" a smaller scaled part: "4 thousand 3 hundred".
      guard let part, part.value > 0, part.value < unit, !part.looksLikeYear,
        and ? (part.scale == nil && (unit < 1e6 || words)) : part.scale != nil
      else { break }
      read.value += part.value
      read.precision = part.precision
      read.tokens = read.tokens.lowerBound..<part.tokens.upperBound
      read.scale = part.scale
      if !and, part.scale == nil { break }
    }
    return read
  }

  private func readSimpleNumber(at i: Int, limit: Int) -> NumberRead? {
    var read: NumberRead
    if let d = readDigits(at: i, limit: limit) {
      read = d
      // "1 point 1", "3 فاصلة 5".
      if let p = withDecimalWords(read, limit: limit) { read = p }
    } else if let d = readLeadingDecimal(at: i, limit: limit) {
      read = d
    } else if let f = vulgarFraction(i) {
      read = NumberRead(value: f, precision: 0, tokens: i..<(i + 1))
    } else if isWord(i), let f = readFraction(at: i, limit: limit) {
      return f
    } else if let w = matchNumberWords(at: i, limit: limit) {
      read = NumberRead(value: w.value, precision: 1, tokens: w.tokens)
      // "three million" carries its scale: its precision is that scale; "three thousand five
      // hundred" is precise to the unit.
      let last = w.tokens.upperBound - 1
      if let (f, _) = first(last, { if case .scale(let f) = $0.lex { f } else { nil } }) {
        read.precision = f
        read.scale = f
      }
      // "five point five", "two point two million".
      if let p = withDecimalWords(read, limit: limit) { return withScale(p, limit: limit, alreadyScaled: false) }
      // "forty two and a third".
      if let m = mixedFraction(after: read, limit: limit) { return m }
      if read.scale != nil { return compoundScale(read, limit: limit) }
      return withScale(read, limit: limit, alreadyScaled: wordScale(in: w.tokens) != nil)
    } else if isWord(i), let (f, m) = first(i, { if case .scaleDual(let f) = $0.lex { f } else { nil } }) {
      return NumberRead(value: 2 * f, precision: f, tokens: i..<Int(m.end), scale: f)
    } else if isWord(i), script(i) == .arabic, !isDigits(i - 1),
      let (f, m) = first(i, { if case .scale(let f) = $0.lex, f >= 1e6 { f } else { nil } })
    {
      // "مليوناً": a million, on its own.
      return NumberRead(value: f, precision: f, tokens: i..<Int(m.end), scale: f)
    } else if isWord(i), let (v, m) = first(i, { if case .dualNumeral(let v) = $0.lex { v } else { nil } }) {
      return NumberRead(value: v, precision: 1, tokens: i..<Int(m.end))
    } else if isWord(i, Self.aKey) || isWord(i, Self.anKey),
      let (f, m) = first(i + 1, { if case .scale(let f) = $0.lex { f } else { nil } }), gap(i + 1) == 1
    {
      return NumberRead(value: f, precision: f, tokens: i..<Int(m.end), scale: f)
    } else {
      return nil
    }
    return withScale(read, limit: limit, alreadyScaled: false)
  }

  private func wordScale(in range: Range<Int>) -> Double? {
    var best: Double?
    for t in range {
      if let (f, _) = first(t, { if case .scale(let f) = $0.lex { f } else { nil } }) {
        best = max(best ?? 0, f)
      }
    }
    return best
  }

  private func withScale(_ read: NumberRead, limit: Int, alreadyScaled: Bool) -> NumberRead {
    var read = read
    let j = read.tokens.upperBound
    guard !alreadyScaled, j < limit, isWord(j), gap(j) <= 1 else { return read }
    // "3 hundred", "322 hundred": hundred after digits works as a scale.
    let hundred =
      gap(j) == 1 && isDigits(j - 1) && script(j) == .latin
      ? first(j, { if case .numeral(100, .hundred) = $0.lex { 100.0 } else { nil } }) : nil
    guard let (f, m) = first(j, { if case .scale(let f) = $0.lex { f } else { nil } }) ?? hundred else {
      return read
    }
    // An attached suffix must be Latin ("1.2bn", "5m"); an Arabic scale needs its space.
    if gap(j) == 0, script(j) != .latin { return read }
    // "5m2" is square metres.
    if gap(j) == 0, isDigits(j + 1), gap(j + 1) == 0 { return read }
    // "5 m" with a space is ambiguous with metres; only the attached "5m" reads as million.
    // A "k" alone at the end of a clause is thousands: "2.33 k" is 2,330 ("1420 K Street" is an
    // address, "300 K" kelvin). "G" is never read as a scale (5G, 4G networks, g-force).
    if gap(j) == 1, tokens[j].length == 1, script(j) == .latin {
      let e = j + 1
      let clauseEnds = e >= limit || (tokens[e].kind == .symbol && !isSymbol(e, 0x2D))
      guard tokens[j].key == Self.kKey, clauseEnds else { return read }
    }
    read.value *= f
    read.precision *= f
    read.scale = f
    read.looksLikeYear = false
    read.tokens = read.tokens.lowerBound..<Int(m.end)
    return compoundScale(read, limit: limit)
  }

  /// "3 lakh crore", "two thousand million": a larger scale right after a scale multiplies it.
  func compoundScale(_ read: NumberRead, limit: Int) -> NumberRead {
    let j = read.tokens.upperBound
    guard let s = read.scale, j < limit, isWord(j), gap(j) == 1, script(j) == .latin,
      let (f, m) = first(j, { if case .scale(let f) = $0.lex { f } else { nil } }), f > s, f >= 1e6
    else { return read }
    var out = read
    out.value *= f
    out.precision *= f
    out.scale = s * f
    out.tokens = read.tokens.lowerBound..<Int(m.end)
    return out
  }

  static let outKey = key("out")
  /// "two out of five hundreds": a plural scale after the denominator makes it no ratio we read.
  static let pluralScaleKeys: KeySet = KeySet(["hundreds", "thousands", "millions", "billions", "dozens"].map(key))

  /// A ratio read as its value: "one out of three" (1/3), "two out of five hundred",
  /// "1 in twenty-one", "one over 20", "2000 over 3".
  /// Only at the end of a clause: "over" is a hedge in news ("over 20 people", "won 2 over 3
  /// days"), and "120 out of 300 seats" is a part and a whole that the share rules read.
  /// "out of" and "in" take only "one" / "1" ("120 out of 300, or 40%" stays two figures),
  /// and never a year ("1 in 2020") or a percentage.
  func ratio(after n: NumberRead, limit: Int) -> NumberRead? {
    let j = n.tokens.upperBound
    guard j + 1 < limit, isWord(j), gap(j) == 1, n.value > 0, n.value == n.value.rounded(), n.precision <= 1,
      n.scale == nil
    else { return nil }
    let k = tokens[j].key
    let d: Int
    if k == Self.outKey {
      guard isWord(j + 1, Self.ofKey), gap(j + 1) == 1 else { return nil }
      d = j + 2
    } else if k == Self.inKey || k == Self.overKey {
      if k == Self.inKey, n.value != 1 { return nil }
      d = j + 1
    } else {
      return nil
    }
    guard d < limit, gap(d) == 1, isDigits(d) || (isWord(d) && hasNumberReading(d)),
      let den = readNumber(at: d, limit: limit), !den.looksLikeYear, den.value > 0
    else { return nil }
    let e = den.tokens.upperBound
    let clauseEnds = e >= limit || (tokens[e].kind == .symbol && !isSymbol(e, 0x2D) && !isSymbol(e, 0x25))
    // Every ratio ends its clause: "120 out of 300 seats" stays a part and a whole, as the
    // share rules read them.
    guard clauseEnds else { return nil }
    if k != Self.overKey {
      // "one out of three", "1 in 21"; a larger part ("120 out of 300, or 40%") stays two figures.
      guard n.value == 1, den.value > n.value else { return nil }
      if e < limit, isSymbol(e, 0x25) { return nil }
      if e < limit, isWord(e), !flags[e].isDisjoint(with: [.unit, .duration]) || Self.pluralScaleKeys.contains(tokens[e].key) {
        return nil
      }
    }
    return NumberRead(value: n.value / den.value, precision: 0, tokens: n.tokens.lowerBound..<e)
  }

  // MARK: quantities

  /// A figure with its hedge, unit and kind: "حوالي 73 ألف شخص", "بنسبة 84%", "$1.2bn",
  /// "more than 3 times", "ما يقرب من 1400 تيرابايت", "23 عاماً", "الرجال الـ8".
  func matchQuantity(at i: Int, limit: Int) -> Fact? {
    let t = tokens[i]
    switch t.kind {
    case .digits: break
    case .symbol:
      switch t.key {
      case 0x25, 0x2D: break  // % -
      case 0x3E, 0x3C, 0x2265, 0x2264, 0x2E: break  // > < ≥ ≤ and ".5"
      default: guard Self.currencySymbol(t.key) != nil || vulgarFraction(i) != nil else { return nil }  // $ € … ½
      }
    case .word:
      if isDigits(i + 2), gap(i + 2) == 0, let f = matchDefiniteCount(at: i, limit: limit) { return f }
      if flags[i].contains(.percent), let f = matchPercentOf(at: i, limit: limit) { return f }
      let starters: LexFlags = [.hedge, .numeral, .scale, .scaleDual, .dualNumeral, .currency]
      guard !flags[i].isDisjoint(with: starters) || t.key == Self.aKey || t.key == Self.anKey
        || (isSymbol(i + 1, 0x24) && gap(i + 1) <= 1) || flags[i].contains(.extraStart)
        || currencyPrefix(at: i, limit: limit) != nil
      else { return nil }
    }
    var start = i
    var j = i
    var hedge: Hedge?
    var definite: NumberRead?
    if isWord(j), let (h, m) = first(j, { if case .hedge(let h) = $0.lex { h } else { nil } }),
      Int(m.end) < limit, startsNumber(at: Int(m.end), limit: limit),
      !(tokens[j].key == Self.overKey && j > 0 && Self.changeWords.contains(tokens[j - 1].key))
    {
      hedge = h
      j = Int(m.end)
    } else if isWord(j), let (h, m) = first(j, { if case .hedge(let h) = $0.lex { h } else { nil } }),
      h != .about, h != .nearly, let d = definiteAfterBound(at: Int(m.end), limit: limit)
    {
      hedge = h
      j = Int(m.end)
      definite = d
    } else if let (h, e) = comparisonSign(at: j, limit: limit), startsNumber(at: e, limit: limit) {
      hedge = h
      j = e
    }
    // "minus 5", "negative ten", "سالب خمسة".
    var negative = false
    if isSignWord(j), j + 1 < limit, gap(j + 1) <= 1, startsNumber(at: j + 1, limit: limit) {
      negative = true
      j += 1
    }
    // Currency before the figure: $ € £ ¥, US$, C$.
    var currency: String?
    var currencyToken: Int?
    if let (code, next) = currencyPrefix(at: j, limit: limit) {
      currency = code
      currencyToken = j
      j = next
    }
    // "%84", as Arabic text often types it.
    var percentFirst = false
    if currency == nil, isSymbol(j, 0x25), isDigits(j + 1), gap(j + 1) == 0 {
      percentFirst = true
      j += 1
    }
    // "-5", and "-.5" with its zero left out.
    if !negative, currency == nil, !percentFirst, isSymbol(j, 0x2D),
      (isDigits(j + 1) && gap(j + 1) == 0)
        || (isSymbol(j + 1, 0x2E) && gap(j + 1) == 0 && isDigits(j + 2) && gap(j + 2) == 0),
      j == 0 || gap(j) >= 1 || tokens[j - 1].kind == .symbol
    {
      negative = true
      j += 1
    }
    guard var number = definite ?? readNumber(at: j, limit: limit) ?? articleOne(at: j, limit: limit) else { return nil }
    // "how about 2019/aug/01": a full date after the hedge word is left to the date reader.
    if hedge != nil, j > i, isDigits(j), mayStartDate(j), let d = matchDate(at: j, limit: limit), d.day != nil, d.year != nil {
      return nil
    }
    if let fraction = unitFraction(number, limit: limit) { number = fraction }
    // "one out of three", "1 in twenty-one", "one over 20": a ratio, with no unit after it.
    var isRatio = false
    if currency == nil, !percentFirst, let r = ratio(after: number, limit: limit) {
      number = r
      isRatio = true
    }
    if negative {
      number.value = -number.value
      number.looksLikeYear = false
    }
    if hedge == nil && currency == nil && !percentFirst && !negative { start = number.tokens.lowerBound }
    var end = number.tokens.upperBound
    var type = FactType.number
    var unit: String?
    var value = number.value
    var precision = number.precision

    if isRatio {
      type = .number
    } else if percentFirst {
      type = .percent
    } else if let code = currency {
      type = .money
      unit = code
      // "$5 million dollars" is rare; "US$ 5 mln dlrs" is not: swallow a repeated currency
      // named in words (a sign there starts the next amount: "$ 20.00 $ 37.50").
      if isWord(end), let (_, e) = currencySuffix(at: end, limit: limit) { end = e }
      // "US$ 1MM", "$3mm": the financial abbreviation of a million, glued to an amount.
      if number.scale == nil, isWord(end, Self.mmKey), gap(end) == 0, end == number.tokens.upperBound {
        value *= 1e6
        precision *= 1e6
        number.scale = 1e6
        end += 1
      }
    } else if let (kind, u, e, factor) = unitSuffix(at: end, limit: limit, number: number) {
      type = kind
      unit = u
      end = e
      // "drop 25 pounds", "weighed two pounds": pounds of weight, not sterling.
      if kind == .money, u == "GBP", isWord(number.tokens.upperBound), poundsOfWeight(from: start, word: number.tokens.upperBound, end: e, limit: limit) {
        type = .measure
        unit = MeasureUnit.poundMass.symbol
      }
      if let factor {
        value *= factor
        precision *= factor
      }
      if kind == .measure, let (mu, _) = measureSuffix(at: number.tokens.upperBound, limit: limit), mu.symbol == u,
        let (v, p, u2, e2) = compoundMeasure(
          value: value, precision: precision, unit: mu, end: end, start: start, limit: limit)
      {
        value = v
        precision = p
        unit = u2.symbol
        end = e2
      }
    } else if number.looksLikeYear {
      type = .number
    } else if let (noun, e) = countedNoun(at: end, limit: limit) {
      type = .count
      unit = noun
      end = e
    }
    // "75 -300mm", "2 -7 g": a length, mass or volume is never negative; the hyphen is a dash.
    if negative, type == .measure, unit != MeasureUnit.celsius.symbol, unit != MeasureUnit.fahrenheit.symbol {
      return nil
    }
    // "30 MUSD", "MEUR 60": millions of the currency.
    if type == .money, number.scale == nil,
      millionCode(at: currencyToken ?? end - 1) != nil
    {
      value *= 1e6
      precision *= 1e6
      number.scale = 1e6
    }
    // "75 USD million", "20 dollars 43 cents", "$20 and 43c".
    if type == .money,
      let (add, scale, e) = moneyTail(at: end, limit: limit, number: number, start: start)
    {
      if scale != 1 {
        value *= scale
        precision *= scale
        number.scale = scale
      } else {
        value += add
        precision = 0.01
      }
      end = e
    }
    // Hedges after the figure: "تقريباً", "approximately", "or more", "على الأقل".
    if hedge == nil || hedge == .about, let (h, e) = trailingHedge(at: end, limit: limit, year: number.looksLikeYear),
      hedge == nil || h == .atLeast || h == .atMost
    {
      hedge = h
      end = e
    } else if hedge == .moreThan || hedge == .lessThan, let e = orEqualTail(at: end, limit: limit) {
      // "more than 5000 or equal to it".
      hedge = hedge == .moreThan ? .atLeast : .atMost
      end = e
    }
    guard type != .number || !number.looksLikeYear || hedge != nil else {
      return Fact(
        type: .number, span: span(start..<end), tokens: start..<end, value: value,
        interval: .point(value), precision: 1)
    }
    let nonNegative = type != .percent && type != .percentagePoints && type != .number
    var interval = options.policy.interval(
      value: value, precision: precision, hedge: hedge, nonNegative: nonNegative || value >= 0)
    if type == .count, hedge == nil, number.scale == nil, precision == 1, value < 1000, value == value.rounded() {
      // A small count written in digits is exact: "9 men and 6 women" are 15 people, not 14.
      interval = .point(value)
    }
    if type == .multiplier, hedge == nil, precision >= 1, number.scale == nil {
      // "3 times" is a whole multiple as stated: [2.5, 3.5) would let 2.6× pass for "3×".
      interval = options.policy.interval(value: value, precision: 1, hedge: nil)
    }
    return Fact(
      type: type, span: span(start..<end), tokens: start..<end, value: value, interval: interval,
      unit: unit, scale: number.scale, precision: precision, hedge: hedge)
  }

  /// Words near "pounds" that make it a weight: "lost 25 pounds", "the baby weighed two pounds",
  /// "ten pounds heavier".
  static let weightCueKeys: KeySet = KeySet(
    [
      "weigh", "weighs", "weighed", "weighing", "weight", "weights", "lose", "loses", "lost", "losing", "shed",
      "sheds", "shedding", "drop", "drops", "dropped", "dropping", "baby", "babies", "newborn", "overweight",
      "heavier", "lighter", "heavy", "underweight",
    ].map(key))
  static let priceKeys: KeySet = KeySet(
    ["price", "prices", "cost", "costs", "fare", "fares", "fee", "fees", "value", "shares", "stock", "stocks"].map(key))
  static let mmKey = key("mm")
  static let poundKey = key("pound")
  static let poundsKey = key("pounds")
  static let nightKey = key("night")
  static let nightsKey = key("nights")

  /// Whether "pound(s)" at `word`, after a figure starting at `start`, names a weight: a cue
  /// among the four words before the figure, or right after the unit.
  func poundsOfWeight(from start: Int, word: Int, end: Int, limit: Int) -> Bool {
    guard isWord(word, Self.poundKey) || isWord(word, Self.poundsKey) else { return false }
    if end < limit, isWord(end), gap(end) == 1 {
      // "200 pounds per tonne", "5 pounds a kilo": a price.
      let k = tokens[end].key
      if k == Self.perKey || k == Self.aKey || k == Self.anKey { return false }
      if Self.weightCueKeys.contains(k) { return true }
    }
    if isSymbol(end, 0x2F) { return false }
    var b = start - 1
    var cued = false
    while b >= 0, b >= start - 4, isWord(b) {
      let k = tokens[b].key
      // "prices dropped by 200 pounds": money after all.
      if Self.priceKeys.contains(k) { return false }
      if Self.weightCueKeys.contains(k) { cued = true }
      b -= 1
    }
    return cued
  }

  /// Whether a figure (or a currency sign before one) starts at `i`.
  func startsNumber(at i: Int, limit: Int) -> Bool {
    if isDigits(i) { return true }
    if isSignWord(i) { return i + 1 < limit && gap(i + 1) <= 1 && startsNumber(at: i + 1, limit: limit) }
    if let (_, next) = currencyPrefix(at: i, limit: limit) { return isDigits(next) || readNumber(at: next, limit: limit) != nil }
    if articleOne(at: i, limit: limit) != nil { return true }
    if isSymbol(i, 0x2D) || isSymbol(i, 0x25) { return isDigits(i + 1) }
    return readNumber(at: i, limit: limit) != nil
  }

  /// A currency before the figure: "$", "US$", "C$", "c $" (tokenised), "Mex$", "USD 5",
  /// "MYR42", "Rs. 20", "RM 42", "malaysian ringgit 42".
  func currencyPrefix(at i: Int, limit: Int) -> (String, Int)? {
    guard i + 1 < limit else { return nil }
    let t = tokens[i]
    if t.kind == .symbol {
      if let code = Self.currencySymbol(t.key), gap(i + 1) <= 1 { return (code, i + 1) }
      return nil
    }
    guard t.kind == .word, script(i) == .latin else { return nil }
    if isSymbol(i + 1, 0x24), i + 2 < limit, let code = Self.dollarPrefixes[t.key],
      gap(i + 1) == 0 || (gap(i + 1) == 1 && Self.spacedDollarPrefixes.contains(t.key))
    {
      return (code, i + 2)
    }
    var code: String?
    var j = i + 1
    if t.length == 3 || Self.prefixCurrencyKeys.contains(t.key), let (c, m) = currencyLex(i) {
      code = c
      j = Int(m.end)
    } else if let c = isoCode(at: i) ?? millionCode(at: i) {
      code = c
    }
    guard let code else { return nil }
    if t.key == Self.rsKey, isSymbol(j, 0x2E), gap(j) == 0 { j += 1 }
    guard isDigits(j), gap(j) <= 1 else { return nil }
    return (code, j)
  }

  func currencySuffix(at i: Int, limit: Int) -> (String, Int)? {
    guard i < limit, gap(i) <= 1 else { return nil }
    let t = tokens[i]
    if t.kind == .symbol {
      if let code = Self.currencySymbol(t.key) { return (code, i + 1) }
      return nil
    }
    guard t.kind == .word else { return nil }
    // "3.14US$"
    if isSymbol(i + 1, 0x24), gap(i + 1) == 0, let code = Self.dollarPrefixes[t.key] { return (code, i + 2) }
    if t.length == 1, let d = dottedCurrency(at: i, limit: limit) { return d }
    guard let (code, m) = currencyLex(i) else {
      if let code = isoCode(at: i) ?? millionCode(at: i) { return (code, i + 1) }
      return nil
    }
    // "0.38 للدولار" is a rate per dollar: the currency of an amount has no article.
    if m.article { return nil }
    var end = Int(m.end)
    let resolved = code
    // "two pounds of meat" is a weight.
    if code == "GBP", script(i) == .latin, isWord(end, Self.ofKey) { return nil }
    // "دولار أمريكي", "ريال سعودي": the qualifier is part of the unit.
    if isWord(end), gap(end) == 1, let (c2, m2) = currencyLex(end), c2 == resolved {
      end = Int(m2.end)
    }
    return (resolved, end)
  }

  /// What follows a figure and makes it a percentage, multiple, sum of money, measure or
  /// duration. The factor converts subunits (cents) to the currency.
  func unitSuffix(at j: Int, limit: Int, number: NumberRead) -> (FactType, String?, Int, Double?)? {
    guard j < limit else { return nil }
    if isSymbol(j, 0x25), gap(j) <= 1 { return (.percent, nil, j + 1, nil) }
    if isSymbol(j, 0x2D), gap(j) == 0, isWord(j + 1, Self.foldKey), gap(j + 1) == 0 {
      return (.multiplier, nil, j + 2, nil)  // 3-fold
    }
    if let (code, e) = currencySuffix(at: j, limit: limit) { return (.money, code, e, nil) }
    if isSymbol(j, 0xA2) { return (.money, "USD", j + 1, 0.01) }  // 10¢
    if let e = spacedCent(at: j, limit: limit) { return (.money, "USD", e, 0.01) }
    if let (u, e) = measureSuffix(at: j, limit: limit) { return (.measure, u.symbol, e, nil) }
    // "a 12-cent dividend", "a one-yen bid"
    if isSymbol(j, 0x2D), gap(j) == 0, isWord(j + 1), gap(j + 1) == 0 {
      if let (code, m) = currencyLex(j + 1) { return (.money, code, Int(m.end), nil) }
      if let (code, m) = first(j + 1, { if case .currencySubunit(let c) = $0.lex { c } else { nil } }) {
        return (.money, code, Int(m.end), 0.01)
      }
    }
    // "23-year history", "a 3-month delay"
    if isSymbol(j, 0x2D), gap(j) == 0, isWord(j + 1), gap(j + 1) == 0,
      let (u, m) = first(j + 1, { if case .durationUnit(let u, 1) = $0.lex { u } else { nil } })
    {
      return (.duration, u.rawValue, Int(m.end), nil)
    }
    guard isWord(j), gap(j) <= 1 else { return nil }
    for m in lex(j) {
      switch m.lex {
      case .percentWord: return (.percent, nil, Int(m.end), nil)
      case .percentagePointWord: return (.percentagePoints, nil, Int(m.end), nil)
      case .multiplier(.times): return (.multiplier, nil, Int(m.end), nil)
      case .currencySubunit(let code): return (.money, code, Int(m.end), 0.01)
      case .durationUnit(let u, let count) where count == 1:
        // "One Night" in capitals is a title.
        if u == .day, isUpperLetter(j), tokens[j].key == Self.nightKey || tokens[j].key == Self.nightsKey { return nil }
        return (.duration, u.rawValue, Int(m.end), nil)
      default: continue
      }
    }
    // English ordinal suffixes: 21st, 2nd, 3rd, 4th.
    if gap(j) == 0, script(j) == .latin,
      [Self.stKey, Self.ndKey, Self.rdKey, Self.thKey].contains(tokens[j].key), number.precision == 1
    {
      return (.ordinal, nil, j + 1, nil)
    }
    return nil
  }

  func trailingHedge(at j: Int, limit: Int, year: Bool = false) -> (Hedge, Int)? {
    guard j < limit, isWord(j), gap(j) <= 1 else { return nil }
    let k = tokens[j].key
    if k == Self.approxArKey || k == Self.approximatelyKey || k == Self.roughlyKey { return (.about, j + 1) }
    // "فأكثر", "فأقل".
    if k == Self.faaktharKey { return (.atLeast, j + 1) }
    if k == Self.faaqallKey { return (.atMost, j + 1) }
    if j + 1 < limit, isWord(j + 1), gap(j + 1) == 1 {
      let k2 = tokens[j + 1].key
      // "فما فوق", "وما فوق", "فما دون".
      if k == Self.famaKey || k == Self.wamaKey {
        if k2 == Self.fawqKey { return (.atLeast, j + 2) }
        if k2 == Self.dunKey { return (.atMost, j + 2) }
      }
      if k == Self.orKey || k == Self.awKey || (k == Self.andKey && !year) {
        var bound: Hedge?
        if k2 == Self.moreKey || k2 == Self.aktharKey || k2 == Self.aboveKey || k2 == Self.overKey {
          bound = .atLeast
        } else if k == Self.andKey {
          bound = nil
        } else if k2 == Self.greaterKey || k2 == Self.higherKey {
          bound = .atLeast
        } else if k2 == Self.lessKey || k2 == Self.fewerKey || k2 == Self.aqallKey || k2 == Self.lowerKey
          || k2 == Self.belowKey || k2 == Self.underKey
        {
          bound = .atMost
        } else if k == Self.orKey, k2 == Self.soKey {
          return (.about, j + 2)
        }
        if let bound {
          var e = j + 2
          if isWord(e, Self.thanKey), gap(e) == 1 {
            // "5000 or more than 4500": the comparison belongs to the next figure.
            if e + 1 < limit, gap(e + 1) <= 1, startsNumber(at: e + 1, limit: limit) { return nil }
            e += 1
          } else if k == Self.andKey, e < limit, isWord(e), gap(e) <= 1, script(e) == .latin,
            !Self.englishStopwords.contains(tokens[e].key)
          {
            // "and more recently" is no bound.
            return nil
          }
          return (bound, e)
        }
      }
      if k == Self.atKey && k2 == Self.leastKey { return (.atLeast, j + 2) }
      if k == Self.alaKey && k2 == Self.alaqallKey { return (.atLeast, j + 2) }
    }
    return nil
  }

  // MARK: counted nouns

  /// The noun a figure counts: "8 رجال", "70 ألف محتجز", "12,000 students", "3 main divisions".
  func countedNoun(at j: Int, limit: Int) -> (String, Int)? {
    guard j < limit, isWord(j), gap(j) == 1 else { return nil }
    if script(j) == .arabic {
      let t = tokens[j]
      guard t.length >= 2, !Self.arabicStopwords.contains(t.key), lex(j).isEmpty else { return nil }
      let s = text.scalars
      // Counted nouns after a figure are indefinite and rarely carry a conjunction.
      if s[Int(t.start)] == 0x0627 && s[Int(t.start) + 1] == 0x0644 { return nil }
      // "…وا" ends plural past verbs ("مئة ألف غادروا"), not nouns.
      if t.length >= 4, s[Int(t.end) - 1] == 0x0627, s[Int(t.end) - 2] == 0x0648 { return nil }
      return (original(scalars: tokens[j].range), j + 1)
    }
    if script(j) == .latin {
      var k = j
      var skipped = 0
      while k < limit, isWord(k), Self.englishAdjectives.contains(tokens[k].key), skipped < 2,
        isWord(k + 1), gap(k + 1) == 1
      {
        k += 1
        skipped += 1
      }
      guard k < limit, isWord(k), tokens[k].length >= 2, !Self.englishStopwords.contains(tokens[k].key),
        lex(k).isEmpty, isLikelyEnglishNoun(k)
      else { return nil }
      return (original(scalars: tokens[k].range), k + 1)
    }
    return nil
  }

  /// Verbs in the past ("50 passed"), capitalised names ("2,088,461 Grant shares") and the
  /// stems of contractions ("40 weren't") are not what a figure counts; nouns that are past
  /// participles ("250 injured") are.
  func isLikelyEnglishNoun(_ k: Int) -> Bool {
    if isSymbol(k + 1, 0x27) || isSymbol(k + 1, 0x2019), gap(k + 1) == 0, isWord(k + 2, Self.contractionTail),
      gap(k + 2) == 0
    {
      return false
    }
    let t = tokens[k]
    let first = text.starts[Int(t.start)]
    if let b = source.utf8.dropFirst(Int(first)).first, b >= 0x41, b <= 0x5A { return false }
    let s = text.scalars
    let e = Int(t.end)
    if t.length >= 4, s[e - 2] == 0x65, s[e - 1] == 0x64 {  // "…ed"
      return Self.participleNouns.contains(t.key)
    }
    return true
  }

  /// "الرجال الـ8", "الأشهر الـ6": a definite noun, then the article glued to a figure.
  func matchDefiniteCount(at i: Int, limit: Int) -> Fact? {
    guard isWord(i), script(i) == .arabic, i + 2 < limit, isWord(i + 1), gap(i + 1) == 1,
      Self.articleKeys.contains(tokens[i + 1].key), isDigits(i + 2), gap(i + 2) == 0,
      let number = readDigits(at: i + 2, limit: limit), !number.looksLikeYear
    else { return nil }
    let end = number.tokens.upperBound
    var f = Fact(
      type: .count, span: span(i..<end), tokens: i..<end, value: number.value,
      interval: options.policy.interval(value: number.value, precision: number.precision, hedge: nil),
      precision: number.precision)
    if let (u, _) = first(i, { if case .durationUnit(let u, _) = $0.lex { u } else { nil } }) {
      f.type = .duration
      f.unit = u.rawValue
      return f
    }
    let t = tokens[i]
    // The noun must carry the article itself: strip it (and any clitic before it).
    var stems: [(Int32, Bool)] = []
    Lexicon.arabicStems(text.scalars, t.start, t.end, into: &stems)
    guard let stem = stems.first(where: { $0.1 }) else { return nil }
    f.unit = original(scalars: Int(stem.0)..<Int(t.end))
    return f
  }

  // MARK: standalone words

  /// Facts that are one word: ordinals ("الحادي والعشرون", "first"), duals of durations
  /// ("عامين") and of nouns ("رحلتين" = 2 رحلة).
  func matchStandalone(at i: Int, limit: Int) -> Fact? {
    guard isWord(i) else { return nil }
    guard mayStandalone(i) else { return nil }
    // Ordinals in words ("الحادي والعشرون", "twenty-first"): see NumberWords.swift.
    if !flags[i].isDisjoint(with: [.dualUnit, .unit, .currency]),
      let u = matchUnitWords(at: i, limit: limit)
    {
      return u
    }
    if let o = matchOrdinalWords(at: i, limit: limit) { return o }
    if let m = standaloneMultiplier(at: i) { return m }
    for m in lex(i) {
      switch m.lex {
      case .durationUnit(let u, let count) where count == 2:
        return Fact(
          type: .duration, span: span(i..<Int(m.end)), tokens: i..<Int(m.end), value: 2,
          interval: .point(2), unit: u.rawValue, precision: 1)
      default: continue
      }
    }
    if let noun = dualNoun(i) {
      return Fact(
        type: .count, span: span(i..<(i + 1)), tokens: i..<(i + 1), value: 2, interval: .point(2),
        unit: noun, precision: 1)
    }
    return nil
  }

  /// "doubled", "tripled", "halved", "threefold", "تضاعف", "ضعف", "ضعفين": a multiple stated
  /// without a number. English only in its verb and "-fold" forms ("double" is too often an
  /// adjective).
  func standaloneMultiplier(at i: Int) -> Fact? {
    guard let (word, m) = first(i, { if case .multiplier(let w) = $0.lex { w } else { nil } }) else { return nil }
    let t = tokens[i]
    if script(i) == .latin {
      let s = text.scalars
      let e = Int(t.end)
      let verbForm = t.length >= 4 && s[e - 2] == 0x65 && s[e - 1] == 0x64  // "…ed"
      guard verbForm || t.key == Self.twiceKey || (t.length > 4 && text.string((e - 4)..<e) == "fold") else { return nil }
    }
    let end = Int(m.end)
    // "تضاعف 3 مرات", "doubled more than 3 times": the stated multiple follows.
    for k in end..<min(end + 5, tokens.count) where isDigits(k) || !flags[k].isDisjoint(with: [.numeral, .multiplier]) {
      return nil
    }
    switch word {
    case .fixed(let v):
      return Fact(
        type: .multiplier, span: span(i..<end), tokens: i..<end, value: v,
        interval: options.policy.interval(value: v, precision: 0, hedge: .about), hedge: .about)
    case .range(let a, let b):
      return Fact(type: .multiplier, span: span(i..<end), tokens: i..<end, value: nil, interval: Interval(low: a, high: b))
    case .times:
      return nil
    }
  }

  /// "رحلتين" → "رحلة": a feminine noun in the dual. Words already known are excluded.
  func dualNoun(_ i: Int) -> String? {
    let t = tokens[i]
    guard script(i) == .arabic, t.length >= 6, lex(i).isEmpty, !Self.arabicStopwords.contains(t.key) else {
      return nil
    }
    let s = text.scalars
    let e = Int(t.end)
    // ...تين or ...تان
    guard s[e - 3] == 0x062A, s[e - 1] == 0x0646, s[e - 2] == 0x064A || s[e - 2] == 0x0627 else {
      return nil
    }
    var stems: [(Int32, Bool)] = []
    Lexicon.arabicStems(s, t.start, t.end, into: &stems)
    // The shortest stem that still leaves at least three letters before the ending.
    guard let stem = stems.reversed().first(where: { e - 3 - Int($0.0) >= 3 }) else { return nil }
    guard !Self.dualExclusions.contains(Token.hash(s[Int(stem.0)..<e])) else { return nil }
    return original(scalars: Int(stem.0)..<(e - 3)) + "ة"
  }

  // MARK: ranges and lists

  /// "بين 10 و20", "من 3 إلى 5", "from 3 to 5 million", "3-5%": one interval fact over
  /// both ends. The ends stay facts of their own.
  func addRanges(to facts: inout [Fact], sentence: Int) {
    guard facts.count >= 2 else { return }
    var ranges: [Fact] = []
    for n in 0..<(facts.count - 1) {
      // Every range below joins two figures at most two tokens apart: tested before the two
      // facts are copied, strings and all.
      guard facts[n + 1].tokens.lowerBound - facts[n].tokens.upperBound <= 2, Self.rangeable(facts[n].type),
        Self.rangeable(facts[n + 1].type)
      else { continue }
      var a = facts[n]
      var b = facts[n + 1]
      if var r = boundPair(a, b) {
        r.sentence = sentence
        r.clause = a.clause
        ranges.append(r)
        continue
      }
      guard Self.rangeable(a.type), Self.rangeable(b.type), let va = a.value, let vb = b.value
      else { continue }
      let between = a.tokens.upperBound..<b.tokens.lowerBound
      // A measure that cannot be negative makes a dash before it a range dash however it is
      // spaced: "around 2 -7 g", "2 - ~7 grams" (the tilde hedges the upper end).
      let unsigned = b.type == .measure && (a.type == .number || (a.type == .measure && a.unit == b.unit))
        && b.unit != MeasureUnit.celsius.symbol && b.unit != MeasureUnit.fahrenheit.symbol
      let tilde =
        between.count == 2 && unsigned && isSymbol(between.lowerBound + 1, 0x7E) && gap(b.tokens.lowerBound) == 0
      guard between.count == 1 || tilde else { continue }
      let c = between.lowerBound
      var start = a.tokens.lowerBound
      var ok = false
      if isSymbol(c, 0x2D) || isSymbol(c, 0x2013) || isSymbol(c, 0x2014) || (isSymbol(c, 0x7E) && !tilde) {
        // "3-5%", "10–20", "20~100", "5k-20k": digits on both sides (or a glued scale),
        // spaced alike; "02-19" is a date part, "+1-222-2222" a phone number. "3km-5km":
        // the same unit glued to both ends.
        let lastA = a.tokens.upperBound - 1
        let left = tokens[lastA]
        let endsInDigits =
          isDigits(lastA) || (a.scale != nil && gap(lastA) == 0 && isDigits(lastA - 1))
          || (unsigned && a.type == .measure && isWord(lastA) && gap(lastA) == 0 && isDigits(lastA - 1)
            && gap(c) == 0)
        let first = a.tokens.lowerBound
        let last = b.tokens.upperBound
        let chained =
          (first > 0 && gap(first) == 0
            && (isSymbol(first - 1, 0x2B) || isSymbol(first - 1, 0x2D) || isSymbol(first - 1, 0x2F)))
          || (last + 1 < tokens.count && gap(last) == 0 && (isSymbol(last, 0x2D) || isSymbol(last, 0x2F))
            && isDigits(last + 1))
        ok =
          (gap(c) == gap(c + 1) || (unsigned && gap(c) == 1 && gap(c + 1) == 0 && isDigits(lastA)) || tilde)
          && endsInDigits && !chained
          && (isDigits(b.tokens.lowerBound)
            // "$10-$20", "£5m-£8m": the same currency sign before both ends.
            || (a.type == .money && b.type == .money && a.unit == b.unit && gap(c + 1) == 0
              && tokens[c + 1].kind == .symbol && Self.currencySymbol(tokens[c + 1].key) != nil
              && isDigits(c + 2) && gap(c + 2) == 0))
          && !(isDigits(lastA) && left.length > 1 && text.scalars[Int(left.start)] == 0x30)
      } else if let (conn, _) = first(c, { if case .connector(let k) = $0.lex { k } else { nil } }) {
        let before = start - 1
        let opener = before >= 0 ? first(before, { if case .connector(let k) = $0.lex { k } else { nil } })?.0 : nil
        switch conn {
        case .to:
          ok = true
          if opener == .from { start = before }
        case .and:
          if opener == .between {
            ok = true
            start = before
          }
        default: break
        }
      }
      guard ok else { continue }
      // "3 to 5 million dollars": the first end takes the second's scale and unit.
      var low = va
      if a.type == .money, b.type == .money, a.unit == b.unit, a.scale == nil, let s = b.scale, vb >= va * s {
        // "$2-$3.8 trillion": the first amount takes the second's scale.
        low = va * s
        a.value = low
        a.scale = s
        a.precision = (a.precision ?? 1) * s
        a.interval = options.policy.interval(value: low, precision: a.precision ?? s, hedge: a.hedge)
      }
      if a.type == .number, a.scale == nil, b.type != .number || b.scale != nil {
        if let s = b.scale, vb >= va * s {
          low = va * s
          a.value = low
          a.scale = s
          a.precision = (a.precision ?? 1) * s
          a.interval = options.policy.interval(value: low, precision: a.precision ?? s, hedge: a.hedge)
        }
        a.type = b.type
        a.unit = b.unit
        a.interval = options.policy.interval(
          value: low, precision: a.precision ?? 1, hedge: a.hedge, nonNegative: low >= 0)
      }
      // Only a real range (low end first) passes its unit back to the first end;
      // "1-1" and "2 - 2" are scores, not ranges.
      guard a.type == b.type, a.unit == b.unit, low < vb else { continue }
      facts[n] = a
      b = facts[n + 1]
      // The ends are bounds as stated: "between 10 and 20" runs from 10 to 20, not from 9.5.
      let interval = Interval(
        low: a.hedge == nil ? low : a.interval.low, high: b.hedge == nil ? vb : b.interval.high,
        lowInclusive: a.hedge == nil || a.interval.lowInclusive,
        highInclusive: b.hedge == nil || b.interval.highInclusive)
      var r = Fact(
        type: .range, span: span(start..<b.tokens.upperBound), tokens: start..<b.tokens.upperBound,
        value: nil, interval: interval, unit: b.type == .number ? nil : (b.unit ?? b.type.rawValue),
        scale: b.scale, precision: b.precision)
      r.sentence = sentence
      r.clause = a.clause
      ranges.append(r)
    }
    facts.append(contentsOf: ranges)
  }

  /// The types a range joins. A switch: a `Set<FactType>` hashed on every test.
  static func rangeable(_ t: FactType) -> Bool {
    switch t {
    case .number, .percent, .money, .measure, .count, .duration: true
    default: false
    }
  }

  func listFacts(_ segmentation: Segmentation) -> [Fact] {
    segmentation.lists.map { list in
      // The list starts at its first marker, so a pattern can run from "…:" straight into it.
      let first = list.items.first!.marker.lowerBound
      let last = list.items.last!.tokens.upperBound
      let count = Double(list.items.count)
      var f = Fact(
        type: .list, span: span(first..<last), tokens: first..<last, value: count, interval: .point(count))
      f.items = list.items.map { span($0.tokens) }
      f.sentence =
        list.introduction
        ?? segmentation.sentences.firstIndex { $0.tokens.contains(first) } ?? 0
      f.unit = list.style.rawValue
      return f
    }
  }
}

@inline(__always)
func pow10(_ n: Int) -> Double {
  var d = 1.0
  for _ in 0..<n { d *= 10 }
  return d
}

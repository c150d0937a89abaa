import TextModel

/// Currencies and units of measure around a figure: signs and codes before it ("Rs. 20",
/// "MYR42", "c $ 5"), names after it ("42 ريالات قطرية", "3 ج.م"), cents after an amount
/// ("20 dollars and 43 cents"), units with powers and rates ("km2", "km/h", "37°C"),
/// compound lengths ("5 ft 2 in") and fractions of a unit ("نصف لتر", "half a gallon").
extension Scan {
  // MARK: currencies

  /// The currency a sign names: $ € £ ¥ ₹ ₡ ₾ ₭ ₦ ₩ ₪ ₺ ₽ ₱ ₫ 元.
  static func currencySymbol(_ c: UInt64) -> String? {
    switch c {
    case 0x24: "USD"
    case 0x20AC: "EUR"
    case 0xA3: "GBP"
    case 0xA5: "JPY"
    case 0x20B9: "INR"
    case 0x20A1: "CRC"
    case 0x20BE: "GEL"
    case 0x20AD: "LAK"
    case 0x20A6: "NGN"
    case 0x20A9: "KRW"
    case 0x20AA: "ILS"
    case 0x20BA: "TRY"
    case 0x20BD: "RUB"
    case 0x20B1: "PHP"
    case 0x20AB: "VND"
    case 0x5143: "CNY"
    default: nil
    }
  }

  /// Letters glued before "$": "US$", "C$", "HK$", "Mex$", "aud$".
  static let dollarPrefixes: KeyMap<String> = {
    var d: [UInt64: String] = [:]
    for (w, c) in [
      ("us", "USD"), ("usd", "USD"), ("c", "CAD"), ("cad", "CAD"), ("can", "CAD"), ("a", "AUD"), ("au", "AUD"),
      ("aud", "AUD"), ("hk", "HKD"), ("hkd", "HKD"), ("s", "SGD"), ("sgd", "SGD"), ("nz", "NZD"),
      ("nzd", "NZD"), ("mex", "MXN"), ("mx", "MXN"), ("mxn", "MXN"), ("r", "BRL"), ("nt", "TWD"),
    ] {
      d[key(w)] = c
    }
    return KeyMap(d)
  }()
  /// Prefixes that tokenised text (Penn Treebank style) writes apart from the "$": "c $ 5".
  static let spacedDollarPrefixes: KeySet = KeySet(["c", "hk", "us", "nz"].map(key))

  /// Currency names that may also stand before the figure: "Rs 20", "RM 42", "LE 5 million",
  /// "ringgit 42", "malaysian ringgit 42" (codes such as "USD 5" always may).
  static let prefixCurrencyKeys: KeySet = KeySet(["rs", "rm", "le", "ringgit", "ringgits", "malaysian", "malaysia"].map(key))
  static let rsKey = key("rs")

  /// ISO 4217 codes that count only in capitals ("42 BGN", "UAH 3.04"). Codes that are also
  /// words or common names are left out: ALL, TOP, CUP, TRY, PEN, COP (COP26), PHP, AMD,
  /// RON (RON 95), NPR, SDG (SDG 5), ESP, DEM, ITL.
  static let isoCodes: KeyMap<String> = {
    let codes = """
      USD EUR GBP JPY CNY INR CHF CAD AUD NZD HKD SGD SEK NOK DKK ISK RUB ILS EGP SAR AED QAR KWD BHD OMR \
      JOD LBP SYP IQD IRR YER MAD DZD TND LYD MRU MYR IDR THB VND KRW KPW TWD PKR BDT LKR AFN NGN \
      ZAR KES GHS ETB TZS UGX XAF XOF BRL MXN ARS CLP VES UAH PLN CZK HUF BGN RSD KZT UZS MNT \
      AZN BYN MDL HRK BTC FIM FRF
      """
    var d: [UInt64: String] = [:]
    for c in codes.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }) { d[key(String(c))] = String(c) }
    return KeyMap(d)
  }()

  /// A three-letter code in capitals at `i`.
  func isoCode(at i: Int) -> String? {
    guard isWord(i), tokens[i].length == 3, let code = Self.isoCodes[tokens[i].key] else { return nil }
    let r = text.originalRange(Int(tokens[i].start)..<Int(tokens[i].end))
    guard r.count == 3 else { return nil }
    let u = source.utf8
    var k = u.index(u.startIndex, offsetBy: r.lowerBound)
    for _ in 0..<3 {
      let b = u[k]
      guard b >= 0x41, b <= 0x5A else { return nil }
      k = u.index(after: k)
    }
    return code
  }

  /// "MUSD", "MEUR": a code in capitals after M for millions, as financial tables write it.
  func millionCode(at i: Int) -> String? {
    guard isWord(i), tokens[i].length == 4, text.scalars[Int(tokens[i].start)] == 0x6D else { return nil }
    let s = Int(tokens[i].start)
    guard let code = Self.isoCodes[Token.hash(text.scalars[(s + 1)..<(s + 4)])] else { return nil }
    let r = text.originalRange(s..<(s + 4))
    guard r.count == 4 else { return nil }
    let u = source.utf8
    var k = u.index(u.startIndex, offsetBy: r.lowerBound)
    for _ in 0..<4 {
      let b = u[k]
      guard b >= 0x41, b <= 0x5A else { return nil }
      k = u.index(after: k)
    }
    return code
  }

  /// Dotted abbreviations: "ج.م" and "L.E" (Egyptian pound), "ر.س", "ر.ق", "د.ك", "ل.ل", "ر.ع", "د.ب".
  static let dottedCurrencies: KeyMap<String> = {
    var d: [UInt64: String] = [:]
    for (a, b, c) in [
      ("ج", "م", "EGP"), ("l", "e", "EGP"), ("ر", "س", "SAR"), ("ر", "ق", "QAR"), ("د", "ك", "KWD"),
      ("ل", "ل", "LBP"), ("ر", "ع", "OMR"), ("د", "ب", "BHD"),
    ] {
      d[key(a) &* 31 &+ key(b)] = c
    }
    return KeyMap(d)
  }()

  func dottedCurrency(at i: Int, limit: Int) -> (String, Int)? {
    guard i + 2 < limit, tokens[i].length == 1, isSymbol(i + 1, 0x2E), gap(i + 1) == 0, isWord(i + 2),
      gap(i + 2) == 0, tokens[i + 2].length == 1,
      let code = Self.dottedCurrencies[tokens[i].key &* 31 &+ tokens[i + 2].key]
    else { return nil }
    var e = i + 3
    if isSymbol(e, 0x2E), gap(e) == 0, !isDigits(e + 1) { e += 1 }
    return (code, e)
  }

  @inline(__always)
  func currencyLex(_ i: Int) -> (String, LexMatch)? {
    first(i, { if case .currency(let c) = $0.lex { c } else { nil } })
  }

  /// The amount's cents and scale after its currency: "75 USD million", "20 dollars 43 cents",
  /// "$20 and 43c", "3 دولار و42 سينت", and at the end of a clause "15 dollars and 50".
  /// Returns the value to add (in the currency), the scale factor and the new end.
  func moneyTail(at end: Int, limit: Int, number: NumberRead, start: Int) -> (Double, Double, Int)? {
    if number.scale == nil, end < limit, isWord(end), gap(end) == 1, tokens[end].length > 1,
      let (f, m) = first(end, { if case .scale(let f) = $0.lex { f } else { nil } })
    {
      return (0, f, Int(m.end))
    }
    guard number.precision == 1, number.scale == nil else { return nil }
    var k = end
    var joined = false
    if isWord(k, Self.andKey) || isWord(k, Self.wawKey) {
      guard gap(k) <= 1 else { return nil }
      joined = true
      k += 1
    }
    guard k < limit, gap(k) <= 1, !isSymbol(k, 0x2D) else { return nil }
    if !joined, gap(k) == 0 { return nil }
    guard let cents = readNumber(at: k, limit: limit), cents.scale == nil, cents.precision == 1,
      cents.value >= 1, cents.value < 100
    else { return nil }
    let e = cents.tokens.upperBound
    // A subunit: "43 cents", "43c", "43¢", "42 سينت".
    if e < limit, gap(e) <= 1 {
      if isSymbol(e, 0xA2) { return (cents.value / 100, 1, e + 1) }
      if isWord(e, Self.cKey), gap(e) == 0 { return (cents.value / 100, 1, e + 1) }
      if let (_, m) = first(e, { if case .currencySubunit(let c) = $0.lex { c } else { nil } }) {
        return (cents.value / 100, 1, Int(m.end))
      }
    }
    // A bare number ends the clause: "$20 43", "15 dollars and 50." Not in "between $5 and 10".
    let before = start - 1
    if before >= 0, isWord(before), first(before, { if case .connector(.between) = $0.lex { 1 } else { nil } }) != nil {
      return nil
    }
    let closes =
      e >= limit
      || (tokens[e].kind == .symbol && [0x2E, 0x2C, 0x21, 0x3F, 0x3B, 0x61F, 0x60C].contains(tokens[e].key)
        && !isDigits(e + 1))
    guard closes else { return nil }
    return (cents.value / 100, 1, e)
  }

  /// "a dollar", "a kilometre", "a kg": the article counts one before a currency or unit word.
  /// Not before capital abbreviations ("a TB", "an MI"), nor in idioms ("a bit", "a ton of work"), nor as a
  /// rate after a figure ("$80 a barrel", "20p a litre").
  func articleOne(at j: Int, limit: Int) -> NumberRead? {
    guard j + 1 < limit, isWord(j, Self.aKey) || isWord(j, Self.anKey), isWord(j + 1), gap(j + 1) == 1,
      tokens[j + 1].length > 2 || (tokens[j + 1].length == 2 && !isUpperLetter(j + 1)),
      !Self.idiomUnitKeys.contains(tokens[j + 1].key),
      j == 0 || !(isDigits(j - 1) || tokens[j - 1].kind == .symbol
        || !flags[j - 1].isDisjoint(with: [.scale, .currency, .unit, .numeral])),
      !flags[j + 1].isDisjoint(with: [.currency, .unit]),
      currencyLex(j + 1) != nil || measureSuffix(at: j + 1, limit: limit) != nil
    else { return nil }
    return NumberRead(value: 1, precision: 1, tokens: j..<(j + 1))
  }
  /// "10 c" at the end of a clause: cents, in lower case (a capital C is Celsius).
  func spacedCent(at j: Int, limit: Int) -> Int? {
    guard j < limit, isWord(j, Self.cKey), gap(j) == 1, !isUpperLetter(j),
      j + 1 >= limit || (tokens[j + 1].kind == .symbol && !isDigits(j + 2) && tokens[j + 1].key != 0x2E)
        || (isSymbol(j + 1, 0x2E) && !isWord(j + 2) && !isDigits(j + 2))
    else { return nil }
    return j + 1
  }
  static let idiomUnitKeys: KeySet = KeySet(
    ["ton", "tons", "foot", "feet", "inch", "pound", "pounds", "mile", "miles", "bit", "bits", "kilo", "kilos", "yard"].map(key))

  // MARK: measures

  /// The unit of measure at `j`: a unit word or symbol with its power or rate ("km2", "m³",
  /// "km/h"), "°C", "℉", the adjectival "3-inch".
  func measureSuffix(at j: Int, limit: Int) -> (MeasureUnit, Int)? {
    guard j < limit, gap(j) <= 1 else { return nil }
    let t = tokens[j]
    if t.kind == .symbol {
      switch t.key {
      case 0x2103: return (.celsius, j + 1)
      case 0x2109: return (.fahrenheit, j + 1)
      case 0xB0:
        // "37°C", "37 ° celsius", "70°F"; a bare degree may be an angle.
        let k = j + 1
        guard k < limit, isWord(k), gap(k) <= 1 else { return nil }
        if tokens[k].key == Self.cKey { return (.celsius, k + 1) }
        if tokens[k].key == Self.fKey { return (.fahrenheit, k + 1) }
        if let (u, m) = first(k, { if case .unit(let u) = $0.lex { u } else { nil } }), u.dimension == .temperature {
          return (u, Int(m.end))
        }
        return nil
      case 0x3BC, 0xB5:
        // "120 μg"
        guard isWord(j + 1), gap(j + 1) == 0, tokens[j + 1].key == Self.gKey else { return nil }
        return (.microgram, j + 2)
      case 0x28, 0x5B, 0x7B, 0x3C:
        // "20 (kg)", "20 [kg]": a unit in brackets right after the figure.
        guard isWord(j + 1), gap(j + 1) == 0, let (u, e) = measureSuffix(at: j + 1, limit: limit), e < limit,
          tokens[e].kind == .symbol, gap(e) == 0,
          tokens[e].key == [0x28: 0x29, 0x5B: 0x5D, 0x7B: 0x7D, 0x3C: 0x3E][t.key]
        else { return nil }
        return (u, e + 1)
      case 0x2D:
        // "a 3-inch screen", "a 45-acre farm": the unit glued by a hyphen.
        // "two-bit" is an idiom; "16-bit" is a width.
        guard gap(j) == 0, isWord(j + 1), gap(j + 1) == 0, tokens[j + 1].length > 1,
          let (u, m) = first(j + 1, { if case .unit(let u) = $0.lex { u } else { nil } }),
          u.dimension != .dataSize || isDigits(j - 1)
        else { return nil }
        return (u, Int(m.end))
      default: return nil
      }
    }
    guard t.kind == .word else { return nil }
    // "5m2", "300m3": metres only with the power ("5m" alone is five million).
    if t.key == Self.mKey, isDigits(j + 1), gap(j + 1) == 0, tokens[j + 1].length == 1,
      let p = MeasureUnit.metre.power(Int(tokens[j + 1].key)), !isDigits(j + 2)
    {
      return (p, j + 2)
    }
    // "120 μg" (Greek mu before a Latin g).
    if t.key == Self.muKey || t.key == Self.microKey, isWord(j + 1), gap(j + 1) == 0, tokens[j + 1].key == Self.gKey {
      return (.microgram, j + 2)
    }
    for m in lex(j) {
      guard case .unit(var u) = m.lex else { continue }
      // A unit after a figure carries no article, and a short one no clitic ("لغم" is a mine).
      if m.article || (m.prefix > 0 && t.length - Int(m.prefix) <= 3) { continue }
      var e = Int(m.end)
      if t.length == 1 {
        // One letter: "5g" and "2l" glued; spaced only before a break or a joining word.
        if gap(j) == 1 {
          guard e >= limit || !isWord(e) || Self.oneLetterFollowers.contains(tokens[e].key) else { continue }
          guard !isDigits(e) else { continue }
        }
        // "24703L202", "24703 L-202": a letter inside a code.
        if isDigits(e), gap(e) == 0 { continue }
        if isSymbol(e, 0x2D), gap(e) == 0, isDigits(e + 1), gap(e + 1) == 0 { continue }
        // "5G" is a network, not grams.
        if t.key == Self.gKey, isUpperLetter(j) { continue }
      }
      if u.dimension == .length, e < limit, gap(e) == 0 {
        if isDigits(e), tokens[e].length == 1, let p = u.power(Int(tokens[e].key)), !isSymbol(e + 1, 0x2E) || !isDigits(e + 2) {
          u = p
          e += 1
        } else if isSymbol(e, 0xB2), let p = u.power(2) {
          u = p
          e += 1
        } else if isSymbol(e, 0xB3), let p = u.power(3) {
          u = p
          e += 1
        } else if isSymbol(e, 0x2F), isWord(e + 1), gap(e + 1) == 0 {
          let k = tokens[e + 1].key
          if Self.hourKeys.contains(k), let p = u.per(hour: true) {
            u = p
            e += 2
          } else if Self.secondKeys.contains(k), let p = u.per(hour: false) {
            u = p
            e += 2
          }
        }
      }
      return (u, e)
    }
    // "1 k.g.", "1 k.gs"
    if t.key == Self.kKey, isSymbol(j + 1, 0x2E), gap(j + 1) == 0, isWord(j + 2), gap(j + 2) == 0,
      tokens[j + 2].key == Self.gKey || tokens[j + 2].key == Self.gsKey
    {
      var e = j + 3
      if isSymbol(e, 0x2E), gap(e) == 0, !isDigits(e + 1) { e += 1 }
      return (.kilogram, e)
    }
    return nil
  }

  func isUpperLetter(_ i: Int) -> Bool {
    let r = text.originalRange(Int(tokens[i].start)..<Int(tokens[i].end))
    let u = source.utf8
    let b = u[u.index(u.startIndex, offsetBy: r.lowerBound)]
    return b >= 0x41 && b <= 0x5A
  }

  static let oneLetterFollowers: KeySet = KeySet(["of", "and", "to", "or", "من", "و"].map(key))
  static let hourKeys: KeySet = KeySet(["h", "hr", "hour", "س", "ساعة"].map(key))
  static let secondKeys: KeySet = KeySet(["s", "sec"].map(key))
  static let fKey = key("f")
  static let gKey = key("g")
  static let gsKey = key("gs")
  static let kKey = key("k")
  static let mKey = key("m")
  static let muKey = key("μ")
  static let microKey = key("µ")
  static let inKey = key("in")
  static let imperialSymbols: Set<String> = ["mi", "yd", "ft", "in", "lb", "oz"]
  static let betweenKey = key("between")
  static let bainaKey = key("بين")

  /// Smaller units of the same length or mass after a measure: "7 feet 10 inches" (94 in),
  /// "2 km and 1 metre" (2001 m), "5 ft 2 in". Each unit must be smaller than the one before.
  func compoundMeasure(
    value: Double, precision: Double, unit: MeasureUnit, end: Int, start: Int, limit: Int
  ) -> (Double, Double, MeasureUnit, Int)? {
    guard unit.dimension == .length || unit.dimension == .mass else { return nil }
    var value = value
    var precision = precision
    var unit = unit
    var end = end
    var joined = false
    while end < limit {
      var k = end
      if isSymbol(k, 0x2C), gap(k) == 0 {
        k += 1
      } else if isWord(k, Self.andKey), gap(k) == 1 {
        // "between 1 km and 500 m" is a range.
        let b = start - 1
        if isWord(b, Self.betweenKey) || isWord(b, Self.bainaKey) { break }
        k += 1
      }
      guard k < limit, gap(k) == 1, let n = readNumber(at: k, limit: limit), n.scale == nil, n.value >= 0 else { break }
      let e = n.tokens.upperBound
      var next = measureSuffix(at: e, limit: limit)
      if next == nil, unit.symbol == "ft" || unit.symbol == "yd", isWord(e, Self.inKey), gap(e) == 1 {
        next = (.inch, e + 1)
      }
      // Written apart by "and" or a comma, the smaller part must also be less than one of the
      // unit before: "sizes of 30 cm and 150 mm" is a list.
      // Imperial parts are a compound however large the smaller part: "2 yards and 7 feet".
      guard let (u2, e2) = next, u2.dimension == unit.dimension, u2.factor < unit.factor,
        k == end || n.value * u2.factor < unit.factor
          || (Self.imperialSymbols.contains(unit.symbol) && Self.imperialSymbols.contains(u2.symbol)
            && n.value == n.value.rounded())
      else { break }
      value = value * unit.factor / u2.factor + n.value
      precision = n.precision
      unit = u2
      end = e2
      joined = true
    }
    return joined ? (value, precision, unit, end) : nil
  }

  /// A fraction in digits before a unit or currency: "1/2 gallon", "10 1/2 miles", "2/1000 كغ".
  func unitFraction(_ n: NumberRead, limit: Int) -> NumberRead? {
    guard n.scale == nil, n.precision == 1, n.value >= 0 else { return nil }
    var j = n.tokens.upperBound
    var whole = 0.0
    var numerator = n.value
    if isDigits(j), gap(j) == 1, tokens[j].length <= 2, isSymbol(j + 1, 0x2F), gap(j + 1) == 0 {
      whole = n.value
      numerator = Double(tokens[j].key)
      j += 1
    }
    guard isSymbol(j, 0x2F), gap(j) == 0, isDigits(j + 1), gap(j + 1) == 0, tokens[j + 1].length <= 4 else { return nil }
    let denominator = Double(tokens[j + 1].key)
    guard denominator > numerator, numerator > 0 else { return nil }
    let e = j + 2
    guard measureSuffix(at: e, limit: limit) != nil || currencySuffix(at: e, limit: limit) != nil else { return nil }
    return NumberRead(value: whole + numerator / denominator, precision: 0, tokens: n.tokens.lowerBound..<e)
  }

  // MARK: words alone

  /// Full unit nouns (no abbreviations, no words with other senses such as ميل, قدم or غرام)
  /// that state one unit when they stand alone and indefinite.
  static let arabicSingleUnits: KeySet = KeySet(
    [
      "كيلوغرام", "كيلوجرام", "كيلوغراماً", "كيلوجراماً", "كيلوغراما", "كيلوجراما", "لتر", "لتراً", "لترا", "ليتر",
      "طن", "طناً", "طنا", "برميل", "برميلاً", "كيلومتر", "كيلومتراً", "كيلومترا", "غالون", "جالون", "كيلو",
    ].map(key))

  /// Whether the unit word at `i` stands alone: no figure, currency, price or "per" (سعر, لكل,
  /// /) before it, and no definite noun after it ("سعر برميل النفط" is a price per barrel).
  func oneByItself(at i: Int) -> Bool {
    let a = i + 1
    if isWord(a), gap(a) == 1, tokens[a].length > 3, script(a) == .arabic,
      text.scalars[Int(tokens[a].start)] == Lexicon.alef, text.scalars[Int(tokens[a].start) + 1] == Lexicon.lam
    {
      return false
    }
    let b = i - 1
    guard b >= 0 else { return true }
    if isDigits(b) { return false }
    if tokens[b].kind == .symbol { return tokens[b].key != 0x2F && Self.currencySymbol(tokens[b].key) == nil }
    if !flags[b].isDisjoint(with: [.numeral, .scale, .scaleDual, .dualNumeral, .currency, .unit]) { return false }
    return !Self.perKeys.contains(tokens[b].key)
  }
  static let perKeys: KeySet = KeySet(["لكل", "كل", "per", "a", "an", "سعر", "بسعر", "ثمن", "بثمن", "وسعر"].map(key))

  /// "… and a half" after a unit word: "لتر ونصف", "لتر و ربع".
  static let waFractions: KeyMap<Double> = {
    var d: [UInt64: Double] = [:]
    for (w, v) in [("ونصف", 0.5), ("ونص", 0.5), ("وربع", 0.25)] { d[key(w)] = v }
    return KeyMap(d)
  }()
  static let fractionAfterWaw: KeyMap<Double> = {
    var d: [UInt64: Double] = [:]
    for (w, v) in [("نصف", 0.5), ("نص", 0.5), ("ربع", 0.25)] { d[key(w)] = v }
    return KeyMap(d)
  }()

  /// A unit or currency named by a word that also says how many: "لترين" (2 l), "دولارين",
  /// "نصف لتر" (0.5 l), "half a gallon", "لتر ونصف" (1.5 l).
  func matchUnitWords(at i: Int, limit: Int) -> Fact? {
    guard isWord(i) else { return nil }
    var value: Double?
    var e = i + 1
    var unitWord = i
    if let ((f, needsOf), _) = first(i, { if case .unitFraction(let f, let o) = $0.lex { (f, o) } else { nil } }) {
      var k = i + 1
      // "tenth of a gallon": an ordinal is a fraction only before "of".
      if needsOf, !isWord(k, Self.ofKey) { return nil }
      if isSymbol(k, 0x2D), gap(k) == 0, gap(k + 1) == 0 {
        k += 1
      } else if isWord(k, Self.aKey) || isWord(k, Self.anKey) || isWord(k, Self.ofKey) {
        if isWord(k, Self.ofKey), isWord(k + 1, Self.aKey) { k += 1 }
        k += 1
      }
      guard k < limit, isWord(k), gap(k) <= 1 else { return nil }
      value = f
      unitWord = k
    }
    guard unitWord < limit else { return nil }
    var type = FactType.measure
    var unit: String?
    var unitEnd = unitWord + 1
    for m in lex(unitWord) {
      switch m.lex {
      case .unit(let u) where tokens[unitWord].length > 1 || value != nil:
        unit = u.symbol
      case .currency(let c):
        type = .money
        unit = c
      case .dualUnit(let u) where value == nil:
        unit = u.symbol
        value = 2
      case .dualCurrency(let c) where value == nil:
        type = .money
        unit = c
        value = 2
      default: continue
      }
      unitEnd = Int(m.end)
      break
    }
    guard let u = unit else { return nil }
    e = unitEnd
    if value == nil {
      // "لتر ونصف", "لتر و ربع": one unit and a fraction; the unit word must be bare.
      guard script(unitWord) == .arabic, lex(unitWord).first?.prefix == 0 else { return nil }
      if e < limit, gap(e) <= 1, let f = Self.waFractions[tokens[e].key] {
        value = 1 + f
        e += 1
      } else if e < limit, gap(e) <= 1, isWord(e, Self.wawKey), e + 1 < limit, gap(e + 1) <= 1,
        let f = Self.fractionAfterWaw[tokens[e + 1].key]
      {
        value = 1 + f
        e += 2
      } else if Self.arabicSingleUnits.contains(tokens[i].key), type == .measure, oneByItself(at: i) {
        // Arabic names one of a unit by the bare indefinite noun: "اشترى كيلوغراماً" (a kilogram).
        value = 1
      } else {
        return nil
      }
    }
    guard let v = value else { return nil }
    return Fact(
      type: type, span: span(i..<e), tokens: i..<e, value: v, interval: .point(v), unit: u, precision: 0)
  }
}

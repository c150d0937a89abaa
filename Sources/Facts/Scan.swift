import TextModel

/// The state one extraction pass reads: normalised text, tokens, and what each word means.
/// Recognizers are extensions of this type, one file each.
struct Scan {
  let text: NormalizedText
  let tokens: [Token]
  /// The original text, for units quoted as written.
  let source: String
  let options: ExtractionOptions
  /// Readings of each token: `hits[hitStart[i]..<hitStart[i + 1]]`.
  private let hits: [LexMatch]
  private let hitStart: [Int32]
  /// What kinds of reading each token has, for constant-time rejection in recognizers.
  let flags: [LexFlags]
  /// Whether the text writes thousands with dots and decimals with commas ("1.400,5").
  let dotThousands: Bool
  /// The clitic-free stems of every word, found while reading them.
  let stems: [Stem]

  init(source: String, text: NormalizedText, tokens: [Token], lexicon: Lexicon, options: ExtractionOptions) {
    self.source = source
    self.text = text
    self.tokens = tokens
    self.options = options
    let reading = lexicon.read(tokens, text.scalars)
    self.stems = reading.stems
    self.hits = reading.hits
    self.hitStart = reading.hitStart
    // `.extraStart` and `.dateStart` come with the lookup of the whole word: see `Lexicon.Slot`.
    self.flags = reading.flags
    self.dotThousands = Self.detectDotThousands(tokens)
  }

  @inline(__always)
  func mayStartDate(_ i: Int) -> Bool {
    let t = tokens[i]
    switch t.kind {
    case .digits: return t.length <= 4
    case .symbol: return false
    case .word: return !flags[i].isDisjoint(with: [.month, .hijriMonth, .weekday, .relative, .marker, .ordinal, .dateStart, .numeral])
    }
  }

  @inline(__always)
  func mayStartQuantity(_ i: Int) -> Bool {
    let t = tokens[i]
    switch t.kind {
    case .digits: return true
    case .symbol:
      switch t.key {
      case 0x25, 0x2D: return true  // % -
      case 0x3E, 0x3C, 0x2265, 0x2264: return true  // > < ≥ ≤
      case 0x2E:  // ".5"
        return (t.gap > 0 || i == 0) && i + 1 < tokens.count && tokens[i + 1].kind == .digits
          && tokens[i + 1].gap == 0
      case 0xBC...0xBE, 0x2150...0x215E: return true  // ¼ ½ ¾ ⅐ … ⅞
      default: return Self.currencySymbol(t.key) != nil  // $ € …
      }
    case .word:
      return !flags[i].isDisjoint(
        with: [.hedge, .numeral, .scale, .scaleDual, .dualNumeral, .currency, .percent, .extraStart])
        || (i + 2 < tokens.count && tokens[i + 2].kind == .digits && tokens[i + 2].gap == 0)
        || (i + 1 < tokens.count && tokens[i + 1].kind == .symbol
          && (tokens[i + 1].gap == 0 || (tokens[i + 1].gap == 1 && tokens[i + 1].key == 0x24)))
        // Of the short words ("في", "of", "to"), only these start a quantity that the flags
        // and neighbours above miss: "a", "an" and the currency prefixes ("Rs 500").
        || (t.length <= 2
          && (t.key == Self.aKey || t.key == Self.anKey
            || (text.scalars[Int(t.start)] < 0x80 && Self.prefixCurrencyKeys.contains(t.key))))
        || (t.length <= 4 && i + 1 < tokens.count && tokens[i + 1].kind == .digits)
    }
  }

  @inline(__always)
  func mayStandalone(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .word else { return false }
    return !flags[i].isDisjoint(with: [.durationDual, .ordinal, .numeral, .multiplier, .dualUnit])
      || (!flags[i].isDisjoint(with: [.unit, .currency]) && isWord(i + 1) && tokens[i + 1].gap <= 1
        && (tokens[i + 1].key == Self.wawKey || Self.waFractions[tokens[i + 1].key] != nil))
      || (flags[i].contains(.unit) && Self.arabicSingleUnits.contains(t.key))
      || (t.length >= 6 && text.scalars[Int(t.end) - 1] == 0x0646)
  }

  @inline(__always)
  func lex(_ i: Int) -> ArraySlice<LexMatch> {
    guard i >= 0, i < tokens.count else { return [] }
    return hits[Int(hitStart[i])..<Int(hitStart[i + 1])]
  }

  @inline(__always)
  func isSymbol(_ i: Int, _ c: UInt32) -> Bool {
    i >= 0 && i < tokens.count && tokens[i].kind == .symbol && tokens[i].key == UInt64(c)
  }

  @inline(__always)
  func isDigits(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .digits }

  @inline(__always)
  func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }

  /// Whether token `i` is the folded form of `word` (precomputed hash).
  @inline(__always)
  func isWord(_ i: Int, _ key: UInt64) -> Bool { isWord(i) && tokens[i].key == key }

  @inline(__always)
  func gap(_ i: Int) -> UInt8 { i < tokens.count ? tokens[i].gap : 3 }

  func script(_ i: Int) -> Script {
    isWord(i) ? scriptOf(text.scalars[Int(tokens[i].start)]) : .other
  }

  /// The folded text of tokens, for units of counted nouns and for tests.
  func string(_ range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    return text.string(Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end))
  }

  /// The original text of normalised scalars `range`, letters as written, without marks.
  func original(scalars range: Range<Int>) -> String {
    let r = text.originalRange(range)
    let utf8 = source.utf8
    let a = utf8.index(utf8.startIndex, offsetBy: r.lowerBound)
    let b = utf8.index(utf8.startIndex, offsetBy: r.upperBound)
    return NormalizedText.clean(Substring(utf8[a..<b]))
  }

  /// UTF-8 span in the original document of a token range.
  func span(_ range: Range<Int>) -> Range<Int> {
    guard !range.isEmpty else { return 0..<0 }
    return text.originalRange(Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end))
  }

  func first<T>(_ i: Int, _ pick: (LexMatch) -> T?) -> (T, LexMatch)? {
    for m in lex(i) { if let v = pick(m) { return (v, m) } }
    return nil
  }

  private static func detectDotThousands(_ tokens: [Token]) -> Bool {
    // "1.400.000" or "3,5" with a decimal comma somewhere in the document.
    var i = 0
    while i + 4 < tokens.count {
      if tokens[i].kind == .digits, tokens[i + 1].kind == .symbol, tokens[i + 1].key == 0x2E,
        tokens[i + 2].kind == .digits, tokens[i + 2].length == 3, tokens[i + 3].kind == .symbol,
        tokens[i + 3].key == 0x2E, tokens[i + 4].kind == .digits, tokens[i + 4].length == 3,
        tokens[i + 1].gap == 0, tokens[i + 2].gap == 0, tokens[i + 3].gap == 0, tokens[i + 4].gap == 0
      {
        return true
      }
      i += 1
    }
    return false
  }
}

/// Folded-word hash of a literal, for comparisons in recognizers.
@inline(__always)
func key(_ s: String) -> UInt64 { Token.hash(NormalizedText.fold(s)) }

/// The kinds of reading a token has.
struct LexFlags: OptionSet {
  let rawValue: UInt32

  static let numeral = LexFlags(rawValue: 1 << 0)
  static let dualNumeral = LexFlags(rawValue: 1 << 1)
  static let scale = LexFlags(rawValue: 1 << 2)
  static let scaleDual = LexFlags(rawValue: 1 << 3)
  static let percent = LexFlags(rawValue: 1 << 4)
  static let multiplier = LexFlags(rawValue: 1 << 5)
  static let currency = LexFlags(rawValue: 1 << 6)
  static let unit = LexFlags(rawValue: 1 << 7)
  static let duration = LexFlags(rawValue: 1 << 8)
  static let durationDual = LexFlags(rawValue: 1 << 9)
  static let month = LexFlags(rawValue: 1 << 10)
  static let hijriMonth = LexFlags(rawValue: 1 << 11)
  static let weekday = LexFlags(rawValue: 1 << 12)
  static let hedge = LexFlags(rawValue: 1 << 13)
  static let ordinal = LexFlags(rawValue: 1 << 14)
  static let relative = LexFlags(rawValue: 1 << 15)
  static let timeZone = LexFlags(rawValue: 1 << 16)
  static let marker = LexFlags(rawValue: 1 << 17)
  static let connector = LexFlags(rawValue: 1 << 18)
  /// Not from the lexicon: a sign word or a fraction word that may start a figure.
  static let extraStart = LexFlags(rawValue: 1 << 19)
  /// Not from the lexicon: an Arabic word that may start a date without being a date word
  /// itself ("آخر", "الربع", a weekday without its article); see `arabicWordDate`.
  static let dateStart = LexFlags(rawValue: 1 << 21)
  /// Words that say how many of a unit: duals ("لترين") and fractions ("half", "نصف").
  static let dualUnit = LexFlags(rawValue: 1 << 20)
  /// A word that can lead a duration without a figure ("a", "half", "نصف"): see
  /// `Scan.durationLeadKeys`.
  static let durationLead = LexFlags(rawValue: 1 << 22)

  init(rawValue: UInt32) { self.rawValue = rawValue }

  init(_ lex: Lex) {
    switch lex {
    case .numeral: self = .numeral
    case .dualNumeral: self = .dualNumeral
    case .scale: self = .scale
    case .scaleDual: self = .scaleDual
    case .percentWord, .percentagePointWord, .pointWord: self = .percent
    case .multiplier: self = .multiplier
    case .currency, .currencySubunit: self = .currency
    case .unit: self = .unit
    case .dualUnit, .dualCurrency, .unitFraction: self = .dualUnit
    case .durationUnit(_, let count): self = count == 2 ? [.duration, .durationDual] : .duration
    case .month: self = .month
    case .hijriMonth: self = .hijriMonth
    case .weekday: self = .weekday
    case .hedge: self = .hedge
    case .ordinal: self = .ordinal
    case .past, .next: self = .relative
    case .timeZone: self = .timeZone
    case .marker, .periodWord: self = .marker
    case .connector: self = .connector
    }
  }
}

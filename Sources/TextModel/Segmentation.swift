/// Paragraphs, sentences, clauses and list blocks of a document, as token index ranges.
public struct Segmentation: Sendable {
  public struct Sentence: Sendable, Equatable {
    public var tokens: Range<Int>
    public var paragraph: Int
  }

  public struct ListBlock: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
      /// The marker ("1.", "-", "أولاً") and the item's own tokens.
      public var marker: Range<Int>
      public var tokens: Range<Int>
    }
    public enum Style: String, Sendable { case numbered, bulleted, ordinalWords = "ordinal_words" }

    public var style: Style
    public var items: [Item]
    /// The sentence that introduces the list ("… 3 main divisions:"), when there is one.
    public var introduction: Int?
  }

  public var paragraphs: [Range<Int>] = []
  public var sentences: [Sentence] = []
  /// Token indices of clause breaks inside sentences (",", "،", ";", ":").
  public var clauseBreaks: [Int] = []
  public var lists: [ListBlock] = []
  /// Per paragraph: the script most of its letters are in.
  public var paragraphScripts: [Script] = []

  public init() {}
}

extension Segmentation {
  public init(tokens: [Token], text: NormalizedText) {
    self.init()
    guard !tokens.isEmpty else { return }
    var lineStarts: [Int] = []
    tokens.withUnsafeBufferPointer { t in
      text.scalars.withUnsafeBufferPointer { s in
        charClasses.withUnsafeBufferPointer { lineStarts = self.split(t, s, $0.baseAddress!) }
      }
    }
    lists = Self.findLists(tokens: tokens, lineStarts: lineStarts, sentences: sentences)
  }

  /// Paragraphs, sentences, clause breaks and paragraph scripts in one pass over the tokens, on
  /// buffers and local arrays; returns the tokens that start a line. The nested functions that
  /// appended to captured arrays, and the second pass for the scripts, cost 46 instructions a
  /// token; these loops 30.
  private mutating func split(
    _ tokens: UnsafeBufferPointer<Token>, _ scalars: UnsafeBufferPointer<UInt32>, _ classes: UnsafePointer<UInt8>
  ) -> [Int] {
    var paragraphs: [Range<Int>] = []
    var sentences: [Sentence] = []
    var clauseBreaks: [Int] = []
    var scripts: [Script] = []
    var lineStarts: [Int] = [0]
    // News text has a sentence about every 25 tokens and a clause break every 15: growing from
    // empty copied each array several times.
    sentences.reserveCapacity(tokens.count / 16 + 4)
    clauseBreaks.reserveCapacity(tokens.count / 8 + 4)
    paragraphs.reserveCapacity(tokens.count / 64 + 4)
    scripts.reserveCapacity(tokens.count / 64 + 4)
    lineStarts.reserveCapacity(tokens.count / 32 + 4)
    var paragraphStart = 0
    var sentenceStart = 0
    // Letters per script in the open paragraph.
    var arabic = 0
    var latin = 0
    var i = 0
    while i < tokens.count {
      // Words and numbers inside a line, the bulk of the tokens, only count letters: a loop of
      // its own keeps that in registers.
      while i < tokens.count {
        let t = tokens.baseAddress! + i
        if t.pointee.gap >= 2 || t.pointee.kind == .symbol { break }
        if t.pointee.kind == .word {
          Self.count(t.pointee, scalars, classes, &arabic, &latin)
        }
        i &+= 1
      }
      guard i < tokens.count else { break }
      let t = tokens[i]
      if t.gap >= 2 && i > 0 {
        lineStarts.append(i)
        if i > sentenceStart {
          sentences.append(Sentence(tokens: sentenceStart..<i, paragraph: paragraphs.count))
        }
        sentenceStart = i
        if t.gap == 3 {
          if i > paragraphStart {
            paragraphs.append(paragraphStart..<i)
            scripts.append(Self.script(arabic, latin))
          }
          paragraphStart = i
          arabic = 0
          latin = 0
        }
      }
      switch t.kind {
      case .word: Self.count(t, scalars, classes, &arabic, &latin)
      case .digits: break
      case .symbol:
        switch t.key {
        case 0x21, 0x3F, 0x061F, 0x061B, 0x2026:  // ! ? ؟ ؛ …
          if i + 1 > sentenceStart {
            sentences.append(Sentence(tokens: sentenceStart..<(i + 1), paragraph: paragraphs.count))
          }
          sentenceStart = i + 1
        case 0x2E:
          if Self.endsSentence(dotAt: i, tokens: tokens, scalars: scalars) {
            if i + 1 > sentenceStart {
              sentences.append(Sentence(tokens: sentenceStart..<(i + 1), paragraph: paragraphs.count))
            }
            sentenceStart = i + 1
          }
        case 0x2C, 0x060C, 0x3B, 0x3A:
          clauseBreaks.append(i)
        default: break
        }
      }
      i += 1
    }
    let end = tokens.count
    if end > sentenceStart {
      sentences.append(Sentence(tokens: sentenceStart..<end, paragraph: paragraphs.count))
    }
    if end > paragraphStart {
      paragraphs.append(paragraphStart..<end)
      scripts.append(Self.script(arabic, latin))
    }
    self.paragraphs = paragraphs
    self.sentences = sentences
    self.clauseBreaks = clauseBreaks
    self.paragraphScripts = scripts
    return lineStarts
  }

  /// Adds a word's letters to its script's count. The class table gives `scriptOf` for the
  /// letter that starts a word.
  @inline(__always)
  private static func count(
    _ t: Token, _ scalars: UnsafeBufferPointer<UInt32>, _ classes: UnsafePointer<UInt8>, _ arabic: inout Int,
    _ latin: inout Int
  ) {
    let v = scalars[Int(t.start)]
    let c = v < 0x800 ? classes[Int(v)] : slowScriptOf(v).rawValue
    if c == Script.arabic.rawValue {
      arabic &+= Int(t.end &- t.start)
    } else if c == Script.latin.rawValue {
      latin &+= Int(t.end &- t.start)
    }
  }

  /// The script most of a paragraph's letters are in.
  private static func script(_ arabic: Int, _ latin: Int) -> Script {
    if arabic == 0 && latin == 0 { return .other }
    return arabic >= latin ? .arabic : .latin
  }

  private static func endsSentence(
    dotAt i: Int, tokens: UnsafeBufferPointer<Token>, scalars: UnsafeBufferPointer<UInt32>
  ) -> Bool {
    let next = i + 1 < tokens.count ? tokens[i + 1] : nil
    if let next, next.gap == 0, next.kind != .symbol { return false }  // 3.5, U.S, example.com
    guard i > 0 else { return true }
    if dottedDate(at: i - 1, tokens) || (i > 1 && dottedDate(at: i - 3, tokens)) { return false }
    let prev = tokens[i - 1]
    if prev.kind == .word, tokens[i].gap == 0, scriptOf(scalars[Int(prev.start)]) == .latin {
      if prev.length == 1 { return false }  // initials, U.S.
      if isAbbreviation(prev.key) { return false }
    }
    return true
  }

  /// Whether tokens from `k` read "16. Nov. 2016", "16. نوفمبر. 2016": a day and a month, each
  /// with its dot, before a year. Neither dot ends a sentence.
  private static func dottedDate(at k: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
    guard k >= 0, k + 4 < tokens.count, tokens[k].kind == .digits, tokens[k].length <= 2 else { return false }
    func dot(_ j: Int) -> Bool { tokens[j].kind == .symbol && tokens[j].key == 0x2E && tokens[j].gap == 0 }
    return dot(k + 1) && tokens[k + 2].kind == .word && tokens[k + 2].gap == 1 && dot(k + 3)
      && tokens[k + 4].kind == .digits && tokens[k + 4].length == 4 && tokens[k + 4].gap == 1
  }

  /// Keys of the abbreviations, sorted: a binary search costs less than hashing the key for a
  /// `Set` (2M instructions fewer segmenting the English sample).
  static let abbreviations: [UInt64] = [
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs",
    "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt", "adm", "rev", "mt", "ft", "approx",
    "est", "dept", "univ", "fig", "nos", "bros", "messrs", "pct", "mln", "bln", "mn", "bn",
  ].map { Token.hash(NormalizedText.fold($0)) }.sorted()

  static func isAbbreviation(_ key: UInt64) -> Bool {
    abbreviations.withUnsafeBufferPointer { keys in
      var low = 0
      var high = keys.count
      while low < high {
        let mid = (low + high) / 2
        if keys[mid] < key { low = mid + 1 } else { high = mid }
      }
      return low < keys.count && keys[low] == key
    }
  }

  /// Keys of "أولاً" … "عاشراً". An array: at every line that starts with a word, a dictionary
  /// lookup hashed the key.
  static let ordinalWords: [UInt64] = [
    "أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً", "تاسعاً", "عاشراً",
  ].map { Token.hash(NormalizedText.fold($0)) }

  /// The marker at the start of a line, if the line is a list item.
  static func marker(at i: Int, tokens: [Token]) -> (ListBlock.Style, Range<Int>)? {
    let t = tokens[i]
    func followedBySpace(_ j: Int) -> Bool { j < tokens.count && tokens[j].gap >= 1 }
    switch t.kind {
    case .digits:
      guard t.key >= 1, t.key <= 99, i + 1 < tokens.count else { return nil }
      let sep = tokens[i + 1]
      guard sep.kind == .symbol, sep.gap == 0 else { return nil }
      if sep.key == 0x2E || sep.key == 0x29 || sep.key == 0x2D, followedBySpace(i + 2) {
        return (.numbered, i..<(i + 2))
      }
      return nil
    case .symbol:
      if t.key == 0x28, i + 2 < tokens.count, tokens[i + 1].kind == .digits,
        tokens[i + 2].key == 0x29, tokens[i + 2].kind == .symbol, tokens[i + 1].key <= 99
      {
        return (.numbered, i..<(i + 3))
      }
      switch t.key {
      case 0x2D, 0x2A, 0x2022, 0x00B7, 0x2013, 0x25AA, 0x25CF:
        return followedBySpace(i + 1) ? (.bulleted, i..<(i + 1)) : nil
      default: return nil
      }
    case .word:
      guard ordinalWords.contains(t.key) else { return nil }
      var end = i + 1
      if end < tokens.count, tokens[end].kind == .symbol {
        switch tokens[end].key {
        case 0x3A, 0x2D, 0x060C, 0x2C: end += 1
        default: break
        }
      }
      return (.ordinalWords, i..<end)
    }
  }

  /// `lineStarts`: the tokens that start a line (the first token and each after a line break).
  static func findLists(tokens: [Token], lineStarts: [Int], sentences: [Sentence]) -> [ListBlock] {
    var lists: [ListBlock] = []
    var current: ListBlock?
    var previousLineEnd = 0
    for (n, start) in lineStarts.enumerated() {
      let end = n + 1 < lineStarts.count ? lineStarts[n + 1] : tokens.count
      if let (style, marker) = marker(at: start, tokens: tokens), marker.upperBound < end {
        let item = ListBlock.Item(marker: marker, tokens: marker.upperBound..<end)
        if var block = current, block.style == style {
          block.items.append(item)
          current = block
        } else {
          if let block = current { lists.append(block) }
          // The introducing sentence is the last one that ends where this line begins.
          let intro = sentences.lastIndex { $0.tokens.upperBound == start && $0.tokens.lowerBound < start }
          current = ListBlock(style: style, items: [item], introduction: intro)
        }
      } else if let block = current {
        lists.append(block)
        current = nil
      }
      previousLineEnd = end
    }
    _ = previousLineEnd
    if let block = current { lists.append(block) }
    // A single bullet line is not a list; a single numbered line usually is not either.
    return lists.filter { $0.items.count >= 2 }
  }
}

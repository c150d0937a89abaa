import TextModel

/// The words and phrases of every loaded language, looked up by the hash of their folded
/// form. Arabic words are also looked up without their clitics (و ف ب ل ك ال and their
/// combinations), so "وبالمئة", "والألف" and "لللأسواق" find their stems.
public struct Lexicon: Sendable {
  struct Entry: Sendable {
    var rest: [UInt64]
    var lex: Lex
  }

  private var table: [UInt64: [Entry]] = [:]

  public init(_ packs: [LanguagePack]) {
    for pack in packs {
      for (phrase, lex) in pack.entries { add(phrase, lex) }
    }
  }

  public mutating func add(_ phrase: String, _ lex: Lex) {
    let words = phrase.split(separator: " ").map { Token.hash(NormalizedText.fold(String($0))) }
    guard let first = words.first else { return }
    let entry = Entry(rest: Array(words.dropFirst()), lex: lex)
    if table[first, default: []].contains(where: { $0.rest == entry.rest && $0.lex == entry.lex }) {
      return
    }
    table[first, default: []].append(entry)
    // Longer phrases first, so the first hit is the longest.
    table[first]!.sort { $0.rest.count > $1.rest.count }
  }

  /// What the word at `i` and the words after it can mean, longest phrase first, then the
  /// least-stripped reading first.
  public func matches(at i: Int, tokens: [Token], text: NormalizedText, into out: inout [LexMatch]) {
    let t = tokens[i]
    guard t.kind == .word else { return }
    let first = text.scalars[Int(t.start)]
    if scriptOf(first) == .arabic {
      var stems: [(Int32, Bool)] = []
      Self.arabicStems(text.scalars, t.start, t.end, into: &stems)
      for (start, article) in stems {
        let key = start == t.start ? t.key : Token.hash(text.scalars[Int(start)..<Int(t.end)])
        collect(key: key, at: i, tokens: tokens, prefix: start - t.start, article: article, into: &out)
      }
    } else {
      collect(key: t.key, at: i, tokens: tokens, prefix: 0, article: false, into: &out)
    }
  }

  @inline(__always)
  private func collect(
    key: UInt64, at i: Int, tokens: [Token], prefix: Int32, article: Bool, into out: inout [LexMatch]
  ) {
    guard let entries = table[key] else { return }
    for e in entries {
      var j = i + 1
      var ok = true
      for h in e.rest {
        guard j < tokens.count, tokens[j].kind == .word, tokens[j].gap <= 1, tokens[j].key == h else {
          ok = false
          break
        }
        j += 1
      }
      if ok {
        out.append(LexMatch(lex: e.lex, end: Int32(j), prefix: UInt8(prefix), article: article))
      }
    }
  }

  static let waw: UInt32 = 0x0648, fa: UInt32 = 0x0641, ba: UInt32 = 0x0628, lam: UInt32 = 0x0644
  static let kaf: UInt32 = 0x0643, alef: UInt32 = 0x0627

  /// Stem starts of an Arabic word after removing clitic prefixes, the whole word first.
  public static func arabicStems(_ s: [UInt32], _ start: Int32, _ end: Int32, into out: inout [(Int32, Bool)]) {
    out.append((start, false))
    var bases: [Int32] = [start]
    if end - start >= 3, s[Int(start)] == waw || s[Int(start)] == fa {
      bases.append(start + 1)
      out.append((start + 1, false))
    }
    for b in bases {
      let c = s[Int(b)]
      guard end - b >= 3 else { continue }
      if c == lam, s[Int(b) + 1] == lam, end - b >= 4 {
        out.append((b + 2, true))  // لل = ل + ال
      }
      if c == ba || c == lam || c == kaf {
        out.append((b + 1, false))
        if end - b >= 5, s[Int(b) + 1] == alef, s[Int(b) + 2] == lam {
          out.append((b + 3, true))
        }
      }
      if c == alef, s[Int(b) + 1] == lam, end - b >= 4 {
        out.append((b + 2, true))
      }
    }
  }
}

/// One reading of the word at a token: what it means, the token after the phrase, and the
/// clitics that were removed to find it.
public struct LexMatch: Sendable, Equatable {
  public var lex: Lex
  public var end: Int32
  /// Scalars of clitic prefix removed from the first word.
  public var prefix: UInt8
  /// Whether the removed prefix includes the article "ال".
  public var article: Bool
}

/// The words of one language. Adding a language means adding a pack and its recognizers.
public struct LanguagePack: Sendable {
  public var language: Language
  public var entries: [(String, Lex)]

  public init(language: Language, entries: [(String, Lex)]) {
    self.language = language
    self.entries = entries
  }
}

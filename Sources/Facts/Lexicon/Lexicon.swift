import TextModel

/// The words and phrases of every loaded language, looked up by the hash of their folded
/// form. Arabic words are also looked up without their clitics (و ف ب ل ك ال and their
/// combinations), so "وبالمئة", "والألف" and "لللأسواق" find their stems.
public struct Lexicon: Sendable {
  struct Entry: Sendable {
    var rest: [UInt64]
    var lex: Lex
  }

  /// Open addressing on the word hash itself: the keys are already FNV hashes, so no second
  /// hash is needed, and a miss (most words) costs one or two array reads. Entries and the
  /// later words of phrases sit in flat arrays, so a lookup retains nothing.
  private var keys: [UInt64] = []
  /// For each slot, the range of its entries in `entries` (start, count); start -1 when empty.
  private var slots: [(start: Int32, count: Int32)] = []
  private var entries: [(restStart: Int32, restCount: Int32, lex: Lex)] = []
  private var rests: [UInt64] = []
  private var mask = 0

  public init(_ packs: [LanguagePack]) {
    var table: [UInt64: [Entry]] = [:]
    for pack in packs {
      for (phrase, lex) in pack.entries {
        let words = phrase.split(separator: " ").map { Token.hash(NormalizedText.fold(String($0))) }
        guard let first = words.first else { continue }
        let entry = Entry(rest: Array(words.dropFirst()), lex: lex)
        if table[first, default: []].contains(where: { $0.rest == entry.rest && $0.lex == entry.lex }) {
          continue
        }
        table[first, default: []].append(entry)
      }
    }
    var capacity = 16
    while capacity < table.count * 3 { capacity *= 2 }
    mask = capacity - 1
    keys = [UInt64](repeating: 0, count: capacity)
    slots = Array(repeating: (-1, 0), count: capacity)
    for (key, bucket) in table {
      var i = Int(truncatingIfNeeded: key) & mask
      while slots[i].start >= 0 { i = (i + 1) & mask }
      keys[i] = key
      slots[i] = (Int32(entries.count), Int32(bucket.count))
      // Longer phrases first, so the first hit is the longest.
      for e in bucket.sorted(by: { $0.rest.count > $1.rest.count }) {
        entries.append((Int32(rests.count), Int32(e.rest.count), e.lex))
        rests.append(contentsOf: e.rest)
      }
    }
  }

  @inline(__always)
  private func bucket(_ key: UInt64) -> (start: Int32, count: Int32)? {
    var i = Int(truncatingIfNeeded: key) & mask
    while true {
      let slot = slots[i]
      if slot.start < 0 { return nil }
      if keys[i] == key { return slot }
      i = (i + 1) & mask
    }
  }

  /// Whether a word (by its folded hash) is in the lexicon, without its clitics considered.
  public func contains(_ key: UInt64) -> Bool { bucket(key) != nil }

  /// What the word at `i` and the words after it can mean, longest phrase first, then the
  /// least-stripped reading first.
  /// The word's stems go to `stems`.
  func matches(at i: Int, tokens: [Token], text: NormalizedText, into out: inout [LexMatch], stems: inout [Stem]) {
    let t = tokens[i]
    guard t.kind == .word else { return }
    collect(key: t.key, at: i, tokens: tokens, prefix: 0, article: false, into: &out)
    text.scalars.withUnsafeBufferPointer { s in
      Self.forEachStemKey(s, t) { start, article, key in
        stems.append(Stem(token: Int32(i), start: start, key: key))
        collect(key: key, at: i, tokens: tokens, prefix: start - t.start, article: article, into: &out)
      }
    }
  }

  @inline(__always)
  private func collect(
    key: UInt64, at i: Int, tokens: [Token], prefix: Int32, article: Bool, into out: inout [LexMatch]
  ) {
    guard let b = bucket(key) else { return }
    for n in Int(b.start)..<Int(b.start + b.count) {
      let (restStart, restCount, _) = entries[n]
      var j = i + 1
      var ok = true
      for r in Int(restStart)..<Int(restStart + restCount) {
        guard j < tokens.count, tokens[j].kind == .word, tokens[j].gap <= 1, tokens[j].key == rests[r] else {
          ok = false
          break
        }
        j += 1
      }
      if ok {
        out.append(LexMatch(lex: entries[n].lex, end: Int32(j), prefix: UInt8(prefix), article: article))
      }
    }
  }

  /// Each stem of an Arabic word after the whole word, in `forEachStem` order, with whether
  /// the removed prefix holds the article and the stem's hash. Word hashes run from the last
  /// letter, so one backward pass yields every stem's hash.
  @inline(__always)
  static func forEachStemKey(
    _ s: UnsafeBufferPointer<UInt32>, _ t: Token, _ body: (Int32, Bool, UInt64) -> Void
  ) {
    guard scriptOf(s[Int(t.start)]) == .arabic else { return }
    withUnsafeTemporaryAllocation(of: (start: Int32, article: Bool, key: UInt64).self, capacity: 8) { stems in
      var n = 0
      forEachStem(s, t.start, t.end) { start, article in
        if start != t.start, n < 8 {
          stems[n] = (start, article, 0)
          n += 1
        }
      }
      guard n > 0 else { return }
      var h = Token.fnvOffset
      var k = Int(t.end)
      while k > Int(t.start) + 1 {
        k -= 1
        h = (h ^ UInt64(s[k])) &* Token.fnvPrime
        for m in 0..<n where Int(stems[m].start) == k { stems[m].key = h }
      }
      for m in 0..<n { body(stems[m].start, stems[m].article, stems[m].key) }
    }
  }

  static let waw: UInt32 = 0x0648, fa: UInt32 = 0x0641, ba: UInt32 = 0x0628, lam: UInt32 = 0x0644
  static let kaf: UInt32 = 0x0643, alef: UInt32 = 0x0627

  /// Stem starts of an Arabic word after removing clitic prefixes, the whole word first,
  /// with whether the removed prefix includes the article.
  public static func arabicStems(_ s: [UInt32], _ start: Int32, _ end: Int32, into out: inout [(Int32, Bool)]) {
    s.withUnsafeBufferPointer { p in forEachStem(p, start, end) { out.append(($0, $1)) } }
  }

  @inline(__always)
  public static func forEachStem(
    _ s: UnsafeBufferPointer<UInt32>, _ start: Int32, _ end: Int32, _ body: (Int32, Bool) -> Void
  ) {
    body(start, false)
    let hasConjunction = end - start >= 3 && (s[Int(start)] == waw || s[Int(start)] == fa)
    if hasConjunction { body(start + 1, false) }
    func after(_ b: Int32) {
      guard end - b >= 3 else { return }
      let c = s[Int(b)]
      if c == lam, s[Int(b) + 1] == lam, end - b >= 4 {
        body(b + 2, true)  // لل = ل + ال
      }
      if c == ba || c == lam || c == kaf {
        body(b + 1, false)
        if end - b >= 5, s[Int(b) + 1] == alef, s[Int(b) + 2] == lam {
          body(b + 3, true)
        }
      }
      if c == alef, s[Int(b) + 1] == lam, end - b >= 4 {
        body(b + 2, true)
      }
    }
    after(start)
    if hasConjunction { after(start + 1) }
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

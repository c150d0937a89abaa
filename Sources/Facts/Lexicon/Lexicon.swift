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
  /// later words of phrases sit in flat arrays, so a lookup retains nothing. A slot holds its
  /// key and the range of its entries in `entries` (start -1 when empty), so a probe reads one
  /// place.
  private var slots: [Slot] = []
  private var entries: [(restStart: Int32, restCount: Int32, lex: Lex, flags: LexFlags)] = []
  private var rests: [UInt64] = []
  private var mask = 0
  /// The most entries one key has: `read` leaves room for this many hits per lookup.
  private var widest = 0

  struct Slot {
    var key: UInt64
    var start: Int32
    var count: UInt16
    /// `LexFlags` that the whole word has without any reading (`.extraStart`, `.dateStart`),
    /// shifted down 16 bits to keep the slot at 16 bytes. Marked words that mean nothing have a
    /// slot with no entries: `read` gets their flags from the lookup it makes anyway, where a
    /// second pass with Bloom filters over the keys made extraction 4% slower (969M against
    /// 931M instructions, 1,500 Arabic articles read twice).
    var marks: UInt16
  }

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
    var marks: [UInt64: LexFlags] = [:]
    for k in Scan.extraStartKeys { marks[k, default: []].insert(.extraStart) }
    for k in Scan.arabicDateStartKeys { marks[k, default: []].insert(.dateStart) }
    for k in Scan.durationLeadKeys { marks[k, default: []].insert(.durationLead) }
    for k in marks.keys where table[k] == nil { table[k] = [] }
    var capacity = 16
    while capacity < table.count * 3 { capacity *= 2 }
    mask = capacity - 1
    slots = Array(repeating: Slot(key: 0, start: -1, count: 0, marks: 0), count: capacity)
    for (key, bucket) in table {
      var i = Int(truncatingIfNeeded: key) & mask
      while slots[i].start >= 0 { i = (i + 1) & mask }
      let mark = UInt16(truncatingIfNeeded: (marks[key] ?? []).rawValue >> 16)
      precondition(LexFlags(rawValue: UInt32(mark) << 16) == marks[key] ?? [])
      slots[i] = Slot(key: key, start: Int32(entries.count), count: UInt16(bucket.count), marks: mark)
      widest = max(widest, bucket.count)
      // Longer phrases first, so the first hit is the longest.
      for e in bucket.sorted(by: { $0.rest.count > $1.rest.count }) {
        entries.append((Int32(rests.count), Int32(e.rest.count), e.lex, LexFlags(e.lex)))
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
      if slot.key == key { return slot.count == 0 ? nil : (slot.start, Int32(slot.count)) }
      i = (i + 1) & mask
    }
  }

  /// Whether a word (by its folded hash) is in the lexicon, without its clitics considered.
  public func contains(_ key: UInt64) -> Bool { bucket(key) != nil }

  /// What every token of a document can mean, and the stems of its Arabic words.
  /// `hits[hitStart[i]..<hitStart[i + 1]]` are the readings of token `i`: longest phrase
  /// first, then the least-stripped reading first. `flags[i]` are their kinds and the word's
  /// marks (see `Slot`); `stems` are in token order, each word's in `forEachStem` order.
  func read(_ tokens: [Token], _ scalars: [UInt32]) -> (
    hits: [LexMatch], hitStart: [Int32], flags: [LexFlags], stems: [Stem]
  ) {
    let n = tokens.count
    var hits: [LexMatch] = []
    var stems: [Stem] = []
    var hitStart: [Int32] = []
    let flags = [LexFlags](unsafeUninitializedCapacity: n) { f, fCount in
      hitStart = [Int32](unsafeUninitializedCapacity: n + 1) { starts, startCount in
        tokens.withUnsafeBufferPointer { tp in
          scalars.withUnsafeBufferPointer { sp in
            slots.withUnsafeBufferPointer { slotp in
              entries.withUnsafeBufferPointer { ep in
                rests.withUnsafeBufferPointer { rp in
                  let t = Tables(
                    slots: slotp.baseAddress!, mask: mask, entries: ep.baseAddress, rests: rp.baseAddress,
                    tokens: tp.baseAddress, count: n, scalars: sp.baseAddress)
                  // One lookup gives at most `widest` hits and a word has at most four.
                  let wordHits = 4 * widest
                  var state = (i: 0, hits: 0)
                  repeat {
                    let base = state.hits
                    // Guesses that hold nearly every article at once; a longer one takes more
                    // chunks.
                    let hitChunk = [LexMatch](unsafeUninitializedCapacity: (n - state.i) / 4 + wordHits) { h, hCount in
                      let stemChunk = [Stem](unsafeUninitializedCapacity: n - state.i + 3) { s, sCount in
                        (hCount, sCount) = Self.read(
                          t, &state.i, base, f.baseAddress!, starts.baseAddress!,
                          h.baseAddress!, h.count - wordHits, s.baseAddress!, s.count - 3)
                      }
                      if stems.isEmpty { stems = stemChunk } else { stems += stemChunk }
                    }
                    state.hits += hitChunk.count
                    if hits.isEmpty { hits = hitChunk } else { hits += hitChunk }
                  } while state.i < n
                  starts[n] = Int32(state.hits)
                }
              }
            }
          }
        }
        startCount = n + 1
      }
      fCount = n
    }
    return (hits, hitStart, flags, stems)
  }

  /// The tables and the document that `read` works on, as plain pointers.
  private struct Tables {
    let slots: UnsafePointer<Slot>
    let mask: Int
    let entries: UnsafePointer<(restStart: Int32, restCount: Int32, lex: Lex, flags: LexFlags)>?
    let rests: UnsafePointer<UInt64>?
    let tokens: UnsafePointer<Token>?
    let count: Int
    let scalars: UnsafePointer<UInt32>?
  }

  /// The loop of `read`, on plain pointers, writing into preallocated storage: looked up one
  /// word a call, with closures appending to inout arrays, the pass took 277M instructions on
  /// 1,500 Arabic articles read twice; this way 167M. Reads tokens from `i` on while `hits` has
  /// room below `hitLimit` and `stems` below `stemLimit`, and returns how many of each it wrote.
  private static func read(
    _ t: Tables, _ i: inout Int, _ hitBase: Int, _ flags: UnsafeMutablePointer<LexFlags>,
    _ starts: UnsafeMutablePointer<Int32>, _ hits: UnsafeMutablePointer<LexMatch>, _ hitLimit: Int,
    _ stems: UnsafeMutablePointer<Stem>, _ stemLimit: Int
  ) -> (Int, Int) {
    var h = 0
    var st = 0
    var k = i
    while k < t.count, h <= hitLimit, st <= stemLimit {
      let tok = t.tokens![k]
      starts[k] = Int32(truncatingIfNeeded: hitBase &+ h)
      var f: LexFlags = []
      if tok.kind == .word {
        let marks = collect(t, tok.key, k, 0, false, hits, &h, &f)
        f.formUnion(marks)
        let s = t.scalars!
        let a = Int(tok.start)
        let len = Int(tok.end) &- a
        let c0 = s[a]
        // Only words that begin with و ف ب ل ك ا have stems; the test also keeps other scripts out.
        if len >= 3, c0 &- alef <= waw &- alef {
          // The stems' hashes from the word's, forwards: FNV steps are invertible, so each
          // costs a multiply instead of hashing the word again from its end.
          let h1 = (tok.key &* fnvInverse) ^ UInt64(c0)
          var b = a
          var hb = h1  // hash from b + 1
          if c0 == waw || c0 == fa {
            stem(t, k, 1, false, h1, stems, &st, hits, &h, &f)
            b = a &+ 1
            hb = (h1 &* fnvInverse) ^ UInt64(s[b])
          }
          let rest = Int(tok.end) &- b
          let c = s[b]
          if rest >= 3 {
            let pre = b &- a
            if c == lam || c == ba || c == kaf {
              let c1 = s[b &+ 1]
              let h2 = (hb &* fnvInverse) ^ UInt64(c1)  // from b + 2
              if c == lam, c1 == lam, rest >= 4 {
                stem(t, k, pre &+ 2, true, h2, stems, &st, hits, &h, &f)  // لل = ل + ال
              }
              stem(t, k, pre &+ 1, false, hb, stems, &st, hits, &h, &f)
              if rest >= 5, c1 == alef, s[b &+ 2] == lam {
                stem(t, k, pre &+ 3, true, (h2 &* fnvInverse) ^ UInt64(lam), stems, &st, hits, &h, &f)
              }
            } else if c == alef, s[b &+ 1] == lam, rest >= 4 {
              stem(t, k, pre &+ 2, true, (hb &* fnvInverse) ^ UInt64(lam), stems, &st, hits, &h, &f)
            }
          }
        }
      }
      flags[k] = f
      k &+= 1
    }
    i = k
    return (h, st)
  }

  /// The inverse of `Token.fnvPrime` modulo 2^64: (x ^ c) * prime undone is x * inverse ^ c.
  static let fnvInverse: UInt64 = 0xce96_5057_aff6_957b

  /// A stem `prefix` scalars into the word at token `k`, with its hash `key`, and its readings.
  @inline(__always)
  private static func stem(
    _ t: Tables, _ k: Int, _ prefix: Int, _ article: Bool, _ key: UInt64,
    _ stems: UnsafeMutablePointer<Stem>, _ st: inout Int,
    _ hits: UnsafeMutablePointer<LexMatch>, _ h: inout Int, _ f: inout LexFlags
  ) {
    (stems + st).initialize(
      to: Stem(token: Int32(truncatingIfNeeded: k), start: t.tokens![k].start &+ Int32(truncatingIfNeeded: prefix), key: key))
    st &+= 1
    collect(t, key, k, prefix, article, hits, &h, &f)
  }

  /// The readings of `key` as the first word at token `k`, appended at `hits + h`; returns
  /// the marks of the key's slot.
  @inline(__always) @discardableResult
  private static func collect(
    _ t: Tables, _ key: UInt64, _ k: Int, _ prefix: Int, _ article: Bool,
    _ hits: UnsafeMutablePointer<LexMatch>, _ h: inout Int, _ f: inout LexFlags
  ) -> LexFlags {
    var j = Int(truncatingIfNeeded: key) & t.mask
    var slot = t.slots[j]
    while slot.key != key || slot.start < 0 {
      if slot.start < 0 { return [] }
      j = (j &+ 1) & t.mask
      slot = t.slots[j]
    }
    let e = t.entries!
    let tokens = t.tokens!
    for n in Int(slot.start)..<(Int(slot.start) &+ Int(slot.count)) {
      var next = k &+ 1
      let r0 = Int(e[n].restStart)
      let r1 = r0 &+ Int(e[n].restCount)
      var r = r0
      while r < r1 {
        guard next < t.count, tokens[next].kind == .word, tokens[next].gap <= 1, tokens[next].key == t.rests![r] else {
          break
        }
        next &+= 1
        r &+= 1
      }
      if r == r1 {
        (hits + h).initialize(
          to: LexMatch(lex: e[n].lex, end: Int32(truncatingIfNeeded: next), prefix: UInt8(truncatingIfNeeded: prefix), article: article))
        h &+= 1
        f.formUnion(e[n].flags)
      }
    }
    return LexFlags(rawValue: UInt32(slot.marks) << 16)
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

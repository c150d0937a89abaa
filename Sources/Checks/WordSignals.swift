import Facts
import Rules
import TextModel

/// The words rules cannot match without, numbered once for all rules, so that one pass over a
/// document tells which of them each sentence holds and rules whose words are absent from a
/// scope are skipped before any matching. Words outnumber the 64 bits, so some share a bit: a
/// shared bit only lets a scope or start through to the matcher, which tests the words
/// themselves, while running out of bits would leave later rules unfiltered.
struct WordSignals: Sendable {
  /// Exact words (folded hashes, stems included) and their bit.
  private var exact = BitTable([:])
  /// Prefix words (`ارتفع*`), grouped by their first two scalars: `heads` gives a group's
  /// index plus one. Group g is `groupBits[groupStart[g]..<groupStart[g + 1]]`, and prefix p's
  /// scalars are `scalars[scalarStart[p]..<scalarStart[p + 1]]`: flat arrays, which a hot
  /// loop reads without reference counting.
  private var heads = BitTable([:])
  private var groupStart: [Int32] = [0]
  private var groupBits: [UInt64] = []
  private var scalarStart: [Int32] = [0]
  private var scalars: [UInt32] = []
  /// Per rule, per required word set: the bits of its words; 0 when a word could not be numbered.
  let ruleMasks: [[UInt64]]
  /// Per rule, the bits of the words a match can start with: nil when starts cannot be
  /// tested by word bits (no first set, or a word left unnumbered); 0 when it starts with no word.
  let firstWordMasks: [UInt64?]

  init(rules: [Rule]) {
    // Words in many patterns ("من", "الى", "from") are common in text too: they get bits of
    // their own, and the rest share the remaining bits, so that a rare word's bit is not set
    // by every sentence that holds a common one.
    var uses: [WordSignals.Word: Int] = [:]
    var order: [WordSignals.Word] = []
    for rule in rules {
      guard case .pattern(let p) = rule.match.binding else { continue }
      // In the pattern's order, not a Set's: bits dealt in a different order each run would
      // make the filter, and so the speed, vary from run to run.
      for set in [p.firstSet?.words ?? []] + p.requiredWords {
        var counted = Set<WordSignals.Word>()
        for w in set.map(WordSignals.Word.init) where counted.insert(w).inserted {
          if uses[w] == nil { order.append(w) }
          uses[w, default: 0] += 1
        }
      }
    }
    let ranked = order.enumerated().sorted { a, b in
      let (ua, ub) = (uses[a.element]!, uses[b.element]!)
      return ua != ub ? ua > ub : a.offset < b.offset
    }.map(\.element)
    let own = min(ranked.count, 40)
    var assigned: [WordSignals.Word: UInt64] = [:]
    for (n, w) in ranked.enumerated() {
      assigned[w] = UInt64(1) << UInt64(n < own ? n : own + (n - own) % (64 - own))
    }
    func deal(_ w: Pattern.WordTest) -> UInt64 { assigned[Word(w)] ?? 0 }
    var exact: [UInt64: UInt64] = [:]
    var prefixes: [UInt64: [(prefix: [UInt32], bit: UInt64)]] = [:]
    var prefixBits: [[UInt32]: UInt64] = [:]
    var masks: [[UInt64]] = []
    var firstMasks: [UInt64?] = []
    for rule in rules {
      guard case .pattern(let p) = rule.match.binding else {
        masks.append([])
        firstMasks.append(nil)
        continue
      }
      var ruleMask: [UInt64] = []
      // The words a match can start with come first; their mask (when complete) lets the
      // matcher skip starts by one bit test.
      let firstWords = p.firstSet?.words ?? []
      for set in [firstWords] + p.requiredWords {
        var mask: UInt64 = 0
        var complete = true
        for w in set {
          var bit: UInt64 = 0
          if let prefix = w.prefix {
            if let b = prefixBits[prefix] {
              bit = b
            } else if prefix.count >= 2 {
              bit = deal(w)
              prefixBits[prefix] = bit
              prefixes[Self.head(prefix[0], prefix[1]), default: []].append((prefix, bit))
            }
          } else if let b = exact[w.key] {
            bit = b
          } else {
            bit = deal(w)
            exact[w.key] = bit
          }
          if bit == 0 { complete = false }
          mask |= bit
        }
        ruleMask.append(complete ? mask : 0)
      }
      firstMasks.append(p.firstSet == nil || firstWords.isEmpty ? (p.firstSet == nil ? nil : 0) : (ruleMask.first ?? 0))
      if firstWords.isEmpty || ruleMask.first == 0 {
        // Not every first word could be numbered: no start test by words.
        if !firstWords.isEmpty { firstMasks[firstMasks.count - 1] = nil }
      }
      ruleMask.removeFirst()
      masks.append(ruleMask)
    }
    self.exact = BitTable(exact)
    var heads: [UInt64: UInt64] = [:]
    for (head, group) in prefixes {
      for (prefix, bit) in group {
        groupBits.append(bit)
        scalars += prefix
        scalarStart.append(Int32(scalars.count))
      }
      groupStart.append(Int32(groupBits.count))
      heads[head] = UInt64(groupStart.count - 1)
    }
    self.heads = BitTable(heads)
    self.ruleMasks = masks
    self.firstWordMasks = firstMasks
  }

  /// A word as the signals number it: its hash, or its prefix.
  struct Word: Hashable {
    var key: UInt64
    var prefix: [UInt32]?
    init(_ w: Pattern.WordTest) {
      key = w.prefix == nil ? w.key : 0
      prefix = w.prefix
    }
  }

  @inline(__always)
  static func head(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 32 | UInt64(b) }

  /// The words each token holds, as bits.
  func tokenMasks(_ analysis: Analysis, _ index: FactIndex) -> [UInt64] {
    let hasPrefixes = !groupBits.isEmpty
    return [UInt64](unsafeUninitializedCapacity: analysis.tokens.count) { masks, count in
      index.withWords { own, stems, stemStart in
        analysis.tokens.withUnsafeBufferPointer { tokens in
          analysis.text.scalars.withUnsafeBufferPointer { s in
            groupStart.withUnsafeBufferPointer { groupStart in
              groupBits.withUnsafeBufferPointer { groupBits in
                scalarStart.withUnsafeBufferPointer { scalarStart in
                  scalars.withUnsafeBufferPointer { scalars in
                    /// The bits of the prefix words that the stem at `st` of a word ending at `end` starts with.
                    @inline(__always) func bitsOfPrefixes(_ st: Int, _ end: Int) -> UInt64 {
                      guard end - st >= 2 else { return 0 }
                      let g = Int(heads[Self.head(s[st], s[st + 1])])
                      guard g != 0 else { return 0 }
                      var mask: UInt64 = 0
                      for p in Int(groupStart[g - 1])..<Int(groupStart[g]) {
                        let (from, to) = (Int(scalarStart[p]), Int(scalarStart[p + 1]))
                        guard end - st >= to - from else { continue }
                        var same = true
                        for j in 2..<(to - from) where s[st + j] != scalars[from + j] {
                          same = false
                          break
                        }
                        if same { mask |= groupBits[p] }
                      }
                      return mask
                    }
                    for t in 0..<tokens.count {
                      let token = tokens[t]
                      // Punctuation is matched by symbol tests, never by words.
                      guard token.kind != .symbol else {
                        masks[t] = 0
                        continue
                      }
                      var mask = exact[own[t]]
                      let stemRange = Int(stemStart[t])..<Int(stemStart[t + 1])
                      for k in stemRange { mask |= exact[stems[k].key] }
                      if hasPrefixes, token.kind == .word {
                        let end = Int(token.end)
                        mask |= bitsOfPrefixes(Int(token.start), end)
                        for k in stemRange { mask |= bitsOfPrefixes(Int(stems[k].start), end) }
                      }
                      masks[t] = mask
                    }
                  }
                }
              }
            }
          }
        }
      }
      count = analysis.tokens.count
    }
  }
}

/// Word hashes to bits (or other non-zero values), by open addressing: every token of every
/// document is looked up, so a probe is one multiply, a shift and a compare, with none of
/// Dictionary's hashing.
struct BitTable: Sendable {
  private let keys: [UInt64]
  /// A slot's bit; 0 marks an empty slot (every word has a bit).
  private let bits: [UInt64]
  private let mask: Int
  private let shift: UInt64

  init(_ entries: [UInt64: UInt64]) {
    var log = 4
    while 1 << log < entries.count * 4 { log += 1 }
    let size = 1 << log
    var keys = [UInt64](repeating: 0, count: size)
    var bits = [UInt64](repeating: 0, count: size)
    self.mask = size - 1
    self.shift = UInt64(64 - log)
    for (key, bit) in entries {
      var i = Self.slot(key, shift)
      while bits[i] != 0 { i = (i + 1) & mask }
      keys[i] = key
      bits[i] = bit
    }
    self.keys = keys
    self.bits = bits
  }

  /// Fibonacci hashing: the high bits of the product mix every bit of the key (FNV's low bits
  /// alone depend only on the low bits of the scalars).
  @inline(__always)
  static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The bit of `key`, or 0.
  @inline(__always)
  subscript(key: UInt64) -> UInt64 {
    var i = Self.slot(key, shift)
    while true {
      let b = bits[i]
      if b == 0 { return 0 }
      if keys[i] == key { return b }
      i = (i + 1) & mask
    }
  }
}

import Facts
import TextModel

/// One match of a pattern: the tokens it covers and the fact bound to each capture
/// (indices into `Analysis.facts`, in `Pattern.captureNames` order).
public struct PatternMatch: Sendable, Equatable {
  public var tokens: Range<Int>
  public var captures: [Int?]
}

/// Facts indexed by the token they start at, built once per analysis and shared by rules.
public final class FactIndex: Sendable {
  /// `order[starts[t]..<starts[t + 1]]` are the facts starting at token t, longest first.
  let starts: [Int32]
  let order: [Int32]
  /// Each token's own hash: the folded word's, or its scalars' for digits and symbols.
  let own: [UInt64]
  /// The stems an Arabic word has under its clitics (from extraction), token t's at
  /// `stems[stemStart[t]..<stemStart[t + 1]]`. Most tokens have none, and the whole word is
  /// in `own`.
  let stems: [Stem]
  let stemStart: [Int32]
  /// A bit per fact type of the facts starting at each token.
  @usableFromInline let typeBits: [UInt16]
  /// Per fact: its type bit and the token after it.
  let factBits: [UInt16]
  let factEnds: [Int32]

  public init(_ analysis: Analysis) {
    let n = analysis.tokens.count
    // One read of each fact: the comparator below would otherwise copy whole facts.
    var factStarts: [Int32] = []
    var factEnds: [Int32] = []
    var factBits: [UInt16] = []
    factStarts.reserveCapacity(analysis.facts.count)
    factEnds.reserveCapacity(analysis.facts.count)
    factBits.reserveCapacity(analysis.facts.count)
    var counts = [Int32](repeating: 0, count: n + 1)
    var bits = [UInt16](repeating: 0, count: n + 1)
    for f in analysis.facts {
      let start = f.tokens.lowerBound
      let bit = Self.bit(f.type)
      factStarts.append(Int32(start))
      factEnds.append(Int32(f.tokens.upperBound))
      factBits.append(bit)
      if start < n {
        counts[start] += 1
        bits[start] |= bit
      }
    }
    var starts = [Int32](repeating: 0, count: n + 1)
    var running: Int32 = 0
    for t in 0..<n {
      starts[t] = running
      running += counts[t]
    }
    starts[n] = running
    var fill = starts
    var order = [Int32](repeating: 0, count: Int(running))
    func before(_ a: Int, _ b: Int) -> Bool {
      factStarts[a] != factStarts[b] ? factStarts[a] < factStarts[b] : factEnds[a] > factEnds[b]
    }
    // Facts mostly come in this order already; sort only when they do not.
    let indices = Array(analysis.facts.indices)
    let sorted = zip(indices, indices.dropFirst()).allSatisfy { !before($1, $0) } ? indices : indices.sorted(by: before)
    for i in sorted where Int(factStarts[i]) < n {
      let t = Int(factStarts[i])
      order[Int(fill[t])] = Int32(i)
      fill[t] += 1
    }
    self.starts = starts
    self.order = order
    var own = [UInt64](repeating: 0, count: n)
    analysis.text.scalars.withUnsafeBufferPointer { s in
      for (i, t) in analysis.tokens.enumerated() {
        own[i] = t.kind == .word ? t.key : Token.hash(s[t.range])
      }
    }
    var stemStart = [Int32](repeating: 0, count: n + 1)
    let stems = analysis.stems
    var k = 0
    for t in 0...n {
      stemStart[t] = Int32(k)
      while k < stems.count, Int(stems[k].token) == t { k += 1 }
    }
    self.own = own
    self.stems = stems
    self.stemStart = stemStart
    self.typeBits = bits
    self.factBits = factBits
    self.factEnds = factEnds
  }

  /// The type's bit in masks of fact types; a switch, since `allCases` builds an array per use.
  @inline(__always)
  public static func bit(_ type: FactType) -> UInt16 {
    switch type {
    case .number: 1 << 0
    case .percent: 1 << 1
    case .percentagePoints: 1 << 2
    case .multiplier: 1 << 3
    case .money: 1 << 4
    case .measure: 1 << 5
    case .count: 1 << 6
    case .date: 1 << 7
    case .time: 1 << 8
    case .duration: 1 << 9
    case .ordinal: 1 << 10
    case .range: 1 << 11
    case .list: 1 << 12
    }
  }

  public static func bits(_ types: Set<FactType>) -> UInt16 {
    types.reduce(0) { $0 | bit($1) }
  }

  /// Type bits of the facts that start at token `t`.
  @inlinable
  public func bits(at t: Int) -> UInt16 { typeBits[t] }

  /// Type bits of the facts that start inside `tokens`.
  public func typeBits(in tokens: Range<Int>) -> UInt16 {
    var out: UInt16 = 0
    for t in tokens where t < typeBits.count { out |= typeBits[t] }
    return out
  }

  /// The hashes and stems of every token, as buffers (see `own` and `stems`), for loops over
  /// every token.
  public func withWords<R>(
    _ body: (
      _ own: UnsafeBufferPointer<UInt64>, _ stems: UnsafeBufferPointer<Stem>, _ stemStart: UnsafeBufferPointer<Int32>
    ) -> R
  ) -> R {
    own.withUnsafeBufferPointer { o in
      stems.withUnsafeBufferPointer { st in
        stemStart.withUnsafeBufferPointer { ss in body(o, st, ss) }
      }
    }
  }

}

/// The arrays a search reads, as raw buffers: the recursion then does no reference counting.
/// Valid while the index and analysis it was made from are alive (the matcher keeps them).
struct RawView {
  let starts, order, stemStart, factEnds: UnsafeBufferPointer<Int32>
  let own: UnsafeBufferPointer<UInt64>
  let stems: UnsafeBufferPointer<Stem>
  let typeBits, factBits: UnsafeBufferPointer<UInt16>
  let tokens: UnsafeBufferPointer<Token>
  let scalars: UnsafeBufferPointer<UInt32>

  init(_ index: FactIndex, tokens: [Token], scalars: [UInt32]) {
    func raw<T>(_ a: [T]) -> UnsafeBufferPointer<T> { a.withUnsafeBufferPointer { $0 } }
    starts = raw(index.starts)
    order = raw(index.order)
    stemStart = raw(index.stemStart)
    stems = raw(index.stems)
    factEnds = raw(index.factEnds)
    own = raw(index.own)
    typeBits = raw(index.typeBits)
    factBits = raw(index.factBits)
    self.tokens = raw(tokens)
    self.scalars = raw(scalars)
  }

  @inline(__always)
  func hasKey(_ t: Int, _ key: UInt64) -> Bool {
    if own[t] == key { return true }
    var k = Int(stemStart[t])
    let e = Int(stemStart[t + 1])
    while k < e {
      if stems[k].key == key { return true }
      k += 1
    }
    return false
  }

  @inline(__always)
  func bits(at t: Int) -> UInt16 { t < typeBits.count ? typeBits[t] : 0 }

  /// Whether token `t` or one of its stems starts with `prefix` (folded scalars).
  @inline(__always)
  func hasPrefix(_ t: Int, _ prefix: UnsafeBufferPointer<UInt32>) -> Bool {
    let token = tokens[t]
    guard token.kind == .word else { return false }
    if startsWith(Int(token.start), Int(token.end), prefix) { return true }
    for k in Int(stemStart[t])..<Int(stemStart[t + 1]) where startsWith(Int(stems[k].start), Int(token.end), prefix) {
      return true
    }
    return false
  }

  @inline(__always)
  func startsWith(_ start: Int, _ end: Int, _ prefix: UnsafeBufferPointer<UInt32>) -> Bool {
    guard end - start >= prefix.count else { return false }
    for j in 0..<prefix.count where scalars[start + j] != prefix[j] { return false }
    return true
  }
}

/// Memory a matcher reuses: an entry equal to the current generation means "this position
/// and instruction fail", so a new scope starts clean by bumping the generation instead of
/// clearing, and a checker keeps one per thread across documents instead of allocating.
public final class MatchScratch {
  var memo: [UInt32] = []
  private var generation: UInt32 = 0

  public init() {}

  /// Makes room for searches needing up to `size` entries.
  func reserve(_ size: Int) {
    if memo.count < size { memo = [UInt32](repeating: 0, count: max(size, memo.count * 2)) }
  }

  /// A fresh generation, clearing the memo through `buffer` when the counter wraps.
  func bump(_ buffer: UnsafeMutableBufferPointer<UInt32>) -> UInt32 {
    generation &+= 1
    if generation == 0 {
      for k in buffer.indices { buffer[k] = 0 }
      generation = 1
    }
    return generation
  }

  /// A fresh generation for a search needing `size` entries.
  func next(size: Int) -> UInt32 {
    if memo.count < size { memo = [UInt32](repeating: 0, count: max(size, memo.count * 2)) }
    generation &+= 1
    if generation == 0 {
      for k in memo.indices { memo[k] = 0 }
      generation = 1
    }
    return generation
  }
}

/// Runs a pattern over a token range by memoised backtracking: the program has no loops, and
/// whether a position and instruction can reach a match does not depend on captures, so each
/// (position, instruction) pair fails at most once. Work is bounded by `limit` steps.
public final class PatternMatcher {
  public let analysis: Analysis
  public let index: FactIndex
  /// Steps allowed per pattern and scope; past it that scope reports no further matches.
  public var limit = 200_000
  public private(set) var steps = 0
  public private(set) var exhausted = false
  /// Failure memo, reused across scopes and documents.
  private let scratch: MatchScratch

  public init(analysis: Analysis, index: FactIndex, scratch: MatchScratch = MatchScratch()) {
    self.analysis = analysis
    self.index = index
    self.scratch = scratch
  }

  /// `matches(of:in:)` for many scopes at once, sharing one search set-up: the engine's
  /// usual call, since a rule usually has a few scopes per document.
  /// `startWords`, when given, says which tokens hold one of the words the pattern can start
  /// with (`words[t] & mask != 0`), replacing the word tests of the start filter, and lists in
  /// order every token where any pattern can start (`candidates`: a fact, a word some pattern
  /// uses, a starting symbol), so that the others are never visited.
  public func matches(
    of pattern: Pattern, in scopes: [Range<Int>],
    startWords: (words: [UInt64], mask: UInt64, candidates: [Int32])? = nil
  ) -> [[PatternMatch]] {
    let width = pattern.program.count
    let cap = 8_000_000
    let largest = scopes.lazy.map { ($0.count + 1) * width }.filter { $0 <= cap }.max() ?? 0
    scratch.reserve(largest)
    var results: [[PatternMatch]] = []
    results.reserveCapacity(scopes.count)
    let first = pattern.firstSet
    let firstBits = pattern.firstBits
    let firstSymbols = pattern.firstSymbols
    let limit = self.limit
    let scratch = self.scratch
    let firstPrefixRange = pattern.prefixes.count..<(pattern.prefixes.count + pattern.firstPrefixes.count)
    let slots = pattern.captureNames.count
    // The matcher holds the index and the analysis the view points into.
    withExtendedLifetime(self) {
      let view = RawView(index, tokens: analysis.tokens, scalars: analysis.text.scalars)
      pattern.program.withUnsafeBufferPointer { program in
        scratch.memo.withUnsafeMutableBufferPointer { memo in
          pattern.prefixChars.withUnsafeBufferPointer { prefixChars in
            pattern.prefixOffsets.withUnsafeBufferPointer { prefixStart in
              pattern.firstKeys.withUnsafeBufferPointer { firstKeys in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: max(slots, 1)) { captures in
                  captures.initialize(repeating: -1)
                  var search = Search(
                    program: program, memo: memo, generation: 0, limit: limit, scope: 0..<0, captures: captures,
                    prefixChars: prefixChars, prefixStart: prefixStart, view: view)
                  /// Whether a match can begin at `start`, by its facts, words and symbols.
                  func startable(_ start: Int) -> Bool {
                    if let (words, mask, _) = startWords {
                      let t = view.tokens[start]
                      let symbolStart = t.kind == .symbol && firstSymbols.contains { UInt64($0) == t.key }
                      return view.bits(at: start) & firstBits != 0 || words[start] & mask != 0 || symbolStart
                    }
                    return search.canStart(
                      start, bits: firstBits, keys: firstKeys, prefixes: firstPrefixRange, symbols: firstSymbols)
                  }
                  // The tokens where a match can begin, tested once: windows of several
                  // sentences overlap and would otherwise test the same tokens again.
                  var starts: [Int32] = []
                  if first != nil {
                    var scanned = 0
                    for scope in scopes.sorted(by: { $0.lowerBound < $1.lowerBound }) {
                      let from = max(scope.lowerBound, scanned)
                      let to = max(scope.upperBound, scanned)
                      if let candidates = startWords?.candidates {
                        var k = Self.firstIndex(in: candidates, notBelow: from)
                        while k < candidates.count, Int(candidates[k]) < to {
                          if startable(Int(candidates[k])) { starts.append(candidates[k]) }
                          k += 1
                        }
                      } else {
                        for start in from..<to where startable(start) { starts.append(Int32(start)) }
                      }
                      scanned = max(scanned, scope.upperBound)
                    }
                  }
                  for scope in scopes {
                    var found: [PatternMatch] = []
                    defer { results.append(found) }
                    guard (scope.count + 1) * width <= cap else { continue }
                    // The work limit is per pattern and scope: one costly scope never starves the next.
                    search.generation = scratch.bump(memo)
                    search.scope = scope
                    search.steps = 0
                    search.exhausted = false
                    var next = scope.lowerBound
                    var k = first != nil ? Self.firstIndex(in: starts, notBelow: scope.lowerBound) : 0
                    while true {
                      let start: Int
                      if first != nil {
                        guard k < starts.count, Int(starts[k]) < scope.upperBound else { break }
                        start = Int(starts[k])
                        k += 1
                      } else {
                        guard next < scope.upperBound else { break }
                        start = next
                        next += 1
                      }
                      var end = -1
                      if search.run(0, start, &end) {
                        let bound = (0..<slots).map { captures[$0] < 0 ? nil : captures[$0] }
                        found.append(PatternMatch(tokens: start..<max(end, start + 1), captures: bound))
                        for k in 0..<slots { captures[k] = -1 }
                      }
                      if search.exhausted { break }
                    }
                  }
                  steps = search.steps
                  exhausted = search.exhausted
                }
              }
            }
          }
        }
      }
    }
    return results
  }

  /// The index of the first of the ascending `tokens` at or after `token`.
  static func firstIndex(in tokens: [Int32], notBelow token: Int) -> Int {
    var lo = 0
    var hi = tokens.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if Int(tokens[mid]) < token { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// The best match starting at each token of `scope`, leftmost first. Matches may overlap:
  /// the engine picks among them with the rule's conditions.
  public func matches(of pattern: Pattern, in scope: Range<Int>) -> [PatternMatch] {
    matches(of: pattern, in: [scope])[0]
  }

  /// The state of one search: plain values and buffers, so that the recursion pays no
  /// reference counting or exclusivity checks.
  struct Search {
    let program: UnsafeBufferPointer<Instruction>
    let memo: UnsafeMutableBufferPointer<UInt32>
    var generation: UInt32
    let limit: Int
    var scope: Range<Int>
    var captures: UnsafeMutableBufferPointer<Int>
    /// Word prefixes of the pattern, flattened: prefix n is `prefixChars[prefixStart[n]..<prefixStart[n + 1]]`.
    let prefixChars: UnsafeBufferPointer<UInt32>
    let prefixStart: UnsafeBufferPointer<Int>
    let view: RawView
    var steps = 0
    var exhausted = false

    @inline(__always)
    func prefix(_ n: Int) -> UnsafeBufferPointer<UInt32> {
      UnsafeBufferPointer(rebasing: prefixChars[prefixStart[n]..<prefixStart[n + 1]])
    }

    func canStart(_ start: Int, bits: UInt16, keys: UnsafeBufferPointer<UInt64>, prefixes: Range<Int>, symbols: [UInt32])
      -> Bool
    {
      if view.bits(at: start) & bits != 0 { return true }
      let t = view.tokens[start]
      if t.kind == .symbol {
        for c in symbols where UInt64(c) == t.key { return true }
        return false
      }
      for k in keys where view.hasKey(start, k) { return true }
      for n in prefixes where view.hasPrefix(start, prefix(n)) { return true }
      return false
    }

    /// Whether token `t` can begin what follows a filtered gap: a fact of the types in `bits`,
    /// or a word among the `count` keys from `program[from]`.
    @inline(__always)
    func canFollow(_ t: Int, _ bits: UInt16, _ from: Int, _ count: Int) -> Bool {
      if view.bits(at: t) & bits != 0 { return true }
      for k in from..<(from + count) {
        if case .filterKey(let key) = program[k], view.hasKey(t, key) { return true }
      }
      return false
    }

    mutating func run(_ pc: Int, _ pos: Int, _ end: inout Int) -> Bool {
      let key = (pos - scope.lowerBound) * program.count + pc
      if memo[key] == generation { return false }
      steps += 1
      if steps > limit {
        exhausted = true
        return false
      }
      switch program[pc] {
      case .match:
        end = pos
        return true
      case .word(let key, let p):
        if pos < scope.upperBound, p < 0 ? view.hasKey(pos, key) : view.hasPrefix(pos, prefix(Int(p))),
          run(pc + 1, pos + 1, &end)
        {
          return true
        }
      case .symbol(let c):
        if pos < scope.upperBound, view.tokens[pos].kind == .symbol, view.tokens[pos].key == UInt64(c),
          run(pc + 1, pos + 1, &end)
        {
          return true
        }
      case .any:
        if pos < scope.upperBound, run(pc + 1, pos + 1, &end) { return true }
      case .seek(let lo, let hi, let bits, let keys):
        var next = pos + Int(lo)
        let last = Swift.min(pos + Int(hi), scope.upperBound)
        // Each position tried is work too, so the cap still bounds a search.
        let tries = Swift.max(0, last - next)
        if steps + tries > limit {
          exhausted = true
          return false
        }
        steps += tries
        let after = pc + 1 + Swift.max(Int(keys), 0)
        while next <= last {
          if keys < 0 || next < scope.upperBound && canFollow(next, bits, pc + 1, Int(keys)) {
            if run(after, next, &end) { return true }
            if exhausted { break }
          }
          next += 1
        }
      case .filterKey: break
      case .fact(let slot, let types):
        if pos < scope.upperBound, pos + 1 < view.starts.count {
          var k = Int(view.starts[pos])
          let e = Int(view.starts[pos + 1])
          while k < e {
            let f = Int(view.order[k])
            k += 1
            let factEnd = Int(view.factEnds[f])
            guard view.factBits[f] & types != 0, factEnd <= scope.upperBound else { continue }
            captures[slot] = f
            if run(pc + 1, factEnd, &end) { return true }
            captures[slot] = -1
          }
        }
      case .split(let a, let b):
        if run(a, pos, &end) { return true }
        if run(b, pos, &end) { return true }
      case .jump(let a):
        if run(a, pos, &end) { return true }
      }
      if !exhausted { memo[key] = generation }
      return false
    }
  }
}

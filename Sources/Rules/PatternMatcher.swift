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
  private let starts: [Int32]
  private let order: [Int32]
  public let types: Set<FactType>
  /// Each token's word hash and the hashes of its stems without clitics:
  /// `keys[keyStart[t]..<keyStart[t + 1]]`.
  private let keys: [UInt64]
  private let keyStart: [Int32]
  /// Where each token's word and its clitic-free stems start in the normalised scalars.
  let stems: [Int32]
  let stemStart: [Int32]
  /// A bit per fact type (by declaration order) of the facts starting at each token.
  private let typeBits: [UInt16]
  /// Per fact: its type bit and the token after it.
  private let factBits: [UInt16]
  private let factEnds: [Int32]

  public init(_ analysis: Analysis) {
    let n = analysis.tokens.count
    var counts = [Int32](repeating: 0, count: n + 1)
    var types = Set<FactType>()
    for f in analysis.facts where f.tokens.lowerBound < n {
      counts[f.tokens.lowerBound] += 1
      types.insert(f.type)
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
    let sorted = analysis.facts.indices.sorted {
      let a = analysis.facts[$0].tokens
      let b = analysis.facts[$1].tokens
      return a.lowerBound != b.lowerBound ? a.lowerBound < b.lowerBound : a.count > b.count
    }
    for i in sorted where analysis.facts[i].tokens.lowerBound < n {
      let t = analysis.facts[i].tokens.lowerBound
      order[Int(fill[t])] = Int32(i)
      fill[t] += 1
    }
    self.starts = starts
    self.order = order
    self.types = types
    var keys: [UInt64] = []
    var keyStart: [Int32] = []
    keys.reserveCapacity(n * 2)
    keyStart.reserveCapacity(n + 1)
    analysis.text.scalars.withUnsafeBufferPointer { s in
      for t in analysis.tokens {
        keyStart.append(Int32(keys.count))
        if t.kind == .word { Lexicon.stemKeys(s, t, into: &keys) } else { keys.append(Token.hash(s[t.range])) }
      }
    }
    keyStart.append(Int32(keys.count))
    self.keys = keys
    self.keyStart = keyStart
    var stems: [Int32] = []
    var stemStart: [Int32] = []
    stemStart.reserveCapacity(n + 1)
    analysis.text.scalars.withUnsafeBufferPointer { s in
      for t in analysis.tokens {
        stemStart.append(Int32(stems.count))
        stems.append(t.start)
        if t.kind == .word, scriptOf(s[Int(t.start)]) == .arabic {
          Lexicon.forEachStem(s, t.start, t.end) { start, _ in if start != t.start { stems.append(start) } }
        }
      }
    }
    stemStart.append(Int32(stems.count))
    self.stems = stems
    self.stemStart = stemStart
    var bits = [UInt16](repeating: 0, count: n + 1)
    for f in analysis.facts where f.tokens.lowerBound < n { bits[f.tokens.lowerBound] |= Self.bit(f.type) }
    self.typeBits = bits
    self.factBits = analysis.facts.map { Self.bit($0.type) }
    self.factEnds = analysis.facts.map { Int32($0.tokens.upperBound) }
  }

  @inline(__always)
  func typeBit(of fact: Int) -> UInt16 { factBits[fact] }

  @inline(__always)
  func end(of fact: Int) -> Int { Int(factEnds[fact]) }

  @inline(__always)
  public static func bit(_ type: FactType) -> UInt16 {
    UInt16(1) << UInt16(FactType.allCases.firstIndex(of: type)!)
  }

  public static func bits(_ types: Set<FactType>) -> UInt16 {
    types.reduce(0) { $0 | bit($1) }
  }

  /// Type bits of the facts that start inside `tokens`.
  public func typeBits(in tokens: Range<Int>) -> UInt16 {
    var out: UInt16 = 0
    for t in tokens where t < typeBits.count { out |= typeBits[t] }
    return out
  }

  @inline(__always)
  func bits(at t: Int) -> UInt16 { t < typeBits.count ? typeBits[t] : 0 }

  /// The hashes of token `t` and of its stems.
  public func keys(of t: Int) -> ArraySlice<UInt64> { keys[Int(keyStart[t])..<Int(keyStart[t + 1])] }

  /// Where token `t` and its stems start in the normalised scalars.
  public func stemStarts(of t: Int) -> ArraySlice<Int32> { stems[Int(stemStart[t])..<Int(stemStart[t + 1])] }

  /// Whether token `t`, or one of its stems, hashes to `key`.
  @inline(__always)
  func hasKey(_ t: Int, _ key: UInt64) -> Bool {
    for k in Int(keyStart[t])..<Int(keyStart[t + 1]) where keys[k] == key { return true }
    return false
  }

  public func facts(at token: Int) -> ArraySlice<Int32> {
    guard token >= 0, token + 1 < starts.count else { return [] }
    return order[Int(starts[token])..<Int(starts[token + 1])]
  }
}

/// Memory a matcher reuses: an entry equal to the current generation means "this position
/// and instruction fail", so a new scope starts clean by bumping the generation instead of
/// clearing, and a checker keeps one per thread across documents instead of allocating.
public final class MatchScratch {
  var memo: [UInt32] = []
  private var generation: UInt32 = 0

  public init() {}

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

  /// The best match starting at each token of `scope`, leftmost first. Matches may overlap:
  /// the engine picks among them with the rule's conditions.
  public func matches(of pattern: Pattern, in scope: Range<Int>) -> [PatternMatch] {
    // The work limit is per pattern and scope: one costly scope never starves the next rule.
    steps = 0
    exhausted = false
    let program = pattern.program
    let width = program.count
    let span = scope.count + 1
    guard span * width <= 8_000_000 else {
      exhausted = true
      return []
    }
    let generation = scratch.next(size: span * width)
    var found: [PatternMatch] = []
    let first = pattern.firstSet
    let firstBits = pattern.firstBits
    let limit = self.limit
    var steps = 0
    var exhausted = false
    program.withUnsafeBufferPointer { program in
      scratch.memo.withUnsafeMutableBufferPointer { memo in
        var search = Search(
          program: program, memo: memo, generation: generation, limit: limit, scope: scope,
          captures: [Int?](repeating: nil, count: pattern.captureNames.count), prefixes: pattern.prefixes,
          tokens: analysis.tokens, scalars: analysis.text.scalars, index: index)
        let firstKeys = pattern.firstKeys
        let firstPrefixes = pattern.firstPrefixes
        let firstSymbols = first?.symbols ?? []
        for start in scope {
          // A match can only start where its first element can: skip every other token.
          if first != nil,
            !search.canStart(start, bits: firstBits, keys: firstKeys, prefixes: firstPrefixes, symbols: firstSymbols)
          {
            continue
          }
          var end = -1
          if search.run(0, start, &end) {
            found.append(PatternMatch(tokens: start..<max(end, start + 1), captures: search.captures))
            for k in search.captures.indices { search.captures[k] = nil }
          }
          if search.exhausted { break }
        }
        steps = search.steps
        exhausted = search.exhausted
      }
    }
    self.steps = steps
    self.exhausted = exhausted
    return found
  }

  /// The state of one search: plain values and buffers, so that the recursion pays no
  /// reference counting or exclusivity checks.
  struct Search {
    let program: UnsafeBufferPointer<Instruction>
    let memo: UnsafeMutableBufferPointer<UInt32>
    let generation: UInt32
    let limit: Int
    let scope: Range<Int>
    var captures: [Int?]
    let prefixes: [[UInt32]]
    let tokens: [Token]
    let scalars: [UInt32]
    let index: FactIndex
    var steps = 0
    var exhausted = false

    init(
      program: UnsafeBufferPointer<Instruction>, memo: UnsafeMutableBufferPointer<UInt32>, generation: UInt32,
      limit: Int, scope: Range<Int>, captures: [Int?], prefixes: [[UInt32]], tokens: [Token], scalars: [UInt32],
      index: FactIndex
    ) {
      self.program = program
      self.memo = memo
      self.generation = generation
      self.limit = limit
      self.scope = scope
      self.captures = captures
      self.prefixes = prefixes
      self.tokens = tokens
      self.scalars = scalars
      self.index = index
    }

    func canStart(_ start: Int, bits: UInt16, keys: [UInt64], prefixes: [[UInt32]], symbols: Set<UInt32>) -> Bool {
      if index.bits(at: start) & bits != 0 { return true }
      let t = tokens[start]
      if t.kind == .symbol { return symbols.contains(UInt32(t.key)) }
      for k in keys where index.hasKey(start, k) { return true }
      for p in prefixes where PatternMatcher.prefixMatches(start, p, tokens, scalars, index) { return true }
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
      case .word(let key, let prefix):
        if pos < scope.upperBound,
          prefix < 0 ? index.hasKey(pos, key) : PatternMatcher.prefixMatches(pos, prefixes[Int(prefix)], tokens, scalars, index),
          run(pc + 1, pos + 1, &end)
        {
          return true
        }
      case .symbol(let c):
        if pos < scope.upperBound, tokens[pos].kind == .symbol, tokens[pos].key == UInt64(c), run(pc + 1, pos + 1, &end) {
          return true
        }
      case .any:
        if pos < scope.upperBound, run(pc + 1, pos + 1, &end) { return true }
      case .fact(let slot, let types):
        if pos < scope.upperBound {
          for f in index.facts(at: pos) {
            let factEnd = index.end(of: Int(f))
            guard index.typeBit(of: Int(f)) & types != 0, factEnd <= scope.upperBound else { continue }
            captures[slot] = Int(f)
            if run(pc + 1, factEnd, &end) { return true }
            captures[slot] = nil
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

  private func wordMatches(_ pos: Int, _ w: Pattern.WordTest) -> Bool {
    guard let prefix = w.prefix else { return index.hasKey(pos, w.key) }
    return prefixMatches(pos, prefix)
  }

  private func prefixMatches(_ pos: Int, _ prefix: [UInt32]) -> Bool {
    Self.prefixMatches(pos, prefix, analysis.tokens, analysis.text.scalars, index)
  }

  @inline(__always)
  static func prefixMatches(_ pos: Int, _ prefix: [UInt32], _ tokens: [Token], _ s: [UInt32], _ index: FactIndex) -> Bool {
    let t = tokens[pos]
    guard t.kind == .word else { return false }
    for k in Int(index.stemStart[pos])..<Int(index.stemStart[pos + 1]) {
      let start = Int(index.stems[k])
      guard Int(t.end) - start >= prefix.count else { continue }
      var same = true
      for j in 0..<prefix.count where s[start + j] != prefix[j] {
        same = false
        break
      }
      if same { return true }
    }
    return false
  }


}

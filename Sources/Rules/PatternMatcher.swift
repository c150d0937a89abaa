import Facts
import TextModel

/// One match of a pattern: the tokens it covers and the fact bound to each capture
/// (indices into `Analysis.facts`, in `Pattern.captureNames` order).
public struct PatternMatch: Sendable, Equatable {
  public var tokens: Range<Int>
  public var captures: [Int?]
}

/// Facts indexed by the token they start at, built once per analysis and shared by rules.
public struct FactIndex: Sendable {
  /// `order[starts[t]..<starts[t + 1]]` are the facts starting at token t, longest first.
  private let starts: [Int32]
  private let order: [Int32]
  public let types: Set<FactType>

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
  }

  public func facts(at token: Int) -> ArraySlice<Int32> {
    guard token >= 0, token + 1 < starts.count else { return [] }
    return order[Int(starts[token])..<Int(starts[token + 1])]
  }
}

/// Runs a pattern over a token range by memoised backtracking: the program has no loops, and
/// whether a position and instruction can reach a match does not depend on captures, so each
/// (position, instruction) pair fails at most once. Work is bounded by `limit` steps.
public struct PatternMatcher {
  public let analysis: Analysis
  public let index: FactIndex
  /// Steps allowed per pattern and scope; past it that scope reports no further matches.
  public var limit = 200_000
  public private(set) var steps = 0
  public private(set) var exhausted = false

  public init(analysis: Analysis, index: FactIndex) {
    self.analysis = analysis
    self.index = index
  }

  /// The best match starting at each token of `scope`, leftmost first. Matches may overlap:
  /// the engine picks among them with the rule's conditions.
  public mutating func matches(of pattern: Pattern, in scope: Range<Int>) -> [PatternMatch] {
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
    var failed = [Bool](repeating: false, count: span * width)
    var captures = [Int?](repeating: nil, count: pattern.captureNames.count)
    var found: [PatternMatch] = []
    var start = scope.lowerBound
    while start < scope.upperBound {
      var end = -1
      if run(program, 0, start, scope, &failed, &captures, &end) {
        found.append(PatternMatch(tokens: start..<max(end, start + 1), captures: captures))
        for k in captures.indices { captures[k] = nil }
      }
      start += 1
      if exhausted { break }
    }
    return found
  }

  private mutating func run(
    _ program: [Instruction], _ pc: Int, _ pos: Int, _ scope: Range<Int>, _ failed: inout [Bool],
    _ captures: inout [Int?], _ end: inout Int
  ) -> Bool {
    let key = (pos - scope.lowerBound) * program.count + pc
    if failed[key] { return false }
    steps += 1
    if steps > limit {
      exhausted = true
      return false
    }
    switch program[pc] {
    case .match:
      end = pos
      return true
    case .word(let w):
      if pos < scope.upperBound, wordMatches(pos, w), run(program, pc + 1, pos + 1, scope, &failed, &captures, &end) {
        return true
      }
    case .symbol(let c):
      let t = analysis.tokens
      if pos < scope.upperBound, t[pos].kind == .symbol, t[pos].key == UInt64(c),
        run(program, pc + 1, pos + 1, scope, &failed, &captures, &end)
      {
        return true
      }
    case .any:
      if pos < scope.upperBound, run(program, pc + 1, pos + 1, scope, &failed, &captures, &end) { return true }
    case .fact(let slot, let types):
      if pos < scope.upperBound {
        for f in index.facts(at: pos) {
          let fact = analysis.facts[Int(f)]
          guard types.contains(fact.type), fact.tokens.upperBound <= scope.upperBound else { continue }
          captures[slot] = Int(f)
          if run(program, pc + 1, fact.tokens.upperBound, scope, &failed, &captures, &end) { return true }
          captures[slot] = nil
        }
      }
    case .split(let a, let b):
      if run(program, a, pos, scope, &failed, &captures, &end) { return true }
      if run(program, b, pos, scope, &failed, &captures, &end) { return true }
    case .jump(let a):
      if run(program, a, pos, scope, &failed, &captures, &end) { return true }
    }
    if !exhausted { failed[key] = true }
    return false
  }

  private func wordMatches(_ pos: Int, _ w: Pattern.WordTest) -> Bool {
    let t = analysis.tokens[pos]
    guard t.kind == .word || t.kind == .digits else { return false }
    let s = analysis.text.scalars
    func test(_ start: Int32) -> Bool {
      if let prefix = w.prefix {
        let length = Int(t.end - start)
        guard length >= prefix.count else { return false }
        for k in 0..<prefix.count where s[Int(start) + k] != prefix[k] { return false }
        return true
      }
      return start == t.start ? t.key == w.key : Token.hash(s[Int(start)..<Int(t.end)]) == w.key
    }
    if t.kind == .digits { return Token.hash(s[t.range]) == w.key }
    if test(t.start) { return true }
    guard scriptOf(s[Int(t.start)]) == .arabic else { return false }
    var stems: [(Int32, Bool)] = []
    Lexicon.arabicStems(s, t.start, t.end, into: &stems)
    for (start, _) in stems.dropFirst() where test(start) { return true }
    return false
  }
}

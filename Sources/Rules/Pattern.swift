import Facts
import TextModel

/// A compiled `match` pattern: words, captures of typed facts, alternations, optional parts
/// and bounded gaps, matched by a Pike-style machine so that every pattern runs in time
/// proportional to (tokens × pattern size), whatever the input.
///
/// Syntax, elements separated by spaces:
/// - `زيادة`, `rose`: a word, matched on folded text with Arabic clitics removed
///   (`زيادة` matches `بزيادة`, `والزيادة`); `ارتفع*` matches any word starting so.
/// - `:` `،` `%` and other punctuation: that symbol; `\(` `\)` `\|` `\{` `\}` `\?` escape
///   the characters the syntax itself uses.
/// - `{pct:percent}`, `{old:number|count}`, `{x:quantity}`: a fact of those types, bound to a
///   name (`quantity` is any numeric type; `any` is every type).
/// - `(rose|went up|climbed)`: alternatives, each a sequence; `(...)?` or `word?`: optional.
/// - `...`: a gap of up to 12 tokens; `...{0,5}`: of 0 to 5 tokens (40 at most).
public struct Pattern: Sendable, Equatable {
  public enum Element: Sendable, Equatable {
    case word(WordTest)
    case symbol(UInt32)
    case capture(name: String, types: Set<FactType>)
    case gap(min: Int, max: Int)
    case alternation([[Element]])
    case optional([Element])
  }

  public struct WordTest: Sendable, Equatable {
    public var key: UInt64
    /// Folded scalars for a prefix test (`ارتفع*`); nil for a whole word.
    public var prefix: [UInt32]?
  }

  public let source: String
  public let elements: [Element]
  let program: [Instruction]
  let prefixes: [[UInt32]]
  public let captureNames: [String]

  public static let defaultGap = 12
  public static let maxGap = 40
  public static let maxProgram = 2_000

  public struct SyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    /// Character offset inside the pattern text.
    public var offset: Int
    public var description: String { message }
  }

  public init(_ source: String) throws(SyntaxError) {
    self.source = source
    var parser = PatternParser(Array(source.unicodeScalars))
    let elements = try parser.parseSequence(closing: nil)
    guard !elements.isEmpty else { throw SyntaxError(message: "empty pattern", offset: 0) }
    if let twice = Self.repeatedCapture(in: elements) {
      throw SyntaxError(message: "capture '\(twice)' appears twice in one match", offset: 0)
    }
    self.elements = elements
    self.captureNames = Self.captures(in: elements)
    self.firstSet = Self.firstSet(of: elements[...])
    self.requiredWords = Self.requiredWords(of: elements)
    self.firstBits = firstSet.map { FactIndex.bits($0.types) } ?? 0
    self.firstKeys = firstSet?.words.filter { $0.prefix == nil }.map(\.key) ?? []
    self.firstPrefixes = firstSet?.words.compactMap(\.prefix) ?? []
    var compiler = PatternCompiler(names: captureNames)
    compiler.emit(elements)
    compiler.program.append(.match)
    guard compiler.program.count <= Self.maxProgram else {
      throw SyntaxError(message: "pattern too large (\(compiler.program.count) steps; limit \(Self.maxProgram))", offset: 0)
    }
    self.program = compiler.program
    self.prefixes = compiler.prefixes
    self.firstSymbols = Array(firstSet?.symbols ?? [])
    var chars: [UInt32] = []
    var offsets = [0]
    for p in compiler.prefixes + firstPrefixes {
      chars += p
      offsets.append(chars.count)
    }
    self.prefixChars = chars
    self.prefixOffsets = offsets
  }

  public static func == (a: Pattern, b: Pattern) -> Bool { a.source == b.source }

  /// A name bound twice along one path; the same name in two alternatives is fine.
  static func repeatedCapture(in elements: [Element]) -> String? {
    var seen = Set<String>()
    for e in elements {
      var names: Set<String> = []
      switch e {
      case .capture(let name, _): names = [name]
      case .alternation(let alts):
        for a in alts {
          if let r = repeatedCapture(in: a) { return r }
          names.formUnion(captures(in: a))
        }
      case .optional(let inner):
        if let r = repeatedCapture(in: inner) { return r }
        names = Set(captures(in: inner))
      default: break
      }
      if let r = names.first(where: { seen.contains($0) }) { return r }
      seen.formUnion(names)
    }
    return nil
  }

  static func captures(in elements: [Element]) -> [String] {
    var out: [String] = []
    for e in elements {
      switch e {
      case .capture(let name, _): out.append(name)
      case .alternation(let alts): for a in alts { out.append(contentsOf: captures(in: a)) }
      case .optional(let inner): out.append(contentsOf: captures(in: inner))
      default: break
      }
    }
    var seen = Set<String>()
    return out.filter { seen.insert($0).inserted }
  }

  /// What a match can begin with: facts of some types, some words, some symbols. Nil when a
  /// match may begin anywhere (a leading gap, or an optional part that can be empty).
  public struct FirstSet: Sendable, Equatable {
    public var types: Set<FactType> = []
    public var words: [WordTest] = []
    public var symbols: Set<UInt32> = []
  }

  /// Words every match contains: for each, one of the listed words must occur in the scope.
  public let requiredWords: [[WordTest]]

  static func requiredWords(of elements: [Element]) -> [[WordTest]] {
    var out: [[WordTest]] = []
    for e in elements {
      switch e {
      case .word(let w): out.append([w])
      case .alternation(let alts):
        // Every alternative must require some words (its own, or a nested alternation's);
        // a match holds one of them, whichever alternative it takes.
        var words: [WordTest] = []
        for alt in alts {
          guard let needed = requiredWords(of: alt).first else {
            words = []
            break
          }
          words += needed
        }
        if !words.isEmpty { out.append(words) }
      default: continue
      }
    }
    return out
  }

  public let firstSet: FirstSet?
  /// `firstSet` laid out for the matcher's start test.
  let firstBits: UInt16
  let firstKeys: [UInt64]
  let firstPrefixes: [[UInt32]]
  public let firstSymbols: [UInt32]
  /// The prefixes, then the first set's, flattened: prefix n is
  /// `prefixChars[prefixOffsets[n]..<prefixOffsets[n + 1]]`. Built once, not per search.
  let prefixChars: [UInt32]
  let prefixOffsets: [Int]

  static func firstSet(of elements: ArraySlice<Element>) -> FirstSet? {
    guard let head = elements.first else { return nil }
    var set = FirstSet()
    switch head {
    case .capture(_, let types): set.types = types
    case .word(let w): set.words = [w]
    case .symbol(let c): set.symbols = [c]
    case .gap: return nil
    case .optional(let inner):
      guard let a = firstSet(of: inner[...]), let b = firstSet(of: elements.dropFirst()) else { return nil }
      set = a
      set.types.formUnion(b.types)
      set.words += b.words
      set.symbols.formUnion(b.symbols)
    case .alternation(let alts):
      for alt in alts {
        guard let f = firstSet(of: alt[...]) else { return nil }
        set.types.formUnion(f.types)
        set.words += f.words
        set.symbols.formUnion(f.symbols)
      }
    }
    return set
  }

  /// The fact types a match cannot do without: a rule is skipped for text lacking them.
  public var requiredTypes: [Set<FactType>] {
    elements.compactMap { if case .capture(_, let types) = $0 { types } else { nil } }
  }
}

/// Fact type names usable in captures.
public enum CaptureType {
  public static let quantity: Set<FactType> = [
    .number, .percent, .percentagePoints, .multiplier, .money, .measure, .count, .duration,
  ]

  public static func parse(_ name: String) -> Set<FactType>? {
    switch name {
    case "quantity": return quantity
    case "any": return Set(FactType.allCases)
    default: return FactType(rawValue: name).map { [$0] }
    }
  }
}

struct PatternParser {
  let s: [Unicode.Scalar]
  var i = 0

  init(_ s: [Unicode.Scalar]) { self.s = s }

  mutating func skipSpaces() { while i < s.count, s[i].properties.isWhitespace { i += 1 } }

  func error(_ m: String, at offset: Int? = nil) -> Pattern.SyntaxError {
    Pattern.SyntaxError(message: m, offset: offset ?? i)
  }

  /// A sequence up to `closing` ("|" or ")" end an alternative inside parentheses).
  mutating func parseSequence(closing: Unicode.Scalar?) throws(Pattern.SyntaxError) -> [Pattern.Element] {
    var out: [Pattern.Element] = []
    while true {
      skipSpaces()
      guard i < s.count else {
        if closing != nil { throw error("missing ')'") }
        return out
      }
      let c = s[i]
      if closing != nil && (c == ")" || c == "|") { return out }
      if c == ")" { throw error("unbalanced ')'") }
      if c == "|" { throw error("'|' outside parentheses") }
      var element: Pattern.Element
      if c == "(" {
        let open = i
        i += 1
        var alternatives: [[Pattern.Element]] = []
        while true {
          let alt = try parseSequence(closing: ")")
          if alt.isEmpty { throw error("empty alternative") }
          alternatives.append(alt)
          guard i < s.count else { throw error("missing ')'", at: open) }
          let d = s[i]
          i += 1
          if d == ")" { break }
        }
        element = alternatives.count == 1 ? .optional(alternatives[0]) : .alternation(alternatives)
        if alternatives.count == 1 {
          // "(a b)" without "|" is a group; only "?" makes it optional.
          element = .alternation(alternatives)
        }
      } else if c == "{" {
        element = try parseCapture()
      } else if c == "." && i + 2 < s.count && s[i + 1] == "." && s[i + 2] == "." {
        i += 3
        var lo = 0
        var hi = Pattern.defaultGap
        if i < s.count, s[i] == "{" {
          let open = i
          i += 1
          guard let a = number() else { throw error("expected a number in gap bounds") }
          lo = a
          hi = a
          if i < s.count, s[i] == "," {
            i += 1
            guard let b = number() else { throw error("expected a number in gap bounds") }
            hi = b
          }
          guard i < s.count, s[i] == "}" else { throw error("missing '}' in gap bounds", at: open) }
          i += 1
          guard lo <= hi, hi <= Pattern.maxGap else {
            throw error("gap bounds must satisfy 0 ≤ min ≤ max ≤ \(Pattern.maxGap)", at: open)
          }
        }
        element = .gap(min: lo, max: hi)
      } else {
        element = try parseWord()
      }
      if i < s.count, s[i] == "?" {
        i += 1
        switch element {
        case .alternation(let alts) where alts.count == 1: element = .optional(alts[0])
        default: element = .optional([element])
        }
      }
      out.append(element)
    }
  }

  mutating func number() -> Int? {
    var n = 0
    let start = i
    while i < s.count, let d = s[i].properties.numericType, d == .decimal, i - start < 4 {
      n = n * 10 + Int(s[i].properties.numericValue ?? 0)
      i += 1
    }
    return i > start ? n : nil
  }

  mutating func parseCapture() throws(Pattern.SyntaxError) -> Pattern.Element {
    let open = i
    i += 1
    var name = ""
    while i < s.count, s[i] != ":", s[i] != "}" {
      name.unicodeScalars.append(s[i])
      i += 1
    }
    name = String(name.filter { !$0.isWhitespace })
    guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0)) }),
      !("0"..."9").contains(name.unicodeScalars.first!)
    else {
      throw error("capture name must be an identifier such as 'pct' or 'old_value'", at: open + 1)
    }
    guard i < s.count, s[i] == ":" else { throw error("expected ':' and a fact type after '\(name)'") }
    i += 1
    var types = Set<FactType>()
    var typeName = ""
    var typeStart = i
    func flush() throws(Pattern.SyntaxError) {
      let t = typeName.trimmingSpaces
      guard let parsed = CaptureType.parse(t) else {
        let known = (FactType.allCases.map(\.rawValue) + ["quantity", "any"]).joined(separator: ", ")
        throw Pattern.SyntaxError(message: "unknown fact type '\(t)' (known: \(known))", offset: typeStart)
      }
      types.formUnion(parsed)
      typeName = ""
    }
    while i < s.count, s[i] != "}" {
      if s[i] == "|" {
        try flush()
        i += 1
        typeStart = i
        continue
      }
      typeName.unicodeScalars.append(s[i])
      i += 1
    }
    guard i < s.count else { throw error("missing '}'", at: open) }
    try flush()
    i += 1
    return .capture(name: name, types: types)
  }

  mutating func parseWord() throws(Pattern.SyntaxError) -> Pattern.Element {
    let start = i
    var scalars: [UInt32] = []
    while i < s.count, !s[i].properties.isWhitespace, !"(){}|?".unicodeScalars.contains(s[i]) {
      // A backslash makes the next character literal: `\(` matches "(".
      if s[i] == "\\", i + 1 < s.count {
        scalars.append(s[i + 1].value)
        i += 2
        continue
      }
      scalars.append(s[i].value)
      i += 1
    }
    if scalars.isEmpty {
      throw error("unexpected '\(Character(s[i]))'")
    }
    var prefix = false
    if scalars.count > 1, scalars.last == 0x2A {  // "*"
      prefix = true
      scalars.removeLast()
    }
    var folded: [UInt32] = []
    for v in scalars {
      let f = NormalizedText.fold(v)
      if f != 0xFFFF_FFFF { folded.append(f) }
    }
    guard let first = folded.first else { throw error("empty word", at: start) }
    // A lone punctuation mark is a symbol token; words are runs of letters or digits.
    if folded.count == 1, scriptOf(first) == .other, !(0x30...0x39).contains(first) {
      return .symbol(first)
    }
    return .word(Pattern.WordTest(key: Token.hash(folded), prefix: prefix ? folded : nil))
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}

/// Matcher instructions. Payloads are plain values so that stepping through a program
/// retains nothing: fact types are a bit set, word prefixes an index into `Pattern.prefixes`.
enum Instruction: Sendable, Equatable {
  /// A word with this folded hash, or (when `prefix` ≥ 0) starting with `prefixes[prefix]`.
  case word(key: UInt64, prefix: Int32)
  case symbol(UInt32)
  case fact(slot: Int, types: UInt16)
  case any
  /// A lazy gap: skip `min` to `max` tokens, fewest first, then go on after its filter. One
  /// instruction, so a search holds one state per position for the gap, not one per position
  /// and skipped token, and what follows is shared by every way to reach it. When `keys` ≥ 0,
  /// only positions where what follows can begin are tried: a fact with a type in `bits`, or a
  /// word with one of the `keys` hashes held by the `filterKey` instructions after this one.
  case seek(min: Int32, max: Int32, bits: UInt16, keys: Int32)
  /// Data of the `seek` before it; never run.
  case filterKey(UInt64)
  /// Try `first`, then `second` (lower priority).
  case split(Int, Int)
  case jump(Int)
  case match
}

struct PatternCompiler {
  var program: [Instruction] = []
  var prefixes: [[UInt32]] = []
  let names: [String]

  mutating func emit(_ elements: [Pattern.Element]) {
    var i = 0
    while i < elements.count {
      guard case .gap(var lo, var hi) = elements[i] else {
        emit(elements[i])
        i += 1
        continue
      }
      // Gaps in a row are one gap: the same positions, tried in the same order (fewest first).
      i += 1
      while i < elements.count, case .gap(let a, let b) = elements[i] {
        lo += a
        hi += b
        i += 1
      }
      seek(lo, hi, before: elements[i...])
    }
  }

  /// A lazy gap, filtered by what can begin the rest of its sequence when that is known
  /// and made only of facts and whole words.
  mutating func seek(_ lo: Int, _ hi: Int, before rest: ArraySlice<Pattern.Element>) {
    guard let first = Pattern.firstSet(of: rest), first.symbols.isEmpty, first.words.allSatisfy({ $0.prefix == nil })
    else {
      program.append(.seek(min: Int32(lo), max: Int32(hi), bits: 0, keys: -1))
      return
    }
    let keys = Array(Set(first.words.map(\.key)))
    program.append(.seek(min: Int32(lo), max: Int32(hi), bits: FactIndex.bits(first.types), keys: Int32(keys.count)))
    for k in keys.sorted() { program.append(.filterKey(k)) }
  }

  mutating func emit(_ e: Pattern.Element) {
    switch e {
    case .word(let w):
      if let p = w.prefix {
        prefixes.append(p)
        program.append(.word(key: w.key, prefix: Int32(prefixes.count - 1)))
      } else {
        program.append(.word(key: w.key, prefix: -1))
      }
    case .symbol(let c): program.append(.symbol(c))
    case .capture(let name, let types):
      program.append(.fact(slot: names.firstIndex(of: name)!, types: FactIndex.bits(types)))
    case .gap(let lo, let hi):
      // Alone (in an optional part or alternative of its own): nothing after it is known here.
      seek(lo, hi, before: [])
    case .optional(let inner):
      let split = program.count
      program.append(.split(0, 0))
      emit(inner)
      program[split] = .split(split + 1, program.count)
    case .alternation(let alts):
      var jumps: [Int] = []
      for (n, alt) in alts.enumerated() {
        if n < alts.count - 1 {
          let split = program.count
          program.append(.split(0, 0))
          emit(alt)
          jumps.append(program.count)
          program.append(.jump(0))
          program[split] = .split(split + 1, program.count)
        } else {
          emit(alt)
        }
      }
      for j in jumps { program[j] = .jump(program.count) }
    }
  }
}

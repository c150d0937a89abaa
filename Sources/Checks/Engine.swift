import Expressions
import Facts
import Rules
import TextModel

/// Runs rules over analysed documents. Build once with the rules; it is immutable and can
/// check documents on many threads at once.
public struct Engine: Sendable {
  public let rules: [Rule]
  /// Named facts supplied from outside (`--facts`), readable as `facts.NAME`.
  public var externalFacts: [String: Quantity]

  let signals: WordSignals
  let plans: [Plan]
  /// The symbols patterns can start with.
  let startSymbols: [UInt64]
  /// How many distinct scope kinds (scope and languages) the rules use.
  let scopeKinds: Int

  /// What checking needs of one rule, behind one reference: copying a `Rule` (a large value)
  /// for every document retained each of its parts.
  final class Plan: Sendable {
    let rule: Rule
    /// A type mask per capture that must bind: a scope lacking any is skipped.
    let required: [UInt16]
    /// Numbers the rule's kind of scope and languages, to share scope lists between rules.
    let scopeKind: Int
    /// Per capture: the names its fact and the fact's properties are bound under, made once
    /// rather than for every binding evaluated.
    let names: [BindingNames]
    /// Document and outside names (`doc.year`, `facts.x`) the rule reads.
    let documentReads: [String]
    /// How many names the rule reads.
    let reads: Int
    let claimSlot: Int?

    init(rule: Rule, required: [UInt16], scopeKind: Int) {
      self.rule = rule
      self.required = required
      self.scopeKind = scopeKind
      let reads = Set((rule.conditions + [rule.assertion]).flatMap(\.names))
      let names = rule.match.captureNames.map { BindingNames($0, reads: reads) }
      let bound = Set(names.flatMap { [$0.value, $0.hedged, $0.hijri, $0.inferred, $0.weekday] })
      self.names = names
      self.documentReads = reads.subtracting(bound).sorted()
      self.reads = reads.count
      self.claimSlot = rule.match.captureNames.firstIndex(of: rule.claim)
    }
  }

  /// The names a capture's fact and its properties are bound under, and which of them the
  /// rule reads: evaluation binds only those.
  struct BindingNames: Sendable {
    let value, hedged, hijri, inferred, weekday: String
    let reads: (value: Bool, hedged: Bool, hijri: Bool, inferred: Bool, weekday: Bool)
    init(_ name: String, reads: Set<String>) {
      (value, hedged, hijri, inferred, weekday) =
        (name, "\(name).hedged", "\(name).hijri", "\(name).inferred", "\(name).weekday")
      self.reads = (
        reads.contains(value), reads.contains(hedged), reads.contains(hijri), reads.contains(inferred),
        reads.contains(weekday)
      )
    }
  }

  public init(rules: [Rule], externalFacts: [String: Quantity] = [:]) {
    self.rules = rules
    self.externalFacts = externalFacts
    self.signals = WordSignals(rules: rules)
    var kinds: [String: Int] = [:]
    self.plans = rules.map { rule in
      let key = "\(rule.match.scope)|\(rule.languages.map(\.rawValue).sorted())"
      let kind = kinds[key] ?? kinds.count
      kinds[key] = kind
      let required: [UInt16] =
        switch rule.match.binding {
        case .pattern(let p): p.requiredTypes.map(FactIndex.bits)
        case .each(let slots): slots.map { FactIndex.bits($0.types) }
        }
      return Plan(rule: rule, required: required, scopeKind: kind)
    }
    self.scopeKinds = kinds.count
    var symbols: Set<UInt64> = []
    for rule in rules {
      if case .pattern(let p) = rule.match.binding { symbols.formUnion(p.firstSymbols.map(UInt64.init)) }
    }
    self.startSymbols = symbols.sorted()
  }

  /// Every outcome of every rule on the document, in document order. Findings have status
  /// `.contradicts`; verified relations `.holds`.
  public func check(_ analysis: Analysis, scratch: MatchScratch = MatchScratch()) -> [Finding] {
    let index = FactIndex(analysis)
    let matcher = PatternMatcher(analysis: analysis, index: index, scratch: scratch)
    var out: [Finding] = []
    let documentBindings = documentValues(analysis)
    let documentBits = index.typeBits(in: 0..<analysis.tokens.count)
    // Scopes and the fact types inside them, computed once per kind of scope.
    let sentenceBits = analysis.segmentation.sentences.map { index.typeBits(in: $0.tokens) }
    var scopeCache = [[(range: Range<Int>, bits: UInt16)]?](repeating: nil, count: scopeKinds)
    let tokenWords = signals.tokenMasks(analysis, index)
    let documentWords = tokenWords.reduce(UInt64(0), |)
    let sentenceWords = analysis.segmentation.sentences.map { s in tokenWords[s.tokens].reduce(UInt64(0), |) }
    let sentenceStarts = analysis.segmentation.sentences.map(\.tokens.lowerBound)
    // Where any pattern can begin: most tokens are neither a fact, nor a word a rule uses,
    // nor a symbol a pattern starts with, and matching never visits them.
    var startCandidates: [Int32] = []
    for (t, token) in analysis.tokens.enumerated()
    where index.bits(at: t) != 0 || tokenWords[t] != 0
      || (token.kind == .symbol && startSymbols.contains(token.key))
    {
      startCandidates.append(Int32(t))
    }
    /// The words inside a scope: whole sentences from their masks, the rest token by token.
    func scopeWords(_ scope: Range<Int>) -> UInt64 {
      var lo = 0
      var hi = sentenceStarts.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if sentenceStarts[mid] < scope.lowerBound { lo = mid + 1 } else { hi = mid }
      }
      var mask: UInt64 = 0
      var t = scope.lowerBound
      var k = lo
      while t < scope.upperBound {
        if k < sentenceStarts.count, sentenceStarts[k] == t,
          analysis.segmentation.sentences[k].tokens.upperBound <= scope.upperBound
        {
          mask |= sentenceWords[k]
          t = analysis.segmentation.sentences[k].tokens.upperBound
          k += 1
        } else {
          mask |= tokenWords[t]
          t += 1
          while k < sentenceStarts.count, sentenceStarts[k] < t { k += 1 }
        }
      }
      return mask
    }
    for (n, plan) in plans.enumerated() {
      let requiredTypes = plan.required
      guard requiredTypes.allSatisfy({ $0 & documentBits != 0 }) else { continue }
      // Words every match needs: where one is missing, the document or scope is skipped.
      let wordMasks = signals.ruleMasks[n]
      guard wordMasks.allSatisfy({ $0 & documentWords != 0 || $0 == 0 }) else { continue }
      var seen = Set<[Int]>()
      // One outcome per claim: the first binding (leftmost) whose conditions hold.
      var claimed = Set<Int>()
      let claimSlot = plan.claimSlot
      let ruleScopes: [(range: Range<Int>, bits: UInt16)]
      if let cached = scopeCache[plan.scopeKind] {
        ruleScopes = cached
      } else {
        ruleScopes = scopes(plan.rule.match.scope, analysis, language: plan.rule.languages, sentenceBits: sentenceBits, index: index)
        scopeCache[plan.scopeKind] = ruleScopes
      }
      // Scopes that can hold a match: every required fact type and word is present.
      var candidates: [Range<Int>] = []
      for (scope, present) in ruleScopes {
        guard requiredTypes.allSatisfy({ $0 & present != 0 }) else { continue }
        if !wordMasks.isEmpty {
          let words = scopeWords(scope)
          guard wordMasks.allSatisfy({ $0 & words != 0 || $0 == 0 }) else { continue }
        }
        candidates.append(scope)
      }
      guard !candidates.isEmpty else { continue }
      let bindings: [[Int?]]
      switch plan.rule.match.binding {
      case .pattern(let p):
        let startWords = signals.firstWordMasks[n].map { (tokenWords, $0, startCandidates) }
        bindings = matcher.matches(of: p, in: candidates, startWords: startWords).joined().map(\.captures)
      case .each: bindings = candidates.flatMap { bind(plan.rule, scope: $0, analysis: analysis, matcher: matcher) }
      }
      do {
        for captures in bindings {
          let key = captures.map { $0 ?? -1 }
          guard seen.insert(key).inserted else { continue }
          let claim = claimSlot.flatMap { captures[$0] } ?? key.first ?? -1
          guard !claimed.contains(claim) else { continue }
          if let f = evaluate(plan, captures: captures, analysis: analysis, document: documentBindings) {
            claimed.insert(claim)
            out.append(f)
          }
        }
      }
    }
    out.sort { ($0.span.lowerBound, $0.ruleID) < ($1.span.lowerBound, $1.ruleID) }
    return out
  }

  // MARK: scopes

  /// Token ranges the rule looks inside, in the rule's languages only.
  func scopes(
    _ scope: Rule.Scope, _ a: Analysis, language: Set<Language>, sentenceBits: [UInt16], index: FactIndex
  ) -> [(range: Range<Int>, bits: UInt16)] {
    let seg = a.segmentation
    func paragraphLanguage(_ p: Int) -> Language {
      guard p < seg.paragraphScripts.count else { return a.language }
      switch seg.paragraphScripts[p] {
      case .arabic: return .ar
      case .latin: return .en
      case .other: return a.language
      }
    }
    // An explicit language (--lang) wins over script detection.
    let forced = a.document.languageHint
    func allowed(_ paragraph: Int) -> Bool { language.contains(forced ?? paragraphLanguage(paragraph)) }
    switch scope {
    case .sentence:
      return seg.sentences.indices.filter { allowed(seg.sentences[$0].paragraph) }.map {
        (seg.sentences[$0].tokens, sentenceBits[$0])
      }
    case .sentences(let n):
      var out: [(range: Range<Int>, bits: UInt16)] = []
      for (i, s) in seg.sentences.enumerated() where allowed(s.paragraph) {
        let lastIndex = min(seg.sentences.count - 1, i + n - 1)
        let bits = sentenceBits[i...lastIndex].reduce(UInt16(0), |)
        out.append((s.tokens.lowerBound..<seg.sentences[lastIndex].tokens.upperBound, bits))
      }
      return out
    case .paragraph:
      return seg.paragraphs.indices.filter(allowed).map { (seg.paragraphs[$0], index.typeBits(in: seg.paragraphs[$0])) }
    case .document:
      guard language.contains(a.language) || forced.map(language.contains) == true else { return [] }
      return [(0..<a.tokens.count, sentenceBits.reduce(UInt16(0), |))]
    case .list:
      return seg.lists.compactMap { list in
        let start = list.introduction.map { seg.sentences[$0].tokens.lowerBound } ?? list.items[0].tokens.lowerBound
        let paragraph = list.introduction.map { seg.sentences[$0].paragraph } ?? 0
        guard allowed(paragraph) else { return nil }
        let range = start..<list.items.last!.tokens.upperBound
        return (range, index.typeBits(in: range))
      }
    }
  }

  // MARK: binding

  func bind(_ rule: Rule, scope: Range<Int>, analysis: Analysis, matcher: PatternMatcher) -> [[Int?]] {
    switch rule.match.binding {
    case .pattern(let p):
      return matcher.matches(of: p, in: scope).map(\.captures)
    case .each(let slots):
      // Facts of each slot's types inside the scope, then ordered combinations of distinct facts.
      let inScope = analysis.facts.indices.filter {
        let t = analysis.facts[$0].tokens
        return t.lowerBound >= scope.lowerBound && t.upperBound <= scope.upperBound
      }
      var out: [[Int?]] = []
      var current: [Int?] = []
      func extend(_ slot: Int, after: Int) {
        if out.count >= 5_000 { return }
        if slot == slots.count {
          out.append(current)
          return
        }
        for f in inScope where f > after && slots[slot].types.contains(analysis.facts[f].type) {
          current.append(f)
          extend(slot + 1, after: f)
          current.removeLast()
        }
      }
      extend(0, after: -1)
      return out
    }
  }

  // MARK: evaluation

  func documentValues(_ a: Analysis) -> [String: Value] {
    var values: [String: Value] = [:]
    if let p = a.published {
      values["doc.published"] = .quantity(Quantity(p.interval, .instant))
      values["doc.year"] = .quantity(.exactly(Double(p.year)))
    }
    if let u = a.updated { values["doc.updated"] = .quantity(Quantity(u.interval, .instant)) }
    for (name, q) in externalFacts { values["facts.\(name)"] = .quantity(q) }
    return values
  }

  func value(of fact: Fact) -> Value {
    if fact.type == .list {
      return .list((fact.items ?? []).map { _ in .exactly(1, .number) })
    }
    return .quantity(Quantity(fact: fact))
  }

  func evaluate(_ plan: Plan, captures: [Int?], analysis a: Analysis, document: [String: Value]) -> Finding? {
    let rule = plan.rule
    var bindings = [String: Value](minimumCapacity: plan.reads)
    for name in plan.documentReads { bindings[name] = document[name] }
    var evidence: [Finding.Evidence] = []
    for (name, index) in zip(plan.names, captures) {
      guard let index else { continue }
      let fact = a.facts[index]
      let reads = name.reads
      if reads.value { bindings[name.value] = value(of: fact) }
      if reads.hedged { bindings[name.hedged] = .quantity(.exactly(fact.hedge == nil ? 0 : 1)) }
      if reads.hijri { bindings[name.hijri] = .quantity(.exactly(fact.calendar == "hijri" ? 1 : 0)) }
      if reads.inferred { bindings[name.inferred] = .quantity(.exactly(fact.yearInferred ? 1 : 0)) }
      if reads.weekday, let w = fact.weekday { bindings[name.weekday] = .quantity(.exactly(Double(w), .weekday)) }
      evidence.append(Finding.Evidence(name: name.value, fact: fact))
    }
    // Restraint: a rule applies only where every condition surely holds.
    for condition in rule.conditions {
      guard condition.evaluate(bindings, explain: false).truth == .always else { return nil }
    }
    let evaluation = rule.assertion.evaluate(bindings)
    let status: Finding.Status
    switch evaluation.verdict {
    case .holds: status = .holds
    case .contradicts: status = .contradicts
    case .undetermined(let reason): status = .undetermined(reason: reason)
    }
    let (claimed, computed) = sides(of: rule.assertion, bindings)
    guard let claimFact = evidence.first(where: { $0.name == rule.claim })?.fact ?? evidence.first?.fact else {
      return nil
    }
    let spans = evidence.map(\.fact.span)
    let matchSpan = (spans.map(\.lowerBound).min() ?? 0)..<(spans.map(\.upperBound).max() ?? 0)
    var finding = Finding(
      ruleID: rule.id, kind: rule.kind, severity: rule.severity, status: status, messages: [:],
      span: claimFact.span, matchSpan: matchSpan, evidence: evidence, claimed: claimed, computed: computed,
      explanation: evaluation.explanation)
    // The rule's message explains a contradiction; a verified or undetermined relation gets a
    // neutral sentence instead.
    for language in Language.allCases {
      let renderer = MessageRenderer(analysis: a, finding: finding, language: language)
      let claim = renderer.text(claimFact)
      let computed = finding.computed.map { HumanQuantity.render($0, language: language) }
      switch (status, language) {
      case (.contradicts, _):
        if let template = rule.message.templates[language] { finding.messages[language] = renderer.render(template) }
      case (.holds, .ar):
        finding.messages[language] = "«\(claim)» يتفق مع الأرقام" + (computed.map { " (القيمة المحسوبة: \($0))" } ?? "")
      case (.holds, .en):
        finding.messages[language] = "«\(claim)» agrees with the figures" + (computed.map { " (computed: \($0))" } ?? "")
      case (.undetermined(let reason), .ar):
        finding.messages[language] = "تعذر التحقق من «\(claim)»: \(reason)"
      case (.undetermined(let reason), .en):
        finding.messages[language] = "«\(claim)» could not be checked: \(reason)"
      }
    }
    return finding
  }

  /// The left (claimed) and right (computed) sides of a top-level comparison.
  func sides(of assertion: CompiledExpr, _ bindings: [String: Value]) -> (Quantity?, Quantity?) {
    // The first comparison, looking through and/or/not: "m ~ ratio(a, b) or m ~ ratio(a, b) - 1".
    func firstComparison(_ e: Expr) -> (Expr, Expr)? {
      switch e {
      case .binary(let op, let l, let r, _):
        if op.isComparison { return (l, r) }
        return firstComparison(l) ?? firstComparison(r)
      case .unary(_, let x, _): return firstComparison(x)
      default: return nil
      }
    }
    guard let (left, right) = firstComparison(assertion.root) else { return (nil, nil) }
    // "abs(a - b) <= 1": the constant is no computed figure; the left side is.
    if case .number = right { return (nil, quantityOf(left, assertion, bindings)) }
    return (quantityOf(left, assertion, bindings), quantityOf(right, assertion, bindings))
  }

  func quantityOf(_ e: Expr, _ assertion: CompiledExpr, _ bindings: [String: Value]) -> Quantity? {
    let source = Array(assertion.source.utf8)
    let text = String(decoding: source[e.span.start..<e.span.end], as: UTF8.self)
    guard case .success(let c) = compile(text, names: Set(bindings.keys).union(["facts.*"]), expectCondition: false),
      case .success(.quantity(let q)) = c.value(bindings)
    else { return nil }
    return q
  }
}

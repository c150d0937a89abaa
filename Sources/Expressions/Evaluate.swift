import Facts

/// How often a condition is true over all the values the stated intervals allow.
///
/// Each name stands for an unknown true value inside its interval, and different names
/// vary independently. A comparison is `always` true when it holds for every choice of
/// values, `never` when it holds for none, and `sometimes` otherwise. Interval arithmetic
/// over-approximates (a name used twice is treated as two independent values), so
/// `never` is only reported when it is certain, and `always` likewise; anything in doubt
/// becomes `sometimes`.
public enum Truth: String, Sendable, Hashable {
  case always, sometimes, never

  /// Some values make it true.
  public var isPossible: Bool { self != .never }
  /// All values make it true.
  public var isNecessary: Bool { self == .always }

  init(possible: Bool, necessary: Bool) {
    self = !possible ? .never : necessary ? .always : .sometimes
  }

  var negated: Truth {
    switch self {
    case .always: return .never
    case .never: return .always
    case .sometimes: return .sometimes
    }
  }
}

/// The outcome of checking a condition against stated values.
///
/// - `holds`: some values inside every stated interval make the condition true, i.e. the
///   text is consistent with the rule.
/// - `contradicts`: no such values exist.
/// - `undetermined`: the condition could not be judged (unit mismatch, missing value,
///   division by an interval containing zero…); the reason says why.
///
/// Logic follows Kleene's three-valued rules on `Truth`, with "undetermined" as unknown:
/// `not` swaps always/never (so `not X` contradicts only when X holds for ALL values);
/// `a and b` is never if either side is never, always if both are always; `a or b` is
/// always if either side is always, never if both are never. `and` over-approximates
/// possibility (the two sides may need different values), which errs toward `holds`.
public enum Verdict: Sendable, Hashable, CustomStringConvertible {
  case holds
  case contradicts
  case undetermined(reason: String)

  public var description: String {
    switch self {
    case .holds: return "holds"
    case .contradicts: return "contradicts"
    case .undetermined(let r): return "undetermined: \(r)"
    }
  }
}

/// One operand of a step: its source text and its value.
public struct Operand: Sendable, Hashable {
  public var text: String
  public var value: Value
  public init(text: String, value: Value) {
    self.text = text
    self.value = value
  }
}

/// One evaluated operation (arithmetic, call or comparison), for explanations.
public struct TraceStep: Sendable, Hashable {
  public enum Outcome: Sendable, Hashable {
    case value(Value)
    case truth(Truth)
    case undetermined(String)
  }
  /// The source text of the operation.
  public var text: String
  public var operands: [Operand]
  public var outcome: Outcome
  /// Remarks such as "a base of 0 is left out".
  public var notes: [String]

  public init(text: String, operands: [Operand], outcome: Outcome, notes: [String] = []) {
    self.text = text
    self.operands = operands
    self.outcome = outcome
    self.notes = notes
  }

  /// "percent_change(old, new) with old = [0, 40000), new = [69350, 76650] → (73.375, ∞)%".
  public var rendered: String {
    var s = text
    let isComparison: Bool
    if case .truth = outcome { isComparison = true } else { isComparison = false }
    if isComparison, operands.count == 2 {
      s += ": \(renderValue(operands[0].value)) vs \(renderValue(operands[1].value))"
    } else {
      let named = operands.filter { op in
        guard let first = op.text.unicodeScalars.first else { return false }
        return !("0"..."9").contains(first) && first != "."
      }
      if !named.isEmpty {
        s += " with " + named.map { "\($0.text) = \(renderValue($0.value))" }.joined(separator: ", ")
      }
    }
    switch outcome {
    case .value(let v): s += " → \(renderValue(v))"
    case .truth(let t): s += " → \(t == .never ? "never true" : t == .always ? "always true" : "can be true")"
    case .undetermined(let r): s += " → undetermined (\(r))"
    }
    if !notes.isEmpty { s += " (" + notes.joined(separator: "; ") + ")" }
    return s
  }
}

/// The result of evaluating a condition: verdict, truth, and how it was reached.
public struct Evaluation: Sendable, Hashable {
  public var verdict: Verdict
  /// The truth of the whole condition, when determined.
  public var truth: Truth?
  /// Every operation in evaluation order, innermost first.
  public var steps: [TraceStep]

  public init(verdict: Verdict, truth: Truth?, steps: [TraceStep]) {
    self.verdict = verdict
    self.truth = truth
    self.steps = steps
  }

  /// The steps and the verdict in one English paragraph.
  public var explanation: String {
    (steps.map(\.rendered) + ["⇒ \(verdict)"]).joined(separator: "; ")
  }
}

func renderValue(_ v: Value) -> String {
  switch v {
  case .quantity(let q): return render(q)
  case .list(let items): return "[" + items.map(render).joined(separator: ", ") + "]"
  }
}

extension CompiledExpr {
  /// Evaluates the condition against values bound to its names. Without `explain`, the
  /// evaluation keeps no steps: a rule's `where` conditions run for every candidate, and only
  /// their truth is read.
  public func evaluate(_ bindings: [String: Value], explain: Bool = true) -> Evaluation {
    var evaluator = Evaluator(source: source, bindings: bindings, explain: explain)
    let result = evaluator.eval(root)
    switch result {
    case .truth(let t):
      return Evaluation(verdict: t.isPossible ? .holds : .contradicts, truth: t, steps: evaluator.steps)
    case .unknown(let reason):
      return Evaluation(verdict: .undetermined(reason: reason), truth: nil, steps: evaluator.steps)
    case .value:
      return Evaluation(
        verdict: .undetermined(reason: "the expression is a value, not a condition"), truth: nil,
        steps: evaluator.steps)
    }
  }

  /// Evaluates a value expression (`percent_change(old, new)`) to a quantity or a reason.
  public func value(_ bindings: [String: Value]) -> Result<Value, UnitError> {
    var evaluator = Evaluator(source: source, bindings: bindings)
    switch evaluator.eval(root) {
    case .value(let v): return .success(v)
    case .unknown(let r): return .failure(UnitError(message: r))
    case .truth: return .failure(UnitError(message: "the expression is a condition, not a value"))
    }
  }
}

enum Outcome {
  case value(Value)
  case truth(Truth)
  case unknown(String)
}

struct Evaluator {
  let source: String
  let bindings: [String: Value]
  /// Whether to keep the steps and the text of their operands.
  let explain: Bool
  var steps: [TraceStep] = []

  init(source: String, bindings: [String: Value], explain: Bool = true) {
    self.source = source
    self.bindings = bindings
    self.explain = explain
  }

  func text(_ e: Expr) -> String {
    let s = e.span
    let bytes = source.utf8
    let start = bytes.index(bytes.startIndex, offsetBy: max(0, s.start), limitedBy: bytes.endIndex) ?? bytes.endIndex
    let end = bytes.index(bytes.startIndex, offsetBy: max(0, s.end), limitedBy: bytes.endIndex) ?? bytes.endIndex
    return start < end ? String(decoding: bytes[start..<end], as: UTF8.self) : ""
  }

  /// An operand as the trace shows it; its text only when explaining.
  func operand(_ e: Expr, _ value: Value) -> Operand {
    Operand(text: explain ? text(e) : "", value: value)
  }

  mutating func record(_ e: Expr, _ operands: [Operand], _ outcome: Outcome, notes: [String] = []) -> Outcome {
    guard explain else { return outcome }
    let o: TraceStep.Outcome
    switch outcome {
    case .value(let v): o = .value(v)
    case .truth(let t): o = .truth(t)
    case .unknown(let r): o = .undetermined(r)
    }
    steps.append(TraceStep(text: text(e), operands: operands, outcome: o, notes: notes))
    return outcome
  }

  /// Evaluates to a single quantity, or gives the reason it cannot.
  mutating func quantity(_ e: Expr) -> Result<(Quantity, Operand), UnitError> {
    switch eval(e) {
    case .value(.quantity(let q)):
      if q.interval.low.isNaN || q.interval.high.isNaN {
        return .failure(UnitError(message: "'\(text(e))' is not a number"))
      }
      if q.interval.isEmpty { return .failure(UnitError(message: "'\(text(e))' has no possible values")) }
      return .success((q, operand(e, .quantity(q))))
    case .value(.list): return .failure(UnitError(message: "'\(text(e))' is a list; use sum, count, min or max"))
    case .truth: return .failure(UnitError(message: "'\(text(e))' is a condition, not a value"))
    case .unknown(let r): return .failure(UnitError(message: r))
    }
  }

  mutating func eval(_ e: Expr) -> Outcome {
    switch e {
    case .number(let v, let unit, _):
      return .value(.quantity(.exactly(v, unit)))
    case .name(let name, _):
      guard let v = bindings[name] else { return .unknown("no value for '\(name)'") }
      return .value(v)
    case .unary(.negate, let x, _):
      switch quantity(x) {
      case .failure(let err): return .unknown(err.message)
      case .success(let (q, op)):
        return record(e, [op], .value(.quantity(Quantity(-q.interval, q.unit))))
      }
    case .unary(.not, let x, _):
      switch eval(x) {
      case .truth(let t): return .truth(t.negated)
      case .unknown(let r): return .unknown(r)
      case .value: return .unknown("'not' needs a condition")
      }
    case .binary(let op, let l, let r, _) where op.isLogical:
      return logic(op, eval(l), eval(r))
    case .binary(let op, let l, let r, _):
      let a: (Quantity, Operand)
      let b: (Quantity, Operand)
      switch quantity(l) {
      case .failure(let err): return .unknown(err.message)
      case .success(let x): a = x
      }
      switch quantity(r) {
      case .failure(let err): return .unknown(err.message)
      case .success(let x): b = x
      }
      if op.isComparison { return compare(e, op, a, b) }
      var notes: [String] = []
      let result = arithmetic(op, a.0, b.0, notes: &notes)
      switch result {
      case .success(let q): return record(e, [a.1, b.1], .value(.quantity(q)), notes: notes)
      case .failure(let err): return record(e, [a.1, b.1], .unknown(err.message), notes: notes)
      }
    case .call(let name, let args, _, _):
      return call(e, name, args)
    }
  }

  func logic(_ op: BinaryOperator, _ a: Outcome, _ b: Outcome) -> Outcome {
    func truth(_ o: Outcome) -> Truth? { if case .truth(let t) = o { return t } else { return nil } }
    func reason(_ o: Outcome) -> String {
      switch o {
      case .unknown(let r): return r
      case .value: return "'\(op.rawValue)' needs conditions"
      case .truth: return ""
      }
    }
    let (ta, tb) = (truth(a), truth(b))
    if op == .and {
      if ta == .never || tb == .never { return .truth(.never) }
      guard let ta, let tb else { return .unknown(ta == nil ? reason(a) : reason(b)) }
      return .truth(ta == .always && tb == .always ? .always : .sometimes)
    } else {
      if ta == .always || tb == .always { return .truth(.always) }
      guard let ta, let tb else { return .unknown(ta == nil ? reason(a) : reason(b)) }
      return .truth(ta == .never && tb == .never ? .never : .sometimes)
    }
  }

  mutating func compare(_ e: Expr, _ op: BinaryOperator, _ a: (Quantity, Operand), _ b: (Quantity, Operand))
    -> Outcome
  {
    switch UnitTag.unify(a.0, b.0, for: "compare") {
    case .failure(let err):
      return record(e, [a.1, b.1], .unknown(err.message))
    case .success(let (x, y, unit)):
      var notes: [String] = []
      if a.0.unit != b.0.unit, case .measure = unit, case .measure = b.0.unit {
        notes.append("\(render(b.0)) = \(render(Quantity(y, unit)))")
      }
      let t = comparisonTruth(op, x, y, integer: unit.isInteger)
      return record(e, [a.1, b.1], .truth(t), notes: notes)
    }
  }

  func arithmetic(_ op: BinaryOperator, _ a: Quantity, _ b: Quantity, notes: inout [String])
    -> Result<Quantity, UnitError>
  {
    switch op {
    case .add, .subtract:
      let verb = op == .add ? "add" : "subtract"
      func combine(_ x: Interval, _ y: Interval) -> Interval { op == .add ? x + y : x - y }
      switch (a.unit, b.unit) {
      case (.percent, .percentagePoints): return .success(Quantity(combine(a.interval, b.interval), .percent))
      case (.percentagePoints, .percent) where op == .add:
        return .success(Quantity(combine(a.interval, b.interval), .percent))
      case (.percent, .percent) where op == .subtract:
        return .success(Quantity(a.interval - b.interval, .percentagePoints))
      case (.instant, .instant) where op == .subtract:
        return .success(Quantity(a.interval - b.interval, .duration(symbol: "seconds", seconds: 1)))
      case (.instant, .duration(_, let s)):
        return .success(Quantity(combine(a.interval, b.interval.scaled(by: s)), .instant))
      case (.duration(_, let s), .instant) where op == .add:
        return .success(Quantity(a.interval.scaled(by: s) + b.interval, .instant))
      case (.instant, .instant), (.weekday, _), (_, .weekday):
        return .failure(UnitError(message: "cannot \(verb) \(a.unit.kindName) and \(b.unit.kindName)"))
      default:
        return UnitTag.unify(a, b, for: verb).map { Quantity(combine($0.0, $0.1), $0.2) }
      }
    case .multiply:
      switch (a.unit, b.unit) {
      case (.number, _): return .success(Quantity(a.interval * b.interval, b.unit))
      case (_, .number): return .success(Quantity(a.interval * b.interval, a.unit))
      default:
        return .failure(UnitError(message: "cannot multiply \(a.unit.kindName) by \(b.unit.kindName)"))
      }
    case .divide:
      let unit: UnitTag
      var divisor = b.interval
      if case .number = b.unit {
        unit = a.unit
      } else {
        switch UnitTag.unify(a, b, for: "divide") {
        case .failure(let err): return .failure(err)
        case .success(let (_, y, _)): divisor = y
        }
        unit = .number
      }
      return divide(a.interval, divisor, notes: &notes).map { Quantity($0, unit) }
    default:
      return .failure(UnitError(message: "'\(op.rawValue)' is not arithmetic"))
    }
  }

  func divide(_ a: Interval, _ b: Interval, notes: inout [String], what: String = "divisor")
    -> Result<Interval, UnitError>
  {
    switch b.excludingZeroEnd() {
    case .failure(.divisorIsZero): return .failure(UnitError(message: "division by zero"))
    case .failure(.divisorStraddlesZero):
      return .failure(UnitError(message: "the \(what) \(renderInterval(b)) includes 0"))
    case .success(let (_, removed)):
      if removed { notes.append("a \(what) of exactly 0 is left out") }
      switch a.divided(by: b) {
      case .success(let q): return .success(q)
      case .failure: return .failure(UnitError(message: "division by zero"))
      }
    }
  }

  mutating func call(_ e: Expr, _ name: String, _ args: [Expr]) -> Outcome {
    var operands: [Operand] = []
    var quantities: [Quantity] = []
    var lists: [[Quantity]?] = []
    for a in args {
      switch eval(a) {
      case .value(let v):
        operands.append(operand(a, v))
        switch v {
        case .quantity(let q):
          if q.interval.isEmpty || q.interval.low.isNaN || q.interval.high.isNaN { return .unknown("'\(text(a))' has no possible values") }
          quantities.append(q)
          lists.append(nil)
        case .list(let items):
          quantities.append(Quantity(.all, .number))
          lists.append(items)
        }
      case .truth: return .unknown("argument '\(text(a))' of '\(name)' is a condition")
      case .unknown(let r): return .unknown(r)
      }
    }
    if name == "same_unit" {
      guard quantities.count == 2, lists.allSatisfy({ $0 == nil }) else {
        return .unknown("'same_unit' needs two single values")
      }
      let same = UnitTag.sameKind(quantities[0].unit, quantities[1].unit)
      return record(e, operands, .truth(same ? .always : .never))
    }
    var notes: [String] = []
    let result = applyFunction(name, quantities, lists, notes: &notes)
    switch result {
    case .success(let q): return record(e, operands, .value(.quantity(q)), notes: notes)
    case .failure(let err): return record(e, operands, .unknown(err.message), notes: notes)
    }
  }

  func applyFunction(_ name: String, _ q: [Quantity], _ lists: [[Quantity]?], notes: inout [String])
    -> Result<Quantity, UnitError>
  {
    func scalars() -> Result<[Quantity], UnitError> {
      if lists.allSatisfy({ $0 == nil }) { return .success(q) }
      return .failure(UnitError(message: "'\(name)' needs single values, not a list"))
    }
    func flattened() -> [Quantity] {
      var out: [Quantity] = []
      for (i, l) in lists.enumerated() { if let l { out += l } else { out.append(q[i]) } }
      return out
    }
    switch name {
    case "percent_change", "share", "ratio", "difference":
      let xs: [Quantity]
      switch scalars() {
      case .failure(let err): return .failure(err)
      case .success(let v): xs = v
      }
      guard xs.count == 2 else { return .failure(UnitError(message: "'\(name)' takes 2 arguments")) }
      let (a, b) = (xs[0], xs[1])
      let unified: (Interval, Interval, UnitTag)
      switch UnitTag.unify(a, b, for: "relate") {
      case .failure(let err): return .failure(err)
      case .success(let u): unified = u
      }
      let (x, y, unit) = unified
      switch name {
      case "difference": return .success(Quantity(x - y, unit))
      case "ratio": return divide(x, y, notes: &notes).map { Quantity($0, .number) }
      case "share": return divide(x, y, notes: &notes, what: "whole").map { Quantity($0.scaled(by: 100), .percent) }
      default:
        // percent_change(old, new): the base `old` must be positive; a base that can be
        // exactly 0 at its low end is read as "positive but possibly tiny".
        if x.high <= 0 || x.low < 0 {
          return .failure(UnitError(message: "percent change needs a positive base, got \(renderInterval(x))"))
        }
        return divide(y, x, notes: &notes, what: "base").map {
          Quantity($0.scaled(by: 100) - .point(100), .percent)
        }
      }
    case "sum", "min", "max":
      let items = flattened()
      guard var total = items.first else {
        if name == "sum" { return .success(.exactly(0)) }
        return .failure(UnitError(message: "'\(name)' of an empty list"))
      }
      for item in items.dropFirst() {
        switch UnitTag.unify(total, item, for: name == "sum" ? "add" : "compare") {
        case .failure(let err): return .failure(err)
        case .success(let (x, y, unit)):
          let combined = name == "sum" ? x + y : name == "min" ? x.minimum(y) : x.maximum(y)
          total = Quantity(combined, unit)
        }
      }
      return .success(total)
    case "abs":
      return scalars().map { Quantity($0[0].interval.magnitude, $0[0].unit) }
    case "count":
      guard let items = lists.first ?? nil else {
        return .failure(UnitError(message: "'count' needs a list"))
      }
      return .success(.exactly(Double(items.count), .count(noun: nil)))
    case "years_between":
      switch scalars() {
      case .failure(let err): return .failure(err)
      case .success(let xs):
        guard xs[0].unit == .instant, xs[1].unit == .instant else {
          return .failure(UnitError(message: "'years_between' needs two dates"))
        }
        return .success(Quantity((xs[1].interval - xs[0].interval).scaled(by: 1 / UnitTag.secondsPerYear), .years))
      }
    case "weekday":
      switch scalars() {
      case .failure(let err): return .failure(err)
      case .success(let xs):
        guard xs[0].unit == .instant else { return .failure(UnitError(message: "'weekday' needs a date")) }
        return .success(Quantity(weekdays(of: xs[0].interval), .weekday))
      }
    default:
      return .failure(UnitError(message: "unknown function '\(name)'"))
    }
  }
}

/// The weekdays (1 = Sunday … 7 = Saturday) an instant interval can fall on, as an interval;
/// a range that wraps past Saturday or spans a week gives 1…7.
func weekdays(of i: Interval) -> Interval {
  guard i.low.isFinite, i.high.isFinite else { return Interval(low: 1, high: 7) }
  let first = Int((i.low / 86_400).rounded(.down))
  var last = Int((i.high / 86_400).rounded(.down))
  if !i.highInclusive, i.high == Double(last) * 86_400, last > first { last -= 1 }
  func weekday(_ day: Int) -> Int { ((day % 7 + 7) % 7 + 4) % 7 + 1 }
  if last - first >= 6 { return Interval(low: 1, high: 7) }
  let (a, b) = (weekday(first), weekday(last))
  return a <= b ? Interval(low: Double(a), high: Double(b)) : Interval(low: 1, high: 7)
}

/// The truth of `a op b` with a ∈ A, b ∈ B chosen independently.
///
/// `<` can be true when inf A < sup B and is always true when sup A < inf B (or they meet at
/// a point one side excludes); `~` and `==` can be true when the intervals overlap and are
/// always true only for the same single point; `!=` is the negation of `==`. For whole
/// numbers (counts, weekdays) `==` needs a common integer.
///
/// To absorb floating-point rounding, an end of one side within a relative 1e-9 of an end
/// of the other is snapped onto it before comparing (so a computed -19.999999999999996
/// equals a stated -20), after which open and closed ends are honoured exactly.
public func comparisonTruth(_ op: BinaryOperator, _ a: Interval, _ b: Interval, integer: Bool = false) -> Truth {
  let scale = [a.low, a.high, b.low, b.high].filter(\.isFinite).map(abs).max() ?? 0
  let tol = 1e-9 * max(1, scale)
  func snap(_ x: Double, to candidates: [Double]) -> Double {
    candidates.first { $0.isFinite && x.isFinite && abs($0 - x) <= tol } ?? x
  }
  var snapped = a
  snapped.low = snap(a.low, to: [b.low, b.high])
  snapped.high = snap(a.high, to: [b.high, b.low])
  let a = snapped.low <= snapped.high ? snapped : a
  func less(_ a: Interval, _ b: Interval) -> Truth {
    Truth(
      possible: a.low < b.high,
      necessary: a.high < b.low || (a.high == b.low && !(a.highInclusive && b.lowInclusive)))
  }
  func lessOrEqual(_ a: Interval, _ b: Interval) -> Truth {
    Truth(
      possible: a.low < b.high || (a.low == b.high && a.lowInclusive && b.highInclusive),
      necessary: a.high <= b.low)
  }
  func equal() -> Truth {
    let common = a.intersection(b)
    let possible = integer ? common.containsInteger : !common.isEmpty
    return Truth(possible: possible, necessary: a.isPoint && b.isPoint && a.low == b.low)
  }
  switch op {
  case .less: return less(a, b)
  case .lessOrEqual: return lessOrEqual(a, b)
  case .greater: return less(b, a)
  case .greaterOrEqual: return lessOrEqual(b, a)
  case .equal, .consistent: return equal()
  case .notEqual: return equal().negated
  default: return .sometimes
  }
}

import Expressions
import Facts
import Testing

/// Shorthands for intervals in the tables: closed, half-open, open.
func cc(_ a: Double, _ b: Double) -> Interval { Interval(low: a, high: b) }
func co(_ a: Double, _ b: Double) -> Interval { Interval(low: a, high: b, lowInclusive: true, highInclusive: false) }
func oo(_ a: Double, _ b: Double) -> Interval { Interval(low: a, high: b, lowInclusive: false, highInclusive: false) }
func q(_ i: Interval, _ u: UnitTag = .number) -> Value { .quantity(Quantity(i, u)) }

func evaluate(_ source: String, _ bindings: [String: Value], extraNames: Set<String> = []) -> Evaluation {
  switch compile(source, names: Set(bindings.keys).union(extraNames)) {
  case .success(let c): return c.evaluate(bindings)
  case .failure(let e): Issue.record("compile failed: \(e)"); return Evaluation(verdict: .undetermined(reason: "compile"), truth: nil, steps: [])
  }
}

enum Expect: Sendable, Equatable {
  case holds, contradicts, undetermined
  init(_ v: Verdict) {
    switch v {
    case .holds: self = .holds
    case .contradicts: self = .contradicts
    case .undetermined: self = .undetermined
    }
  }
}

struct VerdictCase: Sendable, CustomTestStringConvertible {
  var note: String
  var source: String
  var bindings: [String: Value]
  var expected: Expect
  var reasonContains: String? = nil
  var extraNames: Set<String> = []
  var testDescription: String { note }
}

let day = 86_400.0
/// Days from 1970-01-01 to the first of January of a year.
func yearStart(_ y: Int) -> Double {
  var days = 0
  for year in 1970..<y { days += (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 366 : 365 }
  return Double(days) * day
}
let tb = UnitTag.measure(dimension: "data", symbol: "TB", factor: 1e12)
let pb = UnitTag.measure(dimension: "data", symbol: "PB", factor: 1e15)
let newAbout73k = q(cc(69_350, 76_650), .count(noun: "people"))
let oldUnder40k = q(co(0, 40_000), .count(noun: "people"))

let verdictCases: [VerdictCase] = [
  // The spec's percent-change claims.
  VerdictCase(note: "84% against about 73k vs under 40k", source: "pct ~ percent_change(old, new)",
    bindings: ["pct": q(co(83.5, 84.5), .percent), "new": newAbout73k, "old": oldUnder40k], expected: .holds),
  VerdictCase(note: "48% against about 73k vs under 40k", source: "pct ~ percent_change(old, new)",
    bindings: ["pct": q(co(47.5, 48.5), .percent), "new": newAbout73k, "old": oldUnder40k], expected: .contradicts),
  VerdictCase(note: "73% is just below the +73.375% floor", source: "pct ~ percent_change(old, new)",
    bindings: ["pct": q(co(72.5, 73.3), .percent), "new": newAbout73k, "old": oldUnder40k], expected: .contradicts),
  VerdictCase(note: "percent change from a base straddling zero", source: "pct ~ percent_change(old, new)",
    bindings: ["pct": q(co(83.5, 84.5), .percent), "new": newAbout73k, "old": q(cc(-5, 5))],
    expected: .undetermined, reasonContains: "positive base"),
  VerdictCase(note: "percent change from a zero base", source: "pct ~ percent_change(old, new)",
    bindings: ["pct": q(co(83.5, 84.5), .percent), "new": newAbout73k, "old": q(.point(0))],
    expected: .undetermined, reasonContains: "positive base"),
  VerdictCase(note: "a fall: 100 → 80 is -20%", source: "percent_change(old, new) ~ -20%",
    bindings: ["new": q(.point(80)), "old": q(.point(100))], expected: .holds),
  // "More than 3 times".
  VerdictCase(note: "about 400 to nearly 1400 is more than 3x (ratio)", source: "ratio(new, old) ~ times",
    bindings: ["times": q(oo(3, .infinity)), "old": q(cc(380, 420)), "new": q(cc(1330, 1400))], expected: .holds),
  VerdictCase(note: "about 400 to nearly 1000 is not more than 3x (ratio)", source: "ratio(new, old) ~ times",
    bindings: ["times": q(oo(3, .infinity)), "old": q(cc(380, 420)), "new": q(cc(950, 1000))], expected: .contradicts),
  VerdictCase(note: "new / old > 3 holds", source: "new / old > 3",
    bindings: ["old": q(cc(380, 420)), "new": q(cc(1330, 1400))], expected: .holds),
  VerdictCase(note: "new / old > 3 contradicts", source: "new / old > 3",
    bindings: ["old": q(cc(380, 420)), "new": q(cc(950, 1000))], expected: .contradicts),
  // Units.
  VerdictCase(note: "400 TB vs 0.4 PB", source: "a ~ b", bindings: ["a": q(.point(400), tb), "b": q(.point(0.4), pb)],
    expected: .holds),
  VerdictCase(note: "400 TB vs 0.4 PB, rounded", source: "a == b",
    bindings: ["a": q(co(399.5, 400.5), tb), "b": q(co(0.35, 0.45), pb)], expected: .holds),
  VerdictCase(note: "400 TB vs 0.5 PB", source: "a ~ b",
    bindings: ["a": q(co(399.5, 400.5), tb), "b": q(co(0.45, 0.55), pb)], expected: .contradicts),
  VerdictCase(note: "USD vs EUR", source: "a ~ b",
    bindings: ["a": q(.point(5), .currency("USD")), "b": q(.point(5), .currency("EUR"))],
    expected: .undetermined, reasonContains: "currencies do not convert"),
  VerdictCase(note: "count vs money", source: "a ~ b",
    bindings: ["a": q(.point(5), .count(noun: "people")), "b": q(.point(5), .currency("USD"))],
    expected: .undetermined, reasonContains: "cannot compare a count of people and money (USD)"),
  VerdictCase(note: "percent vs percentage points", source: "a ~ b",
    bindings: ["a": q(.point(5), .percent), "b": q(.point(5), .percentagePoints)], expected: .undetermined),
  VerdictCase(note: "percent minus percent is points", source: "b - a ~ d",
    bindings: ["a": q(.point(40), .percent), "b": q(.point(50), .percent), "d": q(.point(10), .percentagePoints)],
    expected: .holds),
  VerdictCase(note: "TB vs kg", source: "a ~ b",
    bindings: ["a": q(.point(5), tb), "b": q(.point(5), .measure(dimension: "mass", symbol: "kg", factor: 1))],
    expected: .undetermined),
  VerdictCase(note: "same currency adds", source: "a + b ~ c",
    bindings: ["a": q(.point(5), .currency("USD")), "b": q(.point(5), .currency("usd")), "c": q(.point(10), .currency("USD"))],
    expected: .holds),
  VerdictCase(note: "missing binding", source: "a ~ b", bindings: ["a": q(.point(1))],
    expected: .undetermined, reasonContains: "no value for 'b'", extraNames: ["b"]),
  // Other functions.
  VerdictCase(note: "sum of parts", source: "sum(parts) ~ total",
    bindings: ["parts": .list([Quantity(.point(10)), Quantity(.point(20)), Quantity(.point(30))]), "total": q(co(59.5, 60.5))],
    expected: .holds),
  VerdictCase(note: "sum of parts, wrong total", source: "sum(parts) ~ total",
    bindings: ["parts": .list([Quantity(.point(10)), Quantity(.point(20)), Quantity(.point(30))]), "total": q(co(69.5, 70.5))],
    expected: .contradicts),
  VerdictCase(note: "count of items", source: "count(items) == n",
    bindings: ["items": .list([Quantity(.point(1)), Quantity(.point(2)), Quantity(.point(3))]), "n": q(.point(3), .count(noun: nil))],
    expected: .holds),
  VerdictCase(note: "count of items, wrong", source: "count(items) == n",
    bindings: ["items": .list([Quantity(.point(1)), Quantity(.point(2))]), "n": q(.point(3), .count(noun: nil))],
    expected: .contradicts),
  VerdictCase(note: "count needs an integer in common", source: "n == m",
    bindings: ["n": q(oo(3, 4), .count(noun: nil)), "m": q(cc(3.2, 3.8), .count(noun: nil))], expected: .contradicts),
  VerdictCase(note: "share", source: "share(part, whole) ~ pct",
    bindings: ["part": q(.point(25)), "whole": q(.point(100)), "pct": q(co(24.5, 25.5), .percent)], expected: .holds),
  VerdictCase(note: "share, wrong", source: "share(part, whole) ~ pct",
    bindings: ["part": q(.point(25)), "whole": q(.point(100)), "pct": q(co(29.5, 30.5), .percent)], expected: .contradicts),
  VerdictCase(note: "abs difference", source: "abs(a - b) ~ diff",
    bindings: ["a": q(.point(3)), "b": q(.point(10)), "diff": q(.point(7))], expected: .holds),
  VerdictCase(note: "difference", source: "difference(a, b) ~ diff",
    bindings: ["a": q(.point(3)), "b": q(.point(10)), "diff": q(.point(-7))], expected: .holds),
  VerdictCase(note: "min and max", source: "min(a, b) == 3 and max(a, b) == 10",
    bindings: ["a": q(.point(3)), "b": q(.point(10))], expected: .holds),
  VerdictCase(note: "years between founding and publication", source: "years_between(founded, doc.published) ~ years",
    bindings: ["founded": q(co(yearStart(1990), yearStart(1991)), .instant),
      "doc.published": q(co(yearStart(2026), yearStart(2026) + day), .instant), "years": q(co(35.5, 36.5), .years)],
    expected: .holds),
  VerdictCase(note: "years between, wrong", source: "years_between(founded, doc.published) ~ years",
    bindings: ["founded": q(co(yearStart(1990), yearStart(1991)), .instant),
      "doc.published": q(co(yearStart(2026), yearStart(2026) + day), .instant), "years": q(co(29.5, 30.5))],
    expected: .contradicts),
  VerdictCase(note: "2026-01-01 was a Thursday", source: "weekday(d) == stated_weekday",
    bindings: ["d": q(co(yearStart(2026), yearStart(2026) + day), .instant), "stated_weekday": q(.point(5))], expected: .holds),
  VerdictCase(note: "2026-01-01 was not a Friday", source: "weekday(d) == stated_weekday",
    bindings: ["d": q(co(yearStart(2026), yearStart(2026) + day), .instant), "stated_weekday": q(.point(6))],
    expected: .contradicts),
  VerdictCase(note: "dotted capture names", source: "facts.detained_2026 ~ x",
    bindings: ["facts.detained_2026": q(cc(10, 20)), "x": q(.point(15))], expected: .holds),
  // Logic.
  VerdictCase(note: "not of sometimes", source: "not (x > 5)", bindings: ["x": q(cc(3, 7))], expected: .holds),
  VerdictCase(note: "not of always", source: "not (x > 5)", bindings: ["x": q(cc(6, 7))], expected: .contradicts),
  VerdictCase(note: "not of never", source: "not x > 5", bindings: ["x": q(cc(1, 2))], expected: .holds),
  VerdictCase(note: "and with a never side beats unknown", source: "a ~ b and x > 5",
    bindings: ["a": q(.point(1), .currency("USD")), "b": q(.point(1), .currency("EUR")), "x": q(cc(1, 2))],
    expected: .contradicts),
  VerdictCase(note: "and with a possible side stays unknown", source: "a ~ b and x > 5",
    bindings: ["a": q(.point(1), .currency("USD")), "b": q(.point(1), .currency("EUR")), "x": q(cc(1, 9))],
    expected: .undetermined),
  VerdictCase(note: "or with an always side beats unknown", source: "a ~ b or x < 5",
    bindings: ["a": q(.point(1), .currency("USD")), "b": q(.point(1), .currency("EUR")), "x": q(cc(1, 2))],
    expected: .holds),
  VerdictCase(note: "or of two nevers", source: "x > 5 or x < 0", bindings: ["x": q(cc(1, 2))], expected: .contradicts),
  VerdictCase(note: "unary minus and precedence", source: "-a * 2 + 1 == -5", bindings: ["a": q(.point(3))], expected: .holds),
  VerdictCase(note: "NaN bindings are undetermined", source: "a ~ b", bindings: ["a": q(.point(.nan)), "b": q(.point(1))],
    expected: .undetermined, reasonContains: "not a number"),
  VerdictCase(note: "empty intervals are undetermined", source: "a ~ b", bindings: ["a": q(oo(1, 1)), "b": q(.point(1))],
    expected: .undetermined, reasonContains: "no possible values"),
  VerdictCase(note: "percent literal against a percent", source: "pct > 80%", bindings: ["pct": q(co(83.5, 84.5), .percent)],
    expected: .holds),
  VerdictCase(note: "instant minus instant plus a duration", source: "b - a ~ d",
    bindings: ["a": q(.point(0), .instant), "b": q(.point(2 * day), .instant), "d": q(.point(2), .duration(symbol: "days", seconds: day))],
    expected: .holds),
  VerdictCase(note: "divisor straddling zero", source: "a / b > 1", bindings: ["a": q(.point(3)), "b": q(cc(-1, 1))],
    expected: .undetermined, reasonContains: "includes 0"),
]

@Test(arguments: verdictCases)
func verdicts(_ c: VerdictCase) {
  let e = evaluate(c.source, c.bindings, extraNames: c.extraNames)
  #expect(Expect(e.verdict) == c.expected, "\(e.explanation)")
  if let r = c.reasonContains {
    #expect(e.verdict.description.contains(r), "\(e.verdict)")
  }
}

@Test func percentChangeExplanation() {
  let e = evaluate(
    "pct ~ percent_change(old, new)",
    ["pct": q(co(47.5, 48.5), .percent), "new": newAbout73k, "old": oldUnder40k])
  #expect(e.verdict == .contradicts)
  #expect(e.truth == .never)
  #expect(e.steps.count == 2)
  #expect(e.steps[0].text == "percent_change(old, new)")
  #expect(e.steps[0].operands.map(\.text) == ["old", "new"])
  #expect(e.steps[0].outcome == .value(q(oo(73.375, .infinity), .percent)))
  #expect(
    e.explanation == "percent_change(old, new) with old = [0, 40000) people, new = [69350, 76650] people → "
      + "(73.375, ∞)% (a base of exactly 0 is left out); pct ~ percent_change(old, new): [47.5, 48.5)% vs "
      + "(73.375, ∞)% → never true; ⇒ contradicts")
}

@Test func unitConversionIsExplained() {
  let e = evaluate("a ~ b", ["a": q(.point(400), tb), "b": q(.point(0.4), pb)])
  #expect(e.explanation == "a ~ b: 400 TB vs 0.4 PB → always true (0.4 PB = 400 TB); ⇒ holds")
  #expect(e.truth == .always)
}

struct TruthCase: Sendable {
  var op: BinaryOperator
  var a: Interval
  var b: Interval
  var expected: Truth
  var integer = false
}

let truthCases: [TruthCase] = [
  TruthCase(op: .less, a: cc(1, 2), b: cc(3, 4), expected: .always),
  TruthCase(op: .less, a: cc(1, 3), b: cc(3, 4), expected: .sometimes),
  TruthCase(op: .less, a: co(1, 3), b: cc(3, 4), expected: .always),
  TruthCase(op: .less, a: cc(3, 4), b: cc(1, 3), expected: .never),
  TruthCase(op: .lessOrEqual, a: cc(3, 4), b: cc(1, 3), expected: .sometimes),
  TruthCase(op: .lessOrEqual, a: oo(3, 4), b: cc(1, 3), expected: .never),
  TruthCase(op: .lessOrEqual, a: cc(1, 3), b: oo(3, 5), expected: .always),
  TruthCase(op: .greater, a: cc(5, 6), b: oo(3, .infinity), expected: .sometimes),
  TruthCase(op: .greater, a: cc(2, 3), b: oo(3, .infinity), expected: .never),
  TruthCase(op: .greaterOrEqual, a: cc(2, 3), b: cc(3, .infinity), expected: .sometimes),
  TruthCase(op: .consistent, a: co(1, 2), b: cc(2, 3), expected: .never),
  TruthCase(op: .consistent, a: cc(1, 2), b: cc(2, 3), expected: .sometimes),
  TruthCase(op: .consistent, a: .point(2), b: .point(2), expected: .always),
  TruthCase(op: .notEqual, a: .point(2), b: .point(2), expected: .never),
  TruthCase(op: .notEqual, a: cc(1, 2), b: cc(3, 4), expected: .always),
  TruthCase(op: .equal, a: oo(1, 2), b: oo(1, 2), expected: .never, integer: true),
  TruthCase(op: .equal, a: cc(1, 2), b: cc(2, 3), expected: .sometimes, integer: true),
  TruthCase(op: .notEqual, a: oo(1, 2), b: cc(1, 2), expected: .always, integer: true),
  TruthCase(op: .equal, a: .point(-19.999999999999996), b: .point(-20), expected: .always),
  TruthCase(op: .consistent, a: cc(1, 1 + 1e-12), b: cc(1 + 5e-10, 2), expected: .sometimes),
]

@Test(arguments: truthCases)
func comparisonTruths(_ c: TruthCase) {
  #expect(comparisonTruth(c.op, c.a, c.b, integer: c.integer) == c.expected)
}

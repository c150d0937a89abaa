import Expressions
import Facts
import Testing

struct ErrorCase: Sendable, CustomTestStringConvertible {
  var source: String
  var names: Set<String> = ["a", "b", "c", "pct", "old", "new", "parts", "facts.*"]
  var messages: [String]
  var offsets: [Int]
  var testDescription: String { source }
}

let errorCases: [ErrorCase] = [
  ErrorCase(source: "(a + b", messages: ["expected ')' at column 7"], offsets: [6]),
  ErrorCase(source: "pct ~ percent_change(old new)",
    messages: ["expected ',' or ')' in the arguments of 'percent_change' at column 26"], offsets: [25]),
  ErrorCase(source: "a + * b", messages: ["expected a value, found '*' at column 5"], offsets: [4]),
  ErrorCase(source: "a ~", messages: ["expected a value, found end of expression at column 4"], offsets: [3]),
  ErrorCase(source: "a b", messages: ["unexpected 'b' after a complete expression at column 3"], offsets: [2]),
  ErrorCase(source: "a = b", messages: ["unexpected '='; write '==' to compare at column 3"], offsets: [2]),
  ErrorCase(source: "a && b", messages: ["unexpected '&&'; write 'and' at column 3"], offsets: [2]),
  ErrorCase(source: "a < b < c", messages: ["comparisons cannot be chained; join them with 'and' at column 7"], offsets: [6]),
  ErrorCase(source: "a # b", messages: ["unexpected character '#' at column 3"], offsets: [2]),
  ErrorCase(source: "a ~ 1.2.3", messages: ["malformed number at column 5"], offsets: [4]),
  ErrorCase(source: "نسبة ~ (x", names: ["نسبة", "x"], messages: ["expected ')' at column 10"], offsets: [13]),
  ErrorCase(source: "percent_chnage(old, new) ~ pct",
    messages: ["unknown function 'percent_chnage' (did you mean 'percent_change'?) at column 1"], offsets: [0]),
  ErrorCase(source: "pcr ~ percent_change(old, new)", messages: ["unknown name 'pcr' (did you mean 'pct'?) at column 1"],
    offsets: [0]),
  ErrorCase(source: "docs.published ~ a", messages: ["unknown name 'docs.published' at column 1"], offsets: [0]),
  ErrorCase(source: "ratio(a) > 1", messages: ["'ratio' takes 2 arguments, got 1 at column 1"], offsets: [0]),
  ErrorCase(source: "foo(a) ~ zzz",
    messages: ["unknown function 'foo' at column 1", "unknown name 'zzz' at column 10"], offsets: [0, 9]),
  ErrorCase(source: "a + b", messages: ["expected a condition (a comparison such as 'a ~ b'), found a value at column 1"],
    offsets: [0]),
  ErrorCase(source: "(a < b) + 1 > c", messages: ["the left side of '+' must be a value, not a condition at column 2"],
    offsets: [1]),
  ErrorCase(source: "a and b < c", messages: ["the left side of 'and' must be a condition, not a value at column 1"],
    offsets: [0]),
]

@Test(arguments: errorCases)
func compileErrors(_ c: ErrorCase) {
  switch compile(c.source, names: c.names) {
  case .success: Issue.record("expected errors for \(c.source)")
  case .failure(let errors):
    #expect(errors.errors.map(\.description) == c.messages)
    #expect(errors.errors.map(\.offset) == c.offsets)
  }
}

struct ParseCase: Sendable {
  var source: String
  var expected: Expr
}

let parseCases: [ParseCase] = [
  ParseCase(
    source: "a + b * 2",
    expected: .binary(
      .add, .name("a", span: SourceSpan(0, 1)),
      .binary(.multiply, .name("b", span: SourceSpan(4, 5)), .number(2, unit: .number, span: SourceSpan(8, 9)),
        span: SourceSpan(4, 9)), span: SourceSpan(0, 9))),
  ParseCase(
    source: "not x > 84%",
    expected: .unary(
      .not,
      .binary(.greater, .name("x", span: SourceSpan(4, 5)), .number(84, unit: .percent, span: SourceSpan(8, 11)),
        span: SourceSpan(4, 11)), span: SourceSpan(0, 11))),
  ParseCase(
    source: "min(doc.x, 1)",
    expected: .call(
      "min", [.name("doc.x", span: SourceSpan(4, 9)), .number(1, unit: .number, span: SourceSpan(11, 12))],
      nameSpan: SourceSpan(0, 3), span: SourceSpan(0, 13))),
]

@Test(arguments: parseCases)
func parsesWithSpans(_ c: ParseCase) throws {
  #expect(try parseExpression(c.source).get() == c.expected)
}

@Test func andBindsTighterThanOr() throws {
  let e = try parseExpression("a < 1 or b < 1 and c < 1").get()
  guard case .binary(.or, _, .binary(.and, _, _, _), _) = e else {
    Issue.record("wrong shape: \(e)")
    return
  }
}

struct HostileCase: Sendable, CustomTestStringConvertible {
  var name: String
  var source: String
  /// nil: must compile.
  var error: String?
  var testDescription: String { name }
}

let hostileCases: [HostileCase] = [
  HostileCase(
    name: "10,000 nested parentheses", source: String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000) + " > 0",
    error: "expression nested too deeply (limit 100 levels) at column 101"),
  HostileCase(
    name: "10,000 unary minus", source: String(repeating: "-", count: 10_000) + "1 > 0",
    error: "expression nested too deeply (limit 100 levels) at column 101"),
  HostileCase(
    name: "100 KB chain of additions", source: Array(repeating: "1", count: 50_000).joined(separator: "+") + " > 0",
    error: "expression nested too deeply (limit 100 levels) at column 200"),
  HostileCase(
    name: "100 KB argument list", source: "sum(" + Array(repeating: "1", count: 50_000).joined(separator: ",") + ") > 0",
    error: nil),
  HostileCase(name: "100 KB name", source: String(repeating: "x", count: 100_000) + " > 0", error: "unknown name"),
  HostileCase(name: "2 MB expression", source: String(repeating: " ", count: 2_000_000), error: "expression longer than"),
]

@Test(arguments: hostileCases)
func hostileExpressionsFailFast(_ c: HostileCase) {
  let clock = ContinuousClock()
  let start = clock.now
  let result = compile(c.source, names: ["a"])
  #expect(clock.now - start < .seconds(2))
  switch (result, c.error) {
  case (.success, nil): break
  case (.success, let e?): Issue.record("expected \(e)")
  case (.failure(let errors), nil): Issue.record("unexpected \(errors)")
  case (.failure(let errors), let e?):
    #expect(errors.errors.first?.description.hasPrefix(e) == true, "\(errors.errors.first?.description.prefix(200) ?? "")")
  }
}

@Test func longSumEvaluates() throws {
  let source = "sum(" + Array(repeating: "1", count: 50_000).joined(separator: ",") + ") == 50000"
  let e = try compile(source, names: []).get().evaluate([:])
  #expect(e.verdict == .holds)
}

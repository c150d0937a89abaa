import Testing
import YAMLSupport

/// Loads `text` as `rules.yaml`, applies a small rule schema, and renders every issue.
func report(_ text: String, limits: YAMLLimits = YAMLLimits()) -> String {
  let loaded = loadYAML(text, file: "rules.yaml", limits: limits)
  var diagnostics = YAMLDiagnostics()
  diagnostics.add(loaded.issues)
  if let root = loaded.root {
    if let map = diagnostics.check({ () throws(YAMLIssue) in try root.mapping() }) {
      diagnostics.add(map.unknownKeys(allowed: ["id", "severity", "metric", "tolerance", "enabled", "tags"]))
      if let v = map["severity"] { _ = diagnostics.check { () throws(YAMLIssue) in try v.string() } }
      if let v = map["metric"] { _ = diagnostics.check { () throws(YAMLIssue) in try v.string() } }
      if let v = map["tolerance"] { _ = diagnostics.check { () throws(YAMLIssue) in try v.double() } }
      if let v = map["enabled"] { _ = diagnostics.check { () throws(YAMLIssue) in try v.bool() } }
      if let v = map["tags"] { _ = diagnostics.check { () throws(YAMLIssue) in try v.strings() } }
      _ = diagnostics.check { () throws(YAMLIssue) in try map.required("id") }
    }
  }
  return formatIssues(diagnostics.issues, sources: ["rules.yaml": text])
}

struct GoldenCase: Sendable, CustomTestStringConvertible {
  var name: String
  var yaml: String
  var expected: String
  var testDescription: String { name }
}

let goldenCases: [GoldenCase] = [
  GoldenCase(name: "valid file", yaml: "id: growth\nseverity: high\ntolerance: 0.5\nenabled: true\n", expected: ""),
  GoldenCase(
    name: "syntax error", yaml: "id: growth\nseverity: high: x\n",
    expected: """
      rules.yaml:2:15: error: syntax error: mapping values are not allowed in this context
      severity: high: x
                    ^
      """),
  GoldenCase(
    name: "unclosed flow list", yaml: "id: growth\ntags: [a, b\n",
    expected: """
      rules.yaml:3:1: error: syntax error: did not find expected ',' or ']' (while parsing a flow sequence at line 2, column 7)
      """),
  GoldenCase(
    name: "unknown key with did-you-mean", yaml: "id: growth\nsevrity: high\ncolour: red\n",
    expected: """
      rules.yaml:2:1: error: unknown key 'sevrity' (did you mean 'severity'?)
      sevrity: high
      ^
      rules.yaml:3:1: error: unknown key 'colour'
      colour: red
      ^
      """),
  GoldenCase(
    name: "wrong type", yaml: "id: growth\ntolerance: [1, 2]\n",
    expected: """
      rules.yaml:2:12: error: expected a number, found a list
      tolerance: [1, 2]
                 ^
      """),
  GoldenCase(
    name: "quoted number", yaml: "id: growth\ntolerance: \"0.5\"\n",
    expected: """
      rules.yaml:2:12: error: expected a number, found a quoted string '0.5'; remove the quotes
      tolerance: "0.5"
                 ^
      """),
  GoldenCase(
    name: "yes/no where a string is expected", yaml: "id: growth\nmetric: no\nseverity: 'no'\n",
    expected: """
      rules.yaml:2:9: error: ambiguous YAML 1.1 boolean 'no' where a string is expected; quote it
      metric: no
              ^
      """),
  GoldenCase(
    name: "yes where a boolean is expected", yaml: "id: growth\nenabled: Yes\n",
    expected: """
      rules.yaml:2:10: error: ambiguous YAML 1.1 boolean 'Yes'; write true or false
      enabled: Yes
               ^
      """),
  GoldenCase(
    name: ".inf refused", yaml: "id: growth\ntolerance: .inf\n",
    expected: """
      rules.yaml:2:12: error: numbers must be finite, found '.inf'
      tolerance: .inf
                 ^
      """),
  GoldenCase(
    name: ".nan refused", yaml: "id: growth\ntolerance: .NaN\n",
    expected: """
      rules.yaml:2:12: error: numbers must be finite, found '.NaN'
      tolerance: .NaN
                 ^
      """),
  GoldenCase(
    name: "missing required key and several problems at once", yaml: "severity: on\ntolerance: abc\ntags: [a, yes]\n",
    expected: """
      rules.yaml:1:11: error: ambiguous YAML 1.1 boolean 'on' where a string is expected; quote it
      severity: on
                ^
      rules.yaml:2:12: error: expected a number, found a string 'abc'
      tolerance: abc
                 ^
      rules.yaml:3:11: error: ambiguous YAML 1.1 boolean 'yes' where a string is expected; quote it
      tags: [a, yes]
                ^
      rules.yaml:1:1: error: missing required key 'id'
      severity: on
      ^
      """),
  GoldenCase(
    name: "duplicate key at the duplicate", yaml: "id: growth\nseverity: high\nid: other\n",
    expected: """
      rules.yaml:3:1: error: duplicate key 'id' (first defined at line 1, column 1)
      id: other
      ^
      """),
  GoldenCase(
    name: "anchors and aliases", yaml: "id: &x growth\nmetric: *x\n",
    expected: """
      rules.yaml:1:5: error: anchors (&name) are not allowed: found '&x'
      id: &x growth
          ^
      rules.yaml:2:9: error: aliases (*name) are not allowed: found '*x'
      metric: *x
              ^
      """),
  GoldenCase(
    name: "not a mapping", yaml: "- id: growth\n",
    expected: """
      rules.yaml:1:1: error: expected a mapping, found a list
      - id: growth
      ^
      """),
  GoldenCase(name: "empty file", yaml: "", expected: "rules.yaml:1:1: error: the file is empty"),
  GoldenCase(name: "comments only", yaml: "# nothing here\n", expected: "rules.yaml:1:1: error: the file is empty\n# nothing here\n^"),
  GoldenCase(
    name: "two documents", yaml: "id: a\n---\nid: b\n",
    expected: """
      rules.yaml:2:1: error: a file may hold only one YAML document
      ---
      ^
      """),
  GoldenCase(
    name: "complex key", yaml: "id: a\n[x]: 1\n",
    expected: """
      rules.yaml:2:1: error: mapping keys must be plain values, not lists or mappings
      [x]: 1
      ^
      """),
]

@Test(arguments: goldenCases)
func goldenMessages(_ c: GoldenCase) {
  #expect(report(c.yaml) == c.expected)
}

/// 9 levels of "billion laughs": 9^9 leaves if expanded.
func aliasBomb() -> String {
  var lines = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
  let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
  for i in 1..<names.count {
    let refs = Array(repeating: "*\(names[i - 1])", count: 9).joined(separator: ",")
    lines.append("\(names[i]): &\(names[i]) [\(refs)]")
  }
  return lines.joined(separator: "\n") + "\n"
}

/// Aliases of ever bigger trees used as mapping keys: hashing them would expand the tree.
func aliasKeyBomb() -> String {
  aliasBomb() + "keys:\n" + ["a", "b", "c", "d", "e", "f", "g", "h", "i"].map { "  ? *\($0)\n  : 1\n" }.joined()
}

struct HostileCase: Sendable, CustomTestStringConvertible {
  var name: String
  var yaml: @Sendable () -> String
  var expected: String
  var testDescription: String { name }
}

let hostileCases: [HostileCase] = [
  HostileCase(
    name: "alias bomb", yaml: aliasBomb,
    expected: """
      rules.yaml:1:4: error: anchors (&name) are not allowed: found '&a'
      a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
         ^
      rules.yaml:2:8: error: aliases (*name) are not allowed: found '*a'
      b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
             ^
      """),
  HostileCase(
    name: "aliases as mapping keys", yaml: aliasKeyBomb,
    expected: """
      rules.yaml:1:4: error: anchors (&name) are not allowed: found '&a'
      a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
         ^
      rules.yaml:2:8: error: aliases (*name) are not allowed: found '*a'
      b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
             ^
      """),
  HostileCase(
    name: "40,000 keys", yaml: { (0..<40_000).map { "key\($0): \($0)\n" }.joined() },
    expected: """
      rules.yaml:1001:1: error: mapping has more than 1000 keys
      key1000: 1000
      ^
      """),
  HostileCase(
    name: "100k-deep flow nesting",
    yaml: { String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) },
    expected: "rules.yaml:1:65: error: nesting deeper than 64 levels\n"
      + String(repeating: "[", count: 160) + "…\n" + String(repeating: " ", count: 64) + "^"),
  HostileCase(
    name: "file over 1 MiB", yaml: { String(repeating: "# padding\n", count: 110_000) },
    expected: "rules.yaml:1:1: error: file is larger than 1048576 bytes\n# padding\n^"),
  HostileCase(
    name: "70 KB value", yaml: { "id: " + String(repeating: "x", count: 70_000) + "\n" },
    expected: "rules.yaml:1:5: error: value is longer than 65536 bytes (70000)\nid: "
      + String(repeating: "x", count: 156) + "…\n    ^"),
  HostileCase(
    name: "200 KB line with a syntax error at its end",
    yaml: { "id: [" + String(repeating: "1, ", count: 66_000) + "1]]\n" },
    expected: "rules.yaml:1:198008: error: syntax error: did not find expected key (while parsing a block mapping at line 1, column 1)\n…"
      + String(("id: [" + String(repeating: "1, ", count: 66_000) + "1]]").suffix(160)) + "\n"
      + String(repeating: " ", count: 160) + "^"),
]

@Test(arguments: hostileCases)
func hostileInputsAreRefusedFast(_ c: HostileCase) {
  let text = c.yaml()
  let clock = ContinuousClock()
  let start = clock.now
  let output = report(text)
  #expect(clock.now - start < .milliseconds(500))
  #expect(output == c.expected)
  // No rendered line may carry a huge source line.
  #expect(output.split(separator: "\n").allSatisfy { $0.unicodeScalars.count <= 200 })
}

@Test func prescanThrowsTheFirstIssue() {
  #expect(throws: YAMLIssue(file: "x.yaml", line: 2, column: 3, message: "aliases (*name) are not allowed: found '*a'")) {
    try prescan("- 1\n- *a\n", file: "x.yaml")
  }
  #expect(throws: Never.self) { try prescan("a: [1, 2]\nb: {c: d}\n") }
}

@Test func issuesFromManyFilesAreCollected() {
  let a = loadYAML("x: *y\n", file: "a.yaml")
  let b = loadYAML("k: v\nk: w\n", file: "b.yaml")
  let text = formatIssues(a.issues + b.issues, sources: ["a.yaml": "x: *y\n", "b.yaml": "k: v\nk: w\n"])
  #expect(
    text == """
      a.yaml:1:4: error: aliases (*name) are not allowed: found '*y'
      x: *y
         ^
      b.yaml:2:1: error: duplicate key 'k' (first defined at line 1, column 1)
      k: w
      ^
      """)
}

struct AccessorCase: Sendable, CustomTestStringConvertible {
  var yaml: String
  var expected: String
  var testDescription: String { yaml }
}

/// `value` is read with the accessor named before the colon in `expected`.
let accessorCases: [AccessorCase] = [
  AccessorCase(yaml: "v: 12", expected: "int: 12"),
  AccessorCase(yaml: "v: 2.5", expected: "int: expected a whole number, found a number 2.5"),
  AccessorCase(yaml: "v: -1.5e3", expected: "double: -1500.0"),
  AccessorCase(yaml: "v: 0x10", expected: "double: expected a number, found a string '0x10'"),
  AccessorCase(yaml: "v: 1e999", expected: "double: number '1e999' is out of range"),
  AccessorCase(yaml: "v: ~", expected: "double: expected a number, found null"),
  AccessorCase(yaml: "v: 2026", expected: "string: 2026"),
  AccessorCase(yaml: "v: 'yes'", expected: "string: yes"),
  AccessorCase(yaml: "v: Off", expected: "string: ambiguous YAML 1.1 boolean 'Off' where a string is expected; quote it"),
  AccessorCase(yaml: "v: true", expected: "string: expected a string, found a boolean 'true'; quote it if it is meant as text"),
  AccessorCase(yaml: "v: false", expected: "bool: false"),
  AccessorCase(yaml: "v: {a: 1}", expected: "list: expected a list, found a mapping"),
  AccessorCase(yaml: "v: |\n  text\n", expected: "string: text\n"),
]

@Test(arguments: accessorCases)
func typedAccessors(_ c: AccessorCase) throws {
  let root = try #require(loadYAML(c.yaml, file: "t.yaml").root)
  let value =
    try root.mapping()["v"] ?? YAMLValue(content: .scalar("~", .plain), file: "t.yaml", line: 1, column: 4, path: "v")
  let accessor = String(c.expected.prefix { $0 != ":" })
  let result: String
  do throws(YAMLIssue) {
    switch accessor {
    case "int": result = String(try value.int())
    case "double": result = String(try value.double())
    case "string": result = try value.string()
    case "bool": result = String(try value.bool())
    default: result = String(describing: try value.list())
    }
  } catch {
    #expect("\(accessor): \(error.message)" == c.expected)
    return
  }
  #expect("\(accessor): \(result)" == c.expected)
}

@Test func valuesKnowTheirPaths() throws {
  let root = try #require(loadYAML("rules:\n  - id: a\n    tolerance: 0.5\n", file: "r.yaml").root)
  let rule = try root.mapping().required("rules").list()[0].mapping()
  let tolerance = try rule.required("tolerance")
  #expect(tolerance.path == "rules[0].tolerance")
  #expect((tolerance.line, tolerance.column) == (3, 16))
  #expect(try tolerance.double() == 0.5)
}

struct OffsetCase: Sendable {
  var yaml: String
  var offset: Int
  var column: Int
}

let offsetCases: [OffsetCase] = [
  OffsetCase(yaml: "assert: pct ~ percent_chnage(old, new)\n", offset: 6, column: 15),
  OffsetCase(yaml: "assert: \"pct ~ (a\"\n", offset: 8, column: 18),
  OffsetCase(yaml: "assert: 'نسبة ~ (x'\n", offset: 13, column: 19),
  OffsetCase(yaml: "assert: |\n  a ~ (b\n", offset: 7, column: 9),
]

@Test(arguments: offsetCases)
func offsetsInsideScalars(_ c: OffsetCase) throws {
  let root = try #require(loadYAML(c.yaml, file: "r.yaml").root)
  let value = try root.mapping().required("assert")
  let issue = value.issue(atTextOffset: c.offset, "problem")
  #expect(issue.column == c.column)
  #expect(issue.line == 1)
}

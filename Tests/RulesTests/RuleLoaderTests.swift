import Foundation
import Testing
import YAMLSupport
import Facts

@testable import Rules

/// Golden tests of every rule-file error: exact message, file, line and column, with the
/// source line and caret. Set RECORD_SNAPSHOTS=1 to rewrite the expected files.
@Suite struct RuleLoaderTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/invalid").path

  static let cases = [
    "syntax_error", "unknown_key", "wrong_type", "unknown_kind", "unknown_capture", "expression_syntax",
    "unknown_function", "yes_no", "bad_pattern", "duplicate", "empty",
  ]

  func rendered(_ name: String) -> String {
    let path = (Self.fixtures as NSString).appendingPathComponent(name)
    let isDirectory = (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeDirectory
    let result = RuleLoader().load(paths: [isDirectory ? path : path + ".yaml"])
    let text = formatIssues(result.issues, sources: result.sources)
    return text.replacingOccurrences(of: Self.fixtures + "/", with: "Fixtures/") + "\n"
  }

  @Test(arguments: cases) func golden(_ name: String) throws {
    let actual = rendered(name)
    let expectedPath = (Self.fixtures as NSString).appendingPathComponent(name + ".expected.txt")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
      try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
    #expect(actual == expected)
  }

  /// Hostile YAML is refused quickly and without expanding anything.
  @Test func aliasBombIsRefused() {
    var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
    let letters = Array("abcdefghi")
    for k in 1..<9 {
      let previous = letters[k - 1]
      yaml += "\(letters[k]): &\(letters[k]) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
    }
    let (rule, issues) = RuleLoader().load(text: yaml, file: "bomb.yaml")
    #expect(rule == nil)
    #expect(issues.first?.message.contains("anchors") == true || issues.first?.message.contains("aliases") == true)
  }

  @Test func aliasesAsKeysAreRefused() {
    let yaml = "base: &k x\n? *k\n: 1\n"
    let (rule, issues) = RuleLoader().load(text: yaml, file: "keys.yaml")
    #expect(rule == nil)
    #expect(!issues.isEmpty)
  }

  @Test func hugeMappingIsRefused() {
    let yaml = (0..<40_000).map { "k\($0): \($0)" }.joined(separator: "\n")
    let (rule, issues) = RuleLoader().load(text: yaml, file: "wide.yaml")
    #expect(rule == nil)
    #expect(issues.first?.message.contains("keys") == true)
  }

  @Test func deepNestingIsRefused() {
    let yaml = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let (rule, issues) = RuleLoader().load(text: yaml, file: "deep.yaml")
    #expect(rule == nil)
    #expect(!issues.isEmpty)
  }

  @Test func longLinesAreCutInMessages() {
    let yaml = "id: x\nsummary: " + String(repeating: "a", count: 200_000) + ": b\n"
    let (_, issues) = RuleLoader().load(text: yaml, file: "long.yaml")
    let text = formatIssues(issues, sources: ["long.yaml": yaml])
    #expect(!issues.isEmpty)
    #expect(text.utf8.count < 2_000)
  }
}

@Suite struct ConfigurationTests {
  @Test func reportsUnknownKeysAndBadValues() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cc-config-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent(".claimcheck.yaml").path
    try "severty: {x: error}\nhedges: {about: 2}\ndates: sideways\nfail_on: warning\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    let (config, issues, _) = Configuration.load(path: path)
    #expect(config == nil)
    let messages = issues.map { "\($0.line):\($0.column): \($0.message)" }
    #expect(messages.contains("1:1: unknown key 'severty' (did you mean 'severity'?)"))
    #expect(messages.contains { $0.hasPrefix("2:17:") && $0.contains("between 0 and 1") })
    #expect(messages.contains { $0.hasPrefix("3:8:") && $0.contains("day_first or month_first") })
    #expect(Configuration.find(from: dir.appendingPathComponent("article.md").path) == path)
  }

  @Test func readsTheDateDirection() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cc-config-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent(".claimcheck.yaml").path
    try "date_direction: future\n".write(toFile: path, atomically: true, encoding: .utf8)
    let (config, issues, _) = Configuration.load(path: path)
    #expect(issues.isEmpty)
    #expect(config?.extraction.dateDirection == .future)
    try "date_direction: forwards\n".write(toFile: path, atomically: true, encoding: .utf8)
    let (bad, badIssues, _) = Configuration.load(path: path)
    #expect(bad == nil)
    #expect(badIssues.contains { $0.line == 1 && $0.message.contains("nearest, past or future") })
  }

  @Test func appliesEnableDisableAndSeverity() throws {
    var config = Configuration()
    config.disabled = ["weekday"]
    config.severities = ["percent_change": .note]
    let rules = [try loadRule(EngineTests.percentRise), try loadRule(EngineTests.multiple)]
    let kept = config.apply(to: rules)
    #expect(kept.map(\.severity) == [.note, .warning])
    config.enabled = ["times"]
    #expect(config.apply(to: rules).map(\.id) == ["times"])
  }
}

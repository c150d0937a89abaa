import Foundation
import Testing
import YAMLSupport

@testable import Rules

/// Hostile YAML, refused quickly with exact messages (file, line, column). The inputs are
/// generated here rather than committed: they are large by design.
@Suite struct HostileYAMLTests {
  static func messages(_ yaml: String) -> [String] {
    let (rule, issues) = RuleLoader().load(text: yaml, file: "hostile.yaml")
    #expect(rule == nil)
    return issues.map(\.description)
  }

  static let aliasBomb: String = {
    var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
    let letters = Array("abcdefghi")
    for k in 1..<9 {
      yaml += "\(letters[k]): &\(letters[k]) [" + Array(repeating: "*\(letters[k - 1])", count: 9).joined(separator: ",") + "]\n"
    }
    return yaml
  }()

  @Test func goldenMessages() {
    let cases: [(String, [String])] = [
      (Self.aliasBomb, ["hostile.yaml:1:4: error: anchors (&name) are not allowed: found '&a'", "hostile.yaml:2:8: error: aliases (*name) are not allowed: found '*a'"]),
      ("base: &k x\n? *k\n: 1\n", ["hostile.yaml:1:7: error: anchors (&name) are not allowed: found '&k'", "hostile.yaml:2:3: error: aliases (*name) are not allowed: found '*k'"]),
      ((0..<40_000).map { "k\($0): \($0)" }.joined(separator: "\n"), ["hostile.yaml:1001:1: error: mapping has more than 1000 keys"]),
      (String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000), ["hostile.yaml:1:65: error: nesting deeper than 64 levels"]),
      ("id: x\nsummary: " + String(repeating: "a", count: 200_000) + ": b\n", ["hostile.yaml:2:10: error: value is longer than 65536 bytes (200000)", "hostile.yaml:2:200010: error: syntax error: mapping values are not allowed in this context"]),
      ("id: x\nkind: share\nsummary: s\nmatch: {pattern: \"{a:number}\"}\nassert: a > .inf\nmessage: m\n", ["hostile.yaml:5:13: error: unexpected character '.'"]),
    ]
    for (yaml, expected) in cases {
      #expect(Self.messages(yaml) == expected)
    }
  }
}

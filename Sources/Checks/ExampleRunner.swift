import Expressions
import Facts
import Rules
import TextModel

/// Runs a rule's examples: a flagged example must produce exactly its marked findings, a
/// passing one none.
public struct ExampleRunner: Sendable {
  public let extractor: FactExtractor
  public let externalFacts: [String: Quantity]

  public init(extractor: FactExtractor = FactExtractor(), externalFacts: [String: Quantity] = [:]) {
    self.extractor = extractor
    self.externalFacts = externalFacts
  }

  public struct Result: Sendable {
    public var rule: Rule
    public var example: Rule.Example
    /// UTF-8 ranges (in the unmarked text) of the contradictions found.
    public var found: [Range<Int>]
    public var expected: [Range<Int>]
    public var passed: Bool { found == expected }

    /// Why the example failed, in one line.
    public var problem: String? {
      guard !passed else { return nil }
      let text = Array(example.unmarked.text.utf8)
      func show(_ spans: [Range<Int>]) -> String {
        spans.isEmpty ? "none" : spans.map { "«" + String(decoding: text[$0], as: UTF8.self) + "»" }.joined(separator: ", ")
      }
      return "expected \(show(expected)), found \(show(found))"
    }
  }

  public func run(_ rule: Rule) -> [Result] {
    let engine = Engine(rules: [rule], externalFacts: externalFacts)
    return rule.examples.map { example in
      let (text, marks) = example.unmarked
      let analysis = extractor.analyze(Document(id: "\(rule.id) example", text: text))
      let found = engine.check(analysis).filter { $0.status == .contradicts }.map(\.span).sorted { $0.lowerBound < $1.lowerBound }
      return Result(rule: rule, example: example, found: found, expected: example.expectation == .flagged ? marks : [])
    }
  }
}

import Expressions
import Facts
import Rules
import TextModel

/// The outcome of one rule on one set of bound facts: a contradiction (a finding), a verified
/// relation, or a relation that could not be decided.
public struct Finding: Sendable {
  public enum Status: Sendable, Equatable {
    /// No values inside the stated intervals make the claim true.
    case contradicts
    /// Some values inside every stated interval make it true.
    case holds
    case undetermined(reason: String)

    public var name: String {
      switch self {
      case .contradicts: "contradicts"
      case .holds: "holds"
      case .undetermined: "undetermined"
      }
    }
  }

  /// A fact the rule used, under its capture name.
  public struct Evidence: Sendable {
    public var name: String
    public var fact: Fact
  }

  public var ruleID: String
  public var kind: Rule.Kind
  public var severity: Rule.Severity
  public var status: Status
  /// The message rendered in each language the rule has.
  public var messages: [Language: String]
  /// UTF-8 range of the claim in the document.
  public var span: Range<Int>
  /// UTF-8 range of the whole match.
  public var matchSpan: Range<Int>
  public var evidence: [Evidence]
  /// The two sides of the assertion's comparison, when it has one.
  public var claimed: Quantity?
  public var computed: Quantity?
  /// The arithmetic, step by step.
  public var explanation: String

  public func message(for language: Language) -> String {
    messages[language] ?? messages[.en] ?? messages.values.first ?? ""
  }
}

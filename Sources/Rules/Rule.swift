import Expressions
import Facts
import TextModel

/// A check written in YAML: what to match, what must hold, and what to say when it does not.
/// Pure data: the loader builds it, the engine runs it, nothing here knows about YAML.
public struct Rule: Sendable, Identifiable {
  public enum Kind: String, Sendable, CaseIterable {
    case percentChange = "percent_change", difference, multiple, sum, share, restatement
    case dateOrder = "date_order", elapsed, count, weekday, calendar
  }

  public enum Severity: String, Sendable, CaseIterable, Comparable {
    case note, warning, error
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    var rank: Int {
      switch self {
      case .note: 0
      case .warning: 1
      case .error: 2
      }
    }
  }

  public var id: String
  public var kind: Kind
  public var languages: Set<Language>
  public var severity: Severity
  public var summary: String
  public var description: String?
  public var link: String?
  public var match: Match
  /// Conditions on the captures; a rule applies only where all of them surely hold.
  public var conditions: [CompiledExpr]
  /// The claim that must hold.
  public var assertion: CompiledExpr
  /// The capture whose text is the claim a finding points at.
  public var claim: String
  public var message: Message
  public var examples: [Example]
  /// Where the rule was written, for errors and test reports.
  public var origin: Origin

  public init(
    id: String, kind: Kind, languages: Set<Language>, severity: Severity, summary: String,
    description: String? = nil, link: String? = nil, match: Match, conditions: [CompiledExpr] = [],
    assertion: CompiledExpr, claim: String, message: Message, examples: [Example] = [],
    origin: Origin = Origin()
  ) {
    self.id = id
    self.kind = kind
    self.languages = languages
    self.severity = severity
    self.summary = summary
    self.description = description
    self.link = link
    self.match = match
    self.conditions = conditions
    self.assertion = assertion
    self.claim = claim
    self.message = message
    self.examples = examples
    self.origin = origin
  }
}

extension Rule {
  /// How captures are bound: by a pattern over the text, or by every combination of facts
  /// of the given types inside the scope ("the same count stated twice").
  public struct Match: Sendable {
    public enum Binding: Sendable {
      case pattern(Pattern)
      /// Name and accepted types, in order: every combination of distinct facts, first before second.
      case each([(name: String, types: Set<FactType>)])
    }
    public var binding: Binding
    public var scope: Scope

    public init(binding: Binding, scope: Scope) {
      self.binding = binding
      self.scope = scope
    }

    public var captureNames: [String] {
      switch binding {
      case .pattern(let p): p.captureNames
      case .each(let slots): slots.map(\.name)
      }
    }
  }

  public enum Scope: Sendable, Equatable, CustomStringConvertible {
    case sentence
    /// This sentence and the next `n - 1`.
    case sentences(Int)
    case paragraph
    case document
    /// A list block with the sentence that introduces it.
    case list

    public var description: String {
      switch self {
      case .sentence: "sentence"
      case .sentences(let n): "\(n) sentences"
      case .paragraph: "paragraph"
      case .document: "document"
      case .list: "list"
      }
    }

    public static func parse(_ s: String) -> Scope? {
      let t = s.split(separator: " ").map(String.init)
      switch t.count {
      case 1:
        switch t[0] {
        case "sentence": return .sentence
        case "paragraph": return .paragraph
        case "document": return .document
        case "list": return .list
        default: return nil
        }
      case 2 where t[1] == "sentences" || t[1] == "sentence":
        guard let n = Int(t[0]), (1...10).contains(n) else { return nil }
        return n == 1 ? .sentence : .sentences(n)
      default: return nil
      }
    }
  }

  /// Message templates by language; `{name}` shows a capture as written, `{name.value}`,
  /// `{name.low}`, `{name.high}` its numbers, `{computed}` and `{claimed}` the two sides of
  /// the assertion.
  public struct Message: Sendable {
    public var templates: [Language: String]

    public init(_ templates: [Language: String]) { self.templates = templates }

    public func template(for language: Language) -> String {
      templates[language] ?? templates[.en] ?? templates.values.first ?? ""
    }

    /// Placeholder names used in the templates, with their offset in the template text.
    public static func placeholders(in template: String) -> [(name: String, offset: Int)] {
      var out: [(String, Int)] = []
      let s = Array(template.unicodeScalars)
      var i = 0
      while i < s.count {
        if s[i] == "{" {
          var j = i + 1
          var name = ""
          while j < s.count, s[j] != "}", s[j] != "{" {
            name.unicodeScalars.append(s[j])
            j += 1
          }
          if j < s.count, s[j] == "}" {
            out.append((name.trimmingCharacters(in: " "), i + 1))
            i = j + 1
            continue
          }
        }
        i += 1
      }
      return out
    }
  }

  public struct Example: Sendable {
    public enum Expectation: Sendable, Equatable { case flagged, passing }
    public var expectation: Expectation
    /// The text with the expected finding's span marked «like this» (flagged examples).
    public var text: String
    public var origin: Origin

    public init(expectation: Expectation, text: String, origin: Origin = Origin()) {
      self.expectation = expectation
      self.text = text
      self.origin = origin
    }

    /// The text without markers, and the UTF-8 ranges that were marked.
    public var unmarked: (text: String, marks: [Range<Int>]) {
      var out = ""
      var marks: [Range<Int>] = []
      var open: Int?
      for c in text {
        if c == "«" {
          open = out.utf8.count
        } else if c == "»", let o = open {
          marks.append(o..<out.utf8.count)
          open = nil
        } else {
          out.append(c)
        }
      }
      return (out, marks)
    }
  }

  /// A position in a rule file.
  public struct Origin: Sendable, Equatable {
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String = "", line: Int = 0, column: Int = 0) {
      self.file = file
      self.line = line
      self.column = column
    }
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: Character) -> String {
    String(self.drop { $0 == set }.reversed().drop { $0 == set }.reversed())
  }
}

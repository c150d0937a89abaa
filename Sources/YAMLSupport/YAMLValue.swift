/// How a scalar was written: plain scalars are the ones YAML would type implicitly.
public enum ScalarStyle: String, Sendable, Hashable {
  case plain, singleQuoted, doubleQuoted, literal, folded
  public var isPlain: Bool { self == .plain }
}

/// A composed YAML node with its position: a Sendable copy of Yams' `Node` tree in which every
/// plain scalar is still text (no implicit booleans, numbers or nulls), so the typed
/// accessors below decide, and complain, per field.
public struct YAMLValue: Sendable, Hashable {
  public enum Content: Sendable, Hashable {
    case scalar(String, ScalarStyle)
    case list([YAMLValue])
    case mapping([YAMLEntry])
  }

  public var content: Content
  public var file: String
  public var line: Int
  public var column: Int
  /// Where the value sits, as a key path: `rules[1].tolerance`.
  public var path: String

  public init(content: Content, file: String, line: Int, column: Int, path: String) {
    self.content = content
    self.file = file
    self.line = line
    self.column = column
    self.path = path
  }

  /// An issue at this value's position.
  public func issue(_ message: String, severity: YAMLIssue.Severity = .error) -> YAMLIssue {
    YAMLIssue(file: file, line: line, column: column, message: message, severity: severity)
  }

  /// An issue at a UTF-8 offset inside this scalar's text, e.g. an expression error inside
  /// `assert: pct ~ percent_chnage(old, new)`. Exact for single-line plain scalars and for
  /// quoted ones without escapes; other scalars (block, multi-line) report the value start.
  public func issue(atTextOffset offset: Int, _ message: String, severity: YAMLIssue.Severity = .error) -> YAMLIssue {
    guard case .scalar(let s, let style) = content, !s.contains("\n"),
      style == .plain || style == .singleQuoted || style == .doubleQuoted
    else { return issue(message, severity: severity) }
    let prefix = s.utf8.prefix(max(0, min(offset, s.utf8.count)))
    let scalars = String(decoding: prefix, as: UTF8.self).unicodeScalars.count
    return YAMLIssue(
      file: file, line: line, column: column + scalars + (style.isPlain ? 0 : 1), message: message,
      severity: severity)
  }

  /// Plain `~`, `null`, `Null`, `NULL` or an empty plain scalar.
  public var isNull: Bool {
    if case .scalar(let s, .plain) = content { return ["", "~", "null", "Null", "NULL"].contains(s) }
    return false
  }

  /// "a string 'abc'", "a number 12", "a list", "a mapping", "null": used in messages.
  public var kindDescription: String {
    switch content {
    case .list: return "a list"
    case .mapping: return "a mapping"
    case .scalar(let s, let style):
      if !style.isPlain { return "a quoted string '\(clip(s, 40))'" }
      if isNull { return "null" }
      if Self.booleans[s] != nil { return "a boolean '\(s)'" }
      if Self.number(s) != nil || Self.nonFinite.contains(s.lowercased()) { return "a number \(s)" }
      return "a string '\(clip(s, 40))'"
    }
  }

  static let booleans: [String: Bool] = [
    "true": true, "True": true, "TRUE": true, "false": false, "False": false, "FALSE": false,
  ]
  static let ambiguousBooleans: Set<String> = ["yes", "no", "on", "off", "y", "n"]
  static let nonFinite: Set<String> = [".inf", "+.inf", "-.inf", ".nan"]

  /// A YAML 1.2 decimal: optional sign, digits with an optional fraction, optional exponent.
  static func number(_ s: String) -> Double? {
    let b = Array(s.utf8)
    var i = 0
    if i < b.count && (b[i] == 0x2B || b[i] == 0x2D) { i += 1 }
    var digits = 0
    while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { i += 1; digits += 1 }
    if i < b.count && b[i] == 0x2E {
      i += 1
      while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { i += 1; digits += 1 }
    }
    if digits == 0 { return nil }
    if i < b.count && (b[i] == 0x65 || b[i] == 0x45) {
      i += 1
      if i < b.count && (b[i] == 0x2B || b[i] == 0x2D) { i += 1 }
      var e = 0
      while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { i += 1; e += 1 }
      if e == 0 { return nil }
    }
    guard i == b.count else { return nil }
    return Double(s)
  }

  // MARK: Typed accessors

  /// The text of a scalar. A plain `yes`/`no`/`on`/`off`/`y`/`n` is refused because YAML 1.1
  /// readers take it as a boolean; plain `true`/`false` and null are refused too. Plain
  /// numbers are accepted as their text.
  public func string() throws(YAMLIssue) -> String {
    guard case .scalar(let s, let style) = content else {
      throw issue("expected a string, found \(kindDescription)")
    }
    if style.isPlain {
      if Self.ambiguousBooleans.contains(s.lowercased()) {
        throw issue("ambiguous YAML 1.1 boolean '\(s)' where a string is expected; quote it")
      }
      if isNull || Self.booleans[s] != nil {
        throw issue("expected a string, found \(kindDescription); quote it if it is meant as text")
      }
    }
    return s
  }

  /// A finite number written as a plain scalar.
  public func double() throws(YAMLIssue) -> Double {
    guard case .scalar(let s, let style) = content else {
      throw issue("expected a number, found \(kindDescription)")
    }
    guard style.isPlain else { throw issue("expected a number, found \(kindDescription); remove the quotes") }
    if Self.nonFinite.contains(s.lowercased()) { throw issue("numbers must be finite, found '\(s)'") }
    guard let v = Self.number(s) else { throw issue("expected a number, found \(kindDescription)") }
    guard v.isFinite else { throw issue("number '\(clip(s, 40))' is out of range") }
    return v
  }

  /// A whole number.
  public func int() throws(YAMLIssue) -> Int {
    let v = try double()
    guard v == v.rounded(), abs(v) < 9e15 else { throw issue("expected a whole number, found \(kindDescription)") }
    return Int(v)
  }

  /// `true` or `false`; YAML 1.1 spellings (`yes`, `on`…) are refused.
  public func bool() throws(YAMLIssue) -> Bool {
    if case .scalar(let s, .plain) = content {
      if let b = Self.booleans[s] { return b }
      if Self.ambiguousBooleans.contains(s.lowercased()) {
        throw issue("ambiguous YAML 1.1 boolean '\(s)'; write true or false")
      }
    }
    throw issue("expected true or false, found \(kindDescription)")
  }

  public func list() throws(YAMLIssue) -> [YAMLValue] {
    guard case .list(let items) = content else { throw issue("expected a list, found \(kindDescription)") }
    return items
  }

  /// The value as a mapping with text keys.
  public func mapping() throws(YAMLIssue) -> YAMLMapping {
    guard case .mapping(let entries) = content else { throw issue("expected a mapping, found \(kindDescription)") }
    return YAMLMapping(value: self, entries: entries)
  }

  /// A string, or a list of strings (`tags: a` and `tags: [a, b]`).
  public func strings() throws(YAMLIssue) -> [String] {
    if case .list(let items) = content {
      var out: [String] = []
      for item in items { out.append(try item.string()) }
      return out
    }
    return [try string()]
  }
}

/// One key and value of a mapping.
public struct YAMLEntry: Sendable, Hashable {
  public var key: YAMLValue
  public var value: YAMLValue
  public init(key: YAMLValue, value: YAMLValue) {
    self.key = key
    self.value = value
  }
  /// The key's text (keys are scalars; the pre-scan refuses others).
  public var name: String {
    if case .scalar(let s, _) = key.content { return s }
    return ""
  }
}

/// A mapping with keys looked up in constant time.
public struct YAMLMapping: Sendable, Hashable {
  /// The mapping node itself, for positions.
  public let value: YAMLValue
  public let entries: [YAMLEntry]
  private let index: [String: Int]

  init(value: YAMLValue, entries: [YAMLEntry]) {
    self.value = value
    self.entries = entries
    var index: [String: Int] = [:]
    for (i, e) in entries.enumerated() where index[e.name] == nil { index[e.name] = i }
    self.index = index
  }

  public var keys: [String] { entries.map(\.name) }

  public subscript(key: String) -> YAMLValue? {
    guard let i = index[key] else { return nil }
    let v = entries[i].value
    return v.isNull ? nil : v
  }

  /// The value of a key that must be present and not null.
  public func required(_ key: String) throws(YAMLIssue) -> YAMLValue {
    guard let v = self[key] else {
      if let i = index[key] { throw entries[i].value.issue("'\(key)' must not be empty") }
      throw value.issue("missing required key '\(key)'")
    }
    return v
  }

  /// Issues for keys outside `allowed`, each at its key, with a did-you-mean hint.
  public func unknownKeys(allowed: [String]) -> [YAMLIssue] {
    let set = Set(allowed)
    return entries.filter { !set.contains($0.name) }.map { e in
      let hint = closest(e.name, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
      return e.key.issue("unknown key '\(clip(e.name))'\(hint)")
    }
  }
}

/// Gathers issues from many accessor calls so a file reports all its problems at once.
public struct YAMLDiagnostics: Sendable {
  public private(set) var issues: [YAMLIssue] = []
  public init() {}

  public mutating func add(_ issue: YAMLIssue) { issues.append(issue) }
  public mutating func add(_ more: [YAMLIssue]) { issues += more }

  /// Runs an accessor; on failure records the issue and returns nil.
  public mutating func check<T>(_ body: () throws(YAMLIssue) -> T) -> T? {
    do {
      return try body()
    } catch {
      issues.append(error)
      return nil
    }
  }

  public var hasErrors: Bool { issues.contains { $0.severity == .error } }
}

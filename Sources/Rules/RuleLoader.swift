import Expressions
import Facts
import Foundation
import TextModel
import YAMLSupport

/// Reads rule files: one rule per YAML file. Every problem in every file is reported with
/// its file, line and column; a file with errors contributes no rule.
public struct RuleLoader: Sendable {
  public static let keys = [
    "id", "kind", "languages", "severity", "summary", "description", "link", "match", "where",
    "assert", "claim", "message", "examples",
  ]
  public static let matchKeys = ["pattern", "each", "scope"]
  public static let exampleKeys = ["flagged", "passing"]
  public static let ruleExtensions: Set<String> = ["yaml", "yml"]

  /// Names every rule may read without capturing them.
  public static let documentNames = ["doc.published", "doc.updated", "doc.year", "facts.*"]
  /// Names derived from each capture `x`: `x.hedged` is 1 when the figure carries a hedge;
  /// `x.weekday` the weekday named with a date (1 = Sunday … 7 = Saturday; unbound when none
  /// is named); `x.hijri` is 1 when the date was written in the Hijri calendar; `x.inferred`
  /// is 1 when a date's year was not written but taken from the document date.
  public static let captureProperties = ["hedged", "weekday", "hijri", "inferred"]
  /// Placeholders a message may use besides the captures.
  public static let messageNames: Set<String> = ["computed", "claimed"]
  public static let captureFields: Set<String> = ["value", "low", "high", "unit", "text"]

  public init() {}

  public struct Result: Sendable {
    public var rules: [Rule] = []
    public var issues: [YAMLIssue] = []
    /// File texts by path, for printing issues with their source line.
    public var sources: [String: String] = [:]
  }

  /// Rule files under the paths (files as given, directories recursively, sorted).
  public func files(in paths: [String]) -> ([String], [YAMLIssue]) {
    var files: [String] = []
    var issues: [YAMLIssue] = []
    let fm = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
        issues.append(YAMLIssue(file: path, line: 1, column: 1, message: "no such file or directory"))
        continue
      }
      if !isDirectory.boolValue {
        files.append(path)
        continue
      }
      let found = (fm.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
        .filter { Self.ruleExtensions.contains(($0 as NSString).pathExtension) && !$0.hasPrefix(".") && !$0.contains("/.") }
        .sorted()
      files += found.map { (path as NSString).appendingPathComponent($0) }
    }
    return (files, issues)
  }

  /// Loads every rule file under the paths; ids must be unique across all of them.
  public func load(paths: [String]) -> Result {
    var result = Result()
    let (files, missing) = self.files(in: paths)
    result.issues += missing
    var seen: [String: Rule.Origin] = [:]
    for file in files {
      let (loaded, source) = loadYAMLFile(atPath: file)
      if let source { result.sources[file] = source }
      let (rule, issues) = decode(loaded)
      result.issues += issues
      guard let rule else { continue }
      if let first = seen[rule.id] {
        result.issues.append(
          YAMLIssue(
            file: file, line: rule.origin.line, column: rule.origin.column,
            message: "duplicate rule id '\(rule.id)' (first defined at \(first.file):\(first.line):\(first.column))"))
        continue
      }
      seen[rule.id] = rule.origin
      result.rules.append(rule)
    }
    return result
  }

  /// Loads one rule from YAML text.
  public func load(text: String, file: String) -> (Rule?, [YAMLIssue]) {
    decode(loadYAML(text, file: file))
  }

  func decode(_ loaded: YAMLLoadResult) -> (Rule?, [YAMLIssue]) {
    let (rule, issues) = decodeUnsorted(loaded)
    return (rule, issues.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
  }

  private func decodeUnsorted(_ loaded: YAMLLoadResult) -> (Rule?, [YAMLIssue]) {
    guard let root = loaded.root else { return (nil, loaded.issues) }
    var d = YAMLDiagnostics()
    d.add(loaded.issues)
    guard let map = d.check({ () throws(YAMLIssue) in try root.mapping() }) else { return (nil, d.issues) }
    d.add(map.unknownKeys(allowed: Self.keys))

    let idValue = d.check { () throws(YAMLIssue) in try map.required("id") }
    var id: String?
    if let idValue, let s = d.check({ () throws(YAMLIssue) in try idValue.string() }) {
      if s.isEmpty || !s.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" })
        || !("a"..."z").contains(s.unicodeScalars.first!)
      {
        d.add(idValue.issue("rule id '\(s)' must be snake_case: lower-case ASCII letters, digits and '_'"))
      } else {
        id = s
      }
    }
    var kind: Rule.Kind?
    if let v = d.check({ () throws(YAMLIssue) in try map.required("kind") }),
      let s = d.check({ () throws(YAMLIssue) in try v.string() })
    {
      kind = Rule.Kind(rawValue: s)
      if kind == nil {
        let known = Rule.Kind.allCases.map(\.rawValue)
        d.add(v.issue("unknown kind '\(s)'\(didYouMean(s, known)) (known: \(known.joined(separator: ", ")))"))
      }
    }
    var languages = Set(Language.allCases)
    if let v = map["languages"] {
      let names: [String]?
      if case .scalar = v.content {
        names = d.check { () throws(YAMLIssue) in [try v.string()] }
      } else {
        names = d.check { () throws(YAMLIssue) in try v.strings() }
      }
      if let names {
        languages = []
        for n in names {
          if let l = Language(rawValue: n) {
            languages.insert(l)
          } else {
            d.add(v.issue("unknown language '\(n)' (known: \(Language.allCases.map(\.rawValue).joined(separator: ", ")))"))
          }
        }
      }
    }
    var severity = Rule.Severity.warning
    if let v = map["severity"], let s = d.check({ () throws(YAMLIssue) in try v.string() }) {
      if let parsed = Rule.Severity(rawValue: s) {
        severity = parsed
      } else {
        d.add(v.issue("unknown severity '\(s)'\(didYouMean(s, Rule.Severity.allCases.map(\.rawValue))) (use error, warning or note)"))
      }
    }
    let summary = d.check { () throws(YAMLIssue) in try map.required("summary").string() }
    let description = map["description"].flatMap { v in d.check { () throws(YAMLIssue) in try v.string() } }
    let link = map["link"].flatMap { v in d.check { () throws(YAMLIssue) in try v.string() } }

    // match
    var match: Rule.Match?
    if let v = d.check({ () throws(YAMLIssue) in try map.required("match") }),
      let m = d.check({ () throws(YAMLIssue) in try v.mapping() })
    {
      d.add(m.unknownKeys(allowed: Self.matchKeys))
      var scope = Rule.Scope.sentence
      if let sv = m["scope"], let s = d.check({ () throws(YAMLIssue) in try sv.string() }) {
        if let parsed = Rule.Scope.parse(s) {
          scope = parsed
        } else {
          d.add(sv.issue("unknown scope '\(s)' (use sentence, 'N sentences' with N from 2 to 10, paragraph, list or document)"))
        }
      }
      switch (m["pattern"], m["each"]) {
      case (let p?, nil):
        if let text = d.check({ () throws(YAMLIssue) in try p.string() }) {
          do {
            match = Rule.Match(binding: .pattern(try Pattern(text)), scope: scope)
          } catch {
            d.add(p.issue(atTextOffset: utf8Offset(text, scalars: error.offset), "pattern: \(error.message)"))
          }
        }
      case (nil, let e?):
        if let text = d.check({ () throws(YAMLIssue) in try e.string() }) {
          do throws(Pattern.SyntaxError) {
            let parsed = try Pattern(text)
            var slots: [(name: String, types: Set<FactType>)] = []
            for element in parsed.elements {
              guard case .capture(let name, let types) = element else {
                throw Pattern.SyntaxError(message: "'each' lists captures only, such as '{a:count} {b:count}'", offset: 0)
              }
              slots.append((name, types))
            }
            guard (1...4).contains(slots.count) else {
              throw Pattern.SyntaxError(message: "'each' binds from 1 to 4 captures", offset: 0)
            }
            match = Rule.Match(binding: .each(slots), scope: scope)
          } catch {
            d.add(e.issue(atTextOffset: utf8Offset(text, scalars: error.offset), "each: \(error.message)"))
          }
        }
      case (_?, _?):
        d.add(v.issue("'match' takes either 'pattern' or 'each', not both"))
      case (nil, nil):
        d.add(v.issue("'match' needs a 'pattern' (words and captures) or 'each' (combinations of facts)"))
      }
    }

    let captures = match?.captureNames ?? []
    var names = Set(captures)
    for c in captures { for p in Self.captureProperties { names.insert("\(c).\(p)") } }
    names.formUnion(Self.documentNames)

    func compileCondition(_ v: YAMLValue) -> CompiledExpr? {
      guard let text = d.check({ () throws(YAMLIssue) in try v.string() }) else { return nil }
      switch compile(text, names: names) {
      case .success(let c): return c
      case .failure(let errors):
        // Unknown names only matter once the captures are known.
        for e in errors.errors where match != nil || !e.message.hasPrefix("unknown name") {
          d.add(v.issue(atTextOffset: e.offset, e.message))
        }
        return nil
      }
    }

    var conditions: [CompiledExpr] = []
    if let w = map["where"] {
      let items: [YAMLValue]
      if case .list(let l) = w.content { items = l } else { items = [w] }
      for item in items { if let c = compileCondition(item) { conditions.append(c) } }
    }
    let assertValue = d.check { () throws(YAMLIssue) in try map.required("assert") }
    let assertion = assertValue.flatMap(compileCondition)

    var claim: String?
    if let v = map["claim"] {
      if let s = d.check({ () throws(YAMLIssue) in try v.string() }) {
        if match != nil && !captures.contains(s) {
          d.add(v.issue("claim '\(s)' is not a capture\(didYouMean(s, captures))"))
        } else {
          claim = s
        }
      }
    } else {
      claim = assertion?.names.first { captures.contains($0) } ?? captures.first
    }

    // message
    var message: Rule.Message?
    if let v = d.check({ () throws(YAMLIssue) in try map.required("message") }) {
      var templates: [Language: String] = [:]
      if case .scalar = v.content, let s = d.check({ () throws(YAMLIssue) in try v.string() }) {
        templates[.en] = s
      } else if let m = d.check({ () throws(YAMLIssue) in try v.mapping() }) {
        d.add(m.unknownKeys(allowed: Language.allCases.map(\.rawValue)))
        for l in Language.allCases {
          if let t = m[l.rawValue], let s = d.check({ () throws(YAMLIssue) in try t.string() }) {
            templates[l] = s
            for (name, offset) in Rule.Message.placeholders(in: s) where match != nil {
              if !isKnownPlaceholder(name, captures: captures) {
                let known = captures + Self.messageNames.sorted()
                d.add(t.issue(atTextOffset: utf8Offset(s, scalars: offset), "unknown placeholder '{\(name)}'\(didYouMean(name, known))"))
              }
            }
          }
        }
        if templates[.en] == nil { d.add(v.issue("'message' needs at least an 'en' text")) }
      }
      if !templates.isEmpty { message = Rule.Message(templates) }
    }

    // examples
    var examples: [Rule.Example] = []
    if let v = map["examples"], let m = d.check({ () throws(YAMLIssue) in try v.mapping() }) {
      d.add(m.unknownKeys(allowed: Self.exampleKeys))
      for (key, expectation) in [("flagged", Rule.Example.Expectation.flagged), ("passing", .passing)] {
        guard let list = m[key], let items = d.check({ () throws(YAMLIssue) in try list.list() }) else { continue }
        for item in items {
          guard let text = d.check({ () throws(YAMLIssue) in try item.string() }) else { continue }
          let example = Rule.Example(
            expectation: expectation, text: text,
            origin: Rule.Origin(file: item.file, line: item.line, column: item.column))
          if expectation == .flagged && example.unmarked.marks.isEmpty {
            d.add(item.issue("a flagged example marks the expected finding «like this»"))
          }
          examples.append(example)
        }
      }
    }

    guard !d.hasErrors, let id, let kind, let summary, let match, let assertion, let claim, let message else {
      return (nil, d.issues)
    }
    let rule = Rule(
      id: id, kind: kind, languages: languages, severity: severity, summary: summary,
      description: description, link: link, match: match, conditions: conditions, assertion: assertion,
      claim: claim, message: message, examples: examples,
      origin: Rule.Origin(file: root.file, line: idValue?.line ?? 1, column: idValue?.column ?? 1))
    return (rule, d.issues)
  }

  func isKnownPlaceholder(_ name: String, captures: [String]) -> Bool {
    if Self.messageNames.contains(name) || captures.contains(name) { return true }
    let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
    if parts.count == 2, captures.contains(parts[0]), Self.captureFields.contains(parts[1]) { return true }
    return name.hasPrefix("doc.") && Self.documentNames.contains(name)
  }
}

/// UTF-8 offset of the `n`th Unicode scalar of `s`.
func utf8Offset(_ s: String, scalars n: Int) -> Int {
  var offset = 0
  for (i, u) in s.unicodeScalars.enumerated() {
    if i >= n { break }
    offset += UTF8.width(u)
  }
  return offset
}

/// " (did you mean 'x'?)" for the closest candidate within a small edit distance.
func didYouMean(_ word: String, _ candidates: [String]) -> String {
  Suggestions.hint(word, candidates)
}

import Facts
import Foundation
import TextModel
import YAMLSupport

/// `.claimcheck.yaml`: which rules run, how severe they are, and how figures become
/// intervals. Found by walking up from each input file, or given with `--config`.
public struct Configuration: Sendable {
  public static let fileName = ".claimcheck.yaml"
  public static let keys = [
    "rules", "builtin_rules", "enable", "disable", "severity", "hedges", "rounding", "dates", "language",
    "reference_date", "date_direction", "fail_on",
  ]

  /// Extra rule files and directories, resolved against the configuration's folder.
  public var ruleDirectories: [String] = []
  public var builtinRules = true
  /// Rule ids or kinds; when not empty only these run.
  public var enabled: Set<String> = []
  public var disabled: Set<String> = []
  /// Severity by rule id or kind (an id wins over a kind).
  public var severities: [String: Rule.Severity] = [:]
  public var extraction = ExtractionOptions()
  public var failOn: String?
  /// Where the configuration was read from, if anywhere.
  public var path: String?

  public init() {}

  /// The rules this configuration keeps, with severities overridden.
  public func apply(to rules: [Rule]) -> [Rule] {
    rules.compactMap { rule in
      let names: Set<String> = [rule.id, rule.kind.rawValue]
      if !enabled.isEmpty && enabled.isDisjoint(with: names) { return nil }
      if !disabled.isDisjoint(with: names) { return nil }
      var r = rule
      if let s = severities[rule.id] ?? severities[rule.kind.rawValue] { r.severity = s }
      return r
    }
  }

  /// The nearest `.claimcheck.yaml` in the folder of `path` or above it.
  public static func find(from path: String) -> String? {
    var url = URL(fileURLWithPath: path).standardizedFileURL
    var isDirectory: ObjCBool = false
    if !(FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue) {
      url.deleteLastPathComponent()
    }
    while true {
      let candidate = url.appendingPathComponent(fileName).path
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
      let parent = url.deletingLastPathComponent()
      if parent.path == url.path { return nil }
      url = parent
    }
  }

  /// Reads and validates a configuration file; every problem is reported with its position.
  public static func load(path: String) -> (Configuration?, [YAMLIssue], String?) {
    let (loaded, source) = loadYAMLFile(atPath: path, allowEmpty: true)
    var d = YAMLDiagnostics()
    d.add(loaded.issues)
    var config = Configuration()
    config.path = path
    guard let root = loaded.root else { return (d.hasErrors ? nil : config, d.issues, source) }
    guard let map = d.check({ () throws(YAMLIssue) in try root.mapping() }) else { return (nil, d.issues, source) }
    d.add(map.unknownKeys(allowed: keys))
    let folder = (path as NSString).deletingLastPathComponent

    func list(_ key: String) -> [String] {
      guard let v = map[key] else { return [] }
      if case .scalar = v.content { return d.check { () throws(YAMLIssue) in [try v.string()] } ?? [] }
      return d.check { () throws(YAMLIssue) in try v.strings() } ?? []
    }
    config.ruleDirectories = list("rules").map { $0.hasPrefix("/") ? $0 : (folder as NSString).appendingPathComponent($0) }
    if let v = map["builtin_rules"], let b = d.check({ () throws(YAMLIssue) in try v.bool() }) { config.builtinRules = b }
    config.enabled = Set(list("enable"))
    config.disabled = Set(list("disable"))
    if let v = map["severity"], let m = d.check({ () throws(YAMLIssue) in try v.mapping() }) {
      for entry in m.entries {
        guard let s = d.check({ () throws(YAMLIssue) in try entry.value.string() }) else { continue }
        if let severity = Rule.Severity(rawValue: s) {
          config.severities[entry.name] = severity
        } else {
          d.add(entry.value.issue("unknown severity '\(s)' (use error, warning or note)"))
        }
      }
    }
    if let v = map["hedges"], let m = d.check({ () throws(YAMLIssue) in try v.mapping() }) {
      d.add(m.unknownKeys(allowed: ["about", "nearly"]))
      for (key, keyPath) in [("about", \IntervalPolicy.about), ("nearly", \IntervalPolicy.nearly)] {
        guard let value = m[key], let x = d.check({ () throws(YAMLIssue) in try value.double() }) else { continue }
        if x < 0 || x >= 1 {
          d.add(value.issue("'\(key)' is a relative width between 0 and 1, such as 0.05"))
        } else {
          config.extraction.policy[keyPath: keyPath] = x
        }
      }
    }
    if let v = map["rounding"], let s = d.check({ () throws(YAMLIssue) in try v.string() }) {
      switch s {
      case "round": config.extraction.policy.allowTruncation = false
      case "round_or_truncate": config.extraction.policy.allowTruncation = true
      default: d.add(v.issue("unknown rounding '\(s)' (use round or round_or_truncate)"))
      }
    }
    if let v = map["dates"], let s = d.check({ () throws(YAMLIssue) in try v.string() }) {
      switch s {
      case "day_first": config.extraction.dayFirst = true
      case "month_first": config.extraction.dayFirst = false
      default: d.add(v.issue("unknown date order '\(s)' (use day_first or month_first)"))
      }
    }
    if let v = map["date_direction"], let s = d.check({ () throws(YAMLIssue) in try v.string() }) {
      if let direction = DateDirection(rawValue: s) {
        config.extraction.dateDirection = direction
      } else {
        d.add(v.issue("unknown date direction '\(s)' (use nearest, past or future)"))
      }
    }
    if let v = map["language"], let s = d.check({ () throws(YAMLIssue) in try v.string() }) {
      if let l = Language(rawValue: s) {
        config.extraction.defaultLanguage = l
      } else {
        d.add(v.issue("unknown language '\(s)' (use ar or en)"))
      }
    }
    if let v = map["reference_date"], let s = d.check({ () throws(YAMLIssue) in try v.string() }) {
      if let date = parseISODate(s) {
        config.extraction.referenceDate = date
      } else {
        d.add(v.issue("reference_date expects YYYY-MM-DD, got '\(s)'"))
      }
    }
    if let v = map["fail_on"], let s = d.check({ () throws(YAMLIssue) in try v.string() }) {
      if ["error", "warning", "note", "never"].contains(s) {
        config.failOn = s
      } else {
        d.add(v.issue("unknown fail_on '\(s)' (use error, warning, note or never)"))
      }
    }
    return (d.hasErrors ? nil : config, d.issues, source)
  }
}

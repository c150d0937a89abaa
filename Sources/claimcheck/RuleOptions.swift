import ArgumentParser
import Checks
import Expressions
import Facts
import Foundation
import Inputs
import Reporters
import Rules
import TextModel
import YAMLSupport

/// Options that choose rules and configuration.
struct RuleOptions: ParsableArguments {
  @Option(name: .customLong("rules"), help: "Extra rule files or directories (repeatable).")
  var rulePaths: [String] = []

  @Flag(name: .customLong("no-builtin-rules"), help: "Do not load the built-in rule packs.")
  var noBuiltin = false

  @Option(name: .customLong("config"), help: "Configuration file (default: the nearest .claimcheck.yaml above each input).")
  var config: String?

  /// The built-in `Rules/` folder: $CLAIMCHECK_RULES, or the one beside the package the
  /// executable was built in, or `share/claimcheck/Rules` next to an installed binary.
  static func builtinRulesDirectory() -> String? {
    let fm = FileManager.default
    if let env = ProcessInfo.processInfo.environment["CLAIMCHECK_RULES"], !env.isEmpty { return env }
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    if let exe = Bundle.main.executableURL { url = exe.resolvingSymlinksInPath() }
    var folder = url.deletingLastPathComponent()
    for _ in 0..<6 {
      let rules = folder.appendingPathComponent("Rules")
      if fm.fileExists(atPath: rules.appendingPathComponent("README.md").path)
        || fm.fileExists(atPath: rules.path) && fm.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
      {
        return rules.path
      }
      let shared = folder.appendingPathComponent("share/claimcheck/Rules")
      if fm.fileExists(atPath: shared.path) { return shared.path }
      folder.deleteLastPathComponent()
    }
    return nil
  }

  /// Loads the configuration (explicit, or found from the first input) and the rules it
  /// selects. Problems are printed compiler-style; the caller exits with 2 when any is an error.
  /// Missing built-in rules are an error: a run without them would call every article clean.
  func load(inputs: [String]) -> (Configuration, [Rules.Rule], [YAMLIssue], [String: String]) {
    var issues: [YAMLIssue] = []
    var sources: [String: String] = [:]
    var configuration = Configuration()
    let configPath = config ?? inputs.first.flatMap { $0 == "-" ? nil : Configuration.find(from: $0) }
      ?? Configuration.find(from: FileManager.default.currentDirectoryPath)
    if let configPath {
      let (loaded, found, source) = Configuration.load(path: configPath)
      issues += found
      if let source { sources[configPath] = source }
      if let loaded { configuration = loaded }
    }
    var paths: [String] = []
    if configuration.builtinRules && !noBuiltin {
      if let builtin = Self.builtinRulesDirectory() {
        paths.append(builtin)
      } else {
        issues.append(YAMLIssue(file: "<builtin>", line: 1, column: 1, message: "cannot find the built-in Rules folder; set CLAIMCHECK_RULES (or pass --no-builtin-rules with --rules DIR)", severity: .error))
      }
    }
    paths += configuration.ruleDirectories + rulePaths
    let loaded = RuleLoader().load(paths: paths)
    issues += loaded.issues
    sources.merge(loaded.sources) { a, _ in a }
    return (configuration, configuration.apply(to: loaded.rules), issues, sources)
  }
}

/// Prints issues compiler-style on standard error.
func report(_ issues: [YAMLIssue], sources: [String: String]) {
  guard !issues.isEmpty else { return }
  FileHandle.standardError.write(Data((formatIssues(issues, sources: sources) + "\n").utf8))
}

/// The severities that fail a run at `--fail-on` (error, warning, note or never; default error).
func failingSeverities(_ threshold: String?) -> Set<Rules.Rule.Severity> {
  switch threshold {
  case "never": []
  case "note": [.note, .warning, .error]
  case "warning": [.warning, .error]
  default: [.error]
  }
}

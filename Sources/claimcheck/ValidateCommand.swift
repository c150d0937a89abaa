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

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate", abstract: "Check rule and configuration files without reading articles.")

  @Argument(help: "Rule files, rule directories and .claimcheck.yaml files (default: the built-in rules).")
  var paths: [String] = []

  func run() throws {
    var issues: [YAMLIssue] = []
    var sources: [String: String] = [:]
    var rulePaths: [String] = []
    for p in paths {
      if (p as NSString).lastPathComponent == Configuration.fileName {
        let (_, found, source) = Configuration.load(path: p)
        issues += found
        if let source { sources[p] = source }
      } else {
        rulePaths.append(p)
      }
    }
    if paths.isEmpty, let builtin = RuleOptions.builtinRulesDirectory() { rulePaths = [builtin] }
    var count = 0
    if !rulePaths.isEmpty {
      let loaded = RuleLoader().load(paths: rulePaths)
      issues += loaded.issues
      sources.merge(loaded.sources) { a, _ in a }
      count = loaded.rules.count
    }
    report(issues, sources: sources)
    let errors = issues.filter { $0.severity == .error }.count
    print("\(count) rule\(count == 1 ? "" : "s") valid, \(errors) error\(errors == 1 ? "" : "s")")
    if errors > 0 { throw ExitCode(2) }
  }
}

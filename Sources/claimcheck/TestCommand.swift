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

struct TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Run every rule's examples: flagged ones must give exactly their marked findings, passing ones none.")

  @Argument(help: "Rule files or directories (default: the built-in rules).")
  var paths: [String] = []

  @Option(name: .customLong("facts"), help: "Named facts (YAML or JSON) the rules' examples can read as facts.NAME.")
  var factsFile: String?

  func run() throws {
    let rulePaths = paths.isEmpty ? RuleOptions.builtinRulesDirectory().map { [$0] } ?? [] : paths
    let loaded = RuleLoader().load(paths: rulePaths)
    report(loaded.issues, sources: loaded.sources)
    if loaded.issues.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
    var external: [String: Quantity] = [:]
    if let factsFile {
      let (loaded, problems, source) = ExternalFacts.load(path: factsFile, policy: IntervalPolicy())
      report(problems, sources: source.map { [factsFile: $0] } ?? [:])
      if problems.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
      external = loaded
    }
    let runner = ExampleRunner(externalFacts: external)
    var failures = 0
    var matrix = (tp: 0, fn: 0, fp: 0, tn: 0)
    var rows: [[String]] = [["RULE", "FLAGGED", "PASSING", "RESULT"]]
    for rule in loaded.rules {
      let results = runner.run(rule)
      let flagged = results.filter { $0.example.expectation == .flagged }
      let passing = results.filter { $0.example.expectation == .passing }
      var problems: [String] = []
      if flagged.isEmpty { problems.append("no flagged example") }
      if passing.isEmpty { problems.append("no passing example") }
      for r in flagged { if r.passed { matrix.tp += 1 } else { matrix.fn += 1 } }
      for r in passing { if r.passed { matrix.tn += 1 } else { matrix.fp += 1 } }
      for r in results where !r.passed {
        let o = r.example.origin
        print("\(o.file):\(o.line):\(o.column): error: \(r.example.expectation == .flagged ? "flagged" : "passing") example: \(r.problem ?? "") [\(rule.id)]")
      }
      let ok = problems.isEmpty && results.allSatisfy(\.passed)
      if !ok { failures += 1 }
      for p in problems { print("\(rule.origin.file):\(rule.origin.line):\(rule.origin.column): error: \(p) [\(rule.id)]") }
      rows.append([
        rule.id, "\(flagged.filter(\.passed).count)/\(flagged.count)", "\(passing.filter(\.passed).count)/\(passing.count)",
        ok ? "ok" : "FAILED",
      ])
    }
    var widths = [Int](repeating: 0, count: 4)
    for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
    for r in rows { print(r.enumerated().map { $0.element.padding(to: widths[$0.offset] + 2) }.joined()) }
    print("")
    print("                 found a contradiction   found none")
    print("flagged example  \(String(matrix.tp).padding(to: 24))\(matrix.fn)")
    print("passing example  \(String(matrix.fp).padding(to: 24))\(matrix.tn)")
    print("")
    print("\(loaded.rules.count - failures) passed, \(failures) failed")
    if failures > 0 { throw ExitCode(1) }
  }
}

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

struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules", abstract: "List the loaded rules, or write their Markdown reference.")

  @OptionGroup var ruleOptions: RuleOptions

  @Flag(help: "Write a Markdown reference of every rule, with its examples.")
  var docs = false

  func run() throws {
    let (_, rules, issues, sources) = ruleOptions.load(inputs: [])
    report(issues, sources: sources)
    if issues.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
    if docs {
      print(RuleDocs.markdown(rules), terminator: "")
      return
    }
    let rows = [["ID", "KIND", "LANGUAGES", "SEVERITY", "SUMMARY"]]
      + rules.map { [$0.id, $0.kind.rawValue, $0.languages.map(\.rawValue).sorted().joined(separator: ","), $0.severity.rawValue, $0.summary] }
    var widths = [Int](repeating: 0, count: 5)
    for r in rows { for (i, c) in r.enumerated() where i < 4 { widths[i] = max(widths[i], c.count) } }
    for r in rows {
      var line = ""
      for (i, c) in r.enumerated() { line += i < 4 ? c.padding(to: widths[i] + 2) : c }
      print(line)
    }
  }
}

extension String {
  func padding(to width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}

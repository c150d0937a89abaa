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

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check that the numbers in articles agree with each other.",
    discussion: """
      Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage,
      input, configuration or rule errors.
      """)

  @Argument(help: "Files or directories (.md .markdown .txt .html .htm); '-' reads standard input; .jsonl and .ndjson files are archives.")
  var paths: [String] = []

  @OptionGroup var input: InputOptions
  @OptionGroup var ruleOptions: RuleOptions

  @Option(
    name: .customLong("format"),
    help: "Output format, repeatable: text, json, sarif, github or junit, optionally =FILE (text=report.txt).")
  var formats: [String] = []

  @Flag(name: .customLong("explain"), help: "Also report verified relations; --explain=all adds undetermined ones.")
  var explain = false

  @Flag(name: .customLong("explain-all"), help: .hidden)
  var explainAll = false

  @Option(help: "Message language: ar or en (default: each article's language).")
  var locale: Language?

  @Option(name: .customLong("fail-on"), help: "Lowest severity that fails the run: error, warning, note or never.")
  var failOn: String?

  @Flag(name: .customLong("no-color"), help: "Never colour the text output.")
  var noColor = false

  @Option(name: .customLong("facts"), help: "A YAML or JSON file of named facts rules can read as facts.NAME.")
  var factsFile: String?

  mutating func validate() throws {
    if paths.isEmpty && input.jsonl.isEmpty {
      throw ValidationError("give at least one file, directory, '-' or --jsonl FILE")
    }
    if let f = failOn, !["error", "warning", "note", "never"].contains(f) {
      throw ValidationError("--fail-on takes error, warning, note or never")
    }
    for f in formats {
      let name = f.split(separator: "=", maxSplits: 1).first.map(String.init) ?? f
      guard OutputFormat(rawValue: name) != nil else {
        throw ValidationError("unknown format '\(name)' (use text, json, sarif, github or junit)")
      }
    }
  }

  func run() throws {
    let (configuration, rules, issues, sources) = ruleOptions.load(inputs: paths)
    report(issues, sources: sources)
    if issues.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
    let options = try input.extractionOptions(over: configuration.extraction)

    var external: [String: Quantity] = [:]
    if let factsFile {
      let (loaded, problems, source) = ExternalFacts.load(path: factsFile, policy: options.policy)
      report(problems, sources: source.map { [factsFile: $0] } ?? [:])
      if problems.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
      external = loaded
    }

    let extractor = FactExtractor(options: options)
    let engine = Engine(rules: rules, externalFacts: external)
    let explainMode: CheckReport.Explain = explainAll ? .all : explain ? .verified : .off
    var files: [FileReport] = []
    var inputFailed = false
    let scratch = MatchScratch()
    for item in input.documents(paths: paths) {
      switch item {
      case .failure(let error):
        inputFailed = true
        FileHandle.standardError.write(Data("\(error)\n".utf8))
      case .success(let (document, _)):
        let analysis = extractor.analyze(document)
        let outcomes = engine.check(analysis, scratch: scratch)
        files.append(FileReport(path: document.id, analysis: analysis, outcomes: outcomes))
      }
    }
    let report = CheckReport(files: files, rules: rules, locale: locale, explain: explainMode)
    let requested = formats.isEmpty ? ["text"] : formats
    for spec in requested {
      let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
      let format = OutputFormat(rawValue: parts[0])!
      let color = !noColor && parts.count == 1 && isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
      let text = format.render(report, color: color)
      if parts.count == 2 {
        guard FileManager.default.createFile(atPath: parts[1], contents: Data(text.utf8)) else {
          FileHandle.standardError.write(Data("\(parts[1]): error: cannot write the \(parts[0]) report\n".utf8))
          throw ExitCode(2)
        }
      } else {
        FileHandle.standardOutput.write(Data(text.utf8))
      }
    }
    if inputFailed { throw ExitCode(2) }
    let failing = failingSeverities(failOn ?? configuration.failOn)
    if files.contains(where: { $0.findings.contains { failing.contains($0.severity) } }) { throw ExitCode(1) }
  }
}

enum OutputFormat: String, CaseIterable {
  case text, json, sarif, github, junit

  func render(_ report: CheckReport, color: Bool) -> String {
    switch self {
    case .text: TextReporter(color: color).render(report)
    case .json: JSONReporter().render(report)
    case .sarif: SARIFReporter().render(report)
    case .github: GitHubReporter().render(report)
    case .junit: JUnitReporter().render(report)
    }
  }
}

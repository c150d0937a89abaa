import ArgumentParser
import Audit
import Checks
import Facts
import Foundation
import Inputs
import Reporters
import Rules
import TextModel
import YAMLSupport

struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Check whole archives in parallel: one JSON line per article, a summary and an HTML report.",
    discussion: """
      Articles come from files and directories (recursively) and from JSON Lines archives
      (--jsonl FILE, '-' for standard input). Each gets one line in --output, in input order,
      as soon as it and every article before it are done. An article that cannot be read gets a
      line with an "error" field and the audit goes on. --resume skips the articles whose id is
      already in the output file, so an interrupted audit can be finished.

      Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 some articles
      could not be read, or usage, configuration or rule errors.
      """)

  @Argument(help: "Files or directories (.md .markdown .txt .html .htm); .jsonl and .ndjson files are archives.")
  var paths: [String] = []

  @OptionGroup var input: InputOptions
  @OptionGroup var ruleOptions: RuleOptions

  @Option(help: "Articles checked in parallel (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Where the JSON lines go, one per article ('-' for standard output).")
  var output: String?

  @Option(name: .customLong("report"), help: "Write a self-contained HTML report to this file.")
  var reportPath: String?

  @Flag(help: "Skip the articles already in the --output file and append the rest.")
  var resume = false

  @Flag(inversion: .prefixedNo, help: "Show progress on standard error (default: only on a terminal).")
  var progress: Bool?

  @Flag(help: "Print no summary and no progress.")
  var quiet = false

  @Option(help: "Message language: ar or en (default: each article's language).")
  var locale: Language?

  @Option(name: .customLong("fail-on"), help: "Lowest severity that fails the run: error, warning, note or never.")
  var failOn: String?

  mutating func validate() throws {
    if paths.isEmpty && input.jsonl.isEmpty {
      throw ValidationError("give at least one file, directory or --jsonl FILE")
    }
    if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if resume && (output == nil || output == "-") {
      throw ValidationError("--resume needs --output FILE: it reads what an earlier run wrote there")
    }
    if let f = failOn, !["error", "warning", "note", "never"].contains(f) {
      throw ValidationError("--fail-on takes error, warning, note or never")
    }
    if paths.contains("-") { throw ValidationError("read an archive from standard input with --jsonl -") }
  }

  func run() throws {
    let (configuration, rules, issues, sources) = ruleOptions.load(inputs: paths + input.jsonl.filter { $0 != "-" })
    report(issues, sources: sources)
    if issues.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
    let options = try input.extractionOptions(over: configuration.extraction)
    let failing = failingSeverities(failOn ?? configuration.failOn)
    let auditor = Auditor(
      extractor: FactExtractor(options: options), engine: Engine(rules: rules), rules: rules, locale: locale,
      failing: failing)

    var summary = AuditSummary()
    var failingBefore = 0
    var skip: Set<String> = []
    do {
      if resume, let output {
        skip = try ResumePoint.load(path: output) { line in
          summary.add(line)
          if line.findings.contains(where: { Rules.Rule.Severity(rawValue: $0.severity).map(failing.contains) ?? false }) {
            failingBefore += 1
          }
        }.ids
      }
      let sink = try output.map { try AuditOutput(path: $0, append: resume) }
      let showProgress = !quiet && (progress ?? (isatty(2) == 1))
      let (articles, archives) = input.partition(paths)
      let job = AuditJob(paths: articles, archives: archives, jobs: jobs, skip: skip)
      let outcome = try job.run(
        auditor: auditor, output: sink ?? AuditOutput.discard, summary: &summary,
        report: showProgress ? { p in FileHandle.standardError.write(Data("\r\u{1B}[K\(p.description)".utf8)) } : nil)
      if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
      if let reportPath {
        let page = HTMLAuditReport(generated: ISO8601DateFormatter().string(from: Date())).render(summary)
        guard FileManager.default.createFile(atPath: reportPath, contents: Data(page.utf8)) else {
          throw AuditError("\(reportPath): error: cannot write the HTML report")
        }
      }
      if !quiet {
        var text = AuditSummaryText(summary).render()
        if outcome.skipped > 0 { text += "resumed: \(outcome.skipped) articles were already in \(output ?? "the output")\n" }
        FileHandle.standardError.write(Data(text.utf8))
      }
      if summary.errors > 0 { throw ExitCode(2) }
      if outcome.failing + failingBefore > 0 { throw ExitCode(1) }
    } catch let error as AuditError {
      FileHandle.standardError.write(Data("\(error)\n".utf8))
      throw ExitCode(2)
    }
  }
}

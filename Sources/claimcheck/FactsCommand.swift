import ArgumentParser
import Facts
import Foundation
import Inputs
import Reporters
import TextModel

struct FactsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "facts",
    abstract: "Print the numeric facts read from articles, with their intervals.",
    discussion: """
      Reads .txt, .md and .html files (directories recursively) and JSON Lines archives, and
      prints every number, percentage, multiple, sum of money, measure, count, date, time,
      duration, ordinal, range and list it finds. Exit code 2 when an input could not be read;
      the other inputs are still processed.
      """)

  @Argument(help: "Files or directories to read; '-' reads one article from standard input.")
  var paths: [String] = []

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: table, json or jsonl.")
  var format: FactsFormat = .table

  mutating func validate() throws {
    if paths.isEmpty && input.jsonl.isEmpty {
      throw ValidationError("give at least one file, directory, '-' or --jsonl FILE")
    }
  }

  func run() throws {
    let extractor = FactExtractor(options: try input.extractionOptions())
    var out = StandardOutput()
    var failed = false
    var jsonFiles = JSONWriter(pretty: true)
    if format == .json {
      jsonFiles.beginObject()
      jsonFiles.key("files")
      jsonFiles.beginArray()
    }
    for item in input.documents(paths: paths) {
      switch item {
      case .failure(let error):
        failed = true
        FileHandle.standardError.write(Data("\(error)\n".utf8))
      case .success(let (document, idKey)):
        let analysis = extractor.analyze(document)
        let report = FactsReport(analysis: analysis, displayPath: document.id)
        switch format {
        case .table:
          out.write(report.table() + "\n")
        case .json:
          report.writeDocument(to: &jsonFiles, idKey: idKey)
        case .jsonl:
          var w = JSONWriter()
          report.writeDocument(to: &w, idKey: idKey)
          out.write(w.bytes)
          out.write("\n")
        }
      }
    }
    if format == .json {
      jsonFiles.endArray()
      jsonFiles.endObject()
      out.write(jsonFiles.bytes)
      out.write("\n")
    }
    out.flush()
    if failed { throw ExitCode(2) }
  }
}

enum FactsFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json, jsonl
}

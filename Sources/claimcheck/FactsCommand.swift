import ArgumentParser
import Facts
import Foundation
import Inputs
import TextModel

struct FactsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "facts", abstract: "Print the numeric facts read from articles.")

  @Argument(help: "Files or directories to read.")
  var paths: [String] = []

  func run() throws {
    let extractor = FactExtractor()
    for path in paths {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      let a = extractor.analyze(Document(id: path, path: path, text: text))
      let index = LineIndex(text)
      for f in a.facts {
        let p = index.position(ofUTF8: f.span.lowerBound)
        let original = String(decoding: Array(text.utf8)[f.span], as: UTF8.self)
        print("\(f.type.rawValue)\t\(original)\t\(f.value.map(formatNumber) ?? f.date?.description ?? "")\t\(f.interval)\t\(f.unit ?? "")\t\(f.hedge?.rawValue ?? "")\t\(p.line):\(p.column)")
      }
    }
  }
}

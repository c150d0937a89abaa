import ArgumentParser
struct FactsCommand: ParsableCommand {
  func run() throws {}
}

import ArgumentParser

@main
struct ClaimCheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claimcheck",
    abstract: "Checks that the numbers in an article agree with each other.",
    subcommands: [CheckCommand.self, AuditCommand.self, FactsCommand.self, TestCommand.self, RulesCommand.self, ValidateCommand.self])

  /// `--explain=all` and `--explain=verified` are spelled as one option with an optional
  /// value; the parser wants two flags, so the spelling is rewritten first.
  static func main() {
    let arguments = CommandLine.arguments.dropFirst().map { argument -> String in
      switch argument {
      case "--explain=all": "--explain-all"
      case "--explain=verified": "--explain"
      default: argument
      }
    }
    do {
      var command = try parseAsRoot(Array(arguments))
      try command.run()
    } catch {
      exit(withError: error)
    }
  }
}

import ArgumentParser

@main
struct ClaimCheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claimcheck",
    abstract: "Checks that the numbers in an article agree with each other.",
    subcommands: [FactsCommand.self])
}

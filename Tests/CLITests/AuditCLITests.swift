import Foundation
import Testing

/// `claimcheck audit` end to end: the built binary over `Examples/` and over archives with
/// broken articles mixed in.
@Suite struct AuditCLITests {
  static func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("claimcheck-audit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  static func lines(_ text: String) -> [[String: Any]] {
    text.split(separator: "\n").map {
      (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? [:]
    }
  }

  /// An archive built from the example articles: each mutation once, with ids and dates.
  static func archive(repeats: Int = 1) throws -> String {
    var out = ""
    let folders = ["Examples/articles", "Examples/mutations/ar", "Examples/mutations/en"]
    var n = 0
    for _ in 0..<repeats {
      for folder in folders {
        let dir = CLI.root.appendingPathComponent(folder)
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".txt") {
          let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
          let record: [String: Any] = ["id": "a\(n)-\(folder.split(separator: "/").last!)-\(name)", "text": text]
          out += String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self) + "\n"
          n += 1
        }
      }
    }
    return out
  }

  @Test func brokenArticlesBecomeErrorLinesAndTheRestIsChecked() throws {
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let good = try String(contentsOf: CLI.root.appendingPathComponent("Examples/mutations/en/percent_changed.txt"), encoding: .utf8)
    try good.write(to: dir.appendingPathComponent("a-good.txt"), atomically: true, encoding: .utf8)
    try Data([0x41, 0x20, 0xC3, 0x28, 0x0A]).write(to: dir.appendingPathComponent("b-bad-utf8.txt"))
    try Data([0x00, 0x01, 0x02, 0x03]).write(to: dir.appendingPathComponent("c-binary.txt"))
    try Data().write(to: dir.appendingPathComponent("d-empty.md"))
    // 50 MB, sparse: the size check refuses it without reading it.
    let big = dir.appendingPathComponent("e-huge.txt").path
    #expect(FileManager.default.createFile(atPath: big, contents: nil))
    #expect(truncate(big, 50 << 20) == 0)
    let archive = dir.appendingPathComponent("archive.jsonl")
    try ("{\"id\":\"ok\",\"text\":\(try Self.quoted(good))}\n{\"id\":\"broken\"\nnot json\n\n{\"id\":\"notext\"}\n")
      .write(to: archive, atomically: true, encoding: .utf8)

    let run = try CLI.run(["audit", dir.path, "--jsonl", archive.path, "--output", "-", "--jobs", "2"])
    #expect(run.status == 2)
    let lines = Self.lines(run.stdout)
    #expect(lines.count == 9)
    #expect(lines.map { ($0["path"] ?? $0["id"]) as? String ?? "" } == [
      dir.appendingPathComponent("a-good.txt").path, dir.appendingPathComponent("b-bad-utf8.txt").path,
      dir.appendingPathComponent("c-binary.txt").path, dir.appendingPathComponent("d-empty.md").path, big,
      // A record that parsed keeps its id even when it has no text.
      "ok", "\(archive.path):2", "\(archive.path):3", "notext",
    ])
    let errors = lines.map { $0["error"] as? String }
    #expect(errors[0] == nil && errors[5] == nil)
    #expect(errors[1] == "invalid UTF-8 at byte 2")
    #expect(errors[2]?.hasPrefix("binary file") == true)
    #expect(errors[3] == "empty file")
    #expect(errors[4]?.hasPrefix("file too large (52428800 bytes") == true)
    #expect(errors[6]?.hasPrefix("invalid JSON") == true)
    #expect(errors[8] == "record has no \"text\" or \"html\"")
    for i in [0, 5] { #expect((lines[i]["findings"] as? [Any])?.count == 1) }
    #expect(run.stderr.contains("audited 9 articles"))
    #expect(run.stderr.contains(
      "read errors: 7 (invalid JSON 2, binary file 1, empty file 1, file too large 1, invalid UTF-8 1, record has no \"text\" or \"html\" 1)"))
    #expect(run.stderr.contains("findings: 2 in 2 articles"))
  }

  static func quoted(_ s: String) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: [s]), as: UTF8.self).dropFirst().dropLast().description
  }

  /// The findings of an audit line are the objects `check --format json` gives for the file.
  @Test func findingsMatchCheckJSON() throws {
    let path = "Examples/mutations/ar/percent_changed.txt"
    let audit = try CLI.run(["audit", path, "--output", "-", "--quiet"])
    let check = try CLI.run(["check", path, "--format", "json"])
    #expect(audit.status == 1 && check.status == 1)
    let line = try #require(Self.lines(audit.stdout).first)
    let file = try #require(((try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])?["files"] as? [[String: Any]])?.first)
    #expect(line["path"] as? String == path)
    #expect(line["language"] as? String == "ar")
    #expect(NSArray(array: line["findings"] as? [Any] ?? []) == NSArray(array: file["findings"] as? [Any] ?? [""]))
    #expect(audit.stderr.isEmpty)
  }

  /// Lines come out in input order whatever the number of jobs, so runs are identical.
  @Test func outputIsTheSameForAnyNumberOfJobs() throws {
    let input = Data(try Self.archive(repeats: 3).utf8)
    let one = try CLI.run(["audit", "--jsonl", "-", "--output", "-", "--jobs", "1", "--quiet"], stdin: input)
    let three = try CLI.run(["audit", "--jsonl", "-", "--output", "-", "--jobs", "3", "--quiet"], stdin: input)
    #expect(one.status == 1)
    #expect(Self.lines(one.stdout).count == 54)
    #expect(one.stdout == three.stdout)
    let withFindings = Self.lines(one.stdout).filter { !($0["findings"] as? [Any] ?? []).isEmpty }
    #expect(withFindings.count == 48)
  }

  /// A run cut off mid-line and resumed writes exactly what one uninterrupted run writes.
  @Test func resumeAfterACutFinishesTheSameOutput() throws {
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let archive = dir.appendingPathComponent("archive.jsonl")
    try Self.archive(repeats: 2).write(to: archive, atomically: true, encoding: .utf8)
    let full = dir.appendingPathComponent("full.jsonl")
    let whole = try CLI.run(["audit", "--jsonl", archive.path, "--output", full.path, "--quiet"])
    #expect(whole.status == 1)
    let expected = try Data(contentsOf: full)
    // Keep 7 whole lines and half of the 8th, as a kill during a write could leave.
    var cut = 0
    var newlines = 0
    while newlines < 7 {
      if expected[cut] == 0x0A { newlines += 1 }
      cut += 1
    }
    let partial = dir.appendingPathComponent("partial.jsonl")
    try expected.prefix(cut + 40).write(to: partial)
    let resumed = try CLI.run(["audit", "--jsonl", archive.path, "--output", partial.path, "--resume"])
    #expect(resumed.status == 1)
    #expect(resumed.stderr.contains("resumed: 7 articles were already in"))
    #expect(resumed.stderr.contains("audited 36 articles"))
    #expect(try Data(contentsOf: partial) == expected)
  }

  /// Killing a real audit midway and resuming gives the output of one uninterrupted run.
  @Test(.timeLimit(.minutes(3))) func killedAuditResumes() throws {
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let archive = dir.appendingPathComponent("archive.jsonl")
    try Self.archive(repeats: 40).write(to: archive, atomically: true, encoding: .utf8)
    let full = dir.appendingPathComponent("full.jsonl")
    _ = try CLI.run(["audit", "--jsonl", archive.path, "--output", full.path, "--quiet"])
    let out = dir.appendingPathComponent("out.jsonl")
    let process = Process()
    process.executableURL = CLI.binary
    process.arguments = ["audit", "--jsonl", archive.path, "--output", out.path, "--quiet", "--jobs", "1"]
    var environment = ProcessInfo.processInfo.environment
    environment["CLAIMCHECK_RULES"] = CLI.root.appendingPathComponent("Rules").path
    process.environment = environment
    try process.run()
    let deadline = Date().addingTimeInterval(60)
    while process.isRunning && Date() < deadline {
      if let written = try? Data(contentsOf: out), written.filter({ $0 == 0x0A }).count >= 50 { break }
      usleep(20_000)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    let resumed = try CLI.run(["audit", "--jsonl", archive.path, "--output", out.path, "--resume", "--quiet"])
    #expect(resumed.status == 1)
    #expect(try Data(contentsOf: out) == Data(contentsOf: full))
  }

  /// A stream that stalls (`tail -f archive | claimcheck audit --jsonl -`) does not hold back
  /// the articles already read: their lines are written while the audit waits for more.
  @Test(.timeLimit(.minutes(2))) func stalledStandardInputStillWritesWhatIsDone() throws {
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("out.jsonl")
    let input = Pipe()
    let process = Process()
    process.executableURL = CLI.binary
    process.arguments = ["audit", "--jsonl", "-", "--output", out.path, "--quiet"]
    var environment = ProcessInfo.processInfo.environment
    environment["CLAIMCHECK_RULES"] = CLI.root.appendingPathComponent("Rules").path
    process.environment = environment
    process.standardInput = input
    try process.run()
    func written() -> Int { (try? Data(contentsOf: out))?.filter { $0 == 0x0A }.count ?? 0 }
    func waitFor(lines: Int) -> Bool {
      let deadline = Date().addingTimeInterval(30)
      while written() < lines && Date() < deadline { usleep(20_000) }
      return written() >= lines
    }
    let first = #"{"id":"first","text":"Exports rose 10% to 110 million dollars from 100 million dollars."}"#
    input.fileHandleForWriting.write(Data((first + "\n").utf8))
    // Standard input stays open: the first line must come out anyway.
    #expect(waitFor(lines: 1))
    #expect(process.isRunning)
    input.fileHandleForWriting.write(Data(#"{"id":"second","text":"Nothing to count here."}"#.utf8 + [0x0A]))
    #expect(waitFor(lines: 2))
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(Self.lines(try String(contentsOf: out, encoding: .utf8)).compactMap { $0["id"] as? String } == ["first", "second"])
  }

  /// Progress goes to standard error only when asked (standard error is a pipe here).
  @Test func progressOnlyWhenAsked() throws {
    let input = Data(try Self.archive(repeats: 12).utf8)
    let quiet = try CLI.run(["audit", "--jsonl", "-", "--jobs", "1"], stdin: input)
    #expect(!quiet.stderr.contains("\r"))
    #expect(quiet.stderr.hasPrefix("audited 216 articles"))
    let asked = try CLI.run(["audit", "--jsonl", "-", "--jobs", "1", "--progress"], stdin: input)
    let updates = asked.stderr.split(separator: "\r").filter { $0.contains(" articles · ") }
    #expect(!updates.isEmpty)
    #expect(updates.allSatisfy { $0.contains(" findings") })
    #expect(asked.stderr.contains("\r\u{1B}[Kaudited 216 articles"))
  }

  @Test func reportIsWrittenWithTheFindings() throws {
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let report = dir.appendingPathComponent("report.html")
    let run = try CLI.run(["audit", "Examples/mutations", "--report", report.path, "--quiet"])
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    let page = try String(contentsOf: report, encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("<svg"))
    #expect(page.contains("ar_rise_against_base"))
    #expect(page.contains("dir=\"rtl\""))
  }

  @Test(arguments: [
    (["audit", "--jsonl", "x.jsonl", "--resume"], "--resume needs --output FILE"),
    (["audit", "--jsonl", "x.jsonl", "--jobs", "0"], "--jobs must be at least 1"),
    (["audit"], "give at least one file, directory or --jsonl FILE"),
  ])
  func usageErrors(_ arguments: [String], _ message: String) throws {
    let run = try CLI.run(arguments)
    #expect(run.status == 64 || run.status == 2)
    #expect(run.stderr.contains(message))
  }

  @Test func resumeRefusesAFileThatIsNotAuditOutput() throws {
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("out.jsonl")
    try "{\"id\":\"x\",\"findings\":[]}\nhello\n".write(to: out, atomically: true, encoding: .utf8)
    let run = try CLI.run(["audit", "Examples/articles", "--output", out.path, "--resume"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("\(out.path):2: error: not a line of claimcheck audit output"))
  }
}

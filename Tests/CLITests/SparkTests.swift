import Foundation
import Testing

/// Examples/spark: the audit run on Spark (local mode, one claimcheck per partition through
/// RDD.pipe) gives, once its part files are joined, the same bytes as one `claimcheck audit`.
@Suite struct SparkTests {
  static let archive = "Examples/spark/sample.jsonl"

  /// Runs when pyspark can be imported, and always when CI is set: .ci/run installs pyspark, so
  /// there a missing one must fail the test instead of skipping it.
  static let enabled: Bool = ProcessInfo.processInfo.environment["CI"] != nil || pysparkIsImportable()

  static func pysparkIsImportable() -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import pyspark"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }

  // Skipped without pyspark (`pip install pyspark==4.3.0`, plus Java 17) unless CI is set.
  @Test(.enabled(if: SparkTests.enabled, "needs pyspark and Java 17"), .timeLimit(.minutes(5)))
  func localModeMatchesASingleProcessAudit() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cc-spark-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let merged = dir.appendingPathComponent("out.jsonl")
    let log = dir.appendingPathComponent("spark.log")
    FileManager.default.createFile(atPath: log.path, contents: nil)

    // Spark's output goes to a file: a pipe left unread could fill and stall the job.
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [
      CLI.root.appendingPathComponent("Examples/spark/run-local.sh").path, Self.archive, merged.path, CLI.binary.path,
    ]
    process.currentDirectoryURL = CLI.root
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment["CLAIMCHECK_RULES"] = CLI.root.appendingPathComponent("Rules").path
    process.environment = environment
    let logHandle = try FileHandle(forWritingTo: log)
    process.standardOutput = logHandle
    process.standardError = logHandle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try logHandle.close()
    let sparkLog = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
    try #require(process.terminationStatus == 0, "run-local.sh failed:\n\(sparkLog)")

    let single = try CLI.run(["audit", "--jsonl", Self.archive, "--output", "-", "--quiet"])
    #expect(single.status == 2, "the sample has unreadable records: \(single.stderr)")
    let spark = try Data(contentsOf: merged)
    #expect(spark == Data(single.stdout.utf8), "Spark's merged output differs from the single-process audit")

    let records = try String(contentsOf: CLI.root.appendingPathComponent(Self.archive), encoding: .utf8)
      .split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
    let lines = String(decoding: spark, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.last == "", "the output ends with a newline")
    #expect(lines.dropLast().count == records.count, "one line per record")
    #expect(lines.filter { $0.contains("\"error\":") }.count == 2, "the record without text and the malformed line")
    #expect(lines.filter { $0.contains("\"status\":\"contradicts\"") }.count == 3)
  }
}

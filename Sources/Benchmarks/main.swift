// Release-mode throughput benchmark. Not a test: run it with
//   swift run -c release claimcheck-bench ../shared/corpus/ar-news.jsonl ../shared/corpus/en-news.jsonl
// First, per archive, the streaming `audit` (reading, checking and writing one JSON line per
// article, to /dev/null) with 1 job and with 2, and the process's peak resident memory after
// each (audits run first, so the peak is theirs; BENCH_AUDIT_TIMES=10 adds an audit of the
// archive read 10 times over, to show memory does not grow with the archive). Then, on one
// core over articles held in memory, fact extraction alone (`facts`) and extraction plus every
// built-in rule (`check`). Reports MB of article text per second and articles per second.
// BENCH_REPEATS (default 3) sets the runs per measurement; the best is reported. BENCH_AUDIT=0
// leaves out the audits, for comparing builds of the engine quickly.
// CLAIMCHECK_RULES points at the rules (default: ./Rules).
import Audit
import Checks
import Facts
import Foundation
import Inputs
import Rules
import Reporters
import TextModel
import YAMLSupport

func peakMemoryMB() -> Double {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
  for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
    return kb / 1024
  }
  return 0
}

func seconds(_ d: Duration) -> Double {
  Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard !arguments.isEmpty else {
  FileHandle.standardError.write(Data("usage: claimcheck-bench FILE.jsonl...\n".utf8))
  exit(2)
}
let rulesPath = ProcessInfo.processInfo.environment["CLAIMCHECK_RULES"] ?? "Rules"
let loaded = RuleLoader().load(paths: [rulesPath])
if !loaded.issues.isEmpty { FileHandle.standardError.write(Data("\(loaded.issues.map(\.description))\n".utf8)) }
let extractor = FactExtractor()
let engine = Engine(rules: loaded.rules)
let reader = InputReader()
let scratch = MatchScratch()
let repeats = Int(ProcessInfo.processInfo.environment["BENCH_REPEATS"] ?? "3") ?? 3
print("rules: \(loaded.rules.count) from \(rulesPath)\n")
print("| corpus | articles | MB of text | audit jobs | findings | best time (s) | MB/s | articles/s | speed-up | peak memory (MB) |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
let times = Int(ProcessInfo.processInfo.environment["BENCH_AUDIT_TIMES"] ?? "1") ?? 1
for path in arguments where ProcessInfo.processInfo.environment["BENCH_AUDIT"] != "0" {
  let auditor = Auditor(extractor: extractor, engine: engine, rules: loaded.rules)
  var oneJob = 0.0
  for (jobs, copies) in [(1, 1), (2, 1)] + (times > 1 ? [(2, times)] : []) {
    var best = Double.infinity
    var summary = AuditSummary()
    for _ in 0..<(copies > 1 ? 1 : repeats) {
      summary = AuditSummary()
      let output = try AuditOutput(path: "/dev/null", append: false)
      _ = try AuditJob(paths: [], archives: Array(repeating: path, count: copies), jobs: jobs)
        .run(auditor: auditor, output: output, summary: &summary)
      best = min(best, summary.seconds)
    }
    if jobs == 1 { oneJob = best }
    let mb = Double(summary.bytes) / 1_000_000
    let name = (path as NSString).lastPathComponent + (copies > 1 ? " ×\(copies)" : "")
    let speedup = copies == 1 ? String(format: "%.2f", oneJob / best) : ""
    print(
      "| \(name) | \(summary.articles) | \(String(format: "%.1f", mb)) | \(jobs) | \(summary.findings) | \(String(format: "%.2f", best)) | \(String(format: "%.1f", mb / best)) | \(String(format: "%.0f", Double(summary.articles) / best)) | \(speedup) | \(String(format: "%.0f", peakMemoryMB())) |"
    )
  }
}
print("")
print("| corpus | articles | MB of text | step | facts / findings | best time (s) | MB/s | articles/s |")
print("|---|---:|---:|---|---:|---:|---:|---:|")
for path in arguments {
  guard let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("\(path): cannot read\n".utf8))
    exit(2)
  }
  let documents = reader.readJSONLines(bytes: Array(data), name: path).compactMap { try? $0.get() }
  let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
  let mb = Double(bytes) / 1_000_000
  let name = (path as NSString).lastPathComponent
  for step in ["facts", "check"] {
    var best = Double.infinity
    var count = 0
    for _ in 0..<repeats {
      var found = 0
      let elapsed = ContinuousClock().measure {
        for d in documents {
          let a = extractor.analyze(d)
          if step == "facts" {
            found += a.facts.count
          } else {
            found += engine.check(a, scratch: scratch).filter { $0.status == .contradicts }.count
          }
        }
      }
      count = found
      best = min(best, seconds(elapsed))
    }
    print(
      "| \(name) | \(documents.count) | \(String(format: "%.1f", mb)) | \(step) | \(count) | \(String(format: "%.2f", best)) | \(String(format: "%.1f", mb / best)) | \(String(format: "%.0f", Double(documents.count) / best)) |"
    )
  }
}
print("\npeak resident memory: \(String(format: "%.0f", peakMemoryMB())) MB")

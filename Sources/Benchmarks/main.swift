// Release-mode throughput benchmark of fact extraction (`facts`) and of extraction plus every
// built-in rule (`check`), on one core. Not a test: run it with
//   swift run -c release claimcheck-bench ../shared/corpus/ar-news.jsonl ../shared/corpus/en-news.jsonl
// Reports MB of article text per second, articles per second, and peak resident memory.
// BENCH_REPEATS (default 3) sets the runs per measurement; the best is reported.
// CLAIMCHECK_RULES points at the rules (default: ./Rules).
import Checks
import Facts
import Foundation
import Inputs
import Rules
import TextModel

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

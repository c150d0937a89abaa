// Release-mode throughput benchmark for fact extraction. Not a test: run it with
//   swift run -c release claimcheck-bench ../shared/corpus/ar-news.jsonl ../shared/corpus/en-news.jsonl
// It reports, per corpus, the bytes of article text read per second on one core, articles per
// second, the facts found, and the process's peak resident memory.
import Facts
import Foundation
import Inputs
import TextModel

func peakMemoryMB() -> Double {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
  for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
    return kb / 1024
  }
  return 0
}

let arguments = CommandLine.arguments.dropFirst()
guard !arguments.isEmpty else {
  FileHandle.standardError.write(Data("usage: claimcheck-bench FILE.jsonl...\n".utf8))
  exit(2)
}
let extractor = FactExtractor()
let reader = InputReader()
let repeats = Int(ProcessInfo.processInfo.environment["BENCH_REPEATS"] ?? "3") ?? 3
print("| corpus | articles | MB of text | facts | best time (s) | MB/s | articles/s |")
print("|---|---:|---:|---:|---:|---:|---:|")
for path in arguments {
  guard let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("\(path): cannot read\n".utf8))
    exit(2)
  }
  let documents = reader.readJSONLines(bytes: Array(data), name: path).compactMap { try? $0.get() }
  let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
  var best = Double.infinity
  var factCount = 0
  for _ in 0..<repeats {
    let clock = ContinuousClock()
    var found = 0
    let elapsed = clock.measure {
      for d in documents { found += extractor.analyze(d).facts.count }
    }
    factCount = found
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    best = min(best, seconds)
  }
  let mb = Double(bytes) / 1_000_000
  let name = (path as NSString).lastPathComponent
  print(
    "| \(name) | \(documents.count) | \(String(format: "%.1f", mb)) | \(factCount) | \(String(format: "%.2f", best)) | \(String(format: "%.1f", mb / best)) | \(String(format: "%.0f", Double(documents.count) / best)) |"
  )
}
print("\npeak resident memory: \(String(format: "%.0f", peakMemoryMB())) MB")

import Inputs
import Reporters
import Rules
import TextModel

/// One audit: reads the inputs, checks them on `jobs` threads, writes one line per article in
/// input order and keeps the summary. The command line and the benchmark both run this.
public struct AuditJob: Sendable {
  public var paths: [String]
  public var archives: [String]
  public var jobs: Int
  /// Ids already written by an interrupted run, to leave out.
  public var skip: Set<String>

  public init(paths: [String], archives: [String], jobs: Int, skip: Set<String> = []) {
    self.paths = paths
    self.archives = archives
    self.jobs = jobs
    self.skip = skip
  }

  /// How far an audit has got, for a progress line.
  public struct Progress: Sendable {
    public var articles: Int
    public var bytes: Int
    public var findings: Int
    public var errors: Int
    public var seconds: Double
    /// Share of the input read, 0…1, when the input's size is known.
    public var fraction: Double?

    /// "1,204 articles · 96/s · 1.8 MB/s · 12 findings · 2 errors · 0:41 left"
    public var description: String {
      var parts = ["\(Figures.grouped(articles)) articles"]
      if seconds > 0 {
        parts.append("\(Figures.grouped(Int(Double(articles) / seconds)))/s")
        parts.append("\(Figures.tenths(Double(bytes) / 1_000_000 / seconds)) MB/s")
      }
      parts.append("\(Figures.grouped(findings)) findings")
      if errors > 0 { parts.append("\(Figures.grouped(errors)) errors") }
      if let fraction, fraction > 0.001, seconds > 1 {
        let left = Int(seconds * (1 - fraction) / fraction)
        parts.append(left >= 3600 ? "\(left / 3600)h\(two((left % 3600) / 60)) left" : "\(left / 60):\(two(left % 60)) left")
      }
      return parts.joined(separator: " · ")
    }
  }

  /// What the run counted beyond the summary.
  public struct Outcome: Sendable {
    /// Articles with a finding at a failing severity, in this run.
    public var failing = 0
    /// Articles left out because an interrupted run already wrote them.
    public var skipped = 0
  }

  /// Runs the audit. `report` gets a progress snapshot a few times a second.
  public func run(
    auditor: Auditor, output: AuditOutput, summary: inout AuditSummary,
    report: ((Progress) -> Void)? = nil
  ) throws(AuditError) -> Outcome {
    let clock = ContinuousClock()
    let start = clock.now
    let total = report != nil ? ArticleStream.knownSize(paths: paths, archives: archives) : nil
    var stream = ArticleStream(paths: paths, archives: archives, reader: auditor.reader)
    var outcome = Outcome()
    // The summary may start with the lines of an interrupted run: progress counts this run's.
    let before = summary
    var writeError: AuditError?
    var lastReport = start
    // Articles in flight stay under 64 MB of text, whatever their number.
    let pipeline = OrderedPipeline<AuditItem, AuditResult?>(jobs: jobs, maxWeight: 64 << 20)
    let skip = self.skip
    withUnsafeMutablePointer(to: &stream) { streamPointer in
      let items = StreamSequence(pointer: streamPointer)
      pipeline.run(
        items,
        state: { MatchScratch() },
        work: { item, scratch in auditor.audit(item, scratch: scratch, skip: skip) },
        weight: { item in
          switch item {
          case .line(let line): line.bytes.count
          case .file: 64 << 10
          case .failed: 0
          }
        },
        ready: { streamPointer.pointee.isReady(timeout: 250) },
        stalled: {
          // What was emitted while input stalled goes out now, not with the next article.
          if writeError == nil {
            do throws(AuditError) { try output.flush() } catch { writeError = error }
          }
        },
        emit: { result in
          guard let result else {
            outcome.skipped += 1
            return
          }
          if writeError == nil {
            do throws(AuditError) { try output.write(result.json) } catch { writeError = error }
          }
          summary.add(result.line)
          if result.fails { outcome.failing += 1 }
        },
        tick: {
          guard let report, clock.now - lastReport >= .milliseconds(250) else { return }
          lastReport = clock.now
          var done = Progress(
            articles: summary.articles - before.articles, bytes: summary.bytes - before.bytes,
            findings: summary.findings - before.findings, errors: summary.errors - before.errors,
            seconds: seconds(clock.now - start))
          if let total, total > 0 {
            let read = streamPointer.pointee.archiveBytesRead + (paths.isEmpty ? 0 : done.bytes)
            done.fraction = min(1, Double(read) / Double(total))
          }
          report(done)
        })
    }
    if let writeError { throw writeError }
    try output.flush()
    summary.seconds = seconds(clock.now - start)
    summary.jobs = jobs
    return outcome
  }
}

/// Lets the pipeline iterate the stream while the progress tick reads how far it got.
private struct StreamSequence: Sequence, IteratorProtocol {
  let pointer: UnsafeMutablePointer<ArticleStream>
  mutating func next() -> AuditItem? { pointer.pointee.next() }
}

func seconds(_ d: Duration) -> Double {
  Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

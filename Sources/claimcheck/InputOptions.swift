import ArgumentParser
import Facts
import Foundation
import Inputs
import TextModel

/// Options shared by every command that reads articles.
struct InputOptions: ParsableArguments {
  @Option(name: .customLong("jsonl"), help: "A JSON Lines archive ('-' for standard input): one article per line with id, text or html, published, updated, lang.")
  var jsonl: [String] = []

  @Option(help: "Read every article as this language (ar or en) instead of detecting it.")
  var lang: Language?

  @Flag(name: .customLong("month-first"), help: "Read 03/04/2026 as March 4 (default: day first, 3 April).")
  var monthFirst = false

  @Option(name: .customLong("date-direction"), help: "Where a yearless date or a bare weekday falls around the document date: nearest (default; leans on the tense around it), past or future.")
  var dateDirection: DateDirection?

  @Option(name: .customLong("reference-date"), help: "The date (YYYY-MM-DD) to resolve yearless and relative dates against when an article gives none.")
  var referenceDate: String?

  @Option(name: .customLong("about-width"), help: "Relative half-width of 'about' / 'حوالي' (default 0.05).")
  var aboutWidth: Double?

  @Option(name: .customLong("nearly-width"), help: "Relative width below the figure of 'nearly' / 'ما يقرب من' (default 0.05).")
  var nearlyWidth: Double?

  @Flag(name: .customLong("allow-truncation"), help: "Let a bare figure also stand for values it was truncated from (73 thousand → up to 74 thousand).")
  var allowTruncation = false

  func extractionOptions() throws -> ExtractionOptions {
    var policy = IntervalPolicy(allowTruncation: allowTruncation)
    if let w = aboutWidth {
      guard w >= 0, w < 1 else { throw ValidationError("--about-width must be between 0 and 1") }
      policy.about = w
    }
    if let w = nearlyWidth {
      guard w >= 0, w < 1 else { throw ValidationError("--nearly-width must be between 0 and 1") }
      policy.nearly = w
    }
    var reference: CivilDate?
    if let r = referenceDate {
      guard let d = parseISODate(r) else { throw ValidationError("--reference-date expects YYYY-MM-DD, got '\(r)'") }
      reference = d
    }
    var options = ExtractionOptions(policy: policy, dayFirst: !monthFirst, language: lang, referenceDate: reference)
    if let dateDirection { options.dateDirection = dateDirection }
    return options
  }

  /// The configuration's extraction options with the ones given on the command line on top.
  func extractionOptions(over configured: ExtractionOptions) throws -> ExtractionOptions {
    var options = configured
    let cli = try extractionOptions()
    if lang != nil { options.language = cli.language }
    if monthFirst { options.dayFirst = false }
    if cli.referenceDate != nil { options.referenceDate = cli.referenceDate }
    if let dateDirection { options.dateDirection = dateDirection }
    if aboutWidth != nil { options.policy.about = cli.policy.about }
    if nearlyWidth != nil { options.policy.nearly = cli.policy.nearly }
    if allowTruncation { options.policy.allowTruncation = true }
    return options
  }

  /// Positional paths split into articles and JSON Lines archives: a file named `.jsonl` or
  /// `.ndjson` is an archive, as if given with `--jsonl`, and comes before the `--jsonl` ones.
  func partition(_ paths: [String]) -> (articles: [String], archives: [String]) {
    var articles: [String] = []
    var archives: [String] = []
    for path in paths {
      let lower = path.lowercased()
      if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { archives.append(path) } else { articles.append(path) }
    }
    return (articles, archives + jsonl)
  }

  /// Every article of the inputs, in order: files and directories first, then archives.
  /// The second element names the key the output uses for the article ("path" or "id").
  func documents(paths: [String]) -> [Result<(Document, String), InputError>] {
    let reader = InputReader()
    let (paths, archives) = partition(paths)
    var out: [Result<(Document, String), InputError>] = []
    for expanded in reader.expand(paths) {
      switch expanded {
      case .failure(let e): out.append(.failure(e))
      case .success(let path):
        out.append(reader.read(path: path).map { ($0, "path") })
      }
    }
    for archive in archives {
      let records =
        archive == "-"
        ? reader.readJSONLines(bytes: Array(FileHandle.standardInput.readDataToEndOfFile()), name: "<stdin>")
        : reader.readJSONLines(path: archive)
      for record in records { out.append(record.map { ($0, "id") }) }
    }
    return out
  }
}

extension Language: ExpressibleByArgument {}
extension DateDirection: ExpressibleByArgument {}

/// Buffered standard output: whole archives print without a system call per line.
struct StandardOutput {
  private var buffer: [UInt8] = []

  mutating func write(_ s: String) { write(Array(s.utf8)) }

  mutating func write(_ bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
    if buffer.count > 1 << 16 { flush() }
  }

  mutating func flush() {
    guard !buffer.isEmpty else { return }
    FileHandle.standardOutput.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}

import Checks
import Facts
import Inputs
import Reporters
import Rules
import TextModel

/// One article of an audit, as read from the inputs: a file to read or an archive line to
/// parse (both left to the worker, so reading and parsing run in parallel too), or an input
/// error.
public enum AuditItem: Sendable {
  case file(String)
  case line(JSONLine)
  case failed(InputError)
}

extension InputError {
  /// The id an error line carries: the record's id, or where the error is.
  var auditID: String { id ?? line.map { "\(path):\($0)" } ?? path }
}

/// What checking one article gives: its output line (JSON, with a final newline) and what the
/// summary needs of it.
public struct AuditResult: Sendable {
  public var json: [UInt8]
  public var line: AuditLine
  /// Whether it has a finding at a failing severity.
  public var fails: Bool
}

/// Checks one article and renders its output line. Shared by every worker thread.
public struct Auditor: Sendable {
  public var extractor: FactExtractor
  public var engine: Engine
  public var rules: [Rule]
  public var reader: InputReader
  /// Message language; nil follows each article's language.
  public var locale: Language?
  /// Severities that make the run fail.
  public var failing: Set<Rule.Severity>

  public init(
    extractor: FactExtractor, engine: Engine, rules: [Rule], reader: InputReader = InputReader(),
    locale: Language? = nil, failing: Set<Rule.Severity> = [.error]
  ) {
    self.extractor = extractor
    self.engine = engine
    self.rules = rules
    self.reader = reader
    self.locale = locale
    self.failing = failing
  }

  /// The article's result; nil when its id is in `skip` (written by an interrupted run).
  public func audit(_ item: AuditItem, scratch: MatchScratch, skip: Set<String> = []) -> AuditResult? {
    let document: Document
    var key = "id"
    switch item {
    case .failed(let error):
      if skip.contains(error.auditID) { return nil }
      return failure(id: error.auditID, key: error.line == nil ? "path" : "id", error)
    case .file(let path):
      if skip.contains(path) { return nil }
      key = "path"
      switch reader.read(path: path) {
      case .failure(let error): return failure(id: path, key: key, error)
      case .success(let read): document = read
      }
    case .line(let line):
      switch line.document() {
      case .failure(let error):
        if skip.contains(error.auditID) { return nil }
        return failure(id: error.auditID, key: key, error)
      case .success(let read): document = read
      }
    }
    if skip.contains(document.id) { return nil }
    let analysis = extractor.analyze(document)
    let outcomes = engine.check(analysis, scratch: scratch)
    // Most articles have no finding: their line needs no line index and no suppression pass
    // (which only hides findings), unless the text may hold a comment to report as unused.
    let file =
      !outcomes.contains(where: { $0.status == .contradicts }) && !FileReport.hasComment(document.text)
      ? nil : FileReport(path: document.id, analysis: analysis, outcomes: outcomes)
    let findings = file?.findings ?? []
    let verified = file?.verified.count ?? outcomes.count { $0.status == .holds }
    let report = CheckReport(files: [], rules: rules, locale: locale, explain: .off)
    let published = analysis.published?.description ?? document.published
    var w = JSONWriter(capacity: 512 + findings.count * 1024)
    w.beginObject()
    w.field(key, document.id)
    w.field("language", analysis.language.rawValue)
    w.field("published", published)
    w.field("updated", analysis.updated?.description ?? document.updated)
    w.field("bytes", document.text.utf8.count)
    w.key("findings")
    w.beginArray()
    if let file { for f in findings { JSONReporter().write(f, file: file, report: report, to: &w) } }
    w.endArray()
    w.field("verified", verified)
    w.endObject()
    var json = w.bytes
    json.append(0x0A)
    let summarised = file.map { file in
      findings.map { f in
        let p = file.lines.position(ofUTF8: f.span.lowerBound)
        return AuditFinding(
          rule: f.ruleID, kind: f.kind.rawValue, severity: f.severity.rawValue, message: report.message(f, in: file),
          text: file.text(f.span), line: p.line, column: p.column, excerpt: file.excerpt(around: f.span),
          explanation: f.explanation)
      }
    }
    let line = AuditLine(
      id: document.id, language: analysis.language.rawValue, published: published, findings: summarised ?? [],
      verified: verified, error: nil, bytes: document.text.utf8.count)
    return AuditResult(json: json, line: line, fails: findings.contains { failing.contains($0.severity) })
  }

  private func failure(id: String, key: String, _ error: InputError) -> AuditResult {
    var w = JSONWriter(capacity: 256)
    w.beginObject()
    w.field(key, id)
    w.field("error", error.message)
    w.endObject()
    var json = w.bytes
    json.append(0x0A)
    let line = AuditLine(id: id, language: nil, published: nil, findings: [], verified: 0, error: error.message, bytes: 0)
    return AuditResult(json: json, line: line, fails: false)
  }
}

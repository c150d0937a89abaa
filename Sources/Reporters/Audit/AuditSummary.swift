/// What one article contributes to an audit: the parts of its output line that the summary and
/// the HTML report need. Built from a live check, or decoded from an existing output file when
/// an audit resumes, so both paths summarise alike.
public struct AuditLine: Sendable, Decodable, Equatable {
  /// The article's id (archives) or path (files).
  public var id: String
  public var language: String?
  /// ISO date (or date-time) the article was published, when known.
  public var published: String?
  public var findings: [AuditFinding]
  public var verified: Int
  /// Why the article could not be read; nil when it was checked.
  public var error: String?
  /// Size of the article's text in UTF-8 bytes (0 for an unreadable one).
  public var bytes: Int

  public init(
    id: String, language: String?, published: String?, findings: [AuditFinding], verified: Int,
    error: String?, bytes: Int
  ) {
    self.id = id
    self.language = language
    self.published = published
    self.findings = findings
    self.verified = verified
    self.error = error
    self.bytes = bytes
  }

  private enum Key: String, CodingKey { case id, path, language, published, findings, verified, error, bytes }

  /// Reads an output line of `claimcheck audit`: `id` or `path`, and every other field optional.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Key.self)
    guard let id = try c.decodeIfPresent(String.self, forKey: .id) ?? c.decodeIfPresent(String.self, forKey: .path)
    else { throw DecodingError.keyNotFound(Key.id, .init(codingPath: [], debugDescription: "no id or path")) }
    self.id = id
    language = try c.decodeIfPresent(String.self, forKey: .language)
    published = try c.decodeIfPresent(String.self, forKey: .published)
    findings = try c.decodeIfPresent([AuditFinding].self, forKey: .findings) ?? []
    verified = try c.decodeIfPresent(Int.self, forKey: .verified) ?? 0
    error = try c.decodeIfPresent(String.self, forKey: .error)
    bytes = try c.decodeIfPresent(Int.self, forKey: .bytes) ?? 0
  }
}

/// One finding as the report shows it.
public struct AuditFinding: Sendable, Codable, Equatable {
  public var rule: String
  public var kind: String
  public var severity: String
  public var message: String
  /// The claim as written.
  public var text: String
  public var line: Int
  public var column: Int
  /// The sentence or line around the claim.
  public var excerpt: String?
  /// The arithmetic, step by step.
  public var explanation: String?

  public init(
    rule: String, kind: String, severity: String, message: String, text: String, line: Int, column: Int,
    excerpt: String?, explanation: String?
  ) {
    self.rule = rule
    self.kind = kind
    self.severity = severity
    self.message = message
    self.text = text
    self.line = line
    self.column = column
    self.excerpt = excerpt
    self.explanation = explanation
  }
}

/// Running totals of an audit. Memory stays bounded: counts are keyed by rule, kind and month
/// (all small sets), and at most `flaggedLimit` articles with findings are kept for the report's
/// table; the rest are only counted.
public struct AuditSummary: Sendable, Equatable {
  public var articles = 0
  public var bytes = 0
  public var errors = 0
  /// Error counts by the first words of the error ("invalid UTF-8", "binary file", …).
  public var errorsByReason: [String: Int] = [:]
  public var findings = 0
  public var verified = 0
  public var articlesWithFindings = 0
  public var findingsByKind: [String: Int] = [:]
  public var findingsByRule: [String: Int] = [:]
  public var findingsBySeverity: [String: Int] = [:]
  public var articlesByLanguage: [String: Int] = [:]
  /// Findings and articles per publication month ("2025-07"), for articles with a known date.
  public var findingsByMonth: [String: Int] = [:]
  public var articlesByMonth: [String: Int] = [:]
  /// Articles with findings, in input order, up to `flaggedLimit`.
  public var flagged: [AuditLine] = []
  public var flaggedLimit: Int
  /// Wall-clock time of the run and the number of parallel jobs, when known.
  public var seconds: Double = 0
  public var jobs = 1

  public init(flaggedLimit: Int = 2000) {
    self.flaggedLimit = flaggedLimit
  }

  public mutating func add(_ line: AuditLine) {
    articles += 1
    bytes += line.bytes
    if let error = line.error {
      errors += 1
      errorsByReason[Self.reason(error), default: 0] += 1
      return
    }
    if let language = line.language { articlesByLanguage[language, default: 0] += 1 }
    let month = line.published.flatMap(Self.month)
    if let month { articlesByMonth[month, default: 0] += 1 }
    verified += line.verified
    guard !line.findings.isEmpty else { return }
    articlesWithFindings += 1
    findings += line.findings.count
    for f in line.findings {
      findingsByKind[f.kind, default: 0] += 1
      findingsByRule[f.rule, default: 0] += 1
      findingsBySeverity[f.severity, default: 0] += 1
    }
    if let month { findingsByMonth[month, default: 0] += line.findings.count }
    if flagged.count < flaggedLimit { flagged.append(line) }
  }

  /// Articles with findings that did not fit in `flagged`.
  public var flaggedOmitted: Int { articlesWithFindings - flagged.count }

  public var megabytesPerSecond: Double? { seconds > 0 ? Double(bytes) / 1_000_000 / seconds : nil }
  public var articlesPerSecond: Double? { seconds > 0 ? Double(articles) / seconds : nil }

  /// "2025-07" from "2025-07-14", "2025-07-14T06:22:00Z" or "2025-07"; nil otherwise.
  static func month(_ date: String) -> String? {
    let u = Array(date.utf8.prefix(7))
    guard u.count == 7, u[4] == UInt8(ascii: "-"),
      u.enumerated().allSatisfy({ $0.offset == 4 || (0x30...0x39).contains($0.element) })
    else { return nil }
    return String(decoding: u, as: UTF8.self)
  }

  /// The kind of an error message, without the article-specific detail after a colon, a
  /// parenthesis or " at byte" ("invalid UTF-8 at byte 12" → "invalid UTF-8").
  static func reason(_ error: String) -> String {
    var out = Substring(error.prefix { $0 != ":" && $0 != "(" })
    var i = out.startIndex
    while i < out.endIndex {
      if out[i...].hasPrefix(" at byte") {
        out = out[..<i]
        break
      }
      i = out.index(after: i)
    }
    while out.last?.isWhitespace == true { out.removeLast() }
    return out.isEmpty ? error : String(out)
  }
}

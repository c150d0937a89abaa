@testable import Audit
import Foundation
import Reporters
import Testing

@Suite struct AuditSummaryTests {
  static func finding(_ rule: String, _ kind: String, severity: String = "error") -> AuditFinding {
    AuditFinding(
      rule: rule, kind: kind, severity: severity, message: "m", text: "t", line: 1, column: 1, excerpt: nil,
      explanation: nil)
  }

  static func line(_ id: String, published: String? = nil, findings: [AuditFinding] = [], error: String? = nil)
    -> AuditLine
  {
    AuditLine(
      id: id, language: error == nil ? "ar" : nil, published: published, findings: findings, verified: 2,
      error: error, bytes: error == nil ? 100 : 0)
  }

  @Test func countsFindingsByKindRuleSeverityAndMonth() {
    var s = AuditSummary(flaggedLimit: 1)
    s.add(Self.line("a", published: "2025-07-14", findings: [Self.finding("r1", "sum"), Self.finding("r2", "sum", severity: "warning")]))
    s.add(Self.line("b", published: "2025-07-30T06:22:00Z"))
    s.add(Self.line("c", published: "July 2025", findings: [Self.finding("r1", "percent_change")]))
    s.add(Self.line("d", error: "invalid UTF-8 at byte 12"))
    s.add(Self.line("e", error: "binary file (NUL byte at 3)"))
    s.add(Self.line("f", error: "invalid JSON: expected a value at column 1"))
    #expect(s.articles == 6)
    #expect(s.bytes == 300)
    #expect(s.errors == 3)
    #expect(s.errorsByReason == ["invalid UTF-8": 1, "binary file": 1, "invalid JSON": 1])
    #expect(s.findings == 3)
    #expect(s.articlesWithFindings == 2)
    #expect(s.verified == 6)
    #expect(s.findingsByKind == ["sum": 2, "percent_change": 1])
    #expect(s.findingsByRule == ["r1": 2, "r2": 1])
    #expect(s.findingsBySeverity == ["error": 2, "warning": 1])
    // "July 2025" is not an ISO date: counted, but in no month.
    #expect(s.findingsByMonth == ["2025-07": 2])
    #expect(s.articlesByMonth == ["2025-07": 2])
    #expect(s.flagged.map(\.id) == ["a"])
    #expect(s.flaggedOmitted == 1)
  }

  @Test func summaryText() {
    var s = AuditSummary()
    s.add(Self.line("a", findings: [Self.finding("r1", "sum"), Self.finding("r2", "count")]))
    s.add(Self.line("b", findings: [Self.finding("r1", "sum")]))
    s.add(Self.line("c", error: "empty text"))
    s.seconds = 2
    s.jobs = 2
    #expect(
      AuditSummaryText(s).render() == """
        audited 3 articles (0.0 MB) in 2.0 s with 2 jobs: 0.0 MB/s, 1 articles/s
        read errors: 1 (empty text 1)
        findings: 3 in 2 articles (3 errors, 0 warnings, 0 notes); 4 relations verified
        by kind: sum 2, count 1
        by rule: r1 2, r2 1

        """)
  }

  @Test func linesOfTheOutputDecode() throws {
    let text = """
      {"path":"a.txt","language":"en","published":"2026-02-19","updated":null,"bytes":5,"findings":[{"rule":"r","kind":"sum","severity":"error","status":"contradicts","message":"m","text":"7%","excerpt":"up 7%","line":3,"column":4,"end_line":3,"end_column":6,"evidence":[],"computed":null,"claimed":null,"explanation":"x"}],"verified":1}
      """
    let line = try JSONDecoder().decode(AuditLine.self, from: Data(text.utf8))
    #expect(line.id == "a.txt")
    #expect(line.findings == [AuditFinding(rule: "r", kind: "sum", severity: "error", message: "m", text: "7%", line: 3, column: 4, excerpt: "up 7%", explanation: "x")])
    let error = try JSONDecoder().decode(AuditLine.self, from: Data(#"{"id":"x:2","error":"empty text"}"#.utf8))
    #expect(error.error == "empty text" && error.findings.isEmpty && error.bytes == 0)
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(AuditLine.self, from: Data(#"{"findings":[]}"#.utf8)) }
  }

  @Test(arguments: [
    (AuditJob.Progress(articles: 1204, bytes: 3_000_000, findings: 12, errors: 0, seconds: 2, fraction: 0.5),
     "1,204 articles · 602/s · 1.5 MB/s · 12 findings · 0:02 left"),
    (AuditJob.Progress(articles: 10, bytes: 0, findings: 0, errors: 2, seconds: 0, fraction: nil),
     "10 articles · 0 findings · 2 errors"),
    (AuditJob.Progress(articles: 5, bytes: 100, findings: 1, errors: 0, seconds: 100, fraction: 0.01),
     "5 articles · 0/s · 0.0 MB/s · 1 findings · 2h45 left"),
  ])
  func progressLine(_ p: AuditJob.Progress, _ expected: String) {
    #expect(p.description == expected)
  }

  @Test func resumeCutsAHalfWrittenLastLine() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("resume-\(UUID().uuidString).jsonl").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try "{\"id\":\"a\",\"findings\":[]}\n\n{\"path\":\"b\",\"error\":\"empty file\"}\n{\"id\":\"c\",\"find".write(
      toFile: path, atomically: true, encoding: .utf8)
    var seen: [String] = []
    let point = try ResumePoint.load(path: path) { seen.append($0.id) }
    #expect(seen == ["a", "b"])
    #expect(point.ids == ["a", "b"])
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"id\":\"a\",\"findings\":[]}\n\n{\"path\":\"b\",\"error\":\"empty file\"}\n")
    let missing = try ResumePoint.load(path: path + ".none") { _ in Issue.record("no lines expected") }
    #expect(missing.ids.isEmpty)
  }
}

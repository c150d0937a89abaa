import Checks
import Facts
import Rules
import TextModel

/// SARIF 2.1.0: rule metadata in `tool.driver.rules`, relative URIs against `%SRCROOT%`,
/// columns in Unicode code points, and the facts used as related locations.
public struct SARIFReporter: Sendable {
  public static let version = "0.1.0"
  public init() {}

  func level(_ s: Rule.Severity) -> String {
    switch s {
    case .error: "error"
    case .warning: "warning"
    case .note: "note"
    }
  }

  public func render(_ report: CheckReport) -> String {
    var w = JSONWriter(pretty: true)
    let ruleIndex = Dictionary(report.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    w.beginObject()
    w.field("$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    w.field("version", "2.1.0")
    w.key("runs")
    w.beginArray()
    w.beginObject()
    w.key("tool")
    w.beginObject()
    w.key("driver")
    w.beginObject()
    w.field("name", "claimcheck")
    w.field("version", Self.version)
    w.field("informationUri", "https://github.com/claimcheck/claimcheck")
    w.key("rules")
    w.beginArray()
    for r in report.rules {
      w.beginObject()
      w.field("id", r.id)
      w.field("name", r.id)
      w.key("shortDescription")
      w.beginObject()
      w.field("text", r.summary)
      w.endObject()
      w.key("fullDescription")
      w.beginObject()
      w.field("text", r.description ?? r.summary)
      w.endObject()
      if let link = r.link { w.field("helpUri", link) }
      w.key("defaultConfiguration")
      w.beginObject()
      w.field("level", level(r.severity))
      w.endObject()
      w.key("properties")
      w.beginObject()
      w.field("kind", r.kind.rawValue)
      w.key("tags")
      w.beginArray()
      w.string(r.kind.rawValue)
      for l in r.languages.map(\.rawValue).sorted() { w.string(l) }
      w.endArray()
      w.endObject()
      w.endObject()
    }
    w.endArray()
    w.endObject()
    w.endObject()
    w.key("originalUriBaseIds")
    w.beginObject()
    w.key("%SRCROOT%")
    w.beginObject()
    w.key("description")
    w.beginObject()
    w.field("text", "The folder claimcheck ran in.")
    w.endObject()
    w.endObject()
    w.endObject()
    w.field("columnKind", "unicodeCodePoints")
    w.key("results")
    w.beginArray()
    for file in report.files {
      for n in file.notices {
        w.beginObject()
        w.field("ruleId", n.id)
        w.field("level", "note")
        w.key("message")
        w.beginObject()
        w.field("text", n.message)
        w.endObject()
        w.key("locations")
        w.beginArray()
        writeLocation(n.span, file: file, message: nil, id: nil, to: &w)
        w.endArray()
        w.endObject()
      }
      for f in report.shown(file) {
        w.beginObject()
        w.field("ruleId", f.ruleID)
        if let i = ruleIndex[f.ruleID] { w.field("ruleIndex", i) }
        switch f.status {
        case .contradicts:
          w.field("kind", "fail")
          w.field("level", level(f.severity))
        case .holds:
          w.field("kind", "pass")
          w.field("level", "none")
        case .undetermined:
          w.field("kind", "review")
          w.field("level", "none")
        }
        w.key("message")
        w.beginObject()
        w.field("text", report.message(f, in: file))
        w.endObject()
        w.key("locations")
        w.beginArray()
        writeLocation(f.span, file: file, message: nil, id: nil, to: &w)
        w.endArray()
        if !f.evidence.isEmpty {
          w.key("relatedLocations")
          w.beginArray()
          for (n, e) in f.evidence.enumerated() {
            writeLocation(e.fact.span, file: file, message: "\(e.name) = \(file.text(e.fact.span)) means \(describe(e.fact))", id: n, to: &w)
          }
          w.endArray()
        }
        w.key("properties")
        w.beginObject()
        w.field("kind", f.kind.rawValue)
        w.field("explanation", f.explanation)
        w.endObject()
        w.endObject()
      }
    }
    w.endArray()
    w.endObject()
    w.endArray()
    w.endObject()
    return w.string + "\n"
  }

  func writeLocation(_ span: Range<Int>, file: FileReport, message: String?, id: Int?, to w: inout JSONWriter) {
    let start = file.lines.position(ofUTF8: span.lowerBound)
    let end = file.lines.position(ofUTF8: span.upperBound)
    w.beginObject()
    if let id { w.field("id", id) }
    w.key("physicalLocation")
    w.beginObject()
    w.key("artifactLocation")
    w.beginObject()
    w.field("uri", Escaping.uri(relative(file.path)))
    w.field("uriBaseId", "%SRCROOT%")
    w.endObject()
    w.key("region")
    w.beginObject()
    w.field("startLine", start.line)
    w.field("startColumn", start.column)
    w.field("endLine", end.line)
    w.field("endColumn", max(end.column, start.line == end.line ? start.column : 1))
    w.key("snippet")
    w.beginObject()
    w.field("text", file.text(span))
    w.endObject()
    w.endObject()
    w.endObject()
    if let message {
      w.key("message")
      w.beginObject()
      w.field("text", message)
      w.endObject()
    }
    w.endObject()
  }

  func relative(_ path: String) -> String {
    var p = path
    while p.hasPrefix("./") { p.removeFirst(2) }
    return p
  }
}

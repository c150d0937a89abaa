import Checks
import Expressions
import Facts
import Rules
import TextModel

/// `{"version":1,"files":[{"path","language","published","updated","findings":[…],"verified":[…]}],"summary":{…}}`.
public struct JSONReporter: Sendable {
  public init() {}

  public func render(_ report: CheckReport) -> String {
    var w = JSONWriter(pretty: true)
    w.beginObject()
    w.field("version", 1)
    w.key("files")
    w.beginArray()
    for file in report.files {
      w.beginObject()
      w.field("path", file.path)
      w.field("language", file.analysis.language.rawValue)
      w.field("published", file.analysis.published?.description)
      w.field("updated", file.analysis.updated?.description)
      w.key("findings")
      w.beginArray()
      for f in file.findings { write(f, file: file, report: report, to: &w) }
      w.endArray()
      w.key("verified")
      w.beginArray()
      if report.explain != .off { for f in file.verified { write(f, file: file, report: report, to: &w) } }
      w.endArray()
      if !file.notices.isEmpty {
        w.key("notices")
        w.beginArray()
        for n in file.notices {
          let p = file.lines.position(ofUTF8: n.span.lowerBound)
          w.beginObject()
          w.field("id", n.id)
          w.field("message", n.message)
          w.field("line", p.line)
          w.field("column", p.column)
          w.endObject()
        }
        w.endArray()
      }
      if report.explain == .all {
        w.key("undetermined")
        w.beginArray()
        for f in file.undetermined { write(f, file: file, report: report, to: &w) }
        w.endArray()
      }
      w.endObject()
    }
    w.endArray()
    w.key("summary")
    w.beginObject()
    w.field("files", report.files.count)
    w.field("findings", report.findingCount)
    w.field("errors", report.count(.error))
    w.field("warnings", report.count(.warning))
    w.field("notes", report.count(.note))
    w.field("verified", report.files.reduce(0) { $0 + $1.verified.count })
    w.endObject()
    w.endObject()
    return w.string + "\n"
  }

  public func write(_ f: Finding, file: FileReport, report: CheckReport, to w: inout JSONWriter) {
    let start = file.lines.position(ofUTF8: f.span.lowerBound)
    let end = file.lines.position(ofUTF8: f.span.upperBound)
    w.beginObject()
    w.field("rule", f.ruleID)
    w.field("kind", f.kind.rawValue)
    w.field("severity", f.severity.rawValue)
    w.field("status", f.status.name)
    w.field("message", report.message(f, in: file))
    w.field("text", file.text(f.span))
    w.field("excerpt", file.excerpt(around: f.span))
    w.field("line", start.line)
    w.field("column", start.column)
    w.field("end_line", end.line)
    w.field("end_column", end.column)
    w.key("evidence")
    w.beginArray()
    for e in f.evidence {
      let p = file.lines.position(ofUTF8: e.fact.span.lowerBound)
      w.beginObject()
      w.field("name", e.name)
      w.field("type", e.fact.type.rawValue)
      w.field("text", file.text(e.fact.span))
      w.field("line", p.line)
      w.field("column", p.column)
      if let d = e.fact.date {
        w.field("value", d.description)
        w.field("low", e.fact.interval.low.isFinite ? CivilDate.iso(seconds: e.fact.interval.low, grain: d.grain) : nil)
        w.field("high", e.fact.interval.high.isFinite ? CivilDate.iso(seconds: e.fact.interval.high, grain: d.grain) : nil)
      } else {
        w.field("value", e.fact.value)
        w.field("low", e.fact.interval.low.isFinite ? e.fact.interval.low : nil)
        w.field("high", e.fact.interval.high.isFinite ? e.fact.interval.high : nil)
      }
      if let u = e.fact.unit { w.field("unit", u) }
      if let h = e.fact.hedge { w.field("hedge", h.rawValue) }
      w.endObject()
    }
    w.endArray()
    for (key, q) in [("computed", f.computed), ("claimed", f.claimed)] {
      w.key(key)
      guard let q else {
        w.null()
        continue
      }
      w.beginObject()
      w.field("low", q.interval.low.isFinite ? q.interval.low : nil)
      w.field("high", q.interval.high.isFinite ? q.interval.high : nil)
      w.field("low_inclusive", q.interval.lowInclusive)
      w.field("high_inclusive", q.interval.highInclusive)
      w.field("unit", q.unit.description)
      w.endObject()
    }
    if case .undetermined(let reason) = f.status { w.field("reason", reason) }
    w.field("explanation", f.explanation)
    w.endObject()
  }
}

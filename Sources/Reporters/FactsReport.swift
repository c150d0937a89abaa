import Facts
import TextModel

/// How `claimcheck facts` shows what it read: one JSON object per fact, or a table.
public struct FactsReport {
  public let analysis: Analysis
  public let displayPath: String
  public let lines: LineIndex

  public init(analysis: Analysis, displayPath: String) {
    self.analysis = analysis
    self.displayPath = displayPath
    self.lines = LineIndex(analysis.document.text)
  }

  public func text(of fact: Fact) -> String {
    let utf8 = analysis.document.text.utf8
    let a = utf8.index(utf8.startIndex, offsetBy: fact.span.lowerBound)
    let b = utf8.index(utf8.startIndex, offsetBy: fact.span.upperBound)
    return String(Substring(utf8[a..<b]))
  }

  /// The stated value: a number, or an ISO 8601 date for dates and times.
  public func value(of fact: Fact) -> String? {
    if let d = fact.date { return d.description }
    return fact.value.map(jsonNumber)
  }

  func bound(_ x: Double, fact: Fact) -> String? {
    guard x.isFinite else { return nil }
    if let d = fact.date { return CivilDate.iso(seconds: x, grain: d.grain) }
    return jsonNumber(x)
  }

  public func write(_ fact: Fact, to w: inout JSONWriter) {
    let start = lines.position(ofUTF8: fact.span.lowerBound)
    let end = lines.position(ofUTF8: fact.span.upperBound)
    w.beginObject()
    w.field("type", fact.type.rawValue)
    w.field("text", text(of: fact))
    w.field("start", start.offset)
    w.field("end", end.offset)
    w.field("line", start.line)
    w.field("column", start.column)
    let isDate = fact.date != nil
    if isDate {
      w.field("value", fact.date?.description)
      w.field("low", bound(fact.interval.low, fact: fact))
      w.field("high", bound(fact.interval.high, fact: fact))
    } else {
      w.field("value", fact.value)
      w.field("low", fact.interval.low.isFinite ? fact.interval.low : nil)
      w.field("high", fact.interval.high.isFinite ? fact.interval.high : nil)
    }
    w.field("low_inclusive", fact.interval.lowInclusive)
    w.field("high_inclusive", fact.interval.highInclusive)
    if let u = fact.unit { w.field("unit", u) }
    if let h = fact.hedge { w.field("hedge", h.rawValue) }
    if let p = fact.precision { w.field("precision", p) }
    if let s = fact.scale { w.field("scale", s) }
    if let c = fact.calendar { w.field("calendar", c) }
    if let h = fact.hijriDate { w.field("hijri", h.description) }
    if let wd = fact.weekday { w.field("weekday", wd) }
    if let items = fact.items {
      w.key("items")
      w.beginArray()
      for span in items {
        let p = lines.position(ofUTF8: span.lowerBound)
        let e = lines.position(ofUTF8: span.upperBound)
        w.beginObject()
        w.field("start", p.offset)
        w.field("end", e.offset)
        w.field("line", p.line)
        w.field("column", p.column)
        w.endObject()
      }
      w.endArray()
    }
    w.endObject()
  }

  /// `{"path" or "id", "language", "published", "updated", "facts": [...]}`.
  public func writeDocument(to w: inout JSONWriter, idKey: String) {
    w.beginObject()
    w.field(idKey, displayPath)
    w.field("language", analysis.language.rawValue)
    w.field("published", analysis.published?.description)
    w.field("updated", analysis.updated?.description)
    w.key("facts")
    w.beginArray()
    for f in analysis.facts { write(f, to: &w) }
    w.endArray()
    w.endObject()
  }

  /// A readable table: type, text, value, interval, line:col.
  public func table() -> String {
    var rows: [[String]] = [["TYPE", "TEXT", "VALUE", "INTERVAL", "UNIT", "HEDGE", "LINE:COL"]]
    for f in analysis.facts {
      let p = lines.position(ofUTF8: f.span.lowerBound)
      let interval: String
      if let d = f.date {
        let lo = bound(f.interval.low, fact: f) ?? "-∞"
        let hi = bound(f.interval.high, fact: f) ?? "∞"
        interval = "[\(lo), \(hi))"
        _ = d
      } else {
        interval = f.interval.description
      }
      var shown = text(of: f).split(whereSeparator: \.isNewline).joined(separator: " ⏎ ")
      if shown.count > 48 { shown = String(shown.prefix(47)) + "…" }
      rows.append([
        f.type.rawValue, "\u{2068}" + shown + "\u{2069}", value(of: f) ?? "", interval, f.unit ?? "",
        f.hedge?.rawValue ?? "", "\(p.line):\(p.column)",
      ])
    }
    var widths = [Int](repeating: 0, count: rows[0].count)
    for r in rows { for (c, cell) in r.enumerated() { widths[c] = max(widths[c], displayWidth(cell)) } }
    var out = "\(displayPath) (\(analysis.language.rawValue)"
    if let p = analysis.published { out += ", published \(p)" }
    if let u = analysis.updated { out += ", updated \(u)" }
    out += ")\n"
    for r in rows {
      var line = ""
      for (c, cell) in r.enumerated() {
        line += cell
        if c < r.count - 1 { line += String(repeating: " ", count: widths[c] - displayWidth(cell) + 2) }
      }
      out += line + "\n"
    }
    return out
  }
}

/// Columns a terminal gives a string: marks and bidi isolates take none.
func displayWidth(_ s: String) -> Int {
  var n = 0
  for u in s.unicodeScalars {
    switch u.value {
    case 0x064B...0x065F, 0x0670, 0x200B...0x200F, 0x2066...0x2069, 0x0300...0x036F: continue
    default: n += 1
    }
  }
  return n
}

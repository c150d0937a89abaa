import Rules

/// The batch audit as one self-contained HTML page: headline figures, SVG bar charts and a table
/// of the articles with findings. No scripts, fonts or links, so the file can be mailed or
/// archived and still open years later. The markup is also well-formed XML (closed elements,
/// quoted attributes, `/>` on void elements), so tests can check it with a strict parser.
public struct HTMLAuditReport: Sendable {
  public var title: String
  /// A timestamp shown under the title; left out when nil so renders stay reproducible.
  public var generated: String?
  /// Rules drawn in the rule chart; the rest are summed in a note.
  public var topRules = 30

  public init(title: String = "claimcheck audit", generated: String? = nil) {
    self.title = title
    self.generated = generated
  }

  public func render(_ s: AuditSummary) -> String {
    var out = "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\" />\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
    out += "<title>\(esc(title))</title>\n<style>\(Self.style)</style>\n</head>\n<body>\n"
    out += "<h1>\(esc(title))</h1>\n"
    if let generated { out += "<p class=\"meta\">Generated \(esc(generated))</p>\n" }
    if s.articles == 0 {
      out += "<p class=\"empty\">Nothing was audited: the input held no articles.</p>\n</body>\n</html>\n"
      return out
    }
    out += cards(s)
    out += "<section class=\"tables\">\n"
    out += table("By severity", "severity", Self.sorted(s.findingsBySeverity, by: Self.severityFirst))
    out += table("By language", "language", Self.sorted(s.articlesByLanguage), unit: "articles")
    out += table("Read errors", "reason", Self.sorted(s.errorsByReason), unit: "articles")
    out += "</section>\n"

    out += "<h2>Findings by kind</h2>\n"
    out += s.findingsByKind.isEmpty ? Self.none("No findings.") : bars("kind", Self.sorted(s.findingsByKind))
    out += "<h2>Findings by rule</h2>\n"
    let rules = Self.sorted(s.findingsByRule)
    out += rules.isEmpty ? Self.none("No findings.") : bars("rule", Array(rules.prefix(topRules)))
    if rules.count > topRules {
      let rest = rules.dropFirst(topRules)
      out += "<p class=\"note\">\(Figures.grouped(rest.count)) more rules with "
        + "\(Figures.grouped(rest.reduce(0) { $0 + $1.1 })) findings are not drawn.</p>\n"
    }
    out += "<h2>Findings by publication month</h2>\n"
    if s.findingsByMonth.isEmpty {
      out += Self.none(s.articlesByMonth.isEmpty ? "No dated articles." : "No findings in dated articles.")
    } else {
      out += months(s)
    }
    out += flagged(s)
    out += "</body>\n</html>\n"
    return out
  }

  // MARK: Figures

  private func cards(_ s: AuditSummary) -> String {
    var items: [(String, String)] = [
      (Figures.grouped(s.articles), "articles"),
      (Figures.tenths(Double(s.bytes) / 1_000_000), "MB of text"),
      (Figures.grouped(s.errors), "read errors"),
      (Figures.grouped(s.findings), "findings"),
      (Figures.grouped(s.articlesWithFindings), "articles with findings"),
      (Figures.grouped(s.verified), "verified relations"),
    ]
    // Timing is unknown (0) when an audit is summarised from an existing output file.
    if let mbps = s.megabytesPerSecond, let aps = s.articlesPerSecond {
      items += [(Figures.tenths(s.seconds), "seconds"), (Figures.tenths(mbps), "MB/s"), (Figures.tenths(aps), "articles/s")]
    }
    items.append((Figures.grouped(s.jobs), s.jobs == 1 ? "job" : "jobs"))
    var out = "<section class=\"cards\">\n"
    for (value, label) in items {
      out += "<div class=\"card\"><span class=\"value\">\(value)</span>"
        + "<span class=\"label\">\(esc(label))</span></div>\n"
    }
    return out + "</section>\n"
  }

  private func table(_ caption: String, _ key: String, _ rows: [(String, Int)], unit: String = "findings")
    -> String
  {
    guard !rows.isEmpty else { return "" }
    var out = "<table class=\"small\" data-table=\"\(key)\">\n<caption>\(esc(caption))</caption>\n"
    out += "<thead><tr><th>\(esc(key))</th><th class=\"num\">\(esc(unit))</th></tr></thead>\n<tbody>\n"
    for (name, n) in rows {
      out += "<tr><td dir=\"auto\">\(esc(name))</td><td class=\"num\">\(Figures.grouped(n))</td></tr>\n"
    }
    return out + "</tbody>\n</table>\n"
  }

  // MARK: Charts

  /// Horizontal bars, one row per key; the label column grows with the longest label (capped,
  /// long labels are cut and keep their full text in the tooltip).
  private func bars(_ chart: String, _ rows: [(String, Int)]) -> String {
    let row = 22.0
    let width = 720.0
    let labels = rows.map { $0.0.count > 40 ? String($0.0.prefix(39)) + "…" : $0.0 }
    let left = min(300, max(60, Double(labels.map(\.count).max() ?? 0) * 7 + 12))
    let room = width - left - 60
    let top = rows.map(\.1).max() ?? 1
    let height = Double(rows.count) * row + 8
    var out = svg(chart, width, height)
    for (i, (name, n)) in rows.enumerated() {
      let y = 4 + Double(i) * row
      let w = max(1, room * Double(n) / Double(max(top, 1)))
      out += "<text class=\"label\" x=\"\(Self.px(left - 8))\" y=\"\(Self.px(y + 15))\" text-anchor=\"end\">"
        + "\(esc(labels[i]))</text>\n"
      out += "<rect class=\"bar\" data-key=\"\(esc(name))\" data-count=\"\(n)\" x=\"\(Self.px(left))\" "
        + "y=\"\(Self.px(y + 3))\" width=\"\(Self.px(w))\" height=\"\(Self.px(row - 6))\">"
        + "<title>\(esc(name)): \(Figures.grouped(n)) \(n == 1 ? "finding" : "findings")</title></rect>\n"
      out += "<text class=\"value\" x=\"\(Self.px(left + w + 6))\" y=\"\(Self.px(y + 15))\">\(Figures.grouped(n))</text>\n"
    }
    return out + "</svg>\n"
  }

  /// Vertical bars per publication month, oldest first; bars narrow as months multiply and
  /// month labels thin out so they never overlap. Tooltips carry the article count and rate.
  private func months(_ s: AuditSummary) -> String {
    let keys = Self.monthRange(Set(s.findingsByMonth.keys).union(s.articlesByMonth.keys).sorted())
    let slot = max(10, min(48, 660 / Double(keys.count)))
    let (left, plot, base) = (36.0, 160.0, 180.0)
    let width = left + 28 + slot * Double(keys.count)
    let every = max(1, Int((56 / slot).rounded(.up)))
    let top = s.findingsByMonth.values.max() ?? 1
    var out = svg("month", width, base + 24)
    // The scale: the top of the tallest bar, and the baseline.
    for (y, label) in [(base - plot, Figures.grouped(top)), (base, "0")] {
      out += "<line class=\"axis\" x1=\"\(Self.px(left))\" y1=\"\(Self.px(y))\" x2=\"\(Self.px(width - 28))\" "
        + "y2=\"\(Self.px(y))\" /><text class=\"value\" x=\"\(Self.px(left - 4))\" y=\"\(Self.px(y + 4))\" "
        + "text-anchor=\"end\">\(label)</text>\n"
    }
    for (i, month) in keys.enumerated() {
      let n = s.findingsByMonth[month] ?? 0
      let articles = s.articlesByMonth[month] ?? 0
      let h = n == 0 ? 0 : max(1, plot * Double(n) / Double(max(top, 1)))
      let x = left + Double(i) * slot
      var tip = "\(month): no articles"
      if articles > 0 {
        tip = "\(month): \(Figures.grouped(n)) \(n == 1 ? "finding" : "findings") in \(Figures.grouped(articles)) "
          + (articles == 1 ? "article" : "articles")
          + " (\(Figures.tenths(Double(n) * 1000 / Double(articles))) per 1,000 articles)"
      }
      out += "<rect class=\"bar\" data-key=\"\(esc(month))\" data-count=\"\(n)\" data-articles=\"\(articles)\" "
        + "x=\"\(Self.px(x + slot * 0.15))\" y=\"\(Self.px(base - h))\" width=\"\(Self.px(slot * 0.7))\" "
        + "height=\"\(Self.px(h))\"><title>\(esc(tip))</title></rect>\n"
      if slot >= 28 && n > 0 {
        out += "<text class=\"value\" x=\"\(Self.px(x + slot / 2))\" y=\"\(Self.px(base - h - 6))\" "
          + "text-anchor=\"middle\">\(Figures.grouped(n))</text>\n"
      }
      // Counted from the last bar, so the latest month always has its label.
      if (keys.count - 1 - i) % every == 0 {
        out += "<text class=\"label\" x=\"\(Self.px(x + slot / 2))\" y=\"\(Self.px(base + 16))\" "
          + "text-anchor=\"middle\">\(esc(month))</text>\n"
      }
    }
    return out + "</svg>\n"
  }

  /// Every month from the first to the last, so a quiet stretch shows as one; a stray date
  /// decades off would draw hundreds of empty bars, so past ten years only known months are kept.
  static func monthRange(_ keys: [String]) -> [String] {
    guard let a = keys.first, let b = keys.last, let y0 = Int(a.prefix(4)), let m0 = Int(a.suffix(2)),
      let y1 = Int(b.prefix(4)), let m1 = Int(b.suffix(2))
    else { return keys }
    let span = (y1 - y0) * 12 + m1 - m0 + 1
    guard (1...120).contains(span) else { return keys }
    return (0..<span).map { i in
      let m = m0 - 1 + i
      return "\(y0 + m / 12)-" + (m % 12 < 9 ? "0" : "") + "\(m % 12 + 1)"
    }
  }

  private func svg(_ chart: String, _ width: Double, _ height: Double) -> String {
    "<svg class=\"chart\" data-chart=\"\(chart)\" role=\"img\" aria-label=\"findings by \(chart)\" "
      + "width=\"\(Self.px(width))\" height=\"\(Self.px(height))\" viewBox=\"0 0 \(Self.px(width)) \(Self.px(height))\">\n"
  }

  // MARK: Articles

  private func flagged(_ s: AuditSummary) -> String {
    guard !s.flagged.isEmpty else { return "" }
    var out = "<h2>Articles with findings</h2>\n<table class=\"flagged\">\n<thead><tr><th>Article</th>"
    out += "<th>Language</th><th>Published</th><th>Severity</th><th>Rule</th><th>Kind</th><th>Message</th>"
    out += "<th>Excerpt</th><th>Line:col</th></tr></thead>\n"
    for line in s.flagged {
      let text = Self.textAttributes(line.language)
      let span = "rowspan=\"\(line.findings.count)\""
      out += "<tbody class=\"article\" data-article=\"\(esc(line.id))\">\n"
      for (i, f) in line.findings.enumerated() {
        out += "<tr>"
        if i == 0 {
          out += "<td \(span) class=\"id\" dir=\"auto\">\(esc(line.id))</td>"
          out += "<td \(span)>\(esc(line.language ?? "–"))</td><td \(span)>\(esc(line.published ?? "–"))</td>"
        }
        out += "<td><span class=\"sev sev-\(esc(f.severity))\">\(esc(f.severity))</span></td>"
        out += "<td class=\"rule\" dir=\"auto\">\(esc(f.rule))</td><td dir=\"auto\">\(esc(f.kind))</td>"
        out += "<td class=\"message\" \(text)>\(esc(f.message))"
        if let explanation = f.explanation, !explanation.isEmpty {
          out += "<details dir=\"ltr\" lang=\"en\"><summary>arithmetic</summary><pre>\(esc(explanation))</pre></details>"
        }
        out += "</td><td class=\"excerpt\" \(text)>\(Self.highlight(f.text, in: f.excerpt ?? f.text))</td>"
        out += "<td class=\"num\">\(f.line):\(f.column)</td></tr>\n"
      }
      out += "</tbody>\n"
    }
    out += "</table>\n"
    if s.flaggedOmitted > 0 {
      out += "<p class=\"note omitted\">\(Figures.grouped(s.flaggedOmitted)) more "
        + "\(s.flaggedOmitted == 1 ? "article" : "articles") with findings "
        + "\(s.flaggedOmitted == 1 ? "is" : "are") left out of this table "
        + "(limit \(Figures.grouped(s.flaggedLimit))).</p>\n"
    }
    return out
  }

  /// Arabic (and the other right-to-left scripts) lays out right to left; unknown languages let
  /// the browser decide from the first strong character.
  static func textAttributes(_ language: String?) -> String {
    guard let language, let primary = language.split(separator: "-").first?.lowercased() else {
      return "dir=\"auto\""
    }
    let dir = ["ar", "fa", "he", "ur"].contains(primary) ? "rtl" : primary == "en" ? "ltr" : "auto"
    return "dir=\"\(dir)\" lang=\"\(esc(language))\""
  }

  /// The excerpt with the first occurrence of the claim in `<mark>`, all of it escaped.
  static func highlight(_ claim: String, in excerpt: String) -> String {
    guard !claim.isEmpty, let r = excerpt.firstRange(of: claim) else { return esc(excerpt) }
    return esc(String(excerpt[..<r.lowerBound])) + "<mark>\(esc(String(excerpt[r])))</mark>"
      + esc(String(excerpt[r.upperBound...]))
  }

  // MARK: Formatting

  /// Count descending, then key, so equal counts still render in a fixed order.
  static func sorted(
    _ d: [String: Int], by first: (String, String) -> Bool? = { _, _ in nil }
  ) -> [(String, Int)] {
    d.sorted { a, b in
      if let f = first(a.key, b.key) { return f }
      return a.value != b.value ? a.value > b.value : a.key < b.key
    }.map { ($0.key, $0.value) }
  }

  /// Known severities by rank (error first), before any the rules do not define.
  static func severityFirst(_ a: String, _ b: String) -> Bool? {
    let ra = Rule.Severity(rawValue: a)
    let rb = Rule.Severity(rawValue: b)
    if ra == rb { return nil }
    guard let ra else { return false }
    guard let rb else { return true }
    return ra > rb
  }

  static func none(_ text: String) -> String { "<p class=\"none\">\(esc(text))</p>\n" }

  /// SVG coordinates with one decimal, so output never depends on float printing.
  static func px(_ x: Double) -> String {
    let t = Int((x * 10).rounded())
    return t % 10 == 0 ? String(t / 10) : String(Double(t) / 10)
  }

  static let style = """
    :root{--fg:#1d2127;--muted:#5f6b7a;--bg:#fff;--panel:#f5f7fa;--line:#dde2e8;--accent:#3867d6;\
    --mark:#ffe27a;--err:#c0392b;--warn:#b7791f;--note:#2f7d5b;color-scheme:light dark}
    @media (prefers-color-scheme: dark){:root{--fg:#e4e8ee;--muted:#9aa5b4;--bg:#15181d;--panel:#1e232a;\
    --line:#2e353f;--accent:#6c95f0;--mark:#806a12}}
    body{margin:0 auto;max-width:1200px;padding:24px;background:var(--bg);color:var(--fg);\
    font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif}
    h1{margin:0 0 4px}h2{margin:32px 0 8px;font-size:1.2em}.meta,.note,.none,.empty{color:var(--muted)}
    .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:12px;margin:20px 0}
    .card{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:12px 14px}
    .card .value{display:block;font-size:1.6em;font-weight:600}.card .label{color:var(--muted)}
    .tables{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
    table{border-collapse:collapse}caption{text-align:start;font-weight:600;padding:4px 0}
    th,td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:start;vertical-align:top}
    th{background:var(--panel)}.num{text-align:end;font-variant-numeric:tabular-nums}
    table.small tbody tr:nth-child(even),.flagged tbody:nth-of-type(even){background:var(--panel)}
    .flagged{width:100%;font-size:.93em}.flagged .id{word-break:break-all;max-width:16em}
    .chart{display:block;max-width:100%;height:auto}.chart .bar{fill:var(--accent)}
    .chart .bar:hover{opacity:.75}.chart text{fill:var(--fg);font-size:12px}.chart .value{fill:var(--muted)}
    .chart .axis{stroke:var(--line)}mark{background:var(--mark);color:inherit;padding:0 2px}
    .sev{font-size:.85em;font-weight:600;padding:1px 6px;border-radius:4px;border:1px solid currentColor}
    .sev-error{color:var(--err)}.sev-warning{color:var(--warn)}.sev-note{color:var(--note)}
    details{margin-top:6px}summary{cursor:pointer;color:var(--muted)}
    pre{margin:4px 0 0;padding:6px 8px;background:var(--panel);border-radius:4px;white-space:pre-wrap;\
    font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
    """
}

private func esc(_ s: String) -> String { Escaping.xml(s) }

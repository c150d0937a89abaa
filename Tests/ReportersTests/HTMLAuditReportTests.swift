import Foundation
import Testing

@testable import Reporters

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct HTMLAuditReportTests {
  // MARK: Fixtures

  static func finding(
    _ rule: String, _ kind: String, _ severity: String = "error", message: String, text: String,
    excerpt: String? = nil, explanation: String? = nil, at line: Int = 1, _ column: Int = 1
  ) -> AuditFinding {
    AuditFinding(
      rule: rule, kind: kind, severity: severity, message: message, text: text, line: line, column: column,
      excerpt: excerpt, explanation: explanation)
  }

  static let escapedMessage = #"Total <b>&"quoted"</b> 'x'"#

  /// Arabic and English articles, months added out of order, one unreadable file and one
  /// article without findings.
  static let lines: [AuditLine] = [
    AuditLine(
      id: "en-1", language: "en", published: "2025-07-14",
      findings: [
        finding(
          "parts-sum", "sum", message: "Parts add up to 410, not 450", text: "450",
          excerpt: "The 450 staff include 200 nurses and 210 doctors.", explanation: "200 + 210 = 410 ≠ 450",
          at: 3, 5)
      ], verified: 2, error: nil, bytes: 1_200_000),
    AuditLine(
      id: "ar-1", language: "ar", published: "2025-05-02T06:00:00Z",
      findings: [
        finding(
          "percent-change", "percent", "warning", message: "نسبة التغير المذكورة لا تطابق الأرقام",
          text: "٢٥٪", excerpt: "ارتفع عدد الزوار بنسبة ٢٥٪ من ٤٠٠ إلى ٤٤٠ زائراً.",
          explanation: "(440 − 400) / 400 = 10% ≠ 25%", at: 2, 14),
        finding(
          "parts-sum", "sum", message: "مجموع الأجزاء لا يساوي الكل", text: "٤٥٠ ألف",
          excerpt: "بلغ عدد السكان ٤٥٠ ألف نسمة، منهم ٢٠٠ ألف رجل و٢٠٠ ألف امرأة.", at: 4, 16),
      ], verified: 1, error: nil, bytes: 900_000),
    AuditLine(
      id: "en-2 <&>", language: "en", published: "2024-12-30",
      findings: [finding("parts-sum", "sum", message: escapedMessage, text: "R&D <1>", excerpt: "R&D <1> budget")],
      verified: 0, error: nil, bytes: 150_000),
    AuditLine(
      id: "en-3", language: "en", published: "2025-07-01", findings: [], verified: 3, error: nil, bytes: 90_000),
    AuditLine(
      id: "bad.bin", language: nil, published: nil, findings: [], verified: 0, error: "binary file: NUL byte at 40",
      bytes: 0),
    AuditLine(
      id: "ar-2", language: "ar", published: nil,
      findings: [finding("date-order", "date", "note", message: "التاريخ قبل الحدث", text: "٢٠١٩", excerpt: nil)],
      verified: 0, error: nil, bytes: 20_000),
  ]

  static func summary(_ lines: [AuditLine] = lines, limit: Int = 2000) -> AuditSummary {
    var s = AuditSummary(flaggedLimit: limit)
    for line in lines { s.add(line) }
    s.seconds = 2
    s.jobs = 4
    return s
  }

  /// Summaries each test checks for well-formedness and self-containment.
  enum Case: String, CaseIterable, Sendable {
    case sample, empty, limited, noFindings, oneMonth, sixtyMonths, manyRules

    var summary: AuditSummary {
      switch self {
      case .sample: HTMLAuditReportTests.summary()
      case .empty: AuditSummary()
      case .limited: HTMLAuditReportTests.summary(limit: 1)
      case .noFindings: HTMLAuditReportTests.summary(HTMLAuditReportTests.lines.filter { $0.findings.isEmpty })
      case .oneMonth: HTMLAuditReportTests.summary([HTMLAuditReportTests.lines[0]])
      case .sixtyMonths: HTMLAuditReportTests.months(60)
      case .manyRules: HTMLAuditReportTests.rules(35)
      }
    }
  }

  /// One article per month from 2020-01, added newest first, with (i + 1) % 4 findings.
  static func months(_ n: Int) -> AuditSummary {
    var s = AuditSummary()
    for i in (0..<n).reversed() {
      let month = "\(2020 + i / 12)-" + (i % 12 + 1 < 10 ? "0" : "") + "\(i % 12 + 1)-15"
      let findings = (0..<((i + 1) % 4)).map { _ in finding("r", "sum", message: "m", text: "t") }
      s.add(AuditLine(id: "a\(i)", language: "en", published: month, findings: findings, verified: 0, error: nil, bytes: 10))
    }
    return s
  }

  /// Rule `rule-i` has i + 1 findings.
  static func rules(_ n: Int) -> AuditSummary {
    var s = AuditSummary()
    for i in 0..<n {
      let findings = (0...i).map { _ in finding("rule-\(i)", "sum", message: "m", text: "t") }
      s.add(AuditLine(id: "a\(i)", language: "en", published: nil, findings: findings, verified: 0, error: nil, bytes: 10))
    }
    return s
  }

  static func page(_ s: AuditSummary = summary()) -> String { HTMLAuditReport().render(s) }

  // MARK: Structure

  @Test(arguments: Case.allCases)
  func wellFormedAndSelfContained(_ c: Case) throws {
    let html = Self.page(c.summary)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"))
    let root = try #require(XMLTree.parse(html))
    #expect(root.name == "html")
    #expect(root.all("head").count == 1 && root.all("body").count == 1)
    let lower = html.lowercased()
    for banned in ["<script", "src=", "href=", "url(", "@import", "<link", "<img", "<iframe", "<object"] {
      #expect(!lower.contains(banned), "\(c): \(banned)")
    }
    // No inline event handlers (onclick=…) either.
    #expect(root.all().allSatisfy { $0.attributes.keys.allSatisfy { !$0.hasPrefix("on") } })
    // Self-closing tags are only safe in HTML on void and SVG elements; `<td/>` would stay open.
    let selfClosed = Set(html.matches(of: /<([a-z]+)[^<>]*\/>/).map { String($0.output.1) })
    #expect(selfClosed.isSubset(of: ["meta", "rect", "line"]), "\(selfClosed)")
    #expect(Self.page(c.summary) == html, "render is deterministic")
  }

  /// Every bar and label lies inside its chart's box, however many bars there are.
  @Test(arguments: Case.allCases)
  func chartsFitTheirBox(_ c: Case) throws {
    let root = try #require(XMLTree.parse(Self.page(c.summary)))
    for svg in root.all("svg") {
      let (w, h) = (Double(svg.attributes["width"]!)!, Double(svg.attributes["height"]!)!)
      #expect(svg.attributes["viewBox"] == "0 0 \(svg.attributes["width"]!) \(svg.attributes["height"]!)")
      for rect in svg.all("rect") {
        let v = ["x", "y", "width", "height"].map { Double(rect.attributes[$0]!)! }
        #expect(v[0] >= 0 && v[1] >= 0 && v[0] + v[2] <= w && v[1] + v[3] <= h, "\(c): \(v)")
      }
      for text in svg.all("text") {
        let (x, y) = (Double(text.attributes["x"]!)!, Double(text.attributes["y"]!)!)
        #expect(x >= 0 && x <= w - 8 && y >= 8 && y <= h, "\(c): \(text.text) at \(x), \(y)")
      }
    }
  }

  @Test func parserRejectsBrokenMarkup() {
    for broken in ["<html><p>x</html>", "<html><p><b>x</p></b></html>", "<html>a & b</html>", "<html><br></html>"] {
      #expect(XMLTree.parse(broken) == nil, "\(broken)")
    }
  }

  @Test func emptySummarySaysNothingWasAudited() throws {
    let root = try #require(XMLTree.parse(HTMLAuditReport(title: "Nightly", generated: "2025-08-01 06:00").render(AuditSummary())))
    #expect(root.first("title")?.text == "Nightly")
    #expect(root.first("h1")?.text == "Nightly")
    #expect(root.text.contains("Generated 2025-08-01 06:00"))
    #expect(root.text.contains("Nothing was audited"))
    #expect(root.all("svg").isEmpty && root.all("table").isEmpty)
  }

  // MARK: Figures

  @Test func headlineFigures() throws {
    let root = try #require(XMLTree.parse(Self.page()))
    let cards = Dictionary(
      uniqueKeysWithValues: root.all("div", class: "card").map {
        ($0.first("span", class: "label")!.text, $0.first("span", class: "value")!.text)
      })
    #expect(
      cards == [
        "articles": "6", "MB of text": "2.4", "read errors": "1", "findings": "5", "articles with findings": "4",
        "verified relations": "6", "seconds": "2.0", "MB/s": "1.2", "articles/s": "3.0", "jobs": "4",
      ])
    #expect(rows(root, "reason") == [["binary file", "1"]])
    #expect(rows(root, "language") == [["en", "3"], ["ar", "2"]])
    #expect(rows(root, "severity") == [["error", "3"], ["warning", "1"], ["note", "1"]])
  }

  @Test func timingIsLeftOutWhenUnknown() throws {
    var s = Self.summary()
    s.seconds = 0
    let labels = try #require(XMLTree.parse(Self.page(s))).all("span", class: "label").map(\.text)
    #expect(!labels.contains("MB/s") && !labels.contains("seconds") && labels.contains("jobs"))
  }

  func rows(_ root: XMLTree, _ table: String) -> [[String]] {
    root.all("table").first { $0.attributes["data-table"] == table }?.first("tbody")?.all("tr")
      .map { $0.all("td").map(\.text) } ?? []
  }

  @Test(arguments: [
    (0, "0"), (7, "7"), (999, "999"), (1000, "1,000"), (1_234_567, "1,234,567"), (-45_000, "-45,000"),
  ])
  func counts(_ n: Int, _ expected: String) {
    #expect(Figures.grouped(n) == expected)
  }

  @Test(arguments: [(0.0, "0.0"), (2.44, "2.4"), (2.46, "2.5"), (1234.56, "1,234.6"), (-0.25, "-0.3")])
  func tenths(_ x: Double, _ expected: String) {
    #expect(Figures.tenths(x) == expected)
  }

  // MARK: Charts

  func chart(_ root: XMLTree, _ name: String) -> XMLTree? {
    root.all("svg").first { $0.attributes["data-chart"] == name }
  }

  func bars(_ svg: XMLTree?) -> [(key: String, count: Int, title: String)] {
    (svg?.all("rect") ?? []).map {
      ($0.attributes["data-key"] ?? "", Int($0.attributes["data-count"] ?? "") ?? -1, $0.first("title")?.text ?? "")
    }
  }

  @Test func kindAndRuleBarsMatchCounts() throws {
    let s = Self.summary()
    let root = try #require(XMLTree.parse(Self.page(s)))
    let kinds = bars(chart(root, "kind"))
    #expect(kinds.map(\.key) == ["sum", "date", "percent"])  // count descending, then name
    #expect(Dictionary(uniqueKeysWithValues: kinds.map { ($0.key, $0.count) }) == s.findingsByKind)
    #expect(kinds.map(\.title) == ["sum: 3 findings", "date: 1 finding", "percent: 1 finding"])
    let labels = try #require(chart(root, "kind")).all("text").map(\.text)
    #expect(labels.contains("sum") && labels.contains("3"))
    let rules = bars(chart(root, "rule"))
    #expect(rules.map(\.key) == ["parts-sum", "date-order", "percent-change"])
    #expect(rules.map(\.count) == [3, 1, 1])
    // Longer bars for bigger counts.
    let widths = try #require(chart(root, "rule")).all("rect").map { Double($0.attributes["width"]!)! }
    #expect(widths[0] > widths[1] && widths[1] == widths[2])
  }

  @Test func ruleChartKeepsTopThirty() throws {
    let root = try #require(XMLTree.parse(Self.page(Self.rules(35))))
    let rules = bars(chart(root, "rule"))
    #expect(rules.count == 30)
    #expect(rules.first?.key == "rule-34" && rules.first?.count == 35 && rules.last?.key == "rule-5")
    // rule-0 … rule-4 are left out, with 1 + 2 + 3 + 4 + 5 findings.
    #expect(root.all("p", class: "note").map(\.text).contains("5 more rules with 15 findings are not drawn."))
  }

  @Test func monthsInChronologicalOrderWithArticleCounts() throws {
    let root = try #require(XMLTree.parse(Self.page()))
    let months = bars(chart(root, "month"))
    // Added July, May, December; drawn December to July with the quiet months in between.
    #expect(
      months.map(\.key) == ["2024-12", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07"])
    #expect(months.map(\.count) == [1, 0, 0, 0, 0, 2, 0, 1])
    #expect(
      chart(root, "month")?.all("rect").map { $0.attributes["data-articles"] }
        == ["1", "0", "0", "0", "0", "1", "0", "2"])
    // Heights follow the counts, and the tallest bar reaches the scale line labelled with its count.
    let svg = try #require(chart(root, "month"))
    let heights = svg.all("rect").map { Double($0.attributes["height"]!)! }
    #expect(heights[5] == 2 * heights[0] && heights[0] == heights[7] && heights[1] == 0)
    let scale = try #require(svg.first("line"))
    #expect(svg.all("rect")[5].attributes["y"] == scale.attributes["y1"])
    #expect(svg.all("text", class: "value").first?.text == "2")
    #expect(months[1].title == "2025-01: no articles")
    #expect(months[5].title == "2025-05: 2 findings in 1 article (2,000.0 per 1,000 articles)")
    #expect(months[7].title == "2025-07: 1 finding in 2 articles (500.0 per 1,000 articles)")
  }

  @Test(arguments: [
    ([], []),
    (["2025-07"], ["2025-07"]),
    (["2024-11", "2025-02"], ["2024-11", "2024-12", "2025-01", "2025-02"]),
    (["2016-01", "2025-12"], (2016...2025).flatMap { y in (1...12).map { "\(y)-" + ($0 < 10 ? "0" : "") + "\($0)" } }),
    (["1970-01", "2025-07"], ["1970-01", "2025-07"]),  // a stray date does not draw 667 empty bars
  ] as [([String], [String])])
  func monthRange(_ keys: [String], _ expected: [String]) {
    #expect(HTMLAuditReport.monthRange(keys) == expected)
  }

  /// One bar or sixty, the chart stays within a screen's width and its month labels never touch.
  @Test(arguments: [(1, 1), (12, 12), (60, 12)])
  func monthChartSizesItself(_ n: Int, _ maxLabels: Int) throws {
    let root = try #require(XMLTree.parse(Self.page(Self.months(n))))
    let svg = try #require(chart(root, "month"))
    let width = try #require(Double(svg.attributes["width"] ?? ""))
    #expect(width >= 60 && width <= 760)
    #expect(svg.all("rect").count == n)
    let labels = svg.all("text", class: "label")
    #expect(labels.count >= 1 && labels.count <= maxLabels)
    // The latest month always has its label.
    let last = (year: 2020 + (n - 1) / 12, month: (n - 1) % 12 + 1)
    #expect(labels.last?.text == "\(last.year)-" + (last.month < 10 ? "0" : "") + "\(last.month)")
    let xs = labels.map { Double($0.attributes["x"]!)! }
    #expect(zip(xs, xs.dropFirst()).allSatisfy { $1 - $0 >= 50 })
  }

  @Test func chartsWithoutDataSaySo() throws {
    let root = try #require(XMLTree.parse(Self.page(Case.noFindings.summary)))
    #expect(root.all("svg").isEmpty)
    let notes = root.all("p", class: "none").map(\.text)
    #expect(notes == ["No findings.", "No findings.", "No findings in dated articles."])
    let undated = try #require(XMLTree.parse(Self.page(Self.summary([Self.lines[5]]))))
    #expect(undated.all("p", class: "none").map(\.text) == ["No dated articles."])
  }

  // MARK: Articles table

  func articles(_ root: XMLTree) -> [XMLTree] { root.all("tbody", class: "article") }

  @Test func oneRowGroupPerFlaggedArticle() throws {
    let s = Self.summary()
    let groups = articles(try #require(XMLTree.parse(Self.page(s))))
    #expect(groups.map { $0.attributes["data-article"] } == s.flagged.map(\.id))
    #expect(groups.map { $0.all("tr").count } == s.flagged.map(\.findings.count))
    let first = groups[0].all("td")
    #expect(first[0].text == "en-1" && first[0].attributes["dir"] == "auto" && first[2].text == "2025-07-14")
    #expect(groups[0].first("td", class: "message")?.content.first?.text == "Parts add up to 410, not 450")
    #expect(groups[0].first("span", class: "sev sev-error")?.text == "error")
    #expect(groups[0].first("td", class: "rule")?.text == "parts-sum")
    #expect(first.last?.text == "3:5")
    #expect(groups[0].first("details")?.first("pre")?.text == "200 + 210 = 410 ≠ 450")
    #expect(groups[0].first("summary")?.text == "arithmetic")
    #expect(groups[3].first("details") == nil)  // no explanation, no block
  }

  /// The claim is marked where it occurs in the excerpt; with no excerpt the claim stands alone.
  @Test(arguments: [
    (0, 0, "The ", "450", " staff include 200 nurses and 210 doctors."),
    (1, 1, "بلغ عدد السكان ", "٤٥٠ ألف", " نسمة، منهم ٢٠٠ ألف رجل و٢٠٠ ألف امرأة."),
    (2, 0, "", "R&D <1>", " budget"),
    (3, 0, "", "٢٠١٩", ""),
  ])
  func claimIsMarked(_ article: Int, _ row: Int, _ before: String, _ claim: String, _ after: String) throws {
    let tr = articles(try #require(XMLTree.parse(Self.page())))[article].all("tr")[row]
    let excerpt = try #require(tr.first("td", class: "excerpt"))
    #expect(excerpt.all("mark").map(\.text) == [claim])
    #expect(excerpt.text == before + claim + after)
  }

  @Test func claimNotInExcerptIsNotMarked() {
    #expect(HTMLAuditReport.highlight("99", in: "a < b") == "a &lt; b")
    #expect(HTMLAuditReport.highlight("", in: "x") == "x")
  }

  @Test(arguments: [(0, "ltr", "en"), (1, "rtl", "ar"), (3, "rtl", "ar")])
  func textCellsFollowTheArticleLanguage(_ article: Int, _ dir: String, _ lang: String) throws {
    let group = articles(try #require(XMLTree.parse(Self.page())))[article]
    let cells = group.all("td", class: "message") + group.all("td", class: "excerpt")
    #expect(!cells.isEmpty)
    for cell in cells {
      #expect(cell.attributes["dir"] == dir && cell.attributes["lang"] == lang)
    }
    // The arithmetic stays left to right inside an Arabic cell.
    for details in group.all("details") { #expect(details.attributes["dir"] == "ltr") }
  }

  @Test(arguments: [
    ("ar", #"dir="rtl" lang="ar""#), ("ar-EG", #"dir="rtl" lang="ar-EG""#), ("en", #"dir="ltr" lang="en""#),
    ("fr", #"dir="auto" lang="fr""#), (nil, #"dir="auto""#),
  ] as [(String?, String)])
  func directionAttributes(_ language: String?, _ expected: String) {
    #expect(HTMLAuditReport.textAttributes(language) == expected)
  }

  @Test func specialCharactersAreEscaped() throws {
    let html = Self.page()
    #expect(html.contains("Total &lt;b&gt;&amp;&quot;quoted&quot;&lt;/b&gt; &apos;x&apos;"))
    #expect(html.contains(#"data-article="en-2 &lt;&amp;&gt;""#))
    #expect(!html.contains("<b>"))
    let group = articles(try #require(XMLTree.parse(html)))[2]
    #expect(group.attributes["data-article"] == "en-2 <&>")
    #expect(group.first("td", class: "message")?.text == Self.escapedMessage)
    #expect(group.all("b").isEmpty)
  }

  @Test func omittedArticlesAreCounted() throws {
    let root = try #require(XMLTree.parse(Self.page(Self.summary(limit: 1))))
    #expect(articles(root).count == 1)
    #expect(
      root.first("p", class: "note omitted")?.text
        == "3 more articles with findings are left out of this table (limit 1).")
    let full = try #require(XMLTree.parse(Self.page()))
    #expect(full.first("p", class: "note omitted") == nil)
  }

  /// Writes a sample page when CLAIMCHECK_HTML_SAMPLE names a file, for a look in a browser.
  @Test func writeSample() throws {
    guard let path = ProcessInfo.processInfo.environment["CLAIMCHECK_HTML_SAMPLE"] else { return }
    var s = Self.months(30)
    for line in Self.lines { s.add(line) }
    for (i, extra) in Self.rules(8).flagged.enumerated() where i % 2 == 0 { s.add(extra) }
    s.seconds = 3.7
    s.jobs = 8
    let html = HTMLAuditReport(generated: "2025-08-01 06:00 UTC").render(s)
    try html.write(toFile: path, atomically: true, encoding: .utf8)
  }
}

/// A parsed element: strict XML via Foundation's XMLParser (libxml2), which rejects unclosed or
/// misnested elements, unquoted attributes and bare `&`, just what a browser would silently fix.
final class XMLTree {
  enum Content {
    case element(XMLTree)
    case text(String)

    var text: String {
      switch self {
      case .element(let e): e.text
      case .text(let s): s
      }
    }
  }

  let name: String
  let attributes: [String: String]
  var content: [Content] = []

  init(_ name: String, _ attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
  }

  /// All text inside, in document order.
  var text: String { content.map(\.text).joined() }

  var children: [XMLTree] {
    content.compactMap {
      if case .element(let e) = $0 { return e }
      return nil
    }
  }

  /// This element and its descendants in document order, optionally by name and exact class.
  func all(_ name: String? = nil, class cls: String? = nil) -> [XMLTree] {
    var out: [XMLTree] = []
    if name == nil || self.name == name, cls == nil || attributes["class"] == cls { out.append(self) }
    for c in children { out += c.all(name, class: cls) }
    return out
  }

  func first(_ name: String, class cls: String? = nil) -> XMLTree? { all(name, class: cls).first }

  /// The root element, or nil when the markup is not well-formed.
  static func parse(_ markup: String) -> XMLTree? {
    let parser = XMLParser(data: Data(markup.utf8))
    let builder = Builder()
    parser.delegate = builder
    // parse() can report success on a premature end of the document; parserError does not.
    guard parser.parse(), parser.parserError == nil, builder.stack.isEmpty else { return nil }
    return builder.root
  }

  final class Builder: NSObject, XMLParserDelegate {
    var stack: [XMLTree] = []
    var root: XMLTree?

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
      let e = XMLTree(elementName, attributeDict)
      if let parent = stack.last { parent.content.append(.element(e)) } else { root = e }
      stack.append(e)
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
      stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      guard let parent = stack.last else { return }
      // The parser may split one run of text around entities; keep it as one text node.
      if case .text(let s) = parent.content.last {
        parent.content[parent.content.count - 1] = .text(s + string)
      } else {
        parent.content.append(.text(string))
      }
    }
  }
}

import Facts
import Reporters
import Testing
import TextModel

@Suite struct ExcerptTests {
  /// A document whose markup is described by edits, as the HTML reader describes it.
  static func report(_ text: String, markup: [(String, String)]) -> FileReport {
    var edits: [TextEdit] = []
    let bytes = Array(text.utf8)
    var from = 0
    for (raw, replacement) in markup {
      let needle = Array(raw.utf8)
      var i = from
      while i + needle.count <= bytes.count, Array(bytes[i..<(i + needle.count)]) != needle { i += 1 }
      edits.append(TextEdit(range: i..<(i + needle.count), replacement: replacement))
      from = i + needle.count
    }
    let document = Document(id: "a.html", format: .html, text: text, edits: edits)
    return FileReport(path: "a.html", analysis: FactExtractor().analyze(document), outcomes: [])
  }

  static func span(_ needle: String, in text: String) -> Range<Int> {
    let b = Array(text.utf8)
    let n = Array(needle.utf8)
    let i = (0...(b.count - n.count)).first { Array(b[$0..<($0 + n.count)]) == n }!
    return i..<(i + n.count)
  }

  @Test func markupIsReadAsTheEditsSay() {
    let text = "<p>Sales <b>rose</b> 48% &amp; more</p>\n<p>Next</p>"
    let file = Self.report(text, markup: [("<p>", ""), ("<b>", ""), ("</b>", ""), ("&amp;", "&"), ("</p>", "\n")])
    #expect(file.excerpt(around: Self.span("48%", in: text)) == "Sales rose 48% & more")
  }

  @Test func aLongLineIsCutAtSpaces() {
    let words = (1...120).map { "w\($0)" }.joined(separator: " <i>x</i> ")
    let text = "<p>" + words + " 48% " + words + "</p>"
    var markup: [(String, String)] = [("<p>", "")]
    for _ in 0..<238 { markup += [("<i>", ""), ("</i>", "")] }
    let file = Self.report(text, markup: markup)
    let excerpt = file.excerpt(around: Self.span(" 48% ", in: text))
    #expect(excerpt.hasPrefix("…") && excerpt.hasSuffix("…"))
    #expect(excerpt.contains("48%"))
    #expect(!excerpt.contains("<") && !excerpt.contains(">"))
    #expect(!excerpt.contains("  "))
  }

  @Test func plainTextKeepsTheLineCut() {
    let text = "First line.\nSales rose 48% to 73,000.\nLast line."
    let document = Document(id: "a.txt", text: text)
    let file = FileReport(path: "a.txt", analysis: FactExtractor().analyze(document), outcomes: [])
    #expect(file.excerpt(around: Self.span("48%", in: text)) == "Sales rose 48% to 73,000.")
  }
}

import Inputs
import Testing
import TextModel

struct MarkdownCase: Sendable, CustomTestStringConvertible {
  var label: String
  var source: String
  /// The normalised text, written unfolded (it is folded before comparing).
  var reads: String
  var testDescription: String { label }
}

let markdownCases: [MarkdownCase] = [
  MarkdownCase(
    label: "link target hidden",
    source: "See [the report](https://example.org/2019/report-77 \"Report 5\") for 15 cases.",
    reads: "See the report for 15 cases."),
  MarkdownCase(
    label: "image URL hidden", source: "![chart of 2020](img/fig-3.png) shows 40%.",
    reads: "chart of 2020 shows 40%."),
  MarkdownCase(
    label: "link inside emphasis", source: "**[Budget 2024](http://x.org/a(1))** was 3 pages",
    reads: "Budget 2024 was 3 pages"),
  MarkdownCase(
    label: "image inside link", source: "[![logo 8](l.png)](http://x.org/9) and 10",
    reads: "logo 8 and 10"),
  MarkdownCase(
    label: "reference link", source: "[the data][src1] say 9\n\n[src1]: http://x.org/55 \"66\"",
    reads: "the data say 9\n\n"),
  MarkdownCase(
    label: "label and colon that is not a definition",
    source: "[Reuters]: the agency said 12\n[r2]: <http://x.org/13> 'title 14'",
    reads: "[Reuters]: the agency said 12\n"),
  MarkdownCase(
    label: "markup cannot leave a link's text",
    source: "[a <!-- b](u) c --> 5 [x [y](z]) w](v) 6",
    reads: "a <!-- b c --> 5 [x y w](v) 6"),
  MarkdownCase(
    label: "inline code backticks", source: "Run `make 8` and ``a ` b`` now",
    reads: "Run make 8 and a ` b now"),
  MarkdownCase(
    label: "heading marks", source: "## Results for 2022 ##\nText 3\n# \n####### seven",
    reads: "Results for 2022\nText 3\n \n####### seven"),
  MarkdownCase(
    label: "emphasis runs",
    source: "**Revenue** rose _sharply_ to *3.5* billion; 2*3, 4 * 5 and snake_case stay",
    reads: "Revenue rose sharply to 3.5 billion; 2*3, 4 * 5 and snake_case stay"),
  MarkdownCase(
    label: "strikethrough and tilde", source: "~~old 5~~ new ~6", reads: "old 5 new ~6"),
  MarkdownCase(
    label: "Arabic emphasis", source: "**ارتفع** سعر النفط إلى _80_ دولارا",
    reads: "ارتفع سعر النفط إلى 80 دولارا"),
  MarkdownCase(
    label: "comment on one line", source: "Deaths: 30 <!-- claimcheck:ignore 31 --> today",
    reads: "Deaths: 30  today"),
  MarkdownCase(
    label: "comment over lines", source: "a 1\n<!-- note\n99 hidden\n-->\nb 2",
    reads: "a 1\n\nb 2"),
  MarkdownCase(
    label: "comment ends mid-line", source: "x <!-- 1\n2 --> y *3*\nz", reads: "x  y 3\nz"),
  MarkdownCase(
    label: "fenced code", source: "Before 5\n```swift\nlet x = 42\n```\nAfter 6",
    reads: "Before 5\n\n\n\nAfter 6"),
  MarkdownCase(
    label: "tilde fence never closed", source: "Top 1\n~~~\n77\n88", reads: "Top 1\n\n\n\n"),
  MarkdownCase(
    label: "bullets", source: "* one 1\n+ two 2\n- three 3\n  * nested 4",
    reads: "- one 1\n- two 2\n- three 3\n  - nested 4"),
  MarkdownCase(
    label: "blockquote", source: "> 50 people\n> > said so", reads: "50 people\nsaid so"),
  MarkdownCase(
    label: "entities", source: "5 &amp; 6 &#1633; &unknown; AT&T",
    reads: "5 & 6 ١ &unknown; AT&T"),
  MarkdownCase(
    label: "footnotes", source: "Growth was 7%[^2].\n\n[^2]: Source note from 2021.",
    reads: "Growth was 7%.\n\nSource note from 2021."),
  MarkdownCase(
    label: "escapes", source: "\\*not emphasis\\* 10 \\\\ 11", reads: "*not emphasis* 10 \\ 11"),
  MarkdownCase(
    label: "thematic break and setext", source: "text 1\n\n- - -\n\nTitle 2\n=====\nmore 3",
    reads: "text 1\n\n\n\nTitle 2\n\nmore 3"),
  MarkdownCase(
    label: "inline tags and autolinks",
    source: "Up <b>12</b>% see <https://x.org/13> or <a@b.org>; 3 < 4 and <5",
    reads: "Up 12% see  or ; 3 < 4 and <5"),
  MarkdownCase(
    label: "brackets that are not links", source: "Rates [2023] rose [see 4]: 5",
    reads: "Rates [2023] rose [see 4]: 5"),
  MarkdownCase(
    label: "soft line breaks join",
    source: "The ministry said on Sunday that\nexports rose 4% in\r\nMarch.\n\nNew paragraph 2\n**Bold** start 3",
    reads: "The ministry said on Sunday that exports rose 4% in March.\n\nNew paragraph 2 Bold start 3"),
  MarkdownCase(
    label: "Arabic wrapped paragraph", source: "قال الوزير إن الصادرات\nارتفعت بنسبة 4%\n\nفقرة 2",
    reads: "قال الوزير إن الصادرات ارتفعت بنسبة 4%\n\nفقرة 2"),
  MarkdownCase(
    label: "hard breaks stay", source: "line one  \nline 2\\\nline 3\n| a | 4 |\n| b | 5 |",
    reads: "line one  \nline 2\\\nline 3\n| a | 4 |\n| b | 5 |"),
  MarkdownCase(
    label: "list item continuation", source: "- item about 5\n  continued here\n- next 6\n1. first\n2) second",
    reads: "- item about 5   continued here\n- next 6\n1. first\n2) second"),
  MarkdownCase(
    label: "CRLF lines", source: "# Head 1\r\n\r\n**Body** 2\r\n", reads: "Head 1\n\nBody 2\n"),
]

@Test(arguments: markdownCases)
func markdownReads(_ c: MarkdownCase) throws {
  let doc = try InputReader().read(bytes: Array(c.source.utf8), name: "t.md").get()
  #expect(doc.text == c.source)  // markup is described, never removed
  #expect(editsAreWellFormed(doc))
  #expect(normalized(doc) == folded(c.reads))
}

struct FrontMatterCase: Sendable, CustomTestStringConvertible {
  var label: String
  var source: String
  var published: String?
  var updated: String?
  var language: Language?
  var reads: String
  var testDescription: String { label }
}

let frontMatterCases: [FrontMatterCase] = [
  FrontMatterCase(
    label: "Arabic article",
    source: """
      ---
      title: "تقرير 2023"
      date: 2024-03-05
      updated: '2024-03-07T10:00:00Z'
      lang: ar
      ---
      ارتفع الإنتاج بنسبة 12 في المئة.
      """,
    published: "2024-03-05", updated: "2024-03-07T10:00:00Z", language: .ar,
    reads: "\n\n\n\n\n\nارتفع الإنتاج بنسبة 12 في المئة."),
  FrontMatterCase(
    label: "other key names",
    source: "---\r\npubDate: \"Tue, 4 Jun 2024\"\r\nlastmod: 2024-06-05 # edited\r\nlanguage: en-GB\r\n...\r\nBody 4",
    published: "Tue, 4 Jun 2024", updated: "2024-06-05", language: .en,
    reads: "\n\n\n\n\nBody 4"),
  FrontMatterCase(
    label: "published beats date",
    source: "---\ndate: 2001-01-01\npublished: 2002-02-02\nmodified: 2003-03-03\ntags: [a, 99]\n---\nText 1",
    published: "2002-02-02", updated: "2003-03-03", language: nil,
    reads: "\n\n\n\n\n\nText 1"),
  FrontMatterCase(
    label: "never closed is not front matter", source: "---\ndate: 2020-01-01\nText 2",
    published: nil, updated: nil, language: nil, reads: "\ndate: 2020-01-01 Text 2"),
  FrontMatterCase(
    label: "not at the top", source: "Intro 1\n---\ndate: 2020\n---\n", published: nil,
    updated: nil, language: nil, reads: "Intro 1\n\ndate: 2020\n\n"),
  FrontMatterCase(
    label: "TOML front matter",
    source: "+++\ntitle = \"Rates: 5%\"\ndate = 2023-09-14T08:00:00Z\nlastmod = \"2023-09-15\"\nlanguage = \"ar\"\n+++\nنص 6",
    published: "2023-09-14T08:00:00Z", updated: "2023-09-15", language: .ar,
    reads: "\n\n\n\n\n\nنص 6"),
  FrontMatterCase(
    label: "unknown language", source: "---\nlang: fr\n---\nTexte 3", published: nil,
    updated: nil, language: nil, reads: "\n\n\nTexte 3"),
]

@Test(arguments: frontMatterCases)
func frontMatter(_ c: FrontMatterCase) throws {
  let doc = try InputReader().read(bytes: Array(c.source.utf8), name: "fm.md").get()
  #expect(doc.published == c.published)
  #expect(doc.updated == c.updated)
  #expect(doc.languageHint == c.language)
  #expect(editsAreWellFormed(doc))
  #expect(normalized(doc) == folded(c.reads))
}

@Test func offsetsSurviveBOMAndFrontMatter() throws {
  let source = "---\ndate: 2020-01-01\n---\n## The toll\n\nIt reached **314** people, [per](http://x/315) officials."
  let doc = try InputReader().read(bytes: bom + Array(source.utf8), name: "t.md").get()
  #expect(doc.text == source)
  let (mapped, actual) = offsets(of: "314", in: doc)
  #expect(mapped != nil)
  #expect(mapped == actual)
  #expect(!normalized(doc).contains("315"))
  #expect(!normalized(doc).contains("2020"))
}

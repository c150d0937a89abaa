import Inputs
import Testing
import TextModel

struct HTMLCase: Sendable, CustomTestStringConvertible {
  var label: String
  var source: String
  /// The text's shape (see `shape`), written unfolded.
  var reads: String
  var testDescription: String { label }
}

let htmlCases: [HTMLCase] = [
  HTMLCase(
    label: "paragraphs", source: "<p>Sales rose 12%.</p><p>Costs fell.</p>",
    reads: "Sales rose 12%.|Costs fell."),
  HTMLCase(
    label: "entities",
    source: "<p>5&nbsp;km &amp; 3&ndash;4 &#1634; &#x661; &laquo;x&raquo; &bogus; &quot;q&apos; &hellip;&rlm;&mdash;&lt;b&gt;</p>",
    reads: "5\u{A0}km & 3\u{2013}4 \u{662} \u{661} \u{AB}x\u{BB} &bogus; \"q' \u{2026}\u{2014}<b>"),
  HTMLCase(
    label: "references without semicolons", source: "<p>a &amp b &nbsp 3 &copy2024 &ampx &lt;&gt &mdash c</p>",
    reads: "a & b \u{A0} 3 &copy2024 &ampx <> &mdash c"),
  HTMLCase(
    label: "bad numeric references", source: "<p>&#0; &#xD800; &#99999999999; &#150; &#; &#x;</p>",
    reads: "\u{FFFD} \u{FFFD} \u{FFFD} \u{2013} &#; &#x;"),
  HTMLCase(
    label: "skipped elements",
    source: "<p>A 1</p><script>var x = \"</p>\" + 99;</script><style>p{margin:7px}</style><noscript>77</noscript><template><p>66</p></template><!-- 55 --><p>B 2</p>",
    reads: "A 1|B 2"),
  HTMLCase(
    label: "uppercase and unquoted", source: "<P CLASS=lead>Up 3<BR>next</P><DIV id='a' data-x=\"y\">4 < 5 and 6 > 2</DIV>",
    reads: "Up 3|next|4 < 5 and 6 > 2"),
  HTMLCase(
    label: "ordered and unordered lists",
    source: "<ol><li>First 10</li><li>Second 20</li></ol><ul><li>Alpha</li><li>Beta</ul>",
    reads: "1. First 10|2. Second 20|- Alpha|- Beta"),
  HTMLCase(
    label: "paragraphs inside list items",
    source: "<ol>\n  <li>\n    <p>First 10</p>\n  </li>\n  <li><div><p>Second <b>20</b></p></div></li>\n</ol>",
    reads: "1. First 10|2. Second 20"),
  HTMLCase(
    label: "list numbering attributes",
    source: "<ol start=\"3\"><li>c<li value=7>g<li>h<ul><li>inner</ul><li>i</ol><li>stray",
    reads: "3. c|7. g|8. h|- inner|9. i|- stray"),
  HTMLCase(
    label: "inline tags join words", source: "<p>The rate was <b>4</b><i>.5</i>% <span class=n>now</span></p>",
    reads: "The rate was 4.5% now"),
  HTMLCase(
    label: "source line breaks are spaces", source: "<p>The rate\n  was\r\n4%</p><pre>a 1\nb 2</pre>",
    reads: "The rate was 4%|a 1|b 2"),
  HTMLCase(
    label: "table cells", source: "<table><tr><th>Year</th><th>Total</th></tr><tr><td>2021</td><td>5</td></tr></table>",
    reads: "Year Total|2021 5"),
  HTMLCase(
    label: "Arabic article",
    source: "<article dir=\"rtl\"><h1>الأخبار</h1><p>قُتل 15 شخصاً &mdash; وأصيب ٢٠.</p><figure><img src=\"a-2019.jpg\" alt=\"صورة\"><figcaption>المصدر</figcaption></figure></article>",
    reads: "الأخبار|قُتل 15 شخصاً \u{2014} وأصيب ٢٠.|المصدر"),
  HTMLCase(
    label: "malformed: unclosed quote", source: "<p title=\"oops>Value 8</p>", reads: "Value 8"),
  HTMLCase(
    label: "malformed: tag never closed", source: "<p>Before 1</p><b", reads: "Before 1|<b"),
  HTMLCase(
    label: "malformed: stray markup", source: "<<>> </> <3 <!-- never closed 4", reads: "<<>> </> <3"),
  HTMLCase(
    label: "doctype and processing", source: "<!DOCTYPE html><?xml version=\"1.0\"?><p>ok 1</p>",
    reads: "ok 1"),
  HTMLCase(
    label: "script never closed", source: "<p>a 1</p><script>var y = 2;", reads: "a 1"),
]

@Test(arguments: htmlCases)
func htmlReads(_ c: HTMLCase) throws {
  let doc = try InputReader().read(bytes: Array(c.source.utf8), name: "t.html").get()
  #expect(doc.text == c.source)
  #expect(editsAreWellFormed(doc))
  #expect(shape(doc) == folded(c.reads))
}

@Test func breaksAndBlocksReadAsLineBreaks() throws {
  let doc = try InputReader().read(
    bytes: Array("<div>a<br/>b</div><p>c</p>".utf8), name: "t.html"
  ).get()
  #expect(normalized(doc) == "\n\na\nb\n\n\n\nc\n\n")
}

struct HTMLMetaCase: Sendable, CustomTestStringConvertible {
  var label: String
  var source: String
  var published: String?
  var updated: String?
  var language: Language?
  var reads: String
  var testDescription: String { label }
}

let htmlMetaCases: [HTMLMetaCase] = [
  HTMLMetaCase(
    label: "meta tags and lang",
    source: """
      <!doctype html>
      <html lang="ar-EG"><head><title>عنوان 2020</title>
      <meta charset="utf-8">
      <meta property="article:published_time" content="2024-05-01T08:00:00+03:00">
      <META PROPERTY='article:modified_time' CONTENT=2024-05-02>
      <style>.a{width:30px}</style>
      </head><body><p>نص 5</p></body></html>
      """,
    published: "2024-05-01T08:00:00+03:00", updated: "2024-05-02", language: .ar, reads: "نص 5"),
  HTMLMetaCase(
    label: "time element as fallback",
    source: "<html lang=en><body><p>Posted <time datetime=\"2023-11-02T09:30\">2 Nov</time></p><time datetime=\"1999-01-01\">old</time></body>",
    published: "2023-11-02T09:30", updated: nil, language: .en, reads: "Posted 2 Nov|old"),
  HTMLMetaCase(
    label: "meta wins over time",
    source: "<head><meta name=\"article:published_time\" content=\"2022-01-01\"></head><time datetime=\"2021-12-31\">x</time>",
    published: "2022-01-01", updated: nil, language: nil, reads: "x"),
  HTMLMetaCase(
    label: "head without its end tag",
    source: "<head><title>Hidden 1</title><meta property=\"og:updated_time\" content=\"2020-02-02\"><p>Shown 2</p>",
    published: nil, updated: "2020-02-02", language: nil, reads: "Shown 2"),
  HTMLMetaCase(
    label: "body content in head ends it",
    source: "<head><time datetime=\"2010-10-10\"></time></head><body>text 3</body>",
    published: "2010-10-10", updated: nil, language: nil, reads: "text 3"),
  HTMLMetaCase(
    label: "best-ranked date names win",
    source: "<head><meta name=\"date\" content=\"2001\"><meta itemprop=\"dateModified\" content=\"2003\"><meta property=\"article:published_time\" content=\"2002\"><meta name=\"pubdate\" content=\"2004\"><meta http-equiv=\"content-language\" content=\"ar\"></head>نص",
    published: "2002", updated: "2003", language: .ar, reads: "نص"),
  HTMLMetaCase(
    label: "entity in meta content",
    source: "<meta property=\"article:published_time\" content=\"2024&#45;07&#45;08\"><p>x 1</p>",
    published: "2024-07-08", updated: nil, language: nil, reads: "x 1"),
]

@Test(arguments: htmlMetaCases)
func htmlMetadata(_ c: HTMLMetaCase) throws {
  let doc = try InputReader().read(bytes: Array(c.source.utf8), name: "m.html").get()
  #expect(doc.published == c.published)
  #expect(doc.updated == c.updated)
  #expect(doc.languageHint == c.language)
  #expect(editsAreWellFormed(doc))
  #expect(shape(doc) == folded(c.reads))
}

@Test(arguments: [
  ("<p>Revenue &amp; profit: <b>4,200</b> dollars</p>", "4,200"),
  ("<head><title>9</title></head><ul><li>ارتفع المؤشر ٣٫٥ نقطة</li></ul>", "٣٫٥"),
  ("<p>&laquo;قال&raquo;&nbsp;إن 61 شخصا</p>", "61"),
])
func htmlOffsetsPreserved(_ source: String, _ number: String) throws {
  let doc = try InputReader().read(bytes: Array(source.utf8), name: "o.html").get()
  let (mapped, actual) = offsets(of: number, in: doc)
  #expect(mapped != nil)
  #expect(mapped == actual)
}

@Test(arguments: [
  "<", "<<", "</", "<p", "<p ", "<a href='", "<a href=\"x' b='>", "&", "&#", "&#x", "&amp",
  "<!--", "<!-", "<!", "<?", "<script>", "<script", "</script>", "<head>", "<head><meta content=",
  "<ol><li><ol><li></ol></ol></ol><li>", "<p =x>y</p>", "<p a=b=c>1</p>", "<time datetime>t</time>",
  "<ol start=x><li>1", "<html lang>", "\u{0}<p>", "<p>\u{7}\u{1}</p>", "<é>",
])
func htmlNeverCrashes(_ source: String) {
  var doc = Document(id: "x", format: .html, text: source)
  let read = InputReader().read(bytes: Array(("x" + source).utf8), name: "f.html", format: .html)
  if let value = read.value { doc = value }
  #expect(editsAreWellFormed(doc))
  _ = normalized(doc)
}

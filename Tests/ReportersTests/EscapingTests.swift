import Testing

@testable import Reporters

@Suite struct EscapingTests {
  @Test(arguments: [
    ("50% rise\r\nnext", "50%25 rise%0D%0Anext"),
    ("a:b,c", "a:b,c"),
  ])
  func githubData(_ input: String, _ expected: String) {
    #expect(Escaping.githubData(input) == expected)
  }

  @Test(arguments: [
    ("dir/a,b:c.md", "dir/a%2Cb%3Ac.md"),
    ("100%\n", "100%25%0A"),
  ])
  func githubProperty(_ input: String, _ expected: String) {
    #expect(Escaping.githubProperty(input) == expected)
  }

  @Test func xml() {
    #expect(Escaping.xml("a < b & \"c\" 'd' > e\u{1}") == "a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt; e")
  }

  @Test func uri() {
    #expect(Escaping.uri("news/مقال 1.md") == "news/%D9%85%D9%82%D8%A7%D9%84%201.md")
  }

  @Test func jsonStringsAndNumbers() {
    var w = JSONWriter()
    w.beginObject()
    w.field("s", "q\"\\\n\u{1}")
    w.field("x", 83.5)
    w.field("big", 75e9)
    w.field("tiny", 0.1 + 0.2)
    w.field("ar", "قال \"84%\"\tنعم")
    w.endObject()
    #expect(w.string == #"{"s":"q\"\\\n\u0001","x":83.5,"big":75000000000,"tiny":0.3,"ar":"قال \"84%\"\tنعم"}"#)
  }
}

import Inputs
import Testing
import TextModel

struct UTF8Case: Sendable, CustomTestStringConvertible {
  var label: String
  var bytes: [UInt8]
  var firstBad: Int?
  var testDescription: String { label }
}

let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

let utf8Cases: [UTF8Case] = [
  UTF8Case(label: "ASCII", bytes: Array("plain words 123".utf8), firstBad: nil),
  UTF8Case(label: "Arabic two-byte letters", bytes: Array("عاد الوفد بعد ٣ أيام".utf8), firstBad: nil),
  UTF8Case(label: "three and four bytes", bytes: Array("price €9, mood 😀".utf8), firstBad: nil),
  UTF8Case(label: "largest scalar", bytes: [0xF4, 0x8F, 0xBF, 0xBF], firstBad: nil),
  UTF8Case(label: "stray continuation", bytes: [0x61, 0x80, 0x62], firstBad: 1),
  UTF8Case(label: "overlong two-byte slash", bytes: [0x41, 0xC0, 0xAF], firstBad: 1),
  UTF8Case(label: "overlong C1", bytes: [0xC1, 0xBF], firstBad: 0),
  UTF8Case(label: "overlong three-byte", bytes: [0x20, 0xE0, 0x80, 0xAF], firstBad: 1),
  UTF8Case(label: "overlong four-byte", bytes: [0xF0, 0x80, 0x80, 0xAF], firstBad: 0),
  UTF8Case(label: "high surrogate", bytes: [0x61, 0x62, 0xED, 0xA0, 0x80], firstBad: 2),
  UTF8Case(label: "low surrogate", bytes: [0xED, 0xBF, 0xBF], firstBad: 0),
  UTF8Case(label: "above U+10FFFF", bytes: [0xF4, 0x90, 0x80, 0x80], firstBad: 0),
  UTF8Case(label: "F5 lead", bytes: [0xF5, 0x80, 0x80, 0x80], firstBad: 0),
  UTF8Case(label: "FF byte", bytes: [0x31, 0x32, 0xFF], firstBad: 2),
  UTF8Case(label: "truncated two-byte at end", bytes: Array("abc".utf8) + [0xD8], firstBad: 3),
  UTF8Case(label: "truncated three-byte at end", bytes: [0x61, 0xE2, 0x82], firstBad: 1),
  UTF8Case(label: "truncated four-byte at end", bytes: [0xF0, 0x9F, 0x98], firstBad: 0),
  UTF8Case(label: "lead then ASCII", bytes: [0xD8, 0x41], firstBad: 0),
  UTF8Case(
    label: "after a long ASCII run", bytes: Array(repeating: 0x61, count: 1234) + [0xFF, 0x61],
    firstBad: 1234),
  UTF8Case(
    label: "after Arabic", bytes: Array("مرحبا".utf8) + [0xC3, 0x78], firstBad: 10),
]

@Test(arguments: utf8Cases)
func utf8Validation(_ c: UTF8Case) {
  #expect(ByteChecks.firstInvalidUTF8(c.bytes) == c.firstBad)
}

struct ReadErrorCase: Sendable, CustomTestStringConvertible {
  var bytes: [UInt8]
  var name: String
  var maxBytes: Int = InputReader.defaultMaxBytes
  var expected: String
  var testDescription: String { expected }
}

let readErrorCases: [ReadErrorCase] = [
  ReadErrorCase(bytes: [], name: "a.txt", expected: "a.txt: error: empty file"),
  ReadErrorCase(
    bytes: [0xFF, 0xFE, 0x41, 0x00], name: "w.txt",
    expected: "w.txt: error: UTF-16 text (convert it to UTF-8)"),
  ReadErrorCase(bytes: Array(" \n\t\r\n  ".utf8), name: "b.md", expected: "b.md: error: empty file"),
  ReadErrorCase(bytes: bom, name: "c.txt", expected: "c.txt: error: empty file"),
  ReadErrorCase(bytes: bom + Array("\r\n \n".utf8), name: "d.html", expected: "d.html: error: empty file"),
  ReadErrorCase(
    bytes: Array("seventeen chars..".utf8) + [0] + Array("tail".utf8), name: "e.txt",
    expected: "e.txt: error: binary file (NUL byte at 17)"),
  ReadErrorCase(
    bytes: Array(repeating: 0x01, count: 6) + Array("ab".utf8) + Array(repeating: 0x02, count: 6),
    name: "f.txt", expected: "f.txt: error: binary file (too many control characters)"),
  ReadErrorCase(
    bytes: Array(repeating: 0x61, count: 1234) + [0xC0, 0x80], name: "g.txt",
    expected: "g.txt: error: invalid UTF-8 at byte 1234"),
  ReadErrorCase(
    bytes: bom + Array("ab".utf8) + [0xFF], name: "h.txt",
    expected: "h.txt: error: invalid UTF-8 at byte 5"),
  ReadErrorCase(
    bytes: Array("ينتهي النص هنا".utf8) + [0xD9], name: "i.md",
    expected: "i.md: error: invalid UTF-8 at byte 26"),
  ReadErrorCase(
    bytes: Array("0123456789x".utf8), name: "j.txt", maxBytes: 10,
    expected: "j.txt: error: file too large (11 bytes; limit 10)"),
]

@Test(arguments: readErrorCases)
func readErrors(_ c: ReadErrorCase) {
  let reader = InputReader(maxBytes: c.maxBytes)
  let error = reader.read(bytes: c.bytes, name: c.name).error
  #expect(error?.description == c.expected)
  #expect(error?.path == c.name)
}

struct ReadTextCase: Sendable, CustomTestStringConvertible {
  var label: String
  var bytes: [UInt8]
  var name: String
  var format: Document.Format
  var text: String
  var number: String
  var testDescription: String { label }
}

let readTextCases: [ReadTextCase] = [
  ReadTextCase(
    label: "BOM dropped", bytes: bom + Array("Output grew 7.5% in May.".utf8), name: "n.txt",
    format: .text, text: "Output grew 7.5% in May.", number: "7.5"),
  ReadTextCase(
    label: "CRLF kept", bytes: Array("First line 1\r\nSecond line 22\r\n".utf8), name: "crlf.txt",
    format: .text, text: "First line 1\r\nSecond line 22\r\n", number: "22"),
  ReadTextCase(
    label: "Arabic with BOM", bytes: bom + Array("بلغ عدد الزوار ١٢٠ ألفا".utf8), name: "ar.TXT",
    format: .text, text: "بلغ عدد الزوار ١٢٠ ألفا", number: "١٢٠"),
  ReadTextCase(
    label: "markdown by extension", bytes: Array("# Title\n\nBody 9".utf8), name: "notes.Markdown",
    format: .markdown, text: "# Title\n\nBody 9", number: "9"),
  ReadTextCase(
    label: "html by extension", bytes: Array("<p>Body 31</p>".utf8), name: "page.htm",
    format: .html, text: "<p>Body 31</p>", number: "31"),
  ReadTextCase(
    label: "unknown extension is text", bytes: Array("<p>4</p>".utf8), name: "page.xml",
    format: .text, text: "<p>4</p>", number: "4"),
]

@Test(arguments: readTextCases)
func readText(_ c: ReadTextCase) throws {
  let doc = try InputReader().read(bytes: c.bytes, name: c.name).get()
  #expect(doc.text == c.text)
  #expect(doc.format == c.format)
  #expect(doc.id == c.name)
  #expect(doc.path == c.name)
  let (mapped, actual) = offsets(of: c.number, in: doc)
  #expect(mapped != nil)
  #expect(mapped == actual)
}

@Test func crlfReadsAsOneBreak() throws {
  let doc = try InputReader().read(bytes: Array("a 1\r\nb 2".utf8), name: "x.txt").get()
  #expect(normalized(doc) == "a 1\nb 2")
}

@Test func formatFromPath() {
  let table: [(String, Document.Format)] = [
    ("a.md", .markdown), ("dir.v2/b.MARKDOWN", .markdown), ("c.html", .html), ("d.HTM", .html),
    ("e.txt", .text), ("noext", .text), (".md", .text), ("dir.md/file", .text),
  ]
  for (path, format) in table {
    #expect(InputReader.format(forPath: path) == format, "\(path)")
  }
}

@Test func errorDescriptionsStayOnOneLine() {
  let error = InputError(path: "odd\nname.txt", line: 3, .invalidJSON("bad\tthing"))
  #expect(!error.description.contains("\n"))
  #expect(error.description == "odd name.txt:3: error: invalid JSON: bad thing")
}

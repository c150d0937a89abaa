import Foundation
import Inputs
import Testing
import TextModel

struct JSONLineCase: Sendable, CustomTestStringConvertible {
  var label: String
  var line: [UInt8]
  /// For a document: its id, what it reads as (shape, unfolded) and its metadata.
  var id: String? = nil
  var reads: String? = nil
  var format: Document.Format = .text
  var published: String? = nil
  var updated: String? = nil
  var language: Language? = nil
  /// For an error: the message after "name:LINE: error: ".
  var error: String? = nil
  var testDescription: String { label }

  init(
    _ label: String, _ line: String, id: String? = nil, reads: String? = nil,
    format: Document.Format = .text, published: String? = nil, updated: String? = nil,
    language: Language? = nil, error: String? = nil
  ) {
    self.label = label
    self.line = Array(line.utf8)
    self.id = id
    self.reads = reads
    self.format = format
    self.published = published
    self.updated = updated
    self.language = language
    self.error = error
  }
}

/// Line 1 is the first case; `nil` ids mean "name:LINE".
let jsonLineCases: [JSONLineCase] = [
  JSONLineCase(
    "full English record",
    #"{"id":"a1","title":"Port 1","text":"The port handled 1.2 million containers.","published":"2021-06-01","lang":"en","source":"x/y"}"#,
    id: "a1", reads: "The port handled 1.2 million containers.", published: "2021-06-01",
    language: .en),
  JSONLineCase(
    "numeric id, Arabic", #"{ "id" : 77 , "text" : "سجلت الشركة أرباحا بلغت 5 ملايين ريال", "lang": "ar-SA" }"#,
    id: "77", reads: "سجلت الشركة أرباحا بلغت 5 ملايين ريال", language: .ar),
  JSONLineCase("no id", #"{"text":"no id here 3","published":null}"#, reads: "no id here 3"),
  JSONLineCase(
    "html record", #"{"id":"h","html":"<p>Hello &amp; 9</p><p>Bye</p>","updated":"2022-01-01"}"#,
    id: "h", reads: "Hello & 9|Bye", format: .html, updated: "2022-01-01"),
  JSONLineCase(
    "html meta and record fields",
    #"{"id":"h2","html":"<html lang=\"ar\"><head><meta property=\"article:published_time\" content=\"2020-01-01\"></head><p>نص 4</p>","lang":"en"}"#,
    id: "h2", reads: "نص 4", format: .html, published: "2020-01-01", language: .en),
  JSONLineCase(
    "text wins over html", #"{"html":"<p>no</p>","text":"yes 5"}"#, reads: "yes 5"),
  JSONLineCase(
    "escapes",
    #"{"id":"esc","text":"Line\nTwo \"q\" \u0661\u0662 \ud83d\ude00 \u00e9 \/ \\ \ud800x"}"#,
    id: "esc", reads: "Line|Two \"q\" ١٢ 😀 é / \\ \u{FFFD}x"),
  JSONLineCase(
    "nested values skipped",
    #"{"id":"n","meta":{"a":[1,2.5e-3,{"b":null}],"c":true,"d":"\u0041"},"text":"ok 4","tags":[]}"#,
    id: "n", reads: "ok 4"),
  JSONLineCase("invalid value", #"{"id": "x", "text": }"#, error: "invalid JSON: expected a value, found '}' at column 21"),
  JSONLineCase("no text", #"{"id":"nt","title":"t","text":null}"#, error: #"record has no "text" or "html""#),
  JSONLineCase("array", "[1,2]", error: "invalid JSON: expected '{', found '[' at column 1"),
  JSONLineCase(
    "trailing data", #"{"text":"x"} {"#,
    error: "invalid JSON: unexpected '{' after the record at column 14"),
  JSONLineCase(
    "unterminated string", #"{"id":"t","text":"abc"#, error: "invalid JSON: unterminated string starting at column 18"),
  JSONLineCase("cut short", #"{"id":"t","#, error: "invalid JSON: expected a key string but the line ended"),
  JSONLineCase("bad escape", #"{"text":"a\qb"}"#, error: "invalid JSON: invalid escape at column 11"),
  JSONLineCase("bad unicode escape", #"{"text":"a\u12G4"}"#, error: #"invalid JSON: invalid \u escape at column 11"#),
  JSONLineCase("bad number", #"{"id":01,"text":"x"}"#, error: "invalid JSON: expected ',' or '}', found '1' at column 8"),
  JSONLineCase("bad literal", #"{"id":nul,"text":"x"}"#, error: "invalid JSON: invalid literal at column 7"),
  JSONLineCase("single quotes", #"{'text':'x'}"#, error: "invalid JSON: expected a key string, found ''' at column 2"),
  JSONLineCase("raw tab in string", "{\"text\":\"a\tb\"}", error: "invalid JSON: control character in string at column 11"),
  JSONLineCase("blank text", #"{"text":"  \n "}"#, error: "empty text"),
]

func jsonLinesFile(_ cases: [JSONLineCase]) -> (bytes: [UInt8], lines: [Int]) {
  var bytes: [UInt8] = []
  var lines: [Int] = []
  var line = 0
  for (k, c) in cases.enumerated() {
    line += 1
    lines.append(line)
    bytes += c.line
    bytes.append(0x0A)
    if k % 4 == 1 {  // blank lines are skipped but counted
      bytes += Array("  \r\n\n".utf8)
      line += 2
    }
  }
  return (bytes, lines)
}

@Test func jsonLinesTable() {
  let (bytes, lines) = jsonLinesFile(jsonLineCases)
  let results = InputReader().readJSONLines(bytes: bytes, name: "feed.jsonl")
  #expect(results.count == jsonLineCases.count)
  for (k, c) in jsonLineCases.enumerated() where k < results.count {
    check(results[k], c, line: lines[k])
  }
}

func check(_ result: Result<Document, InputError>, _ c: JSONLineCase, line: Int) {
  switch result {
  case .success(let doc):
    #expect(c.error == nil, "\(c.label)")
    #expect(doc.id == (c.id ?? "feed.jsonl:\(line)"), "\(c.label)")
    #expect(doc.path == "feed.jsonl", "\(c.label)")
    #expect(shape(doc) == folded(c.reads ?? ""), "\(c.label)")
    #expect(doc.format == c.format, "\(c.label)")
    #expect(doc.published == c.published, "\(c.label)")
    #expect(doc.updated == c.updated, "\(c.label)")
    #expect(doc.languageHint == c.language, "\(c.label)")
  case .failure(let error):
    #expect(error.description == "feed.jsonl:\(line): error: \(c.error ?? "-")", "\(c.label)")
  }
}

@Test func jsonLinesInvalidUTF8AndBOM() {
  var bytes = bom + Array(#"{"text":"first 1"}"#.utf8) + [0x0A]
  let second = bytes.count
  bytes += Array(#"{"text":"ab"#.utf8) + [0xE2, 0x82] + Array(#""}"#.utf8) + [0x0A]
  bytes += Array(#"{"text":"third 3"}"#.utf8)  // no final newline
  let results = InputReader().readJSONLines(bytes: bytes, name: "u.jsonl")
  #expect(results.count == 3)
  #expect(results[0].value.map(shape) == "first 1")
  #expect(results[1].error?.description == "u.jsonl:2: error: invalid UTF-8 at byte \(second + 11)")
  #expect(results[2].value?.id == "u.jsonl:3")
}

@Test func jsonLinesRecordTooLarge() {
  let big = #"{"text":""# + String(repeating: "x", count: 300) + #""}"#
  let bytes = Array((#"{"text":"a 1"}"# + "\n" + big + "\r\n" + #"{"text":"b 2"}"#).utf8)
  let reader = InputReader(maxBytes: 100)
  let results = reader.readJSONLines(bytes: bytes, name: "big.jsonl")
  #expect(results.count == 3)
  #expect(results[1].error?.description == "big.jsonl:2: error: record too large (311 bytes; limit 100)")
  #expect(results[2].value.map(shape) == "b 2")
}

/// The streaming reader must give the same results as the in-memory one, whatever the chunk
/// size, including for lines longer than the limit that it drops as they arrive.
@Test(arguments: [1, 7, 64, 1 << 20])
func streamingMatchesInMemory(chunkSize: Int) throws {
  let dir = TempDir()
  defer { dir.cleanup() }
  var (bytes, _) = jsonLinesFile(jsonLineCases)
  bytes += Array((#"{"text":""# + String(repeating: "ب", count: 400) + "\"}\r\n").utf8)
  bytes += Array(#"{"text":"after the long line 6"}"#.utf8)
  let path = dir.write("feed.jsonl", bytes)
  let expected = InputReader(maxBytes: 600).readJSONLines(bytes: bytes, name: path)
  let fd = open(path, O_RDONLY)
  #expect(fd >= 0)
  let reader = JSONLinesReader(
    fileDescriptor: fd, name: path, maxLineBytes: 600, closeWhenDone: true, chunkSize: chunkSize)
  let streamed = Array(reader)
  #expect(streamed.count == expected.count)
  for (s, e) in zip(streamed, expected) {
    #expect(s.value?.id == e.value?.id)
    #expect(s.value?.text == e.value?.text)
    #expect(s.value?.edits == e.value?.edits)
    #expect(s.error == e.error)
  }
  #expect(expected.last?.value.map(shape) == "after the long line 6")
  #expect(expected[expected.count - 2].error?.message == "record too large (811 bytes; limit 600)")
}

@Test func streamingFromFileHandleAndPipe() throws {
  let pipe = Pipe()
  let payload = Array((#"{"id":"p1","text":"عبر الأنبوب 8"}"# + "\n\n" + #"{"id":"p2","text":"x"#).utf8)
  pipe.fileHandleForWriting.write(Data(payload))
  try pipe.fileHandleForWriting.close()
  let reader = JSONLinesReader(fileHandle: pipe.fileHandleForReading, name: "<stdin>", chunkSize: 4)
  let results = Array(reader)
  #expect(results.count == 2)
  #expect(results.first?.value?.id == "p1")
  #expect(results.first?.value.map(shape) == folded("عبر الأنبوب 8"))
  #expect(results.last?.error?.description == "<stdin>:3: error: invalid JSON: unterminated string starting at column 19")
}

@Test func jsonLinesFromPath() {
  let dir = TempDir()
  defer { dir.cleanup() }
  let path = dir.write("a.jsonl", #"{"id":"only","text":"one 1"}"# + "\n")
  let reader = InputReader()
  #expect(reader.readJSONLines(path: path).map { $0.value?.id } == ["only"])
  #expect(
    reader.readJSONLines(path: dir.path + "/none.jsonl").map { $0.error?.description }
      == ["\(dir.path)/none.jsonl: error: cannot read: No such file or directory"])
  #expect(
    reader.readJSONLines(path: dir.path).map { $0.error?.message }
      == ["cannot read: Is a directory"])
}

@Test(arguments: [(3, 40), (5, 100), (1 << 16, 100)])
func streamingLongFirstLineAfterBOM(chunkSize: Int, length: Int) throws {
  let dir = TempDir()
  defer { dir.cleanup() }
  let bytes = bom + Array((#"{"text":""# + String(repeating: "z", count: length) + "\"}\r\n{\"text\":\"tail 7\"}").utf8)
  let path = dir.write("b.jsonl", bytes)
  let expected = InputReader(maxBytes: 30).readJSONLines(bytes: bytes, name: path)
  let streamed = Array(
    JSONLinesReader(
      fileDescriptor: open(path, O_RDONLY), name: path, maxLineBytes: 30, closeWhenDone: true,
      chunkSize: chunkSize))
  #expect(streamed.map(\.error) == expected.map(\.error))
  #expect(expected.first?.error?.message == "record too large (\(length + 11) bytes; limit 30)")
  #expect(streamed.last?.value.map(shape) == "tail 7")
}

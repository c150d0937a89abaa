import Inputs
import Testing
import TextModel

@Test func readsFilesFromDisk() throws {
  let dir = TempDir()
  defer { dir.cleanup() }
  let md = dir.write("story.md", "---\ndate: 2024-02-01\n---\nThe vote passed 61 to 39.\n")
  let doc = try InputReader().read(path: md).get()
  #expect(doc.id == md)
  #expect(doc.path == md)
  #expect(doc.format == .markdown)
  #expect(doc.published == "2024-02-01")
  #expect(offsets(of: "61", in: doc).mapped == offsets(of: "61", in: doc).actual)
}

struct FileErrorCase: Sendable, CustomTestStringConvertible {
  var label: String
  /// Relative path to create (nil: do not create), and its bytes.
  var create: String?
  var bytes: [UInt8] = []
  var read: String
  var maxBytes: Int = InputReader.defaultMaxBytes
  var message: String
  var testDescription: String { label }
}

let fileErrorCases: [FileErrorCase] = [
  FileErrorCase(
    label: "missing", create: nil, read: "nope.txt",
    message: "error: cannot read: No such file or directory"),
  FileErrorCase(
    label: "directory", create: "sub/x.md", bytes: Array("x".utf8), read: "sub",
    message: "error: cannot read: Is a directory"),
  FileErrorCase(
    label: "too large", create: "big.txt", bytes: Array(repeating: 0x61, count: 2048),
    read: "big.txt", maxBytes: 1024, message: "error: file too large (2048 bytes; limit 1024)"),
  FileErrorCase(
    label: "empty", create: "empty.md", bytes: [], read: "empty.md", message: "error: empty file"),
  FileErrorCase(
    label: "binary", create: "image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01],
    read: "image.txt", message: "error: binary file (NUL byte at 4)"),
]

@Test(arguments: fileErrorCases)
func fileErrors(_ c: FileErrorCase) {
  let dir = TempDir()
  defer { dir.cleanup() }
  if let create = c.create { dir.write(create, c.bytes) }
  let path = dir.path + "/" + c.read
  let error = InputReader(maxBytes: c.maxBytes).read(path: path).error
  #expect(error?.description == "\(path): \(c.message)")
}

@Test func expandWalksDirectoriesInOrder() {
  let dir = TempDir()
  defer { dir.cleanup() }
  for name in [
    "b.md", "a.txt", "c.pdf", "notes.markdown", ".hidden/x.md", ".dot.md", "sub/z.html",
    "sub/y.HTM", "aa/inner.txt", "sub/deeper/w.md", "sub/data.json",
  ] {
    dir.write(name, "text 1")
  }
  let root = dir.path
  let results = InputReader().expand([root + "/c.pdf", "-", root + "/missing.md", root + "/"])
  #expect(results.count == 10)
  #expect(results[0].value == root + "/c.pdf")  // files as given, whatever the extension
  #expect(results[1].value == "-")
  #expect(
    results[2].error?.description
      == "\(root)/missing.md: error: cannot read: No such file or directory")
  let walked = results.dropFirst(3).compactMap(\.value)
  #expect(
    walked == [
      "a.txt", "aa/inner.txt", "b.md", "notes.markdown", "sub/deeper/w.md", "sub/y.HTM",
      "sub/z.html",
    ].map { root + "/" + $0 })
  // The same walk without a trailing slash gives the same paths.
  #expect(InputReader().expand([root]).compactMap(\.value) == Array(walked))
}

@Test func expandThenReadEveryFile() {
  let dir = TempDir()
  defer { dir.cleanup() }
  dir.write("one.txt", "Rain fell for 3 days.")
  dir.write("two.html", "<p>وصل ٤٠ زائرا</p>")
  dir.write("three.md", "")
  let reader = InputReader()
  let results = reader.expand([dir.path]).map { $0.flatMap { reader.read(path: $0) } }
  #expect(results.count == 3)
  #expect(results[0].value?.format == .text)  // one.txt
  #expect(results[1].error?.description == "\(dir.path)/three.md: error: empty file")
  #expect(shape(results[2].value!) == folded("وصل ٤٠ زائرا"))
}

import Foundation
import Inputs
import TextModel

/// The normalised text of a document, as the extractors read it.
func normalized(_ doc: Document) -> String {
  let n = NormalizedText(doc)
  return n.string(0..<n.count)
}

/// A plain string folded the way the normaliser folds text, for writing expectations.
func folded(_ s: String) -> String {
  let n = NormalizedText(text: s)
  return n.string(0..<n.count)
}

/// The normalised text with each line trimmed, blank lines dropped, runs of spaces
/// collapsed and lines joined by "|": the shape of the text without its exact spacing.
func shape(_ doc: Document) -> String {
  normalized(doc).split(separator: "\n").map { line in
    line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }.filter { !$0.isEmpty }.joined(separator: "|")
}

/// Where `needle` (a run of digits and punctuation) is in the original text according to the
/// normaliser, and where it really is in `text`; equal when offsets survive the markup.
func offsets(of needle: String, in doc: Document) -> (mapped: Range<Int>?, actual: Range<Int>?) {
  let n = NormalizedText(doc)
  let want = NormalizedText.fold(needle)
  var mapped: Range<Int>?
  if want.count <= n.count {
    for k in 0...(n.count - want.count) where Array(n.scalars[k..<k + want.count]) == want {
      mapped = n.originalRange(k..<k + want.count)
      break
    }
  }
  let hay = Array(doc.text.utf8)
  let pin = Array(needle.utf8)
  var actual: Range<Int>?
  if pin.count <= hay.count {
    for k in 0...(hay.count - pin.count) where Array(hay[k..<k + pin.count]) == pin {
      actual = k..<k + pin.count
      break
    }
  }
  return (mapped, actual)
}

/// Edits must be sorted, disjoint, inside the text and on character boundaries.
func editsAreWellFormed(_ doc: Document) -> Bool {
  let bytes = Array(doc.text.utf8)
  var last = 0
  for edit in doc.edits {
    guard edit.range.lowerBound >= last, edit.range.upperBound <= bytes.count else { return false }
    for bound in [edit.range.lowerBound, edit.range.upperBound] where bound < bytes.count {
      if bytes[bound] & 0xC0 == 0x80 { return false }
    }
    last = edit.range.upperBound
  }
  return true
}

/// A fresh directory under the system temporary directory, removed by `cleanup`.
struct TempDir {
  let path: String

  init() {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("inputs-tests-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    path = url.path
  }

  @discardableResult
  func write(_ relative: String, _ bytes: [UInt8]) -> String {
    let full = path + "/" + relative
    let dir = (full as NSString).deletingLastPathComponent
    try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: full, contents: Data(bytes))
    return full
  }

  @discardableResult
  func write(_ relative: String, _ text: String) -> String {
    write(relative, Array(text.utf8))
  }

  func cleanup() {
    try? FileManager.default.removeItem(atPath: path)
  }
}

extension Result {
  var value: Success? {
    if case .success(let v) = self { return v }
    return nil
  }
  var error: Failure? {
    if case .failure(let e) = self { return e }
    return nil
  }
}

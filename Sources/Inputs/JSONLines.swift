#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation
import TextModel

/// JSON Lines articles: one JSON object per line with `id` (string or number; by default
/// "name:LINE"), `text` or `html` (the body; `text` wins when both are present, `html` goes
/// through the HTML reader), and optional `published`, `updated` and `lang` (or `language`).
/// Other fields (`title`, `source`, …) are ignored. Blank lines are skipped but counted.
/// Each line is limited to `maxBytes`; an error on one line does not stop the others.
extension InputReader {
  /// One result per non-blank line, in order.
  public func readJSONLines(bytes: [UInt8], name: String) -> [Result<Document, InputError>] {
    var results: [Result<Document, InputError>] = []
    bytes.withUnsafeBufferPointer { all in
      var start = ByteChecks.hasBOM(all) ? 3 : 0
      var number = 0
      while start < all.count {
        number += 1
        var stop = start
        if let base = all.baseAddress,
          let nl = memchr(base + start, 0x0A, all.count - start)
        {
          stop = base.distance(to: nl.assumingMemoryBound(to: UInt8.self))
        } else {
          stop = all.count
        }
        let line = UnsafeBufferPointer(rebasing: all[start..<stop])
        if let result = JSONLines.document(
          line: line, number: number, offset: start, name: name, limit: maxBytes)
        {
          results.append(result)
        }
        start = stop + 1
      }
    }
    return results
  }

  /// Reads a whole JSON Lines file (`-` for standard input). The per-article size limit
  /// applies to each line, not to the file. A file that cannot be opened gives one error.
  public func readJSONLines(path: String) -> [Result<Document, InputError>] {
    switch JSONLinesReader.open(path: path, maxLineBytes: maxBytes) {
    case .failure(let error): return [.failure(error)]
    case .success(let reader): return Array(reader)
    }
  }
}

/// One line of a JSON Lines archive, read but not yet parsed.
public struct JSONLine: Sendable {
  public let bytes: [UInt8]
  /// 1-based line number, and where the line starts in the input.
  public let number: Int
  public let offset: Int
  public let name: String
  public let limit: Int

  /// The line's article, or why it has none (never nil: blank lines are not yielded).
  public func document() -> Result<Document, InputError> {
    bytes.withUnsafeBufferPointer {
      JSONLines.document(line: $0, number: number, offset: offset, name: name, limit: limit)
    } ?? .failure(InputError(path: name, line: number, .empty))
  }
}

enum JSONLines {
  /// The document for one line (without its "\n"), or nil for a blank line.
  /// `offset` is where the line starts in the file, for UTF-8 error positions.
  static func document(
    line raw: UnsafeBufferPointer<UInt8>, number: Int, offset: Int, name: String, limit: Int
  ) -> Result<Document, InputError>? {
    var line = raw
    if line.count > 0 && line[line.count - 1] == 0x0D {
      line = UnsafeBufferPointer(rebasing: line[0..<line.count - 1])
    }
    if ByteChecks.isBlank(line, from: 0) { return nil }
    func failure(_ kind: InputError.Kind) -> Result<Document, InputError> {
      .failure(InputError(path: name, line: number, kind))
    }
    if line.count > limit { return failure(.tooLarge(size: line.count, limit: limit)) }
    if let bad = ByteChecks.firstInvalidUTF8(line) { return failure(.invalidUTF8(offset: offset + bad)) }
    let record: JSONRecord
    switch JSONRecordParser.parse(line) {
    case .failure(let error): return failure(.invalidJSON(error.message))
    case .success(let parsed): record = parsed
    }
    let given = record.id.flatMap { $0.isEmpty ? nil : $0 }
    let id = given ?? "\(name):\(number)"
    var document: Document
    if var text = record.text {
      guard !text.utf8.allSatisfy(isSpace) else { return .failure(InputError(path: name, line: number, id: given, .empty)) }
      let original = text
      document = text.withUTF8 {
        InputReader.document(text: original, bytes: $0, id: id, path: name, format: .text)
      }
    } else if var html = record.html {
      guard !html.utf8.allSatisfy(isSpace) else { return .failure(InputError(path: name, line: number, id: given, .empty)) }
      let original = html
      document = html.withUTF8 {
        InputReader.document(text: original, bytes: $0, id: id, path: name, format: .html)
      }
    } else {
      return .failure(InputError(path: name, line: number, id: given, .missingText))
    }
    if let published = record.published, !published.isEmpty { document.published = published }
    if let updated = record.updated, !updated.isEmpty { document.updated = updated }
    if let lang = record.lang, let hint = languageHint(lang) { document.languageHint = hint }
    return .success(document)
  }
}

/// Reads JSON Lines from a file descriptor in chunks and yields one document per non-blank
/// line, so memory stays bounded by the longest line (plus one chunk). A line longer than
/// `maxLineBytes` yields a "record too large" error (with its full size, as `readJSONLines`
/// reports it) and is dropped as it is read, never held whole. Results match
/// `InputReader.readJSONLines(bytes:name:)` line for line.
///
///     var reader = try JSONLinesReader.open(path: "news.jsonl").get()
///     while let result = reader.next() { … }
public struct JSONLinesReader: Sequence, IteratorProtocol {
  /// Owns the descriptor so it is closed when the last copy of the reader goes away.
  final class Source {
    let fd: Int32
    let owned: Bool
    /// Kept alive so that its descriptor stays open while it is read.
    let handle: FileHandle?
    init(fd: Int32, owned: Bool, handle: FileHandle? = nil) {
      self.fd = fd
      self.owned = owned
      self.handle = handle
    }
    deinit { if owned { close(fd) } }
  }

  public let name: String
  public let maxLineBytes: Int
  let source: Source
  let chunkSize: Int
  var buffer: [UInt8] = []
  var chunk: [UInt8] = []
  /// Where the current line starts in `buffer`, and how far it was searched for "\n".
  var lineStart = 0
  var searched = 0
  /// Offset in the input of `buffer[0]`.
  var bufferOffset = 0
  var lineNumber = 0
  var atEnd = false
  /// Whether the current line is too long and its bytes are being dropped.
  var skipping = false
  var skipped = 0
  var skippedLastByte: UInt8 = 0
  var readError: InputError?

  /// Bytes of the input consumed by the lines yielded so far, for progress reports.
  public var bytesRead: Int { bufferOffset + lineStart }

  /// Reads from `fileDescriptor`; `closeWhenDone` closes it when the reader is released.
  public init(
    fileDescriptor: Int32, name: String, maxLineBytes: Int = InputReader.defaultMaxBytes,
    closeWhenDone: Bool = false, chunkSize: Int = 1 << 20
  ) {
    self.source = Source(fd: fileDescriptor, owned: closeWhenDone)
    self.name = name
    self.maxLineBytes = maxLineBytes
    self.chunkSize = Swift.max(1, chunkSize)
  }

  /// Reads from a file handle (e.g. `FileHandle.standardInput`), which stays open afterwards.
  public init(
    fileHandle: FileHandle, name: String, maxLineBytes: Int = InputReader.defaultMaxBytes,
    chunkSize: Int = 1 << 20
  ) {
    self.source = Source(fd: fileHandle.fileDescriptor, owned: false, handle: fileHandle)
    self.name = name
    self.maxLineBytes = maxLineBytes
    self.chunkSize = Swift.max(1, chunkSize)
  }

  /// Opens a file, or standard input for `-` (named `<stdin>`).
  public static func open(
    path: String, maxLineBytes: Int = InputReader.defaultMaxBytes
  ) -> Result<JSONLinesReader, InputError> {
    if path == "-" {
      return .success(
        JSONLinesReader(fileDescriptor: 0, name: InputReader.stdinName, maxLineBytes: maxLineBytes))
    }
    let fd = Glibc_open(path)
    guard fd >= 0 else { return .failure(InputError(path: path, .unreadable(InputReader.osReason()))) }
    var info = stat()
    if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      close(fd)
      return .failure(InputError(path: path, .unreadable(InputReader.osReason(EISDIR))))
    }
    return .success(
      JSONLinesReader(fileDescriptor: fd, name: path, maxLineBytes: maxLineBytes, closeWhenDone: true))
  }

  public mutating func next() -> Result<Document, InputError>? {
    let (name, limit) = (name, maxLineBytes)
    return advance { line, number, offset in
      JSONLines.document(line: line, number: number, offset: offset, name: name, limit: limit)
    }
  }

  /// The next non-blank line as bytes, unparsed, for callers that parse records on other
  /// threads; errors are those found before parsing (a line too long, a failed read).
  public mutating func nextLine() -> Result<JSONLine, InputError>? {
    let (name, limit) = (name, maxLineBytes)
    return advance { line, number, offset in
      if ByteChecks.isBlank(line, from: 0) { return nil }
      return .success(JSONLine(bytes: Array(line), number: number, offset: offset, name: name, limit: limit))
    }
  }

  /// Whether the next line can be had without waiting long: one is buffered, the input has
  /// ended or failed, or bytes arrive within `timeout` milliseconds. Pipes and terminals can
  /// stall between records; a caller holding results checks this before `nextLine()` blocks.
  public mutating func isReady(timeout: Int32) -> Bool {
    if readError != nil || atEnd || newline(from: Swift.max(searched, lineStart)) != nil { return true }
    var request = pollfd(fd: source.fd, events: Int16(POLLIN), revents: 0)
    let n = poll(&request, 1, timeout)
    // Readable, hung up, or an error that the read will report; a signal is no news.
    return n > 0 || (n < 0 && errno != EINTR)
  }

  /// Reads up to the next line that `make` yields something for.
  mutating func advance<T>(
    _ make: (UnsafeBufferPointer<UInt8>, _ number: Int, _ offset: Int) -> Result<T, InputError>?
  ) -> Result<T, InputError>? {
    while true {
      if let error = readError {
        readError = nil
        atEnd = true
        buffer = []
        lineStart = 0
        searched = 0
        return .failure(error)
      }
      // Find the end of the current line in what has been read.
      if let nl = newline(from: Swift.max(searched, lineStart)) {
        let start = lineStart
        lineStart = nl + 1
        searched = lineStart
        if let result = finishLine(start..<nl, make) { return result }
        continue
      }
      searched = buffer.count
      if atEnd {
        guard lineStart < buffer.count || skipping else { return nil }
        let start = lineStart
        lineStart = buffer.count
        searched = lineStart
        return finishLine(start..<buffer.count, make)
      }
      if skipping || buffer.count - lineStart > maxLineBytes + 4 {
        // Too long to hold (a few more bytes are allowed for a "\r" and a byte order mark,
        // which do not count): count its bytes and drop them as they arrive; the line is
        // reported when its end is found.
        if !skipping && lineNumber == 0 && bufferOffset == 0 && lineStart == 0
          && buffer.starts(with: [0xEF, 0xBB, 0xBF])
        {
          skipped = -3
        }
        skipping = true
        if buffer.count > lineStart {
          skipped += buffer.count - lineStart
          skippedLastByte = buffer[buffer.count - 1]
        }
        discard(upTo: buffer.count)
      }
      fill()
    }
  }

  /// Handles a complete line; nil when there is nothing to yield for it.
  mutating func finishLine<T>(
    _ range: Range<Int>, _ make: (UnsafeBufferPointer<UInt8>, Int, Int) -> Result<T, InputError>?
  ) -> Result<T, InputError>? {
    lineNumber += 1
    if skipping {
      skipping = false
      var size = skipped + range.count
      let last = range.isEmpty ? skippedLastByte : buffer[range.upperBound - 1]
      if last == 0x0D { size -= 1 }
      skipped = 0
      return .failure(
        InputError(path: name, line: lineNumber, .tooLarge(size: size, limit: maxLineBytes)))
    }
    var start = range.lowerBound
    if lineNumber == 1 && bufferOffset == 0 && start == 0 && range.count >= 3 && buffer[0] == 0xEF
      && buffer[1] == 0xBB && buffer[2] == 0xBF
    {
      start = 3
    }
    let offset = bufferOffset + start
    let number = lineNumber
    return buffer.withUnsafeBufferPointer { all in
      make(UnsafeBufferPointer(rebasing: all[start..<range.upperBound]), number, offset)
    }
  }

  /// Drops buffered bytes before `index` that belong to a line being skipped.
  mutating func discard(upTo index: Int) {
    bufferOffset += index
    buffer.removeSubrange(0..<index)
    lineStart = 0
    searched = 0
  }

  func newline(from: Int) -> Int? {
    guard from < buffer.count else { return nil }
    return buffer.withUnsafeBufferPointer { b in
      guard let base = b.baseAddress, let p = memchr(base + from, 0x0A, b.count - from) else {
        return nil
      }
      return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
    }
  }

  /// Reads one more chunk, first moving the unfinished line to the front of the buffer.
  mutating func fill() {
    if lineStart > 0 {
      bufferOffset += lineStart
      buffer.removeSubrange(0..<lineStart)
      searched -= lineStart
      lineStart = 0
    }
    // Read into a chunk kept for the reader's life and append only what arrived: a pipe
    // delivers a few KB per read, which must not cost a megabyte of zeroing each time.
    if chunk.isEmpty { chunk = [UInt8](repeating: 0, count: chunkSize) }
    while true {
      let count = chunk.withUnsafeMutableBytes { raw in Glibc_readInto(source.fd, raw.baseAddress!, raw.count) }
      if count < 0 && errno == EINTR { continue }
      if count < 0 {
        readError = InputError(path: name, .unreadable(InputReader.osReason()))
        return
      }
      buffer.append(contentsOf: chunk[0..<count])
      if count == 0 { atEnd = true }
      return
    }
  }
}

@inline(__always)
private func Glibc_open(_ path: String) -> Int32 {
  open(path, O_RDONLY | O_CLOEXEC)
}

@inline(__always)
private func Glibc_readInto(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(fd, p, count)
}

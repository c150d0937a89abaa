#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
import TextModel

/// Turns files, directories, standard input and JSON Lines into `Document` values.
///
/// Every article goes through the same checks, in order: size limit, empty (no bytes, or only
/// ASCII whitespace and a byte order mark), binary (a NUL byte, or one byte in ten a control
/// character, in the first 8 KB) and UTF-8 well-formedness. A leading UTF-8 byte order mark is
/// dropped: `text` starts after it, so every offset into `text` is 3 less than the same byte's
/// offset in the file (error messages, which speak of the file, count the mark). Line endings
/// are kept as written (CRLF included); markup is never removed from `text` but described by
/// `edits`.
public struct InputReader: Sendable {
  public static let defaultMaxBytes = 10 * 1024 * 1024
  /// The extensions a directory walk keeps (compared case-insensitively).
  public static let articleExtensions: Set<String> = ["md", "markdown", "txt", "html", "htm"]
  /// The name standard input is read under (`-` on the command line).
  public static let stdinName = "<stdin>"

  /// The largest article accepted, in bytes. For JSON Lines it bounds each record's line.
  public var maxBytes: Int
  /// How standard input is read, since it has no extension.
  public var stdinFormat: Document.Format

  public init(maxBytes: Int = InputReader.defaultMaxBytes, stdinFormat: Document.Format = .text) {
    self.maxBytes = maxBytes
    self.stdinFormat = stdinFormat
  }

  /// `.markdown` for .md/.markdown, `.html` for .html/.htm, `.text` for anything else.
  public static func format(forPath path: String) -> Document.Format {
    switch fileExtension(path) {
    case "md", "markdown": return .markdown
    case "html", "htm": return .html
    default: return .text
    }
  }

  /// The lower-cased extension of the last path component, or "" when it has none.
  static func fileExtension(_ path: String) -> String {
    let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return name[name.index(after: dot)...].lowercased()
  }

  // MARK: - Expanding paths

  /// Files as given (whatever their extension); directories walked recursively in byte order
  /// of names, keeping article extensions and skipping hidden entries (names starting with
  /// "."); `-` stays as is and means standard input. A path that cannot be found or listed
  /// gives an error result in its place.
  public func expand(_ paths: [String]) -> [Result<String, InputError>] {
    Array(PathWalker(paths))
  }

  static func isDirectory(_ info: stat) -> Bool {
    (info.st_mode & S_IFMT) == S_IFDIR
  }

  static func osReason(_ code: Int32 = errno) -> String {
    guard let message = strerror(code) else { return "error \(code)" }
    return String(cString: message)
  }

  // MARK: - Reading articles

  /// Reads one article; `-` reads standard input as `stdinFormat` under the name `<stdin>`.
  public func read(path: String) -> Result<Document, InputError> {
    if path == "-" {
      return Self.readAll(fd: 0, name: Self.stdinName, limit: maxBytes).flatMap {
        read(bytes: $0, name: Self.stdinName, format: stdinFormat)
      }
    }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .failure(InputError(path: path, .unreadable(Self.osReason()))) }
    defer { close(fd) }
    var info = stat()
    if fstat(fd, &info) == 0 {
      if Self.isDirectory(info) {
        return .failure(InputError(path: path, .unreadable(Self.osReason(EISDIR))))
      }
      if Int(info.st_size) > maxBytes {
        return .failure(InputError(path: path, .tooLarge(size: Int(info.st_size), limit: maxBytes)))
      }
    }
    return Self.readAll(fd: fd, name: path, limit: maxBytes).flatMap {
      read(bytes: $0, name: path, format: nil)
    }
  }

  /// Reads until end of file, or one byte past `limit` (which the size check then reports).
  static func readAll(fd: Int32, name: String, limit: Int) -> Result<[UInt8], InputError> {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count <= limit {
      let count = chunk.withUnsafeMutableBytes { Glibc_read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(InputError(path: name, .unreadable(osReason())))
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return .success(bytes)
  }

  /// Checks and reads an article held in memory. `name` becomes the document's id and path
  /// and names it in errors; `format` nil means "from the extension of `name`".
  public func read(bytes: [UInt8], name: String, format: Document.Format? = nil) -> Result<
    Document, InputError
  > {
    let format = format ?? Self.format(forPath: name)
    return bytes.withUnsafeBufferPointer { all in
      switch ByteChecks.check(all, limit: maxBytes) {
      case .failure(let kind):
        return .failure(InputError(path: name, kind))
      case .success(let start):
        let body = UnsafeBufferPointer(rebasing: all[start...])
        let text = String(decoding: body, as: UTF8.self)
        return .success(Self.document(text: text, bytes: body, id: name, path: name, format: format))
      }
    }
  }

  /// Builds the document for already-checked text, reading its markup into edits and metadata.
  static func document(
    text: String, bytes: UnsafeBufferPointer<UInt8>, id: String, path: String?,
    format: Document.Format
  ) -> Document {
    let markup: Markup
    switch format {
    case .text: markup = Markup()
    case .markdown: markup = MarkdownReader.read(bytes)
    case .html: markup = HTMLReader.read(bytes)
    }
    return Document(
      id: id, path: path, format: format, text: text, edits: markup.edits,
      published: markup.published, updated: markup.updated, languageHint: markup.language)
  }
}

/// What a markup reader found: the edits that hide or decode markup, and metadata.
struct Markup {
  var edits: [TextEdit] = []
  var published: String?
  var updated: String?
  var language: Language?
}

/// `ar` or `en` from a language tag or name such as "ar-EG", "en_GB", "Arabic".
func languageHint(_ value: String) -> Language? {
  let tag = value.trimmingASCIIWhitespace().lowercased()
  if tag == "arabic" || tag == "العربية" { return .ar }
  if tag == "english" { return .en }
  let primary = tag.prefix { $0 != "-" && $0 != "_" }
  switch primary {
  case "ar", "ara": return .ar
  case "en", "eng": return .en
  default: return nil
  }
}

extension String {
  func trimmingASCIIWhitespace() -> String {
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
    let bytes = Array(utf8)
    guard let first = bytes.firstIndex(where: { !isSpace($0) }),
      let last = bytes.lastIndex(where: { !isSpace($0) })
    else { return "" }
    if first == 0 && last == bytes.count - 1 { return self }
    return String(decoding: bytes[first...last], as: UTF8.self)
  }
}

@inline(__always)
private func Glibc_read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(fd, buffer, count)
}

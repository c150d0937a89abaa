#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
import Inputs
import TextModel

/// The articles of an audit, read lazily in input order: files and directories first, then
/// JSON Lines archives (`-` is standard input). Nothing is read ahead of what is asked for,
/// so memory does not grow with the archive. Files are yielded as paths and archive records
/// as unparsed lines: the workers read and parse them.
public struct ArticleStream: Sequence, IteratorProtocol {
  private var paths: PathWalker
  private var archives: [String]
  private var current: JSONLinesReader?
  private var consumedBefore = 0
  private let reader: InputReader

  public init(paths: [String], archives: [String], reader: InputReader = InputReader()) {
    self.paths = PathWalker(paths)
    self.archives = archives.reversed()
    self.reader = reader
  }

  /// Total size of the inputs that have a known size (regular files and archives), for an
  /// estimate of the time left; nil when any input (a pipe, a directory) has none.
  public static func knownSize(paths: [String], archives: [String]) -> Int? {
    var total = 0
    for path in paths + archives {
      var info = stat()
      guard path != "-", stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
      total += Int(info.st_size)
    }
    return total
  }

  /// Bytes of archive input consumed so far (files count when read by the workers instead).
  public var archiveBytesRead: Int { consumedBefore + (current?.bytesRead ?? 0) }

  /// Whether `next()` can answer without waiting long for input (see `JSONLinesReader.isReady`).
  public mutating func isReady(timeout: Int32) -> Bool {
    guard current != nil else { return true }
    return current!.isReady(timeout: timeout)
  }

  public mutating func next() -> AuditItem? {
    if let path = paths.next() {
      switch path {
      case .success(let p): return .file(p)
      case .failure(let e): return .failed(e)
      }
    }
    while true {
      if current != nil, let record = current!.nextLine() {
        switch record {
        case .success(let line): return .line(line)
        case .failure(let e): return .failed(e)
        }
      }
      if let done = current {
        consumedBefore += done.bytesRead
        current = nil
      }
      guard let archive = archives.popLast() else { return nil }
      switch JSONLinesReader.open(path: archive, maxLineBytes: reader.maxBytes) {
      case .success(let r): current = r
      case .failure(let e): return .failed(e)
      }
    }
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation
import Reporters

/// Where an audit's lines go: a file or standard output. Lines are buffered and written whole,
/// at least every `interval` seconds, so a killed audit leaves only whole lines behind and a
/// reader following the file sees results as they come.
public final class AuditOutput {
  private let fd: Int32
  private let owned: Bool
  private var buffer: [UInt8] = []
  private var lastFlush = ContinuousClock.now
  private let interval: Duration
  public let name: String

  /// Opens `path` (`-` is standard output); `append` keeps what is there (for `--resume`).
  public init(path: String, append: Bool, interval: Duration = .milliseconds(200)) throws(AuditError) {
    name = path == "-" ? "<stdout>" : path
    self.interval = interval
    if path == "-" {
      fd = 1
      owned = false
    } else {
      let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC)
      fd = open(path, flags, 0o644)
      guard fd >= 0 else { throw AuditError("\(path): error: cannot write the audit output: \(String(cString: strerror(errno)))") }
      owned = true
    }
    buffer.reserveCapacity(1 << 17)
  }

  /// An output that keeps nothing, for audits run only for their summary or report.
  public static var discard: AuditOutput { AuditOutput() }

  private init() {
    fd = -1
    owned = false
    interval = .seconds(3600)
    name = "<none>"
  }

  deinit {
    try? flush()
    if owned { close(fd) }
  }

  public func write(_ line: [UInt8]) throws(AuditError) {
    buffer.append(contentsOf: line)
    if buffer.count >= 1 << 16 || ContinuousClock.now - lastFlush >= interval { try flush() }
  }

  public func flush() throws(AuditError) {
    lastFlush = ContinuousClock.now
    if fd < 0 { buffer.removeAll(keepingCapacity: true) }
    var done = 0
    while done < buffer.count {
      let n = buffer.withUnsafeBytes { raw in Glibc.write(fd, raw.baseAddress! + done, raw.count - done) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else {
        buffer.removeAll()
        throw AuditError("\(name): error: cannot write the audit output: \(String(cString: strerror(errno)))")
      }
      done += n
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

public struct AuditError: Error, CustomStringConvertible, Sendable {
  public var description: String
  public init(_ description: String) { self.description = description }
}

/// What an interrupted audit already wrote: the ids to skip.
public struct ResumePoint: Sendable {
  public var ids: Set<String> = []

  public init() {}

  /// Reads an existing output file line by line, handing each line to `each` (for the summary).
  /// A last line without its newline (cut off mid-write) is removed from the file, so the rerun
  /// writes that article again whole. A missing file is an empty resume point; a line that is
  /// not an audit line is an error naming it.
  public static func load(path: String, each: (AuditLine) -> Void) throws(AuditError) -> ResumePoint {
    var point = ResumePoint()
    guard let file = fopen(path, "r") else {
      if errno == ENOENT { return point }
      throw AuditError("\(path): error: cannot read the output to resume: \(String(cString: strerror(errno)))")
    }
    defer { fclose(file) }
    let decoder = JSONDecoder()
    var line: UnsafeMutablePointer<CChar>?
    var capacity = 0
    defer { free(line) }
    var number = 0
    var offset = 0
    while true {
      let n = getline(&line, &capacity, file)
      guard n > 0, let line else { break }
      number += 1
      let bytes = UnsafeRawBufferPointer(start: line, count: n)
      guard bytes[n - 1] == 0x0A else {
        guard truncate(path, off_t(offset)) == 0 else {
          throw AuditError("\(path): error: cannot cut off the unfinished last line: \(String(cString: strerror(errno)))")
        }
        break
      }
      offset += n
      guard n > 1 else { continue }
      do {
        let decoded = try decoder.decode(AuditLine.self, from: Data(bytes[0..<(n - 1)]))
        point.ids.insert(decoded.id)
        each(decoded)
      } catch {
        throw AuditError("\(path):\(number): error: not a line of claimcheck audit output; cannot resume from it")
      }
    }
    return point
  }
}

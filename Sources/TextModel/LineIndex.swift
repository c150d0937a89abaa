/// Converts UTF-8 offsets into 1-based lines and code-point columns, the units every
/// output format reports. CR, LF and CRLF each end one line.
public struct LineIndex: Sendable {
  /// UTF-8 offset where each line starts.
  public let lineStarts: [Int]
  /// Code points before every `stride`-th byte, so converting an offset never scans more
  /// than `stride` bytes, however long its line.
  private let checkpoints: [Int]
  /// Code points before each line start, so a column needs one conversion, not two.
  private let lineStartCodePoints: [Int]
  private let bytes: [UInt8]
  // Short, since every fact of every article converts both its ends.
  private static let stride = 64

  public init(_ text: String) {
    let bytes = Array(text.utf8)
    var starts = [0]
    var startCodePoints: [Int] = [0]
    var checkpoints: [Int] = []
    checkpoints.reserveCapacity(bytes.count / Self.stride + 1)
    var codePoints = 0
    var i = 0
    while i < bytes.count {
      if i % Self.stride == 0 { checkpoints.append(codePoints) }
      let b = bytes[i]
      if b & 0xC0 != 0x80 { codePoints += 1 }
      i += 1
      if b == 0x0A || (b == 0x0D && (i >= bytes.count || bytes[i] != 0x0A)) {
        starts.append(i)
        startCodePoints.append(codePoints)
      }
    }
    if bytes.count % Self.stride == 0 { checkpoints.append(codePoints) }
    self.bytes = bytes
    self.lineStarts = starts
    self.lineStartCodePoints = startCodePoints
    self.checkpoints = checkpoints
  }

  public struct Position: Sendable, Equatable, Hashable {
    public var line: Int
    public var column: Int
    /// Code points from the start of the text.
    public var offset: Int
  }

  /// Code points before UTF-8 offset `offset`.
  public func codePoints(before offset: Int) -> Int {
    let offset = min(max(offset, 0), bytes.count)
    let block = offset / Self.stride
    var n = checkpoints[min(block, checkpoints.count - 1)]
    var i = min(block, checkpoints.count - 1) * Self.stride
    while i < offset {
      if bytes[i] & 0xC0 != 0x80 { n += 1 }
      i += 1
    }
    return n
  }

  public func position(ofUTF8 offset: Int) -> Position {
    let offset = min(max(offset, 0), bytes.count)
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    let at = codePoints(before: offset)
    return Position(line: lo + 1, column: at - lineStartCodePoints[lo] + 1, offset: at)
  }

  /// The text of a 1-based line, without its line break.
  public func line(_ number: Int) -> String {
    guard number >= 1, number <= lineStarts.count else { return "" }
    let start = lineStarts[number - 1]
    var end = number < lineStarts.count ? lineStarts[number] : bytes.count
    while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The line around a span, cut at spaces to at most about `radius` bytes on each side, with
  /// "…" where it was cut: enough context to read a claim without printing a whole paragraph.
  public func excerpt(around span: Range<Int>, radius: Int = 160) -> String {
    let (range, cutBefore, cutAfter) = excerptRange(around: span, radius: radius)
    return Self.mark(String(decoding: bytes[range], as: UTF8.self), cutBefore, cutAfter)
  }

  /// The bytes `excerpt(around:radius:)` shows, and whether it cut the line before and after them.
  public func excerptRange(around span: Range<Int>, radius: Int = 160) -> (Range<Int>, Bool, Bool) {
    let lower = min(max(span.lowerBound, 0), bytes.count)
    let upper = min(max(span.upperBound, lower), bytes.count)
    let line = position(ofUTF8: lower).line
    let lineStart = lineStarts[line - 1]
    var lineEnd = line < lineStarts.count ? lineStarts[line] : bytes.count
    while lineEnd > lineStart, bytes[lineEnd - 1] == 0x0A || bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
    var start = lineStart
    if lower - lineStart > radius {
      start = lower - radius
      while start < lower, bytes[start] != 0x20 { start += 1 }
    }
    var end = max(lineEnd, upper)
    if end - upper > radius {
      end = upper + radius
      while end > upper, bytes[end] != 0x20 { end -= 1 }
    }
    return (start..<end, start > lineStart, end < lineEnd)
  }

  /// `text` with "…" where it was cut, and no spaces next to them.
  public static func mark(_ text: String, _ cutBefore: Bool, _ cutAfter: Bool) -> String {
    var out = text
    if cutBefore { out = "…" + out.drop { $0 == " " } }
    if cutAfter { out = String(out.reversed().drop { $0 == " " }.reversed()) + "…" }
    return out
  }
}

/// Byte-level checks run on every input before it becomes text.
public enum ByteChecks {
  /// The offset of the first byte of the first ill-formed UTF-8 sequence, or nil when all of
  /// `bytes` is well formed. Follows the Unicode well-formedness table: overlong forms,
  /// surrogates (U+D800–DFFF), values above U+10FFFF and sequences cut short are rejected.
  public static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let n = bytes.count
    var i = 0
    while i < n {
      let lead = base[i]
      if lead < 0x80 {
        i += 1
        // The ASCII run this byte may start, eight bytes at a time.
        while i + 8 <= n {
          let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
          if word & 0x8080_8080_8080_8080 != 0 { break }
          i += 8
        }
        continue
      }
      @inline(__always) func isContinuation(_ k: Int) -> Bool { base[k] & 0xC0 == 0x80 }
      switch lead {
      case 0xC2...0xDF:
        guard i + 1 < n, isContinuation(i + 1) else { return i }
        i += 2
      case 0xE0...0xEF:
        guard i + 2 < n else { return i }
        let second = base[i + 1]
        let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80  // E0 80..9F would be overlong
        let high: UInt8 = lead == 0xED ? 0x9F : 0xBF  // ED A0..BF would be a surrogate
        guard second >= low, second <= high, isContinuation(i + 2) else { return i }
        i += 3
      case 0xF0...0xF4:
        guard i + 3 < n else { return i }
        let second = base[i + 1]
        let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80  // F0 80..8F would be overlong
        let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF  // F4 90.. would pass U+10FFFF
        guard second >= low, second <= high, isContinuation(i + 2), isContinuation(i + 3)
        else { return i }
        i += 4
      default:
        return i  // stray continuation byte, C0/C1 (always overlong) or F5 and above
      }
    }
    return nil
  }

  public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { firstInvalidUTF8($0) }
  }

  /// Whether the bytes start with the UTF-8 byte order mark EF BB BF.
  static func hasBOM(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF
  }

  /// How much of the start is looked at to tell binary files from text.
  static let sniffLength = 8192

  /// `.binary` when the first 8 KB hold a NUL byte, or when at least one byte in ten of them
  /// (and at least four) is a C0 control other than tab, line feed, vertical tab, form feed,
  /// carriage return and escape, or DEL.
  static func binaryCheck(_ b: UnsafeBufferPointer<UInt8>) -> InputError.Kind? {
    let end = min(b.count, sniffLength)
    var controls = 0
    for i in 0..<end {
      let c = b[i]
      if c >= 0x20 && c != 0x7F { continue }
      if c == 0 { return .binary(nulAt: i) }
      switch c {
      case 0x09...0x0D, 0x1B: break
      default: controls += 1
      }
    }
    if controls >= 4 && controls * 10 >= end { return .binary(nulAt: nil) }
    return nil
  }

  /// Whether everything from `start` on is ASCII whitespace.
  static func isBlank(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
    var i = start
    while i < b.count {
      switch b[i] {
      case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: i += 1
      default: return false
      }
    }
    return true
  }

  /// Runs the checks every article goes through, in order: size, UTF-16 byte order mark,
  /// empty, binary, UTF-8.
  /// On success, returns where the text starts (after a byte order mark).
  static func check(_ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Result<Int, InputError.Kind> {
    if b.count > limit { return .failure(.tooLarge(size: b.count, limit: limit)) }
    let start = hasBOM(b) ? 3 : 0
    if b.count >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)) {
      return .failure(.utf16)
    }
    if isBlank(b, from: start) { return .failure(.empty) }
    if let kind = binaryCheck(b) { return .failure(kind) }
    if let bad = firstInvalidUTF8(b) { return .failure(.invalidUTF8(offset: bad)) }
    return .success(start)
  }
}

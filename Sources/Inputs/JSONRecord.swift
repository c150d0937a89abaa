/// The fields of one JSON Lines article record that the engine reads.
struct JSONRecord {
  var id: String?
  var text: String?
  var html: String?
  var published: String?
  var updated: String?
  var lang: String?
}

struct JSONFailure: Error {
  var message: String
}

/// A hand-written parser for one flat JSON object per line. Strings are decoded with every
/// escape (`\uXXXX` surrogate pairs included; a lone surrogate reads as U+FFFD); numbers,
/// literals and nested values are checked and skipped unless they are a wanted field.
/// The bytes must already be valid UTF-8.
struct JSONRecordParser {
  let b: UnsafeBufferPointer<UInt8>
  let start: Int
  let end: Int
  var i: Int

  static let maxDepth = 256

  init(_ b: UnsafeBufferPointer<UInt8>) {
    self.b = b
    self.start = 0
    self.end = b.count
    self.i = 0
  }

  enum Field {
    case id, text, html, published, updated, lang, other
  }

  static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Result<JSONRecord, JSONFailure> {
    var parser = JSONRecordParser(b)
    do {
      return .success(try parser.record())
    } catch {
      return .failure(error)
    }
  }

  func fail(_ what: String) -> JSONFailure {
    JSONFailure(message: "\(what) at column \(i - start + 1)")
  }

  func unexpected(_ expected: String) -> JSONFailure {
    guard i < end else { return JSONFailure(message: "expected \(expected) but the line ended") }
    return fail("expected \(expected), found \(describe(b[i]))")
  }

  func describe(_ c: UInt8) -> String {
    if c >= 0x21 && c < 0x7F { return "'\(Character(Unicode.Scalar(c)))'" }
    return String(format2(c))
  }

  func format2(_ c: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "byte 0x\(digits[Int(c >> 4)])\(digits[Int(c & 15)])"
  }

  @inline(__always)
  mutating func skipSpace() {
    while i < end {
      let c = b[i]
      if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1 } else { return }
    }
  }

  /// After `[` or `{`: consumes `close` at once when the container is empty.
  mutating func closesEmpty(_ close: UInt8) -> Bool {
    skipSpace()
    guard i < end, b[i] == close else { return false }
    i += 1
    return true
  }

  /// After a member: "," means another follows (false), `close` ends the container (true).
  mutating func closesAfterMember(_ close: UInt8) throws(JSONFailure) -> Bool {
    skipSpace()
    let expected = close == UInt8(ascii: "}") ? "',' or '}'" : "',' or ']'"
    guard i < end else { throw unexpected(expected) }
    if b[i] == UInt8(ascii: ",") {
      i += 1
      return false
    }
    guard b[i] == close else { throw unexpected(expected) }
    i += 1
    return true
  }

  mutating func record() throws(JSONFailure) -> JSONRecord {
    skipSpace()
    guard i < end, b[i] == UInt8(ascii: "{") else { throw unexpected("'{'") }
    i += 1
    var record = JSONRecord()
    if !closesEmpty(UInt8(ascii: "}")) {
      repeat {
        skipSpace()
        guard i < end, b[i] == UInt8(ascii: "\"") else { throw unexpected("a key string") }
        let field = try key()
        skipSpace()
        guard i < end, b[i] == UInt8(ascii: ":") else { throw unexpected("':'") }
        i += 1
        skipSpace()
        try value(for: field, into: &record)
      } while try !closesAfterMember(UInt8(ascii: "}"))
    }
    skipSpace()
    if i < end { throw fail("unexpected \(describe(b[i])) after the record") }
    return record
  }

  mutating func key() throws(JSONFailure) -> Field {
    let keyStart = i + 1
    let plainEnd = scanPlain(from: keyStart)
    if plainEnd < end && b[plainEnd] == UInt8(ascii: "\"") {
      i = plainEnd + 1
      return Self.field(UnsafeBufferPointer(rebasing: b[keyStart..<plainEnd]))
    }
    let decoded = try string()
    return decoded.utf8.withContiguousStorageIfAvailable { Self.field($0) } ?? .other
  }

  static func field(_ k: UnsafeBufferPointer<UInt8>) -> Field {
    func equals(_ s: StaticString) -> Bool {
      guard k.count == s.utf8CodeUnitCount else { return false }
      for n in 0..<k.count where k[n] != s.utf8Start[n] { return false }
      return true
    }
    switch k.count {
    case 2: return equals("id") ? .id : .other
    case 4:
      if equals("text") { return .text }
      if equals("html") { return .html }
      if equals("lang") { return .lang }
      return .other
    case 7: return equals("updated") ? .updated : .other
    case 8: return equals("language") ? .lang : .other
    case 9: return equals("published") ? .published : .other
    default: return .other
    }
  }

  mutating func value(for field: Field, into record: inout JSONRecord) throws(JSONFailure) {
    guard i < end else { throw unexpected("a value") }
    let c = b[i]
    if field == .other {
      try skipValue(depth: 0)
      return
    }
    if c == UInt8(ascii: "\"") {
      let s = try string()
      switch field {
      case .id: record.id = s
      case .text: record.text = s
      case .html: record.html = s
      case .published: record.published = s
      case .updated: record.updated = s
      case .lang: record.lang = s
      case .other: break
      }
      return
    }
    let valueStart = i
    try skipValue(depth: 0)
    // A number is a fine id; any other non-string value leaves the field unset.
    if field == .id, c == UInt8(ascii: "-") || isDigit(c) {
      record.id = String(decoding: UnsafeBufferPointer(rebasing: b[valueStart..<i]), as: UTF8.self)
    }
  }

  mutating func skipValue(depth: Int) throws(JSONFailure) {
    guard i < end else { throw unexpected("a value") }
    guard depth < Self.maxDepth else { throw fail("nesting too deep") }
    let c = b[i]
    switch c {
    case UInt8(ascii: "\""): try skipString()
    case UInt8(ascii: "{"):
      i += 1
      if closesEmpty(UInt8(ascii: "}")) { return }
      repeat {
        skipSpace()
        guard i < end, b[i] == UInt8(ascii: "\"") else { throw unexpected("a key string") }
        try skipString()
        skipSpace()
        guard i < end, b[i] == UInt8(ascii: ":") else { throw unexpected("':'") }
        i += 1
        skipSpace()
        try skipValue(depth: depth + 1)
      } while try !closesAfterMember(UInt8(ascii: "}"))
    case UInt8(ascii: "["):
      i += 1
      if closesEmpty(UInt8(ascii: "]")) { return }
      repeat {
        skipSpace()
        try skipValue(depth: depth + 1)
      } while try !closesAfterMember(UInt8(ascii: "]"))
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
    default: throw unexpected("a value")
    }
  }

  mutating func literal(_ word: StaticString) throws(JSONFailure) {
    let count = word.utf8CodeUnitCount
    guard i + count <= end else { throw fail("invalid literal") }
    for k in 0..<count where b[i + k] != word.utf8Start[k] { throw fail("invalid literal") }
    i += count
  }

  /// JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  mutating func number() throws(JSONFailure) {
    if b[i] == UInt8(ascii: "-") { i += 1 }
    guard i < end, isDigit(b[i]) else { throw fail("invalid number") }
    if b[i] == UInt8(ascii: "0") {
      i += 1
    } else {
      while i < end, isDigit(b[i]) { i += 1 }
    }
    if i < end, b[i] == UInt8(ascii: ".") {
      i += 1
      guard i < end, isDigit(b[i]) else { throw fail("invalid number") }
      while i < end, isDigit(b[i]) { i += 1 }
    }
    if i < end, b[i] | 0x20 == UInt8(ascii: "e") {
      i += 1
      if i < end, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
      guard i < end, isDigit(b[i]) else { throw fail("invalid number") }
      while i < end, isDigit(b[i]) { i += 1 }
    }
  }

  /// The first index from `from` holding `"`, `\` or a control character (or `end`).
  @inline(__always)
  func scanPlain(from: Int) -> Int {
    var k = from
    if let base = b.baseAddress {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      while k + 8 <= end {
        let w = UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)
        let quote = w ^ (ones &* 0x22)
        let slash = w ^ (ones &* 0x5C)
        let hit =
          ((quote &- ones) & ~quote) | ((slash &- ones) & ~slash) | ((w &- ones &* 0x20) & ~w)
        if hit & highs != 0 { break }
        k += 8
      }
    }
    while k < end {
      let c = b[k]
      if c == 0x22 || c == 0x5C || c < 0x20 { return k }
      k += 1
    }
    return end
  }

  mutating func skipString() throws(JSONFailure) {
    let quote = i
    var k = i + 1
    while true {
      k = scanPlain(from: k)
      guard k < end else {
        i = quote
        throw fail("unterminated string starting")
      }
      let c = b[k]
      if c == UInt8(ascii: "\"") {
        i = k + 1
        return
      }
      if c < 0x20 {
        i = k
        throw fail("control character in string")
      }
      // A backslash: check the escape.
      guard k + 1 < end else {
        i = quote
        throw fail("unterminated string starting")
      }
      switch b[k + 1] {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
        UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
        k += 2
      case UInt8(ascii: "u"):
        i = k
        guard hex4(at: k + 2) != nil else { throw fail("invalid \\u escape") }
        k += 6
      default:
        i = k
        throw fail("invalid escape")
      }
    }
  }

  func hex4(at k: Int) -> UInt32? {
    guard k + 4 <= end else { return nil }
    var v: UInt32 = 0
    for n in k..<k + 4 {
      guard let d = Entities.digitValue(b[n], hex: true) else { return nil }
      v = v << 4 | d
    }
    return v
  }

  /// Decodes the string starting at the `"` at `i`.
  mutating func string() throws(JSONFailure) -> String {
    let quote = i
    let s = i + 1
    var k = scanPlain(from: s)
    if k < end && b[k] == UInt8(ascii: "\"") {
      i = k + 1
      return String(decoding: UnsafeBufferPointer(rebasing: b[s..<k]), as: UTF8.self)
    }
    var out: [UInt8] = []
    out.reserveCapacity(k - s + 64)
    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[s..<k]))
    while true {
      guard k < end else {
        i = quote
        throw fail("unterminated string starting")
      }
      let c = b[k]
      if c == UInt8(ascii: "\"") {
        i = k + 1
        return String(decoding: out, as: UTF8.self)
      }
      if c < 0x20 {
        i = k
        throw fail("control character in string")
      }
      guard k + 1 < end else {
        i = quote
        throw fail("unterminated string starting")
      }
      switch b[k + 1] {
      case UInt8(ascii: "\""): out.append(0x22)
      case UInt8(ascii: "\\"): out.append(0x5C)
      case UInt8(ascii: "/"): out.append(0x2F)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        guard var v = hex4(at: k + 2) else {
          i = k
          throw fail("invalid \\u escape")
        }
        k += 6
        if v >= 0xD800 && v <= 0xDBFF, k + 1 < end, b[k] == UInt8(ascii: "\\"),
          b[k + 1] == UInt8(ascii: "u"), let low = hex4(at: k + 2), low >= 0xDC00 && low <= 0xDFFF
        {
          v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
          k += 6
        } else if v >= 0xD800 && v <= 0xDFFF {
          v = 0xFFFD  // a lone surrogate
        }
        appendUTF8(v, to: &out)
        let next = scanPlain(from: k)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[k..<next]))
        k = next
        continue
      default:
        i = k
        throw fail("invalid escape")
      }
      k += 2
      let next = scanPlain(from: k)
      out.append(contentsOf: UnsafeBufferPointer(rebasing: b[k..<next]))
      k = next
    }
  }

  @inline(__always)
  func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
    switch v {
    case 0..<0x80:
      out.append(UInt8(v))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | v >> 6))
      out.append(UInt8(0x80 | v & 0x3F))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | v >> 12))
      out.append(UInt8(0x80 | (v >> 6) & 0x3F))
      out.append(UInt8(0x80 | v & 0x3F))
    default:
      out.append(UInt8(0xF0 | v >> 18))
      out.append(UInt8(0x80 | (v >> 12) & 0x3F))
      out.append(UInt8(0x80 | (v >> 6) & 0x3F))
      out.append(UInt8(0x80 | v & 0x3F))
    }
  }
}

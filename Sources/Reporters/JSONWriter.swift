/// Writes JSON straight into a byte buffer, keys in the order given, so output is
/// deterministic and fast enough for whole archives.
public struct JSONWriter: Sendable {
  public private(set) var bytes: [UInt8] = []
  private var needsComma: [Bool] = [false]
  private let pretty: Bool
  private var depth = 0

  public init(pretty: Bool = false, capacity: Int = 4096) {
    self.pretty = pretty
    bytes.reserveCapacity(capacity)
  }

  public var string: String { String(decoding: bytes, as: UTF8.self) }

  private mutating func separate() {
    if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
    needsComma[needsComma.count - 1] = true
    newline()
  }

  private mutating func newline() {
    guard pretty, depth > 0 else { return }
    bytes.append(0x0A)
    for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
  }

  public mutating func beginObject() { open(UInt8(ascii: "{")) }
  public mutating func endObject() { close(UInt8(ascii: "}")) }
  public mutating func beginArray() { open(UInt8(ascii: "[")) }
  public mutating func endArray() { close(UInt8(ascii: "]")) }

  private mutating func open(_ c: UInt8) {
    if !pendingKey { separate() }
    pendingKey = false
    bytes.append(c)
    needsComma.append(false)
    depth += 1
  }

  private mutating func close(_ c: UInt8) {
    let hadItems = needsComma.removeLast()
    depth -= 1
    if hadItems { newline() }
    bytes.append(c)
  }

  private var pendingKey = false

  public mutating func key(_ k: String) {
    separate()
    writeString(k)
    bytes.append(UInt8(ascii: ":"))
    if pretty { bytes.append(0x20) }
    pendingKey = true
  }

  private mutating func valuePrefix() {
    if pendingKey { pendingKey = false } else { separate() }
  }

  public mutating func string(_ s: String) {
    valuePrefix()
    writeString(s)
  }

  public mutating func number(_ x: Double) {
    valuePrefix()
    if x.isFinite { bytes.append(contentsOf: jsonNumber(x).utf8) } else { bytes.append(contentsOf: "null".utf8) }
  }

  public mutating func int(_ x: Int) {
    valuePrefix()
    bytes.append(contentsOf: String(x).utf8)
  }

  public mutating func bool(_ b: Bool) {
    valuePrefix()
    bytes.append(contentsOf: (b ? "true" : "false").utf8)
  }

  public mutating func null() {
    valuePrefix()
    bytes.append(contentsOf: "null".utf8)
  }

  public mutating func field(_ k: String, _ s: String?) {
    key(k)
    if let s { string(s) } else { null() }
  }

  public mutating func field(_ k: String, _ x: Double?) {
    key(k)
    if let x { number(x) } else { null() }
  }

  public mutating func field(_ k: String, _ x: Int) {
    key(k)
    int(x)
  }

  public mutating func field(_ k: String, _ b: Bool) {
    key(k)
    bool(b)
  }

  private mutating func writeString(_ s: String) {
    bytes.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { utf8 in
      // Most strings need no escape: copy them whole, byte by byte only from the first escape.
      var i = 0
      while i < utf8.count, utf8[i] >= 0x20, utf8[i] != UInt8(ascii: "\""), utf8[i] != UInt8(ascii: "\\") { i += 1 }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<i]))
      while i < utf8.count {
        escape(utf8[i])
        i += 1
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func escape(_ b: UInt8) {
    switch b {
    case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
    case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
    case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
    case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
    case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
    case 0..<0x20:
      let hex = Array("0123456789abcdef".utf8)
      bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
    default: bytes.append(b)
    }
  }
}

/// A JSON number without exponent noise: 84, 83.5, 72500, 0.0001.
func jsonNumber(_ x: Double) -> String {
  if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
  // Twelve significant digits hide binary noise such as 0.30000000000000004.
  let magnitude = abs(x)
  var digits = 12
  var m = magnitude
  while m >= 10 { m /= 10; digits -= 1 }
  while m < 1 && m > 0 { m *= 10; digits += 1 }
  digits = max(0, min(17, digits))
  var scale = 1.0
  for _ in 0..<digits { scale *= 10 }
  let rounded = (x * scale).rounded() / scale
  var s = "\(rounded)"
  if s.contains("e") { s = "\(x)" }
  if s.hasSuffix(".0") { s.removeLast(2) }
  return s
}

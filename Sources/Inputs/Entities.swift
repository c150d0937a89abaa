/// HTML character references: `&name;`, `&#1234;` and `&#x4E2D;`.
enum Entities {
  /// The named references news pages commonly use. Names are case-sensitive, as in HTML.
  static let named: [String: String] = [
    "nbsp": "\u{A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
    "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "minus": "\u{2212}",
    "laquo": "\u{AB}", "raquo": "\u{BB}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}",
    "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}",
    "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}",
    "rlm": "\u{200F}", "lrm": "\u{200E}", "zwj": "\u{200D}", "zwnj": "\u{200C}",
    "shy": "\u{AD}", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}",
    "bull": "\u{2022}", "middot": "\u{B7}", "prime": "\u{2032}", "Prime": "\u{2033}",
    "deg": "\u{B0}", "plusmn": "\u{B1}", "times": "\u{D7}", "divide": "\u{F7}",
    "frac12": "\u{BD}", "frac14": "\u{BC}", "frac34": "\u{BE}", "sup1": "\u{B9}",
    "sup2": "\u{B2}", "sup3": "\u{B3}", "percnt": "%", "permil": "\u{2030}",
    "cent": "\u{A2}", "pound": "\u{A3}", "euro": "\u{20AC}", "yen": "\u{A5}",
    "curren": "\u{A4}", "dollar": "$", "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}",
    "sect": "\u{A7}", "para": "\u{B6}", "micro": "\u{B5}", "iexcl": "\u{A1}",
    "iquest": "\u{BF}", "le": "\u{2264}", "ge": "\u{2265}", "ne": "\u{2260}",
    "asymp": "\u{2248}", "approx": "\u{2248}", "larr": "\u{2190}", "rarr": "\u{2192}",
    "num": "#", "comma": ",", "period": ".", "colon": ":", "semi": ";", "sol": "/",
    "eacute": "\u{E9}", "egrave": "\u{E8}", "agrave": "\u{E0}", "aacute": "\u{E1}",
    "ccedil": "\u{E7}", "ouml": "\u{F6}", "uuml": "\u{FC}", "auml": "\u{E4}",
    "szlig": "\u{DF}", "ntilde": "\u{F1}", "Eacute": "\u{C9}",
  ]

  /// Names that are still read without their ";", as browsers do.
  static let legacy: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]

  /// What the numeric references 128–159 mean in pages that were written in Windows-1252.
  static let windows1252: [UInt32: UInt32] = [
    0x80: 0x20AC, 0x82: 0x201A, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
    0x89: 0x2030, 0x8B: 0x2039, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D,
    0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x99: 0x2122, 0x9B: 0x203A,
  ]

  /// Decodes the reference starting with `&` at `i`; returns its text and the offset just
  /// after it, or nil when the bytes there are not a reference (the `&` then reads as itself).
  /// Named references need their `;` (except the few in `legacy`); numeric ones may omit it.
  static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (String, Int)? {
    var j = i + 1
    guard j < end else { return nil }
    if b[j] == UInt8(ascii: "#") {
      j += 1
      var hex = false
      if j < end && (b[j] | 0x20) == UInt8(ascii: "x") {
        hex = true
        j += 1
      }
      var value: UInt32 = 0
      var digits = 0
      while j < end, let d = digitValue(b[j], hex: hex) {
        if value <= 0x10FFFF { value = value * (hex ? 16 : 10) + d }
        digits += 1
        j += 1
      }
      guard digits > 0 else { return nil }
      if j < end && b[j] == UInt8(ascii: ";") { j += 1 }
      return (String(Character(scalar(for: value))), j)
    }
    let nameStart = j
    while j < end, j - nameStart < 32, isAlnum(b[j]) { j += 1 }
    guard j > nameStart else { return nil }
    let name = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<j]), as: UTF8.self)
    if j < end && b[j] == UInt8(ascii: ";") {
      guard let text = named[name] else { return nil }
      return (text, j + 1)
    }
    // Old pages leave the ";" off the commonest references; accept those few.
    guard legacy.contains(name), j == end || b[j] != UInt8(ascii: "="), let text = named[name]
    else { return nil }
    return (text, j)
  }

  static func scalar(for value: UInt32) -> Unicode.Scalar {
    if let mapped = windows1252[value] { return Unicode.Scalar(mapped)! }
    if value == 0 { return "\u{FFFD}" }
    return Unicode.Scalar(value) ?? "\u{FFFD}"  // surrogates and values past U+10FFFF
  }

  /// Decodes every reference in a string (for attribute values).
  static func decodeAll(_ s: String) -> String {
    guard s.utf8.contains(UInt8(ascii: "&")) else { return s }
    var bytes = Array(s.utf8)
    return bytes.withUnsafeMutableBufferPointer { mutable in
      let b = UnsafeBufferPointer(mutable)
      var out = ""
      var last = 0
      var i = 0
      while i < b.count {
        if b[i] == UInt8(ascii: "&"), let (text, next) = decode(b, at: i, end: b.count) {
          out += String(decoding: UnsafeBufferPointer(rebasing: b[last..<i]), as: UTF8.self)
          out += text
          i = next
          last = next
        } else {
          i += 1
        }
      }
      out += String(decoding: UnsafeBufferPointer(rebasing: b[last...]), as: UTF8.self)
      return out
    }
  }

  @inline(__always)
  static func digitValue(_ c: UInt8, hex: Bool) -> UInt32? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(c - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(c - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }
}

@inline(__always)
func isAlnum(_ c: UInt8) -> Bool {
  isLetter(c) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
}

@inline(__always)
func isLetter(_ c: UInt8) -> Bool {
  let lower = c | 0x20
  return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
}

@inline(__always)
func isSpace(_ c: UInt8) -> Bool {
  c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C
}

/// Each output format escapes text its own way; the rules live here, each with a test.
public enum Escaping {
  /// GitHub workflow command data: `%`, CR and LF.
  public static func githubData(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
      switch c {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// GitHub workflow command property values: data escaping plus `:` and `,`.
  public static func githubProperty(_ s: String) -> String {
    var out = ""
    for c in githubData(s).unicodeScalars {
      switch c {
      case ":": out += "%3A"
      case ",": out += "%2C"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// XML text and attribute values; characters XML 1.0 forbids are dropped.
  public static func xml(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t", "\n", "\r": out.unicodeScalars.append(c)
      default:
        if c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF { continue }
        out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// A relative path as a URI reference (RFC 3986): unreserved characters and `/` stay,
  /// everything else is percent-encoded as UTF-8.
  public static func uri(_ path: String) -> String {
    var out = ""
    let hex = Array("0123456789ABCDEF")
    for b in path.utf8 {
      switch b {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        out.unicodeScalars.append(Unicode.Scalar(b))
      default:
        out += "%" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 15)])
      }
    }
    return out
  }
}

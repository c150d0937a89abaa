/// A word, a run of digits or one symbol of the normalised text.
public struct Token: Sendable, Equatable {
  public enum Kind: UInt8, Sendable {
    case word, digits, symbol
  }

  public var kind: Kind
  /// Range in the normalised scalars.
  public var start: Int32
  public var end: Int32
  /// Whitespace before the token: 0 none, 1 a space, 2 one line break, 3 a blank line.
  public var gap: UInt8
  /// Whether a non-breaking or thin space is part of that whitespace.
  public var narrowGap: Bool
  /// For words, `Token.hash` of the folded scalars; for digits, their value (saturating).
  public var key: UInt64

  public var length: Int { Int(end - start) }
  public var range: Range<Int> { Int(start)..<Int(end) }
}

public enum Script: UInt8, Sendable {
  case arabic, latin, other
}

extension Token {
  public static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
  public static let fnvPrime: UInt64 = 0x100_0000_01b3

  /// FNV-1a over the scalars from last to first. Backwards, so that one pass over a word
  /// also yields the hash of every suffix: the stems left when clitics are removed.
  /// Inlinable: other modules hash slices in their hot loops, and an unspecialised generic
  /// call looks up type metadata each time.
  @inlinable @inline(__always)
  public static func hash<C: BidirectionalCollection>(_ scalars: C) -> UInt64 where C.Element == UInt32 {
    var h = fnvOffset
    for s in scalars.reversed() {
      h = (h ^ UInt64(s)) &* fnvPrime
    }
    return h
  }
}

@inlinable @inline(__always)
public func scriptOf(_ v: UInt32) -> Script {
  if v < 0x80 { return (v >= 0x61 && v <= 0x7A) ? .latin : .other }
  // The basic Arabic letters, the folded forms every Arabic word starts with, skip the switch.
  if (v >= 0x0641 && v <= 0x064A) || (v >= 0x0621 && v <= 0x063A) { return .arabic }
  return slowScriptOf(v)
}

/// Scripts of the first 2,048 code points, where almost every letter of our languages falls.
let scriptTable: [Script] = (0..<0x800).map { slowScriptOf(UInt32($0)) }

@usableFromInline
func slowScriptOf(_ v: UInt32) -> Script {
  if v < 0x80 { return (v >= 0x61 && v <= 0x7A) ? .latin : .other }
  switch v {
  case 0x61...0x7A, 0xDF...0xFF, 0x100...0x24F: return .latin
  case 0x0621...0x063A, 0x0641...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5, 0x06EE...0x06EF,
    0x06FA...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFC:
    return .arabic
  default: return .other
  }
}

extension NormalizedText {
  /// Splits the text into tokens. A word is a run of letters of one script, so "الـ8" gives
  /// the word "ال" and the digits "8", and "وAzure" gives "و" and "azure".
  public func tokenize() -> [Token] {
    scalars.withUnsafeBufferPointer { s in scriptTable.withUnsafeBufferPointer { Self.tokens(s, $0) } }
  }

  /// The loop of `tokenize`, on buffers and with the tokens in a local: appending to an array
  /// a closure captured cost a uniqueness check per token.
  private static func tokens(_ s: UnsafeBufferPointer<UInt32>, _ table: UnsafeBufferPointer<Script>) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(s.count / 4)
    @inline(__always) func scriptAt(_ v: UInt32) -> Script { v < 0x800 ? table[Int(v)] : slowScriptOf(v) }
    do {
      var i = 0
      var gap: UInt8 = 0
      var narrow = false
      while i < s.count {
        let v = s[i]
        if v == 0x20 || v == 0x09 || v == 0x0B || v == 0x0C {
          gap = max(gap, 1)
          i += 1
          continue
        }
        if v == 0xA0 {
          gap = max(gap, 1)
          narrow = true
          i += 1
          continue
        }
        if v == 0x0A {
          gap = gap >= 2 ? 3 : 2
          i += 1
          continue
        }
        let start = i
        if v >= 0x30 && v <= 0x39 {
          var value: UInt64 = 0
          while i < s.count, s[i] >= 0x30, s[i] <= 0x39 {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(UInt64(s[i] - 0x30))
            value = (o1 || o2) ? UInt64.max : a
            i += 1
          }
          tokens.append(
            Token(
              kind: .digits, start: Int32(start), end: Int32(i), gap: gap, narrowGap: narrow,
              key: value))
        } else {
          let script = scriptAt(v)
          if script == .other {
            i += 1
            tokens.append(
              Token(
                kind: .symbol, start: Int32(start), end: Int32(i), gap: gap, narrowGap: narrow,
                key: UInt64(v)))
          } else {
            while i < s.count, scriptAt(s[i]) == script { i += 1 }
            var h = Token.fnvOffset
            var k = i
            while k > start {
              k -= 1
              h = (h ^ UInt64(s[k])) &* Token.fnvPrime
            }
            tokens.append(
              Token(
                kind: .word, start: Int32(start), end: Int32(i), gap: gap, narrowGap: narrow,
                key: h))
          }
        }
        gap = 0
        narrow = false
      }
    }
    return tokens
  }

  public func script(of token: Token) -> Script {
    token.kind == .word ? scriptOf(scalars[Int(token.start)]) : .other
  }

  /// The folded text of a token, for debugging and output.
  public func string(_ range: Range<Int>) -> String {
    var out = String.UnicodeScalarView()
    for v in scalars[range] { if let u = Unicode.Scalar(v) { out.append(u) } }
    return String(out)
  }
}

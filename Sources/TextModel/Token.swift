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

/// What a scalar below 0x800 starts in `tokenize`: a `Script` raw value for letters and symbols,
/// or one of the classes below.
let charClasses: [UInt8] = (0..<0x800).map { v -> UInt8 in
  switch v {
  case 0x30...0x39: return digitClass
  case 0x20, 0x09, 0x0B, 0x0C: return spaceClass
  case 0xA0: return narrowSpaceClass
  case 0x0A: return lineBreakClass
  default: return slowScriptOf(UInt32(v)).rawValue
  }
}
let digitClass: UInt8 = 3
let spaceClass: UInt8 = 4
let narrowSpaceClass: UInt8 = 5
let lineBreakClass: UInt8 = 6

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
    scalars.withUnsafeBufferPointer { s in charClasses.withUnsafeBufferPointer { Self.tokens(s, $0.baseAddress!) } }
  }

  /// Where `scan` stopped, to go on from there.
  private struct ScanState {
    var i = 0
    var gap: UInt8 = 0
    var narrow = false
  }

  /// Tokens written straight into the array's storage: appending cost about 20 instructions a
  /// token, and a buffer copied into an array at the end 14 (valgrind counts `rep movsb` per
  /// byte).
  private static func tokens(_ s: UnsafeBufferPointer<UInt32>, _ table: UnsafePointer<UInt8>) -> [Token] {
    guard let p = s.baseAddress, s.count > 0 else { return [] }
    var state = ScanState()
    // News text has a token about every 5 scalars: a third holds nearly every article at once.
    var tokens = [Token](unsafeUninitializedCapacity: s.count / 3 + 16) { t, made in
      made = scan(p, s.count, table, &state, t.baseAddress!, t.count)
    }
    while state.i < s.count {
      // Each token takes at least one scalar, so this holds the rest.
      tokens += [Token](unsafeUninitializedCapacity: s.count - state.i) { t, made in
        made = scan(p, s.count, table, &state, t.baseAddress!, t.count)
      }
    }
    return tokens
  }

  /// The loop of `tokenize`, on plain pointers and with one class table read per scalar.
  /// Writes at most `capacity` tokens to `out` and returns how many.
  private static func scan(
    _ p: UnsafePointer<UInt32>, _ n: Int, _ table: UnsafePointer<UInt8>, _ state: inout ScanState,
    _ out: UnsafeMutablePointer<Token>, _ capacity: Int
  ) -> Int {
    var count = 0
    let last = p[n - 1]
    let endsInLetter = (last < 0x800 ? table[Int(last)] : slowScriptOf(last).rawValue) <= Script.latin.rawValue
    var i = state.i
    var gap = state.gap
    var narrow = state.narrow
    while i < n {
      // Each token starts at a scalar of its own, so all that start before `end` fit: no
      // capacity test per token.
      let end = min(n, i &+ (capacity &- count))
      if end == i { break }
      while i < end {
        let v = p[i]
        let c = v < 0x800 ? table[Int(v)] : slowScriptOf(v).rawValue
        if c >= spaceClass {
          if c == lineBreakClass {
            gap = gap >= 2 ? 3 : 2
          } else {
            gap = max(gap, 1)
            if c == narrowSpaceClass { narrow = true }
          }
          i &+= 1
          continue
        }
        let start = i
        let kind: Token.Kind
        var key: UInt64
        // Words first: most tokens are words.
        if c <= Script.latin.rawValue {
          kind = .word
          i &+= 1
          if endsInLetter {
            while i < n {
              let w = p[i]
              let d = w < 0x800 ? table[Int(w)] : slowScriptOf(w).rawValue
              if d != c { break }
              i &+= 1
            }
          } else {
            // The last scalar ends every word before it: no bound test (6 instructions a letter,
            // not 8).
            while true {
              let w = p[i]
              let d = w < 0x800 ? table[Int(w)] : slowScriptOf(w).rawValue
              if d != c { break }
              i &+= 1
            }
          }
          key = Token.fnvOffset
          var k = i
          // Four letters a step, the odd ones first.
          switch (i &- start) & 3 {
          case 3:
            key = (key ^ UInt64(p[k &- 1])) &* Token.fnvPrime
            key = (key ^ UInt64(p[k &- 2])) &* Token.fnvPrime
            key = (key ^ UInt64(p[k &- 3])) &* Token.fnvPrime
            k &-= 3
          case 2:
            key = (key ^ UInt64(p[k &- 1])) &* Token.fnvPrime
            key = (key ^ UInt64(p[k &- 2])) &* Token.fnvPrime
            k &-= 2
          case 1:
            key = (key ^ UInt64(p[k &- 1])) &* Token.fnvPrime
            k &-= 1
          default: break
          }
          while k > start {
            key = (key ^ UInt64(p[k &- 1])) &* Token.fnvPrime
            key = (key ^ UInt64(p[k &- 2])) &* Token.fnvPrime
            key = (key ^ UInt64(p[k &- 3])) &* Token.fnvPrime
            key = (key ^ UInt64(p[k &- 4])) &* Token.fnvPrime
            k &-= 4
          }
        } else if c == digitClass {
          kind = .digits
          key = 0
          repeat {
            let (m, o1) = key.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(UInt64(p[i] &- 0x30))
            key = (o1 || o2) ? UInt64.max : a
            i &+= 1
          } while i < n && p[i] >= 0x30 && p[i] <= 0x39
        } else {
          kind = .symbol
          key = UInt64(v)
          i &+= 1
        }
        (out + count).initialize(
          to: Token(
            kind: kind, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: i), gap: gap,
            narrowGap: narrow, key: key))
        count &+= 1
        narrow = false
        // The one space that usually follows a token, without the class lookup.
        if i < n && p[i] == 0x20 {
          gap = 1
          i &+= 1
        } else {
          gap = 0
        }
      }
    }
    state = ScanState(i: i, gap: gap, narrow: narrow)
    return count
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

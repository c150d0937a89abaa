/// A range of UTF-8 offsets into the expression text.
public struct SourceSpan: Sendable, Hashable {
  public var start: Int
  public var end: Int
  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = end
  }
}

/// A problem in an expression, at a UTF-8 offset inside the expression text.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
  public var message: String
  /// UTF-8 offset into the expression text.
  public var offset: Int
  /// 1-based column in Unicode scalars (the way YAML positions count), set by `compile`.
  public var column: Int

  public init(_ message: String, offset: Int, column: Int? = nil) {
    self.message = message
    self.offset = offset
    self.column = column ?? offset + 1
  }

  /// "expected ')' at column 14".
  public var description: String { "\(message) at column \(column)" }
}

public enum UnaryOperator: String, Sendable, Hashable {
  case negate = "-"
  case not = "not"
}

public enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
  case add = "+", subtract = "-", multiply = "*", divide = "/"
  case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
  case equal = "==", notEqual = "!=", consistent = "~"
  case and = "and", or = "or"

  public var isComparison: Bool {
    switch self {
    case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual, .consistent: return true
    default: return false
    }
  }
  public var isLogical: Bool { self == .and || self == .or }
  public var isArithmetic: Bool { !isComparison && !isLogical }
}

/// A parsed expression. Every node carries the span of source text it was read from.
public indirect enum Expr: Sendable, Hashable {
  /// A number literal, with `%` after it making it a percentage.
  case number(Double, unit: UnitTag, span: SourceSpan)
  /// A capture name, possibly dotted (`facts.detained_2026`, `doc.published`).
  case name(String, span: SourceSpan)
  case unary(UnaryOperator, Expr, span: SourceSpan)
  case binary(BinaryOperator, Expr, Expr, span: SourceSpan)
  /// A call; `nameSpan` covers the function name alone.
  case call(String, [Expr], nameSpan: SourceSpan, span: SourceSpan)

  public var span: SourceSpan {
    switch self {
    case .number(_, _, let s), .name(_, let s), .unary(_, _, let s), .binary(_, _, _, let s),
      .call(_, _, _, let s):
      return s
    }
  }

  /// Functions that answer yes or no rather than give a quantity.
  public static let predicates: Set<String> = ["same_unit"]

  /// Whether the expression is a condition (comparison or logic) rather than a quantity.
  public var isCondition: Bool {
    switch self {
    case .call(let name, _, _, _): return Self.predicates.contains(name)
    case .unary(.not, _, _): return true
    case .binary(let op, _, _, _): return op.isComparison || op.isLogical
    default: return false
    }
  }
}

// MARK: - Lexer

enum TokenKind: Equatable {
  case number(Double, percent: Bool)
  case identifier(String)
  case symbol(String)
  case end
}

struct Token: Equatable {
  var kind: TokenKind
  var span: SourceSpan

  /// How the token reads in messages: "')'", "'foo'", "end of expression".
  var quoted: String {
    switch kind {
    case .end: return "end of expression"
    case .identifier(let s), .symbol(let s): return "'\(s)'"
    case .number(let v, let p): return "'\(short(v))\(p ? "%" : "")'"
    }
  }
}

/// Splits expression text into tokens. Offsets are UTF-8 offsets.
func tokenize(_ bytes: [UInt8]) -> Result<[Token], ExpressionError> {
  var tokens: [Token] = []
  var i = 0
  let n = bytes.count
  func isIdentStart(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x5F || b >= 0x80
  }
  func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
  while i < n {
    let b = bytes[i]
    if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1; continue }
    let start = i
    if isDigit(b) || (b == 0x2E && i + 1 < n && isDigit(bytes[i + 1])) {
      while i < n && isDigit(bytes[i]) { i += 1 }
      if i < n && bytes[i] == 0x2E {
        i += 1
        while i < n && isDigit(bytes[i]) { i += 1 }
      }
      if i < n && (bytes[i] == 0x65 || bytes[i] == 0x45) {
        var j = i + 1
        if j < n && (bytes[j] == 0x2B || bytes[j] == 0x2D) { j += 1 }
        if j < n && isDigit(bytes[j]) {
          i = j
          while i < n && isDigit(bytes[i]) { i += 1 }
        }
      }
      if i < n && (isIdentStart(bytes[i]) || bytes[i] == 0x2E) {
        return .failure(ExpressionError("malformed number", offset: start))
      }
      let text = String(decoding: bytes[start..<i], as: UTF8.self)
      guard let value = Double(text), value.isFinite else {
        return .failure(ExpressionError("malformed number '\(text)'", offset: start))
      }
      var percent = false
      if i < n && bytes[i] == 0x25 { percent = true; i += 1 }
      tokens.append(Token(kind: .number(value, percent: percent), span: SourceSpan(start, i)))
      continue
    }
    if isIdentStart(b) {
      while i < n {
        let c = bytes[i]
        if isIdentStart(c) || isDigit(c) { i += 1; continue }
        // A dot continues a dotted name only when a name part follows it.
        if c == 0x2E && i + 1 < n && isIdentStart(bytes[i + 1]) { i += 1; continue }
        break
      }
      let text = String(decoding: bytes[start..<i], as: UTF8.self)
      tokens.append(Token(kind: .identifier(text), span: SourceSpan(start, i)))
      continue
    }
    let two: String? = i + 1 < n ? String(decoding: bytes[i...i + 1], as: UTF8.self) : nil
    if let two, ["<=", ">=", "==", "!="].contains(two) {
      tokens.append(Token(kind: .symbol(two), span: SourceSpan(i, i + 2)))
      i += 2
      continue
    }
    if two == "&&" { return .failure(ExpressionError("unexpected '&&'; write 'and'", offset: i)) }
    if two == "||" { return .failure(ExpressionError("unexpected '||'; write 'or'", offset: i)) }
    switch b {
    case 0x2B, 0x2D, 0x2A, 0x2F, 0x28, 0x29, 0x2C, 0x3C, 0x3E, 0x7E:
      tokens.append(Token(kind: .symbol(String(UnicodeScalar(b))), span: SourceSpan(i, i + 1)))
      i += 1
    case 0x3D:
      return .failure(ExpressionError("unexpected '='; write '==' to compare", offset: i))
    case 0x21:
      return .failure(ExpressionError("unexpected '!'; write 'not' or '!='", offset: i))
    default:
      var end = i + 1
      while end < n && bytes[end] & 0xC0 == 0x80 { end += 1 }
      let text = String(decoding: bytes[i..<end], as: UTF8.self)
      return .failure(ExpressionError("unexpected character '\(text)'", offset: i))
    }
  }
  tokens.append(Token(kind: .end, span: SourceSpan(n, n)))
  return .success(tokens)
}

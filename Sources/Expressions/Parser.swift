/// Limits that keep hostile expressions cheap: nesting depth and text length.
public struct ExpressionLimits: Sendable, Hashable {
  /// Deepest allowed tree: parentheses, operator chains and calls all count.
  public var maxDepth: Int
  /// Longest accepted expression text, in UTF-8 bytes.
  public var maxLength: Int
  public init(maxDepth: Int = 100, maxLength: Int = 1 << 20) {
    self.maxDepth = maxDepth
    self.maxLength = maxLength
  }
}

/// Parses expression text into an `Expr` tree without checking names or functions.
///
/// Grammar, loosest binding first: `or`, `and`, prefix `not`, comparisons
/// (`< <= > >= == != ~`, not chainable), `+ -`, `* /`, prefix `-`, then numbers (`84`,
/// `84%`), names (`old`, `doc.published`), calls (`sum(parts)`) and parentheses.
public func parseExpression(_ source: String, limits: ExpressionLimits = ExpressionLimits())
  -> Result<Expr, ExpressionError>
{
  let bytes = Array(source.utf8)
  if bytes.count > limits.maxLength {
    return .failure(
      withColumn(ExpressionError("expression longer than \(limits.maxLength) bytes", offset: 0), bytes))
  }
  switch tokenize(bytes) {
  case .failure(let e): return .failure(withColumn(e, bytes))
  case .success(let tokens):
    var parser = Parser(tokens: tokens, limits: limits)
    do throws(ExpressionError) {
      let parsed = try parser.expression(0, depth: 0)
      if parser.current.kind != .end {
        throw parser.unexpected(after: true)
      }
      return .success(parsed.expr)
    } catch {
      return .failure(withColumn(error, bytes))
    }
  }
}

func withColumn(_ e: ExpressionError, _ bytes: [UInt8]) -> ExpressionError {
  var e = e
  var column = 1
  var i = 0
  while i < min(e.offset, bytes.count) {
    if bytes[i] & 0xC0 != 0x80 { column += 1 }
    i += 1
  }
  // Continuation bytes before the offset were not counted; a leading byte was.
  e.column = column
  return e
}

struct Parser {
  let tokens: [Token]
  let limits: ExpressionLimits
  var position = 0

  init(tokens: [Token], limits: ExpressionLimits) {
    self.tokens = tokens
    self.limits = limits
  }

  var current: Token { tokens[position] }

  /// A parsed subtree and its height, so over-deep operator chains are refused as they grow.
  struct Parsed {
    var expr: Expr
    var height: Int
  }

  static let bindingPower: [String: Int] = [
    "or": 10, "and": 20,
    "<": 40, "<=": 40, ">": 40, ">=": 40, "==": 40, "!=": 40, "~": 40,
    "+": 50, "-": 50, "*": 60, "/": 60,
  ]
  static let notPower = 30
  static let negatePower = 70

  func operatorText(_ t: Token) -> String? {
    switch t.kind {
    case .symbol(let s) where Self.bindingPower[s] != nil: return s
    case .identifier(let s) where s == "and" || s == "or": return s
    default: return nil
    }
  }

  func unexpected(after: Bool) -> ExpressionError {
    let t = current
    if after {
      return ExpressionError("unexpected \(t.quoted) after a complete expression", offset: t.span.start)
    }
    return ExpressionError("expected a value, found \(t.quoted)", offset: t.span.start)
  }

  func tooDeep(at offset: Int) -> ExpressionError {
    ExpressionError("expression nested too deeply (limit \(limits.maxDepth) levels)", offset: offset)
  }

  mutating func expression(_ minPower: Int, depth: Int) throws(ExpressionError) -> Parsed {
    if depth > limits.maxDepth { throw tooDeep(at: current.span.start) }
    var left = try prefix(depth: depth)
    while let op = operatorText(current), let power = Self.bindingPower[op], power > minPower {
      let opToken = current
      position += 1
      let right = try expression(power, depth: depth + 1)
      guard let binary = BinaryOperator(rawValue: op) else { break }
      let height = max(left.height, right.height) + 1
      if height > limits.maxDepth { throw tooDeep(at: opToken.span.start) }
      left = Parsed(
        expr: .binary(binary, left.expr, right.expr, span: SourceSpan(left.expr.span.start, right.expr.span.end)),
        height: height)
      if binary.isComparison, let next = operatorText(current), let b = BinaryOperator(rawValue: next),
        b.isComparison
      {
        throw ExpressionError(
          "comparisons cannot be chained; join them with 'and'", offset: current.span.start)
      }
    }
    return left
  }

  mutating func prefix(depth: Int) throws(ExpressionError) -> Parsed {
    let t = current
    // Anything that nests (parentheses, prefix operators, calls) is refused at the token
    // that would go one level too deep.
    if depth >= limits.maxDepth, t.kind != .end, case .symbol = t.kind {
      throw tooDeep(at: t.span.start)
    }
    if depth >= limits.maxDepth, t.kind == .identifier("not") { throw tooDeep(at: t.span.start) }
    switch t.kind {
    case .number(let v, let percent):
      position += 1
      return Parsed(expr: .number(v, unit: percent ? .percent : .number, span: t.span), height: 1)
    case .symbol("-"):
      position += 1
      let operand = try expression(Self.negatePower, depth: depth + 1)
      return Parsed(
        expr: .unary(.negate, operand.expr, span: SourceSpan(t.span.start, operand.expr.span.end)),
        height: operand.height + 1)
    case .identifier("not"):
      position += 1
      let operand = try expression(Self.notPower, depth: depth + 1)
      return Parsed(
        expr: .unary(.not, operand.expr, span: SourceSpan(t.span.start, operand.expr.span.end)),
        height: operand.height + 1)
    case .identifier(let name) where name == "and" || name == "or":
      throw ExpressionError("expected a value, found '\(name)'", offset: t.span.start)
    case .identifier(let name):
      position += 1
      guard current.kind == .symbol("(") else { return Parsed(expr: .name(name, span: t.span), height: 1) }
      if depth >= limits.maxDepth { throw tooDeep(at: t.span.start) }
      return try call(name, nameSpan: t.span, depth: depth)
    case .symbol("("):
      position += 1
      var inner = try expression(0, depth: depth + 1)
      guard current.kind == .symbol(")") else {
        throw ExpressionError("expected ')'", offset: current.span.start)
      }
      position += 1
      inner.height += 1
      if inner.height > limits.maxDepth { throw tooDeep(at: t.span.start) }
      return inner
    default:
      throw unexpected(after: false)
    }
  }

  mutating func call(_ name: String, nameSpan: SourceSpan, depth: Int) throws(ExpressionError) -> Parsed {
    position += 1  // "("
    var args: [Expr] = []
    var height = 1
    if current.kind != .symbol(")") {
      while true {
        let arg = try expression(0, depth: depth + 1)
        args.append(arg.expr)
        height = max(height, arg.height + 1)
        if current.kind == .symbol(",") { position += 1; continue }
        if current.kind == .symbol(")") { break }
        throw ExpressionError("expected ',' or ')' in the arguments of '\(name)'", offset: current.span.start)
      }
    }
    let close = current
    position += 1
    if height > limits.maxDepth { throw tooDeep(at: nameSpan.start) }
    return Parsed(
      expr: .call(name, args, nameSpan: nameSpan, span: SourceSpan(nameSpan.start, close.span.end)),
      height: height)
  }
}

import TextModel
/// What a function accepts. The evaluator knows how to compute every standard function;
/// a table lets a caller allow only some of them.
public struct FunctionSignature: Sendable, Hashable {
  public var name: String
  public var minArguments: Int
  /// `nil` means any number of arguments (lists count as their items).
  public var maxArguments: Int?
  public var summary: String

  public init(_ name: String, _ minArguments: Int, _ maxArguments: Int?, _ summary: String) {
    self.name = name
    self.minArguments = minArguments
    self.maxArguments = maxArguments
    self.summary = summary
  }
}

public struct FunctionTable: Sendable, Hashable {
  public var signatures: [String: FunctionSignature]

  public init(_ signatures: [FunctionSignature]) {
    var table: [String: FunctionSignature] = [:]
    for s in signatures { table[s.name] = s }
    self.signatures = table
  }

  public static let standard = FunctionTable([
    FunctionSignature("percent_change", 2, 2, "(new - old) / old × 100, in percent; the base must be positive"),
    FunctionSignature("ratio", 2, 2, "a / b, a plain number"),
    FunctionSignature("share", 2, 2, "part / whole × 100, in percent"),
    FunctionSignature("difference", 2, 2, "a - b"),
    FunctionSignature("sum", 1, nil, "the total of the arguments and list items"),
    FunctionSignature("min", 1, nil, "the smallest of the arguments and list items"),
    FunctionSignature("max", 1, nil, "the largest of the arguments and list items"),
    FunctionSignature("abs", 1, 1, "the magnitude"),
    FunctionSignature("count", 1, 1, "the number of items in a list"),
    FunctionSignature("years_between", 2, 2, "years from the first date to the second"),
    FunctionSignature("weekday", 1, 1, "weekday of a date: 1 = Sunday … 7 = Saturday"),
    FunctionSignature(
      "same_unit", 2, 2,
      "a condition: both measure the same thing (the same counted noun, currency, dimension or kind)"),
  ])
}

/// All problems found in one expression, in source order.
public struct ExpressionErrors: Error, Sendable, Hashable, CustomStringConvertible {
  public var errors: [ExpressionError]
  public init(_ errors: [ExpressionError]) { self.errors = errors }
  public var description: String { errors.map(\.description).joined(separator: "; ") }
}

/// A checked expression, ready to evaluate against bound values.
public struct CompiledExpr: Sendable, Hashable {
  public let source: String
  public let root: Expr
  /// Names the expression reads, in order of first use.
  public let names: [String]
}

/// Parses and checks an expression.
///
/// - names: the capture names the rule defines. A dotted name is known when it is in the
///   set, or when one of its prefixes is listed as `prefix.*` (`facts.*` allows every
///   `facts.x`).
/// - expectCondition: when true the whole expression must be a comparison or logic
///   (`assert` and `where` clauses).
///
/// A syntax error stops at the first problem; name, function, arity and kind problems are
/// all collected. Offsets point inside `source`.
public func compile(
  _ source: String, names: Set<String>, functions: FunctionTable = .standard,
  expectCondition: Bool = true, limits: ExpressionLimits = ExpressionLimits()
) -> Result<CompiledExpr, ExpressionErrors> {
  let root: Expr
  switch parseExpression(source, limits: limits) {
  case .failure(let e): return .failure(ExpressionErrors([e]))
  case .success(let e): root = e
  }
  var checker = Checker(names: names, functions: functions)
  checker.check(root)
  if expectCondition && !root.isCondition {
    checker.errors.append(
      ExpressionError("expected a condition (a comparison such as 'a ~ b'), found a value", offset: root.span.start))
  }
  if !checker.errors.isEmpty {
    let bytes = Array(source.utf8)
    let sorted = checker.errors.sorted { $0.offset < $1.offset }
    return .failure(ExpressionErrors(sorted.map { withColumn($0, bytes) }))
  }
  return .success(CompiledExpr(source: source, root: root, names: checker.used))
}

struct Checker {
  let names: Set<String>
  let functions: FunctionTable
  var errors: [ExpressionError] = []
  var used: [String] = []
  var seen: Set<String> = []

  init(names: Set<String>, functions: FunctionTable) {
    self.names = names
    self.functions = functions
  }

  func isKnown(_ name: String) -> Bool {
    if names.contains(name) { return true }
    var prefix = Substring(name)
    while let dot = prefix.lastIndex(of: ".") {
      prefix = prefix[..<dot]
      if names.contains(prefix + ".*") { return true }
    }
    return false
  }

  mutating func value(_ e: Expr, _ role: String) {
    if e.isCondition {
      errors.append(ExpressionError("\(role) must be a value, not a condition", offset: e.span.start))
    }
    check(e)
  }

  mutating func condition(_ e: Expr, _ role: String) {
    if !e.isCondition {
      errors.append(ExpressionError("\(role) must be a condition, not a value", offset: e.span.start))
    }
    check(e)
  }

  mutating func check(_ e: Expr) {
    switch e {
    case .number: break
    case .name(let name, let span):
      if !isKnown(name) {
        let hint = suggestion(for: name, among: names.filter { !$0.hasSuffix(".*") })
        errors.append(ExpressionError("unknown name '\(name)'\(hint)", offset: span.start))
      } else if seen.insert(name).inserted {
        used.append(name)
      }
    case .unary(.negate, let x, _): value(x, "the operand of '-'")
    case .unary(.not, let x, _): condition(x, "the operand of 'not'")
    case .binary(let op, let l, let r, _):
      if op.isLogical {
        condition(l, "the left side of '\(op.rawValue)'")
        condition(r, "the right side of '\(op.rawValue)'")
      } else {
        value(l, "the left side of '\(op.rawValue)'")
        value(r, "the right side of '\(op.rawValue)'")
      }
    case .call(let name, let args, let nameSpan, _):
      if let sig = functions.signatures[name] {
        let n = args.count
        if n < sig.minArguments || (sig.maxArguments.map { n > $0 } ?? false) {
          let wanted: String
          if let mx = sig.maxArguments, mx == sig.minArguments {
            wanted = "\(mx) argument\(mx == 1 ? "" : "s")"
          } else {
            wanted = "at least \(sig.minArguments) argument\(sig.minArguments == 1 ? "" : "s")"
          }
          errors.append(ExpressionError("'\(name)' takes \(wanted), got \(n)", offset: nameSpan.start))
        }
      } else {
        let hint = suggestion(for: name, among: Set(functions.signatures.keys))
        errors.append(ExpressionError("unknown function '\(name)'\(hint)", offset: nameSpan.start))
      }
      for (i, a) in args.enumerated() { value(a, "argument \(i + 1) of '\(name)'") }
    }
  }
}

/// " (did you mean 'x'?)" for the closest candidate within a small edit distance, else "".
func suggestion(for word: String, among candidates: Set<String>) -> String {
  Suggestions.hint(word, candidates.sorted())
}

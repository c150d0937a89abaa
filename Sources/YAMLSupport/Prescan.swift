import CYaml

/// Budgets applied to untrusted YAML before it is composed into a tree.
public struct YAMLLimits: Sendable, Hashable {
  public var maxBytes: Int
  public var maxDepth: Int
  public var maxEvents: Int
  public var maxKeysPerMapping: Int
  public var maxScalarLength: Int

  public init(
    maxBytes: Int = 1 << 20, maxDepth: Int = 64, maxEvents: Int = 200_000, maxKeysPerMapping: Int = 1_000,
    maxScalarLength: Int = 64 * 1024
  ) {
    self.maxBytes = maxBytes
    self.maxDepth = maxDepth
    self.maxEvents = maxEvents
    self.maxKeysPerMapping = maxKeysPerMapping
    self.maxScalarLength = maxScalarLength
  }
}

/// Checks YAML text against `limits` with libyaml's event stream, before any tree is built,
/// and throws the first problem. Refuses anchors and aliases, nesting deeper than
/// `maxDepth`, more than `maxEvents` events, more than `maxKeysPerMapping` keys in one
/// mapping, scalars longer than `maxScalarLength` bytes, texts over `maxBytes`, non-scalar
/// mapping keys, duplicate keys and more than one document. Runs in time linear in the text:
/// aliases are never expanded.
public func prescan(_ text: String, file: String = "<input>", limits: YAMLLimits = YAMLLimits()) throws(YAMLIssue) {
  if let first = prescanIssues(text, file: file, limits: limits).first { throw first }
}

/// Like `prescan` but returns every problem found before the scan had to stop: syntax errors
/// and exceeded budgets stop it; anchors, aliases, duplicate keys, complex keys and long
/// scalars are collected (the first anchor and the first alias only, to keep bombs quiet).
public func prescanIssues(_ text: String, file: String = "<input>", limits: YAMLLimits = YAMLLimits()) -> [YAMLIssue] {
  var bytes = Array(text.utf8)
  if bytes.count > limits.maxBytes {
    return [YAMLIssue(file: file, line: 1, column: 1, message: "file is larger than \(limits.maxBytes) bytes")]
  }
  if bytes.isEmpty { return [] }
  return bytes.withUnsafeMutableBufferPointer { buffer in
    var scanner = EventScanner(file: file, limits: limits)
    scanner.run(buffer)
    return scanner.issues
  }
}

struct EventScanner {
  let file: String
  let limits: YAMLLimits
  var issues: [YAMLIssue] = []

  /// One open collection.
  struct Frame {
    var isMapping: Bool
    var expectingKey = true
    var keys: [String: (Int, Int)] = [:]
    var keyCount = 0
  }
  var stack: [Frame] = []
  var events = 0
  var documents = 0
  var sawAnchor = false
  var sawAlias = false

  init(file: String, limits: YAMLLimits) {
    self.file = file
    self.limits = limits
  }

  mutating func issue(_ mark: yaml_mark_t, _ message: String) {
    issues.append(YAMLIssue(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1, message: message))
  }

  static func string(_ p: UnsafeMutablePointer<yaml_char_t>?, length: Int? = nil) -> String {
    guard let p else { return "" }
    if let length { return String(decoding: UnsafeBufferPointer(start: p, count: length), as: UTF8.self) }
    return String(cString: UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))
  }

  /// Notes an anchor on a node (`&name`), once per file.
  mutating func anchor(_ p: UnsafeMutablePointer<yaml_char_t>?, _ mark: yaml_mark_t) {
    guard let p, !sawAnchor else { return }
    sawAnchor = true
    issue(mark, "anchors (&name) are not allowed: found '&\(Self.string(p))'")
  }

  /// Called when a node starts; `scalarKey` is the key text when the node is a scalar.
  /// Returns false when the scan must stop.
  mutating func nodeStarts(_ mark: yaml_mark_t, scalarKey: String?) -> Bool {
    guard var top = stack.last, top.isMapping, top.expectingKey else { return true }
    top.keyCount += 1
    if top.keyCount > limits.maxKeysPerMapping {
      issue(mark, "mapping has more than \(limits.maxKeysPerMapping) keys")
      return false
    }
    if let key = scalarKey {
      if let (line, column) = top.keys[key] {
        issue(mark, "duplicate key '\(clip(key))' (first defined at line \(line), column \(column))")
      } else {
        top.keys[key] = (Int(mark.line) + 1, Int(mark.column) + 1)
      }
    } else {
      issue(mark, "mapping keys must be plain values, not lists or mappings")
    }
    stack[stack.count - 1] = top
    return true
  }

  /// Called when a node is complete: flips the enclosing mapping between key and value.
  mutating func nodeEnds() {
    guard !stack.isEmpty, stack[stack.count - 1].isMapping else { return }
    stack[stack.count - 1].expectingKey.toggle()
  }

  mutating func run(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else {
      issues.append(YAMLIssue(file: file, line: 1, column: 1, message: "could not start the YAML parser"))
      return
    }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
    while true {
      var event = yaml_event_t()
      guard yaml_parser_parse(&parser, &event) == 1 else {
        syntaxError(parser, buffer)
        return
      }
      defer { yaml_event_delete(&event) }
      events += 1
      if events > limits.maxEvents {
        issue(event.start_mark, "more than \(limits.maxEvents) YAML nodes and events")
        return
      }
      let mark = event.start_mark
      switch event.type {
      case YAML_STREAM_END_EVENT:
        return
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        if documents > 1 {
          issue(mark, "a file may hold only one YAML document")
          return
        }
      case YAML_ALIAS_EVENT:
        guard nodeStarts(mark, scalarKey: "*" + Self.string(event.data.alias.anchor)) else { return }
        if !sawAlias {
          sawAlias = true
          issue(mark, "aliases (*name) are not allowed: found '*\(Self.string(event.data.alias.anchor))'")
        }
        nodeEnds()
      case YAML_SCALAR_EVENT:
        let length = Int(event.data.scalar.length)
        anchor(event.data.scalar.anchor, mark)
        guard nodeStarts(mark, scalarKey: Self.string(event.data.scalar.value, length: length)) else { return }
        if length > limits.maxScalarLength {
          issue(mark, "value is longer than \(limits.maxScalarLength) bytes (\(length))")
        }
        nodeEnds()
      case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        let isMapping = event.type == YAML_MAPPING_START_EVENT
        anchor(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor, mark)
        guard nodeStarts(mark, scalarKey: nil) else { return }
        stack.append(Frame(isMapping: isMapping))
        if stack.count > limits.maxDepth {
          issue(mark, "nesting deeper than \(limits.maxDepth) levels")
          return
        }
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        stack.removeLast()
        nodeEnds()
      default:
        break
      }
    }
  }

  mutating func syntaxError(_ parser: yaml_parser_t, _ buffer: UnsafeMutableBufferPointer<UInt8>) {
    let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
    if problem.hasPrefix("Maximum nesting level") {
      // libyaml's own cap (1000) tripped while it looked ahead, before our depth check saw
      // the events; point at the bracket that went past our limit instead.
      let (line, column) = deepFlowBracket(buffer, limit: limits.maxDepth) ?? (
        Int(parser.problem_mark.line) + 1, Int(parser.problem_mark.column) + 1)
      issues.append(YAMLIssue(file: file, line: line, column: column, message: "nesting deeper than \(limits.maxDepth) levels"))
      return
    }
    var message = "syntax error: \(problem)"
    if let context = parser.context.map({ String(cString: $0) }) {
      message += " (\(context) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))"
    }
    if parser.error == YAML_READER_ERROR {
      // Reader errors (bad encoding) carry a byte offset rather than a line and column.
      let offset = min(Int(parser.problem_offset), buffer.count)
      var line = 1
      var column = 1
      for b in buffer[0..<offset] {
        if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
      }
      issues.append(YAMLIssue(file: file, line: line, column: column, message: message))
      return
    }
    issue(parser.problem_mark, message)
  }
}

/// The position of the first flow bracket (`[` or `{`) nested deeper than `limit`, skipping
/// quoted strings and comments; nil when there is none.
func deepFlowBracket(_ bytes: UnsafeMutableBufferPointer<UInt8>, limit: Int) -> (Int, Int)? {
  var depth = 0
  var line = 1
  var column = 1
  var quote: UInt8? = nil
  var comment = false
  var previous: UInt8 = 0x20
  for b in bytes {
    defer {
      if b == 0x0A { line += 1; column = 1; comment = false } else if b & 0xC0 != 0x80 { column += 1 }
      previous = b
    }
    if comment { continue }
    if let q = quote {
      if b == q { quote = nil }
      continue
    }
    switch b {
    case 0x22, 0x27: quote = b
    case 0x23 where previous == 0x20 || previous == 0x09 || previous == 0x0A: comment = true
    case 0x5B, 0x7B:
      depth += 1
      if depth > limit { return (line, column) }
    case 0x5D, 0x7D: depth = max(0, depth - 1)
    default: break
    }
  }
  return nil
}

/// Long keys are shortened in messages.
func clip(_ s: String, _ n: Int = 60) -> String {
  s.unicodeScalars.count <= n ? s : String(String.UnicodeScalarView(s.unicodeScalars.prefix(n))) + "…"
}

import Foundation
import Yams

/// The outcome of loading one YAML text: its root (nil for an empty file or when loading
/// failed) and every issue found.
public struct YAMLLoadResult: Sendable {
  public var file: String
  public var root: YAMLValue?
  public var issues: [YAMLIssue]
}

/// Loads untrusted YAML safely: pre-scans the event stream against `limits` (no aliases,
/// bounded depth, keys, events and sizes), then composes it with Yams using a resolver that
/// leaves every plain scalar as text, and copies the tree into `YAMLValue`s with positions.
/// An empty document is an issue unless `allowEmpty`.
public func loadYAML(
  _ text: String, file: String, limits: YAMLLimits = YAMLLimits(), allowEmpty: Bool = false
) -> YAMLLoadResult {
  let found = prescanIssues(text, file: file, limits: limits)
  if !found.isEmpty { return YAMLLoadResult(file: file, root: nil, issues: found) }
  let node: Node?
  do {
    node = try Yams.compose(yaml: text, .basic)
  } catch {
    return YAMLLoadResult(file: file, root: nil, issues: [issue(from: error, file: file)])
  }
  guard let node else {
    if allowEmpty { return YAMLLoadResult(file: file, root: nil, issues: []) }
    return YAMLLoadResult(
      file: file, root: nil, issues: [YAMLIssue(file: file, line: 1, column: 1, message: "the file is empty")])
  }
  return YAMLLoadResult(file: file, root: convert(node, file: file, path: ""), issues: [])
}

/// Reads and loads a file, refusing files over `limits.maxBytes` before reading them.
public func loadYAMLFile(atPath path: String, limits: YAMLLimits = YAMLLimits(), allowEmpty: Bool = false)
  -> (result: YAMLLoadResult, source: String?)
{
  func failed(_ message: String) -> (YAMLLoadResult, String?) {
    (YAMLLoadResult(file: path, root: nil, issues: [YAMLIssue(file: path, line: 1, column: 1, message: message)]), nil)
  }
  let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
  if let size, size > limits.maxBytes { return failed("file is larger than \(limits.maxBytes) bytes") }
  guard let data = FileManager.default.contents(atPath: path) else { return failed("cannot read the file") }
  guard let text = String(data: data, encoding: .utf8) else { return failed("the file is not valid UTF-8") }
  return (loadYAML(text, file: path, limits: limits, allowEmpty: allowEmpty), text)
}

/// An issue for a Yams error, positioned at its mark; never echoes the offending source line.
func issue(from error: any Error, file: String) -> YAMLIssue {
  switch error {
  case YamlError.scanner(let context, let problem, let mark, _),
    YamlError.parser(let context, let problem, let mark, _),
    YamlError.composer(let context, let problem, let mark, _):
    var message = "syntax error: \(problem)"
    if let context { message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
    return YAMLIssue(file: file, line: mark.line, column: mark.column, message: message)
  case YamlError.duplicatedKeysInMapping(let duplicates, let context):
    return YAMLIssue(
      file: file, line: context.mark.line, column: context.mark.column,
      message: "duplicate keys: " + duplicates.map { "'\(clip($0))'" }.joined(separator: ", "))
  default:
    return YAMLIssue(file: file, line: 1, column: 1, message: "cannot read YAML: \(clip(String(describing: error), 200))")
  }
}

/// Copies a composed node (depth already bounded by the pre-scan).
func convert(_ node: Node, file: String, path: String) -> YAMLValue {
  let line = node.mark?.line ?? 1
  let column = node.mark?.column ?? 1
  switch node {
  case .scalar(let s):
    let style: ScalarStyle
    switch s.style {
    case .singleQuoted: style = .singleQuoted
    case .doubleQuoted: style = .doubleQuoted
    case .literal: style = .literal
    case .folded: style = .folded
    default: style = .plain
    }
    return YAMLValue(content: .scalar(s.string, style), file: file, line: line, column: column, path: path)
  case .sequence(let seq):
    let items = seq.enumerated().map { convert($0.element, file: file, path: "\(path)[\($0.offset)]") }
    return YAMLValue(content: .list(items), file: file, line: line, column: column, path: path)
  case .mapping(let map):
    let entries = map.map { pair in
      let name = pair.key.scalar?.string ?? "?"
      let childPath = path.isEmpty ? name : "\(path).\(name)"
      return YAMLEntry(
        key: convert(pair.key, file: file, path: childPath), value: convert(pair.value, file: file, path: childPath))
    }
    return YAMLValue(content: .mapping(entries), file: file, line: line, column: column, path: path)
  case .alias:
    return YAMLValue(content: .scalar("", .plain), file: file, line: line, column: column, path: path)
  }
}

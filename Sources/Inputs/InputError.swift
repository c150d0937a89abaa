/// Why an input could not be turned into a `Document`. The description is one line that names
/// the file (and, for JSON Lines, the line), in the `path:LINE: error: message` style of compilers.
public struct InputError: Error, CustomStringConvertible, Sendable, Equatable {
  public enum Kind: Error, Sendable, Equatable {
    /// Byte offset (in the file as read, BOM included) of the first ill-formed UTF-8 sequence.
    case invalidUTF8(offset: Int)
    /// A NUL byte at `nulAt`, or (when nil) too many control characters in the first 8 KB.
    case binary(nulAt: Int?)
    /// A UTF-16 byte order mark at the start: the engine reads UTF-8 only.
    case utf16
    /// Zero bytes, or only whitespace and a byte order mark.
    case empty
    /// The operating system's reason, e.g. "No such file or directory".
    case unreadable(String)
    case tooLarge(size: Int, limit: Int)
    /// A JSON Lines record that is not a JSON object; the detail names what was wrong and where.
    case invalidJSON(String)
    /// A JSON Lines record without a string `text` or `html` field.
    case missingText
  }

  public var path: String
  /// 1-based line of a JSON Lines record, nil for whole files.
  public var line: Int?
  public var kind: Kind
  /// The id of a JSON Lines record that parsed but could not be used (no text, empty text).
  public var id: String?

  public init(path: String, line: Int? = nil, id: String? = nil, _ kind: Kind) {
    self.path = path
    self.line = line
    self.id = id
    self.kind = kind
  }

  /// The description without the location.
  public var message: String {
    switch kind {
    case .invalidUTF8(let offset): return "invalid UTF-8 at byte \(offset)"
    case .binary(let nul?): return "binary file (NUL byte at \(nul))"
    case .binary(nil): return "binary file (too many control characters)"
    case .utf16: return "UTF-16 text (convert it to UTF-8)"
    case .empty: return line == nil ? "empty file" : "empty text"
    case .unreadable(let reason): return "cannot read: \(reason)"
    case .tooLarge(let size, let limit):
      return line == nil
        ? "file too large (\(size) bytes; limit \(limit))"
        : "record too large (\(size) bytes; limit \(limit))"
    case .invalidJSON(let detail): return "invalid JSON: \(detail)"
    case .missingText: return "record has no \"text\" or \"html\""
    }
  }

  public var description: String {
    let location = line.map { "\(path):\($0)" } ?? path
    return Self.oneLine("\(location): error: \(message)")
  }

  /// Keeps a description on one line even when a path or detail holds control characters.
  static func oneLine(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 < 0x20 }) else { return s }
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars { out.append(u.value < 0x20 ? " " : u) }
    return String(out)
  }
}

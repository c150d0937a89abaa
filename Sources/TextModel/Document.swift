/// An article as read from its source. `text` is never rewritten: every offset the engine
/// reports is a UTF-8 offset into it. Readers that strip markup describe what they removed
/// or decoded as `edits`, so normalisation can still map each character back to its bytes.
public struct Document: Sendable {
  public enum Format: String, Sendable, CaseIterable {
    case text, markdown, html
  }

  /// The file path, or the `id` of a JSON Lines record.
  public var id: String
  public var path: String?
  public var format: Format
  public var text: String
  public var edits: [TextEdit]
  /// Dates found in metadata (front matter, meta tags, JSON Lines fields), as written there.
  public var published: String?
  public var updated: String?
  public var languageHint: Language?

  public init(
    id: String, path: String? = nil, format: Format = .text, text: String,
    edits: [TextEdit] = [], published: String? = nil, updated: String? = nil,
    languageHint: Language? = nil
  ) {
    self.id = id
    self.path = path
    self.format = format
    self.text = text
    self.edits = edits
    self.published = published
    self.updated = updated
    self.languageHint = languageHint
  }
}

/// A region of the original text that normalisation reads as `replacement` instead
/// (a stripped tag reads as nothing or a line break, an entity as its character).
public struct TextEdit: Sendable, Equatable {
  public var range: Range<Int>
  public var replacement: String

  public init(range: Range<Int>, replacement: String) {
    self.range = range
    self.replacement = replacement
  }
}

public enum Language: String, Sendable, CaseIterable, Codable {
  case ar, en
}

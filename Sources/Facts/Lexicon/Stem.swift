/// A stem an Arabic word has under its clitic prefixes: the word's token, where the stem begins
/// in the normalised scalars, and its hash. Extraction finds stems while it looks words up, and
/// rules match words by them, so they are worked out once, in token order. The whole word is
/// not one: its hash is the token's key.
public struct Stem: Sendable {
  public var token: Int32
  public var start: Int32
  public var key: UInt64
}

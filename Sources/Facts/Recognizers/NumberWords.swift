import TextModel

/// A number written in words ("ثلاثة وعشرون", "twenty-three", "one hundred and five").
struct NumberWordsMatch {
  var value: Double
  var tokens: Range<Int>
}

extension Scan {
  /// The longest number written in words starting at token `i`.
  func matchNumberWords(at i: Int, limit: Int) -> NumberWordsMatch? {
    nil
  }
}

import TextModel

extension Scan {
  /// A quarter or a half the text names ("2017-q1", "Q3 of 2018", "the first half of 2019"):
  /// an end of a period like a year or a month ("from 2017-q1 to 2018-q1"), though its
  /// interval is wider than the month its value names.
  func quarterEnd(_ f: Fact) -> Bool {
    guard f.type == .date, f.calendar == nil, let c = f.date, let m = c.month, c.day == nil, (m - 1) % 3 == 0
    else { return false }
    let months = (f.interval.high - f.interval.low) / 86400
    guard (89...92).contains(months) || (181...184).contains(months), f.interval.low == c.interval.low else {
      return false
    }
    return f.tokens.contains { isWord($0) && QuarterWords.names.contains(tokens[$0].key) }
  }
}

enum QuarterWords {
  static let names: KeySet = KeySet(["q", "h", "quarter", "half"].map(key))
}

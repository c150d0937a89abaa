/// "Did you mean" hints for names in rule files, configuration and expressions.
public enum Suggestions {
  /// Levenshtein distance with adjacent transpositions counted as one edit.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var prevPrev = [Int](repeating: 0, count: y.count + 1)
    var prev = Array(0...y.count)
    var row = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      row[0] = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        var v = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { v = min(v, prevPrev[j - 2] + 1) }
        row[j] = v
      }
      prevPrev = prev
      prev = row
    }
    return prev[y.count]
  }

  /// The closest candidate within a small distance (a third of the word, 1 to 3 edits,
  /// case-blind), the first in order on a tie.
  public static func closest(_ word: String, in candidates: [String]) -> String? {
    let limit = max(1, min(3, word.count / 3))
    var best: (String, Int)?
    for c in candidates {
      let d = editDistance(word.lowercased(), c.lowercased())
      if c != word, d <= limit, best.map({ d < $0.1 }) ?? true { best = (c, d) }
    }
    return best?.0
  }

  /// " (did you mean 'x'?)", or "" when nothing is close.
  public static func hint(_ word: String, _ candidates: [String]) -> String {
    closest(word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
  }
}

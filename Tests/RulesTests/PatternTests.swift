import Facts
import Testing
import TextModel

@testable import Rules

func analyze(_ text: String) -> Analysis {
  FactExtractor().analyze(Document(id: "t", text: text))
}

func captured(_ pattern: String, in text: String) throws -> [[String: String]] {
  let p = try Pattern(pattern)
  let a = analyze(text)
  let m = PatternMatcher(analysis: a, index: FactIndex(a))
  let bytes = Array(text.utf8)
  return m.matches(of: p, in: 0..<a.tokens.count).map { match in
    var out: [String: String] = [:]
    for (name, f) in zip(p.captureNames, match.captures) {
      if let f { out[name] = String(decoding: bytes[a.facts[f].span], as: UTF8.self) }
    }
    return out
  }
}

@Suite struct PatternTests {
  @Test func bindsTypedFactsAcrossGaps() throws {
    let found = try captured(
      "{new:count} ... (زيادة|ارتفاع) ... {pct:percent} ... {old:number|count}",
      in: "احتجزت الوكالة حوالي 73 ألف شخص، بزيادة بنسبة 84% عن العام الماضي حين كان العدد أقل من 40 ألفاً.")
    #expect(found == [["new": "حوالي 73 ألف شخص", "pct": "84%", "old": "أقل من 40 ألفاً"]])
  }

  @Test func wordsMatchWithCliticsAndPrefixes() throws {
    #expect(try captured("(ارتفع*|زاد*) ... {p:percent}", in: "وارتفعت الأسعار 5%").count == 1)
    #expect(try captured("الزيادة {p:percent}", in: "بلغت والزيادة 5%").count == 1)
    #expect(try captured("rose {p:percent} to {x:money}", in: "Sales rose 2% to $11.1bn").first?["x"] == "$11.1bn")
  }

  @Test func optionalAndAlternatives() throws {
    let p = "(up|rose) by? {p:percent}"
    #expect(try captured(p, in: "rose by 4%").count == 1)
    #expect(try captured(p, in: "up 4%").count == 1)
    #expect(try captured(p, in: "fell 4%").isEmpty)
  }

  @Test func escapedSyntaxCharactersAreSymbols() throws {
    let found = try captured(#"{pct:percent} of the {whole:count} \( {part:number} \)"#, in: "25% of the 200 students (50) passed")
    #expect(found == [["pct": "25%", "whole": "200 students", "part": "50"]])
  }

  @Test func gapsAreBounded() throws {
    #expect(try captured("{a:percent} ...{0,2} {b:percent}", in: "5% one two three 6%").isEmpty)
    #expect(try captured("{a:percent} ...{0,3} {b:percent}", in: "5% one two three 6%").count == 1)
  }

  @Test func findsEveryNonOverlappingMatch() throws {
    #expect(try captured("{p:percent}", in: "1% and 2% and 3%").count == 3)
  }

  @Test(arguments: [
    ("{x:nonsense}", "unknown fact type 'nonsense'"),
    ("(a|b", "missing ')'"),
    ("a)", "unbalanced ')'"),
    ("...{5,2}", "gap bounds"),
    ("{1x:number}", "capture name"),
    ("{a:number} {a:percent}", "appears twice"),
    ("", "empty pattern"),
  ])
  func syntaxErrors(_ source: String, _ message: String) {
    #expect(throws: Pattern.SyntaxError.self) { try Pattern(source) }
    do {
      _ = try Pattern(source)
    } catch {
      #expect(error.message.contains(message))
    }
  }

  /// A pattern built to backtrack (many optional gaps, a capture that never appears) over a
  /// long sentence stays within a fixed number of steps.
  @Test func hostilePatternStaysBounded() throws {
    let source = Array(repeating: "...{0,40}", count: 20).joined(separator: " ") + " {x:money}"
    let p = try Pattern(source)
    let sentence = Array(repeating: "كلمة 12 نص 5%", count: 2_000).joined(separator: " ")
    let a = analyze(sentence)
    let m = PatternMatcher(analysis: a, index: FactIndex(a))
    let found = m.matches(of: p, in: 0..<a.tokens.count)
    #expect(found.isEmpty)
    #expect(m.steps <= m.limit + 1)
  }
}

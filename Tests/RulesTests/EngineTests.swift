import Checks
import Expressions
import Facts
import Testing
import TextModel

@testable import Rules

func loadRule(_ yaml: String) throws -> Rule {
  let (rule, issues) = RuleLoader().load(text: yaml, file: "t.yaml")
  #expect(issues.isEmpty, "\(issues)")
  return try #require(rule)
}

func outcomes(_ rule: Rule, _ text: String) -> [Finding] {
  Engine(rules: [rule]).check(FactExtractor().analyze(Document(id: "t", text: text)))
}

@Suite struct EngineTests {
  static let percentRise = """
    id: rise
    kind: percent_change
    summary: s
    match:
      pattern: "{new:count|number} ... (up|increase|rose) ...{0,3} {pct:percent} ... {old:count|number}"
    where: same_unit(new, old)
    assert: pct ~ percent_change(old, new)
    message: "stated {pct}, but {new} against {old} is {computed}"
    """

  @Test(arguments: [
    ("Detentions reached about 73 thousand, up 84% from fewer than 40 thousand a year earlier.", "holds"),
    ("Detentions reached about 73 thousand, up 48% from fewer than 40 thousand a year earlier.", "contradicts"),
    ("Sales were 1,200 units, up 20% from 1,000 units.", "holds"),
    ("Sales were 1,200 units, up 25% from 1,000 units.", "contradicts"),
  ])
  func percentChangeVerdicts(_ text: String, _ expected: String) throws {
    let rule = try loadRule(Self.percentRise)
    let found = outcomes(rule, text)
    #expect(found.map(\.status.name) == [expected])
  }

  @Test func contradictionExplainsTheArithmetic() throws {
    let rule = try loadRule(Self.percentRise)
    let f = try #require(outcomes(rule, "Detentions reached about 73 thousand, up 48% from fewer than 40 thousand.").first)
    #expect(f.message(for: .en).hasPrefix("stated 48%, but about 73 thousand against fewer than 40 thousand is"))
    #expect(f.computed?.interval.low ?? 0 > 73)
    #expect(f.evidence.map(\.name) == ["new", "pct", "old"])
  }

  static let multiple = """
    id: times
    kind: multiple
    summary: s
    match:
      scope: 2 sentences
      pattern: "{m:multiplier} ... {old:measure} ... {new:measure}"
    assert: m ~ ratio(new, old)
    message: "stated {m}, figures give {computed}"
    """

  @Test(arguments: [
    ("Storage grew more than 3 times. It went from about 400 TB to nearly 1,400 TB.", "holds"),
    ("Storage grew more than 3 times. It went from about 400 TB to nearly 1,000 TB.", "contradicts"),
    ("Storage grew more than 3 times, from about 0.4 PB to nearly 1,400 TB.", "holds"),
  ])
  func multipleVerdicts(_ text: String, _ expected: String) throws {
    #expect(outcomes(try loadRule(Self.multiple), text).map(\.status.name) == [expected])
  }

  @Test func restatementComparesEveryPair() throws {
    let rule = try loadRule(
      """
      id: same_count
      kind: restatement
      summary: s
      match:
        scope: document
        each: "{a:count} {b:count}"
      where: same_unit(a, b)
      assert: a ~ b
      message: "{b} restates {a}"
      """)
    let found = outcomes(rule, "نُقل 8 رجال إلى المطار. ثم أُفرج عن الرجال الـ9 لاحقاً، وعددهم 3 أطفال.")
    #expect(found.map(\.status.name) == ["contradicts"])
    let ok = outcomes(rule, "نُقل 8 رجال إلى المطار. ثم أُفرج عن الرجال الـ8 لاحقاً.")
    #expect(ok.map(\.status.name) == ["holds"])
  }

  @Test func elapsedYearsUseTheDocumentDate() throws {
    let rule = try loadRule(
      """
      id: history
      kind: elapsed
      summary: s
      match:
        scope: 2 sentences
        pattern: "{founded:date} ... {years:duration}"
      assert: years ~ years_between(founded, doc.published)
      message: "{years} since {founded}"
      """)
    let text = "Published: 2026-02-19\n\nThe agency was founded in 2003. In its 23-year history it never did so."
    #expect(outcomes(rule, text).map(\.status.name) == ["holds"])
    #expect(outcomes(rule, text.replacingOccurrences("2003", "2013")).map(\.status.name) == ["contradicts"])
  }

  @Test func countAgainstList() throws {
    let rule = try loadRule(
      """
      id: announced
      kind: count
      summary: s
      match:
        scope: list
        pattern: "{n:count} ...{0,3} : {items:list}"
      assert: n == count(items)
      message: "{n} announced, {computed} listed"
      """)
    let ok = "The agency has 3 main divisions:\n1. One\n2. Two\n3. Three"
    #expect(outcomes(rule, ok).map(\.status.name) == ["holds"])
    let bad = "The agency has 4 main divisions:\n1. One\n2. Two\n3. Three"
    #expect(outcomes(rule, bad).map(\.status.name) == ["contradicts"])
  }
}

extension String {
  func replacingOccurrences(_ a: String, _ b: String) -> String {
    split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
  }
}

@Suite struct DatePropertyTests {
  @Test func statedWeekdayAgainstTheDate() throws {
    let rule = try loadRule(
      """
      id: weekday_named
      kind: weekday
      summary: s
      match:
        pattern: "{d:date}"
      where: d.hedged == 0
      assert: d.weekday == weekday(d)
      message: "{d}: the date falls on day {computed}"
      """)
    // 15 March 2026 is a Sunday.
    #expect(outcomes(rule, "وقع ذلك يوم الأحد 15 مارس 2026 في العاصمة.").map(\.status.name) == ["holds"])
    #expect(outcomes(rule, "وقع ذلك يوم الاثنين 15 مارس 2026 في العاصمة.").map(\.status.name) == ["contradicts"])
    #expect(outcomes(rule, "It happened on Monday, March 16, 2026.").map(\.status.name) == ["holds"])
    // No weekday named: nothing to check.
    #expect(outcomes(rule, "It happened on March 16, 2026.").map(\.status.name) == ["undetermined"])
  }
}

@Suite struct HumanQuantityTests {
  @Test(arguments: [
    (Quantity(Interval(low: 73.375, high: .infinity, lowInclusive: false), .percent), Language.en, "more than 73.4%"),
    (Quantity(Interval(low: 73.375, high: .infinity, lowInclusive: false), .percent), Language.ar, "أكثر من 73.4%"),
    (Quantity(Interval(low: 3.1667, high: 3.6842), .number), Language.en, "between 3.17 and 3.68"),
    (Quantity(Interval(low: 0, high: 40000, highInclusive: false), .count(noun: "people")), Language.en, "between 0 people and 40,000 people"),
    (Quantity(Interval(low: -.infinity, high: 40000, highInclusive: false), .number), Language.ar, "أقل من 40,000"),
    (Quantity(.point(1_250_000), .currency("USD")), Language.en, "1,250,000 USD"),
  ])
  func renders(_ q: Quantity, _ language: Language, _ expected: String) {
    #expect(HumanQuantity.render(q, language: language) == expected)
  }
}

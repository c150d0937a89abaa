import Facts
import TextModel
import Testing

/// Digits with scale words and a smaller part, mixed fractions after a scale, ratios, and
/// spaced "k": our own news-like sentences.
struct CompoundNumberTests {
  typealias Case = NumberWordsTests.Case

  static let compounds: [Case] = [
    Case("The council found 3 hundred and 21 faults in the plan.", .count, 321, "3 hundred and 21 faults"),
    Case("Officials counted 4 thousand 3 hundred and 21 ballots.", .count, 4321, "4 thousand 3 hundred and 21 ballots"),
    Case("The fund paid 2 million 500 thousand to the victims.", .number, 2_500_000, "2 million 500 thousand"),
    Case("The trust holds 6 crore and two hundred in reserve.", .number, 60_000_200, "6 crore and two hundred"),
    Case("The city has 3 million and a half residents today.", .count, 3_500_000, "3 million and a half residents"),
    Case("The city has 3 million and a half.", .number, 3_500_000, "3 million and a half"),
    Case("The region lost 2 million and a quarter, officials said.", .number, 2_250_000, "2 million and a quarter"),
    Case("The bill came to five billion and three quarters.", .number, 5_750_000_000, "five billion and three quarters"),
    Case("They raised two million and three fifths for the hospital.", .number, 2_600_000, "two million and three fifths"),
    Case("The tank held one hundred and three quarters at dawn.", .number, 100.75, "one hundred and three quarters"),
    Case("The state spends three lakh crore on roads.", .number, 3e12, "three lakh crore"),
    Case("By noon the views reached 2.33 k.", .number, 2330, "2.33 k"),
  ]

  @Test(arguments: compounds)
  func compoundNumbers(_ c: Case) { NumberWordsTests.check(c) }

  static let ratios: [Case] = [
    Case("Voters who agreed: one out of four.", .number, 0.25, "one out of four"),
    Case("The risk is put at 1 in 5, the study said.", .number, 0.2, "1 in 5"),
    Case("The odds were put at one over four.", .number, 0.25, "one over four"),
  ]

  @Test(arguments: ratios)
  func ratioValues(_ c: Case) { NumberWordsTests.check(c) }

  /// What stays two figures, or no ratio.
  static let apart: [NumberWordsTests.Split] = [
    NumberWordsTests.Split(text: "The firm cut 3 million and 500 jobs went abroad", parts: [("3 million", 3e6)]),
    NumberWordsTests.Split(text: "Prices rose 5 over 10 years", parts: []),
    NumberWordsTests.Split(text: "Sales totalled 1.14 billion and 560.7 mln in February", parts: [("560.7 mln", 560_700_000)]),
    NumberWordsTests.Split(text: "The fund lent 1.8 mln dlrs for 1420 K Street", parts: [("1420", 1420)]),
    NumberWordsTests.Split(text: "The party won 120 out of 300, or 40 percent", parts: [("120", 120), ("300", 300)]),
    NumberWordsTests.Split(text: "One in 5 adults smoke", parts: []),
    NumberWordsTests.Split(text: "He scored 1 in 10 minutes", parts: []),
    NumberWordsTests.Split(text: "She won 1 in 2019 and again later", parts: []),
    NumberWordsTests.Split(text: "Operators rolled out 5G in 10 cities", parts: []),
  ]

  @Test(arguments: apart)
  func staysApart(_ s: NumberWordsTests.Split) {
    let found = NumberWordsTests.facts(s.text)
    for (span, value) in s.parts {
      #expect(
        found.contains { $0.text == span && $0.fact.value == value },
        "no «\(span)» = \(value); found \(found.map { "\($0.text)=\($0.fact.value ?? .nan)" })")
    }
    #expect(!found.contains { $0.fact.value.map { $0 > 0 && $0 < 1 } ?? false }, "a ratio was read")
    #expect(!found.contains { $0.text.hasSuffix("G") }, "G read as a scale")
  }
}

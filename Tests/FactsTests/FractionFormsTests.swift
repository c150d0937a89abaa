import Testing

@testable import Facts
@testable import TextModel

/// Fractions in digits and words, exponents, dotted codes and other number forms.
@Suite struct FractionFormsTests {
  /// A sentence and the value of the fact spanning `text`.
  struct Case: CustomTestStringConvertible, Sendable {
    var input: String
    var text: String
    var value: Double
    init(_ input: String, _ text: String, _ value: Double) {
      self.input = input
      self.text = text
      self.value = value
    }
    var testDescription: String { input }
  }

  static let cases: [Case] = [
    // Market prices and rates: a whole, a hyphen and eighths or quarters.
    .init("The bonds carry a 9-7/8 pct coupon.", "9-7/8 pct", 9.875),
    .init("Acme rose 1-1/4 to 31-3/8 dlrs.", "31-3/8 dlrs", 31.375),
    .init("Acme rose 1-1/4 to 31-3/8 dlrs.", "1-1/4", 1.25),
    .init("The fee is 3/8 pct of the loan.", "3/8 pct", 0.375),
    .init("The rate fell from 2 and 1/4 to 1 pct.", "2 and 1/4", 2.25),
    // A whole and a fraction after a space.
    .init("The fire burned for 3 1/2 days.", "3 1/2 days", 3.5),
    .init("5  3/4", "5  3/4", 5.75),
    // A fraction alone only with something that makes it one.
    .init("Nearly 2/3 of the seats changed hands.", "Nearly 2/3", 2.0 / 3),
    .init("Voters backed it by 3/5ths.", "3/5ths", 0.6),
    .init("Shares of Acme fell 5/8 on Monday.", "5/8", 0.625),
    .init("Acme Gold surged 3/4 in early trade.", "3/4", 0.75),
    .init("-2/5", "-2/5", -0.4),
    .init("Real yields fell to -.25 pct.", "-.25 pct", -0.25),
    .init("7/9", "7/9", 7.0 / 9),
    .init("The index ended at 2 point 5 million.", "2 point 5 million", 2.5e6),
    // Fractions in words with denominators of more than one word.
    .init("one thirty-second", "one thirty-second", 1.0 / 32),
    .init("five twenty-sixths", "five twenty-sixths", 5.0 / 26),
    .init("two hundred forty-fifths", "two hundred forty-fifths", 200.0 / 45),
    .init("two hundred and forty fifths", "two hundred and forty fifths", 240.0 / 5),
    .init("one one hundred seventh", "one one hundred seventh", 1.0 / 107),
    .init("three - fifths", "three - fifths", 0.6),
    .init("seventy - three", "seventy - three", 73),
    .init("eighty - five hundred thirds", "eighty - five hundred thirds", 8500.0 / 3),
    .init("three thousand one hundred five sevenths", "three thousand one hundred five sevenths", 3105.0 / 7),
    // Scales with fractions of a smaller scale.
    .init("It cost two billion and a half million.", "two billion and a half million", 2_000_500_000),
    .init("It cost two billion and a quarter million.", "two billion and a quarter million", 2_000_250_000),
    // Exponents, dozens, millions in finance.
    .init("About 2e9 cells divide.", "About 2e9 cells", 2e9),
    // A dot for thousands before a decimal point.
    .init("The index closed at 4.512.37 on Friday.", "4.512.37", 4512.37),
    .init("They sold 4 doz of eggs.", "4 doz", 48),
    .init("The fund raised $40MM last year.", "$40MM", 40e6),
  ]

  @Test(arguments: cases) func reads(_ c: Case) {
    let (a, all) = facts(c.input)
    let f = all.first { spanText(a, $0) == c.text }
    #expect(f != nil, "\(all.map { "\($0.type):\(spanText(a, $0))" })")
    if let v = f?.value { #expect(abs(v - c.value) <= 1e-9 * max(1, abs(c.value))) }
  }

  /// Odds, dates and scores keep their figures apart; an ordinal stays an ordinal.
  static let untouched: [(String, String)] = [
    ("He is the 7/4 favourite to win.", "7/4"),
    ("Bookmakers offer 2/9 on her.", "2/9"),
    ("The film about 9/11 opened.", "9/11"),
    ("The 1/2/2020 meeting was moved.", "1/2"),
    ("Acme released version 3.10.2 today.", "3.10"),
    ("The router sits at 10.100.1.2 on the network.", "10.100"),
    ("It was the twenty-first century.", "twenty-first"),
  ]

  @Test(arguments: untouched) func keepsApart(_ c: (String, String)) {
    let (a, all) = facts(c.0)
    let hit = all.first { spanText(a, $0) == c.1 && $0.type != .ordinal && $0.type != .date }
    #expect(hit == nil, "\(all.map { "\($0.type):\(spanText(a, $0))" })")
  }
}

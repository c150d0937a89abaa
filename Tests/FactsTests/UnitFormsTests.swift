import Testing

@testable import Facts
@testable import TextModel

/// Measure ranges, imperial compounds, pounds of weight and short duration units.
@Suite struct UnitFormsTests {
  /// One expected range: its span, stated ends and unit.
  struct RangeCase: CustomTestStringConvertible, Sendable {
    var input: String
    var text: String
    var low: Double
    var high: Double
    var unit: String
    init(_ input: String, _ text: String, _ low: Double, _ high: Double, _ unit: String) {
      self.input = input
      self.text = text
      self.low = low
      self.high = high
      self.unit = unit
    }
    var testDescription: String { input }
  }

  static let measureRanges: [RangeCase] = [
    .init("Each parcel weighs 4 -9 kg.", "4 -9 kg", 4, 9, "kg"),
    .init("Hikers covered 12km-15km a day.", "12km-15km", 12, 15, "km"),
    .init("Add 3 - ~5 litres of water.", "3 - ~5 litres", 3, 5, "l"),
    // The currency sign repeated before the second end, which lends the first its scale.
    .init("Tickets sell for $35-$60 each.", "$35-$60", 35, 60, "USD"),
    .init("Debts of $1-$1.4 trillion remain.", "$1-$1.4 trillion", 1e12, 1.4e12, "USD"),
    .init("The deal is worth £15m-£20m.", "£15m-£20m", 15e6, 20e6, "GBP"),
  ]

  @Test(arguments: measureRanges) func measureRange(_ c: RangeCase) {
    let (a, all) = facts(c.input)
    let r = all.first { $0.type == .range && spanText(a, $0) == c.text }
    #expect(r != nil, "\(all.map { "\($0.type):\(spanText(a, $0))" })")
    #expect(r?.unit == c.unit)
    #expect(r?.interval.low == c.low)
    #expect(r?.interval.high == c.high)
  }

  /// A minus glued to a temperature stays a sign.
  @Test func temperatureKeepsItsSign() {
    let (a, all) = facts("Lows of 2 -7 C are expected.")
    #expect(!all.contains { $0.type == .range }, "\(all.map { spanText(a, $0) })")
  }

  static let measures: [MoneyMeasureCase] = [
    .init("The pitch is 100 yards and 8 feet long.", .measure, "100 yards and 8 feet", 308, "ft"),
    .init("The wall is 3 yards, 4 feet and 2 inches high.", .measure, "3 yards, 4 feet and 2 inches", 158, "in"),
    .init("She lost 30 pounds after the surgery.", .measure, "30 pounds", 30, "lb"),
    .init("The newborn weighed just over three pounds.", .measure, "just over three pounds", 3, "lb"),
    .init("The new model is 12 pounds lighter.", .measure, "12 pounds", 12, "lb"),
    .init("Cocoa prices dropped by 90 pounds per tonne.", .money, "90 pounds", 90, "GBP"),
    .init("Tickets cost 25 pounds each.", .money, "25 pounds", 25, "GBP"),
  ]

  @Test(arguments: measures) func measure(_ c: MoneyMeasureCase) { MoneyMeasureTests.expect(c) }

  @Test(arguments: [
    DurationCase("The storm kept crews busy for 6 h.", ["6 hour|6 h"]),
    DurationCase("The patient, a 64 yo woman, recovered.", ["64 year|64 yo"]),
    DurationCase("The trial ran for 14D.", ["14 day|14D"]),
    DurationCase("The outage lasted 3W.", ["3 week|3W"]),
    DurationCase("The bond was held for 5Y.", ["5 year|5Y"]),
    DurationCase("The studio is known for 3D.", []),
    DurationCase("They spent two nights in custody.", ["2 day|two nights"]),
    DurationCase("His single One Night topped the chart.", []),
    DurationCase("The strike went on all-day.", ["1 day|all-day"]),
    DurationCase("They called an all-day strike.", []),
    DurationCase("It expects a profit in full-year 2025.", []),
  ])
  func shortDurations(_ c: DurationCase) {
    #expect(durations(c.text) == c.expected)
  }

  /// "full-year 2025" stays a date after the hyphenated duration word is refused.
  @Test func fullYearKeepsTheYear() {
    let (_, all) = facts("It expects a profit in full-year 2025.")
    #expect(all.contains { $0.type == .date })
  }
}

import Facts
import Testing
import TextModel

/// Compound lengths counted on the calendar from the document date, and days, weeks or months
/// counted inside a year or a month. Each expected fact is "ISO date|span|first day|day after
/// the last".

/// A Thursday.
private let feb19 = CivilDate(year: 2026, month: 2, day: 19)

private let compoundOffsetCases: [DateCase] = [
  // Back ten days, then a month: January 9, where 40 days would give January 10.
  DateCase(
    "The deal closed 1 month 10 days ago.", ["2026-01-09|1 month 10 days ago|2026-01-09|2026-01-10"],
    reference: feb19),
  DateCase(
    "Talks broke down 2 years, 3 months and 4 days ago.",
    ["2023-11-15|2 years, 3 months and 4 days ago|2023-11-15|2023-11-16"], reference: feb19),
  DateCase(
    "It ended a month and 5 days ago.", ["2026-01-14|a month and 5 days ago|2026-01-14|2026-01-15"],
    reference: feb19),
  DateCase(
    "The vote is 1 month 2 days from now.", ["2026-03-21|1 month 2 days from now|2026-03-21|2026-03-22"],
    reference: feb19),
  // Days and weeks alone stay counted in days.
  DateCase(
    "The fire started 2 weeks and 3 days ago.", ["2026-02-02|2 weeks and 3 days ago|2026-02-02|2026-02-03"],
    reference: feb19),
]

@Test(arguments: compoundOffsetCases)
func compoundOffsets(_ c: DateCase) {
  #expect(periodFacts(c) == c.expected)
}

private let countedPartCases: [DateCase] = [
  DateCase(
    "Exports fell in the first two months of 2025.",
    ["2025-01-01|the first two months of 2025|2025-01-01|2025-03-01"], reference: feb19),
  DateCase(
    "Output rose in the last three months of last year.",
    ["2025-10-01|the last three months of last year|2025-10-01|2026-01-01"], reference: feb19),
  DateCase(
    "Rain fell in the first 10 days of February.",
    ["2026-02-01|the first 10 days of February|2026-02-01|2026-02-11"], reference: feb19),
  DateCase(
    "Prices slid over the last 5 days of January.",
    ["2026-01-27|the last 5 days of January|2026-01-27|2026-02-01"], reference: feb19),
  // Weeks are seven days from the first day, not calendar weeks.
  DateCase(
    "Bookings doubled in the first three weeks of January.",
    ["2026-01-01|the first three weeks of January|2026-01-01|2026-01-22"], reference: feb19),
  DateCase(
    "Shops will hire in the last 2 weeks of this year.",
    ["2026-12-18|the last 2 weeks of this year|2026-12-18|2027-01-01"], reference: feb19),
  DateCase(
    "Leap years count: the last ten days of February 2024 were mild.",
    ["2024-02-20|the last ten days of February 2024|2024-02-20|2024-03-01"], reference: feb19),
  DateCase(
    "The plan starts in the fourth month of 2027.", ["2027-04|the fourth month of 2027|2027-04-01|2027-05-01"],
    reference: feb19),
  DateCase(
    "It opens in the 6th month of next year.", ["2027-06|the 6th month of next year|2027-06-01|2027-07-01"],
    reference: feb19),
  DateCase(
    "Rates peaked in the last month of 2024.", ["2024-12|the last month of 2024|2024-12-01|2025-01-01"],
    reference: feb19),
  DateCase("Trading resumed last month.", ["2026-01|last month|2026-01-01|2026-02-01"], reference: feb19),
  // A plan for the document's year may run past the document date.
  DateCase(
    "Sales will rise in the first nine months of the year.",
    ["2026-01-01|the first nine months of the year|2026-01-01|2026-10-01"], reference: feb19),
]

@Test(arguments: countedPartCases)
func countedParts(_ c: DateCase) {
  #expect(periodFacts(c) == c.expected)
}

private let countedPartsThatAreNotCases: [DateCase] = [
  DateCase("In the first 100 days of his term he signed 40 orders.", [], reference: feb19),
  // Told in the past in February, nine months of "the year" are a fiscal year's.
  DateCase("Sales for the first nine months of the year were 3 billion.", [], reference: feb19),
  DateCase(
    "The first 50 days of the year starting April 1 were dry.", ["2026-04-01|April 1|2026-04-01|2026-04-02"],
    reference: feb19),
  DateCase("He won the second month of the season.", [], reference: feb19),
]

@Test(arguments: countedPartsThatAreNotCases)
func countedPartsThatAreNot(_ c: DateCase) {
  #expect(periodFacts(c) == c.expected)
}

private let fortnightAndTimeCases: [DateCase] = [
  DateCase(
    "Ministers will decide within the next fortnight.",
    ["2026-02-20|the next fortnight|2026-02-20|2026-03-06"], reference: feb19),
  DateCase(
    "Rain has fallen on most days over the past fortnight.",
    ["2026-02-05|the past fortnight|2026-02-05|2026-02-19"], reference: feb19),
  // "time" after the possessive counts from now, with no future verb.
  DateCase(
    "The final is in a fortnight's time.", ["2026-03-05|in a fortnight|2026-03-05|2026-03-06"], reference: feb19),
  DateCase(
    "The plant opens in three years' time.", ["2029-02-19|in three years|2029-02-19|2029-02-20"], reference: feb19),
  // Counted from a day of the story.
  DateCase("Prices eased in the following fortnight.", [], reference: feb19),
  DateCase("Talks resume the next fortnight after the vote.", [], reference: feb19),
  DateCase("Output fell 5% in three years, the report said.", [], reference: feb19),
]

@Test(arguments: fortnightAndTimeCases)
func fortnightsAndTime(_ c: DateCase) {
  #expect(periodFacts(c) == c.expected)
}

import Facts
import Testing
import TextModel

/// Named periods (quarters, halves, decades, parts of weeks, months and years), offsets from
/// the document date and years in words. Each expected fact is "ISO date|span|first day|day
/// after the last", the interval at day precision.
struct NamedPeriodCase: Sendable, CustomStringConvertible {
  var text: String
  var expected: [String]
  var reference: CivilDate?

  init(_ text: String, _ expected: [String], reference: CivilDate? = nil) {
    self.text = text
    self.expected = expected
    self.reference = reference
  }

  var description: String { text }
}

/// A Thursday.
private let feb19 = CivilDate(year: 2026, month: 2, day: 19)

private func day(_ seconds: Double) -> String {
  let c = CivilDate.civilFromDays(Int((seconds / 86400).rounded(.down)))
  return CivilDate(year: c.year, month: c.month, day: c.day).description
}

private func periodFacts(_ c: NamedPeriodCase) -> [String] {
  let options = ExtractionOptions(referenceDate: c.reference)
  let analysis = FactExtractor(options: options).analyze(Document(id: "t", text: c.text))
  let utf8 = Array(c.text.utf8)
  return analysis.facts.filter { $0.type == .date }.map { f in
    let span = String(decoding: utf8[f.span], as: UTF8.self)
    return "\(f.date?.description ?? "nil")|\(span)|\(day(f.interval.low))|\(day(f.interval.high))"
  }
}

private let quartersHalvesAndDecadesCases: [NamedPeriodCase] = [
  NamedPeriodCase("Revenue rose 4% in Q3 2024, the bank said.", ["2024-07|Q3 2024|2024-07-01|2024-10-01"]),
  NamedPeriodCase("Margins held in 2023-q2 and slipped later.", ["2023-04|2023-q2|2023-04-01|2023-07-01"]),
  NamedPeriodCase("The outlook for q4-2025 is weak.", ["2025-10|q4-2025|2025-10-01|2026-01-01"]),
  NamedPeriodCase("Shipments in 2022 Q1 beat forecasts.", ["2022-01|2022 Q1|2022-01-01|2022-04-01"]),
  NamedPeriodCase("Costs fell in H2 2021.", ["2021-07|H2 2021|2021-07-01|2022-01-01"]),
  NamedPeriodCase("The 2020-H1 figures were revised.", ["2020-01|2020-H1|2020-01-01|2020-07-01"]),
  NamedPeriodCase(
    "Profit doubled in the second quarter of 2019.",
    ["2019-04|the second quarter of 2019|2019-04-01|2019-07-01"]),
  NamedPeriodCase(
    "Sales slowed in the last quarter of 2018.", ["2018-10|the last quarter of 2018|2018-10-01|2019-01-01"]),
  NamedPeriodCase(
    "Output grew in the first half of 2017.", ["2017-01|the first half of 2017|2017-01-01|2017-07-01"]),
  NamedPeriodCase(
    "Exports fell in the fourth quarter last year.",
    ["2025-10|the fourth quarter last year|2025-10-01|2026-01-01"], reference: feb19),
  NamedPeriodCase(
    "Loans rose in the third quarter of this year.",
    ["2026-07|the third quarter of this year|2026-07-01|2026-10-01"], reference: feb19),
  // A quarter the text leaves open is the nearest one: in February, the fourth has just ended.
  NamedPeriodCase(
    "The firm reported a loss in the fourth quarter.", ["2025-10|the fourth quarter|2025-10-01|2026-01-01"],
    reference: feb19),
  NamedPeriodCase("Sales rose last quarter.", ["2025-10|last quarter|2025-10-01|2026-01-01"], reference: feb19),
  NamedPeriodCase("Prices may rise again next quarter.", ["2026-04|next quarter|2026-04-01|2026-07-01"], reference: feb19),
  NamedPeriodCase(
    "Hiring slowed in the past three quarters.",
    ["2025-04|the past three quarters|2025-04-01|2026-01-01"], reference: feb19),
  NamedPeriodCase(
    "Growth should pick up over the next two quarters.",
    ["2026-04|the next two quarters|2026-04-01|2026-10-01"], reference: feb19),
  NamedPeriodCase("Rents have doubled this decade.", ["2020|this decade|2020-01-01|2030-01-01"], reference: feb19),
]

@Test(arguments: quartersHalvesAndDecadesCases)
func quartersHalvesAndDecades(_ c: NamedPeriodCase) {
  #expect(periodFacts(c) == c.expected)
}

private let quartersThatAreNotCases: [NamedPeriodCase] = [
  NamedPeriodCase("Three quarters of the vote went to her.", []),
  NamedPeriodCase("The last quarter century saw change.", [], reference: feb19),
  NamedPeriodCase("He scored twice in the last quarter.", [], reference: feb19),
  NamedPeriodCase("Profit rose in the first quarter ended March 31.", ["2026-03-31|March 31|2026-03-31|2026-04-01"], reference: feb19),
  NamedPeriodCase("Results for the fiscal first quarter beat forecasts.", [], reference: feb19),
  NamedPeriodCase("The H1N1 virus spread.", []),
  NamedPeriodCase("Sales rose two weeks after Q3 2024.", ["2024-07|Q3 2024|2024-07-01|2024-10-01"]),
  NamedPeriodCase("She won the first half of the match.", [], reference: feb19),
]

@Test(arguments: quartersThatAreNotCases)
func quartersThatAreNot(_ c: NamedPeriodCase) {
  #expect(periodFacts(c) == c.expected)
}

private let partsOfPeriodsCases: [NamedPeriodCase] = [
  NamedPeriodCase("Talks resume at the beginning of next week.", ["2026-02-23|the beginning of next week|2026-02-23|2026-02-26"], reference: feb19),
  NamedPeriodCase("A deal is expected by the end of this week.", ["2026-02-16|the end of this week|2026-02-20|2026-02-23"], reference: feb19),
  NamedPeriodCase("Markets stay shut for the rest of the week.", ["2026-02-19|the rest of the week|2026-02-19|2026-02-23"], reference: feb19),
  NamedPeriodCase("Rates will hold for the rest of the year.", ["2026-02-19|the rest of the year|2026-02-19|2027-01-01"], reference: feb19),
  NamedPeriodCase("Work starts at the beginning of 2027.", ["2027|the beginning of 2027|2027-01-01|2027-05-01"]),
  NamedPeriodCase("The report is due at EOY, he said.", ["2026|EOY|2026-09-01|2027-01-01"], reference: feb19),
  NamedPeriodCase("THE BOY WHO LIVED", [], reference: feb19),
  NamedPeriodCase("The boy left early.", [], reference: feb19),
]

@Test(arguments: partsOfPeriodsCases)
func partsOfPeriods(_ c: NamedPeriodCase) {
  #expect(periodFacts(c) == c.expected)
}

private let weekdaysAndOffsetsCases: [NamedPeriodCase] = [
  // "next Friday" is the first Friday after the document date. The suites read the Friday of
  // next week, but news written on a Monday about "next Wednesday" mostly means that week's.
  NamedPeriodCase("The vote is next Friday.", ["2026-02-20|next Friday|2026-02-20|2026-02-21"], reference: feb19),
  NamedPeriodCase("We meet this coming Monday.", ["2026-02-23|this coming Monday|2026-02-23|2026-02-24"], reference: feb19),
  NamedPeriodCase("It was filed previous Tuesday.", ["2026-02-17|previous Tuesday|2026-02-17|2026-02-18"], reference: feb19),
  NamedPeriodCase("The ruling comes Friday after next.", ["2026-02-27|Friday after next|2026-02-27|2026-02-28"], reference: feb19),
  NamedPeriodCase("He will leave in two weeks.", ["2026-03-05|in two weeks|2026-03-05|2026-03-06"], reference: feb19),
  NamedPeriodCase("They will return in three months.", ["2026-05-19|in three months|2026-05-19|2026-05-20"], reference: feb19),
  NamedPeriodCase("Shares fell 5% in two weeks.", [], reference: feb19),
  NamedPeriodCase("The board will decide within 10 days.", ["2026-02-19|within 10 days|2026-02-19|2026-03-01"], reference: feb19),
  NamedPeriodCase("The court will rule within 30 days of the filing.", [], reference: feb19),
  NamedPeriodCase("Sales will rise 10% in two years.", [], reference: feb19),
  NamedPeriodCase("The plant closed three months ago.", ["2025-11-19|three months ago|2025-11-19|2025-11-20"], reference: feb19),
]

@Test(arguments: weekdaysAndOffsetsCases)
func weekdaysAndOffsets(_ c: NamedPeriodCase) {
  #expect(periodFacts(c) == c.expected)
}

private let yearsInWordsCases: [NamedPeriodCase] = [
  NamedPeriodCase("The treaty was signed in June of nineteen ninety nine.", ["1999-06|June of nineteen ninety nine|1999-06-01|1999-07-01"]),
  NamedPeriodCase("It opened on March third two thousand and four.", ["2004-03-03|March third two thousand and four|2004-03-03|2004-03-04"]),
  NamedPeriodCase("The mill was built in eighteen sixty two.", ["1862|eighteen sixty two|1862-01-01|1863-01-01"]),
  NamedPeriodCase("The law changed in two thousand and eleven.", ["2011|two thousand and eleven|2011-01-01|2012-01-01"]),
  NamedPeriodCase("In May two thousand workers marched.", []),
  NamedPeriodCase("It rose in two thousand cases.", []),
  NamedPeriodCase("They ran in fifteen twenty-minute heats.", []),
]

@Test(arguments: yearsInWordsCases)
func yearsInWords(_ c: NamedPeriodCase) {
  #expect(periodFacts(c) == c.expected)
}

private let periodsCountedFromTheStoryCases: [NamedPeriodCase] = [
  NamedPeriodCase("Growth matched the rate in the previous quarter.", [], reference: feb19),
  NamedPeriodCase("It will be paid in 10-year bonds.", [], reference: feb19),
  NamedPeriodCase("Output will resume in about six months.", [], reference: feb19),
  NamedPeriodCase("In fiscal 2025, the first quarter was weak.", [], reference: feb19),
  NamedPeriodCase("The firm expects a recovery in the third quarter.", ["2026-07|the third quarter|2026-07-01|2026-10-01"], reference: feb19),
  NamedPeriodCase("The firm posted a loss in the first quarter.", ["2026-01|the first quarter|2026-01-01|2026-04-01"], reference: feb19),
  NamedPeriodCase("SPRINGFIELD, March 12 - Feb 28 end", ["2026-03-12|March 12|2026-03-12|2026-03-13"], reference: feb19),
]

@Test(arguments: periodsCountedFromTheStoryCases)
func periodsCountedFromTheStory(_ c: NamedPeriodCase) {
  #expect(periodFacts(c) == c.expected)
}

private let countedWeekdaysAndMoreCases: [NamedPeriodCase] = [
  NamedPeriodCase("The court sits 2 Fridays from now.", ["2026-02-27|2 Fridays from now|2026-02-27|2026-02-28"], reference: feb19),
  NamedPeriodCase("The hearing was 3 Mondays ago.", ["2026-02-02|3 Mondays ago|2026-02-02|2026-02-03"], reference: feb19),
  NamedPeriodCase("Sales in 2024H1 fell.", ["2024-01|2024H1|2024-01-01|2024-07-01"]),
  NamedPeriodCase("Prices hold for the rest of the month.", ["2026-02-19|the rest of the month|2026-02-19|2026-03-01"], reference: feb19),
  NamedPeriodCase("It opened on the ninth of May, nineteen eighty one.", ["1981-05-09|ninth of May, nineteen eighty one|1981-05-09|1981-05-10"]),
]

@Test(arguments: countedWeekdaysAndMoreCases)
func countedWeekdaysAndMore(_ c: NamedPeriodCase) {
  #expect(periodFacts(c) == c.expected)
}

private let daysInWordsCases: [NamedPeriodCase] = [
  NamedPeriodCase("She was born on March twelve nineteen seventy one.", ["1971-03-12|March twelve nineteen seventy one|1971-03-12|1971-03-13"]),
  NamedPeriodCase("We meet on Friday the twenty seventh.", ["2026-02-27|Friday the twenty seventh|2026-02-27|2026-02-28"], reference: feb19),
  NamedPeriodCase("In May twenty five people died.", []),
  NamedPeriodCase("The first round is on Sunday, the second on May 3.", ["2026-02-22|Sunday|2026-02-22|2026-02-23", "2026-05-03|May 3|2026-05-03|2026-05-04"], reference: feb19),
  NamedPeriodCase("The index fell on Monday the sixth largest drop.", ["2026-02-16|Monday|2026-02-16|2026-02-17"], reference: feb19),
  NamedPeriodCase("Bids close on the 20th day of next month.", ["2026-03-20|20th day of next month|2026-03-20|2026-03-21"], reference: feb19),
  NamedPeriodCase("Talks stalled on the 5th day of the strike.", [], reference: feb19),
  NamedPeriodCase("The games open the year after next.", ["2028|the year after next|2028-01-01|2029-01-01"], reference: feb19),
]

@Test(arguments: daysInWordsCases)
func daysInWords(_ c: NamedPeriodCase) {
  #expect(periodFacts(c) == c.expected)
}

private let quartersLeftOpenCases: [NamedPeriodCase] = [
  // A quarter the text leaves open needs a verb that places it, and calendar quarters.
  NamedPeriodCase("A deficit of 2 billion in the third quarter was revised.", [], reference: feb19),
  NamedPeriodCase(
    "Results for the third quarter ended November 30 were strong; it expects more in the fourth quarter.",
    ["2025-11-30|November 30|2025-11-30|2025-12-01"], reference: feb19),
]

@Test(arguments: quartersLeftOpenCases)
func quartersLeftOpen(_ c: NamedPeriodCase) {
  #expect(periodFacts(c) == c.expected)
}

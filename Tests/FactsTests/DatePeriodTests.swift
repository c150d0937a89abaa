import Facts
import Testing
import TextModel

/// Named periods (quarters, halves, decades, parts of weeks, months and years), offsets from
/// the document date and years in words. Each expected fact is "ISO date|span|first day|day
/// after the last", the interval at day precision.

/// A Thursday.
private let feb19 = CivilDate(year: 2026, month: 2, day: 19)

private let quartersHalvesAndDecadesCases: [DateCase] = [
  DateCase("Revenue rose 4% in Q3 2024, the bank said.", ["2024-07|Q3 2024|2024-07-01|2024-10-01"]),
  DateCase("Margins held in 2023-q2 and slipped later.", ["2023-04|2023-q2|2023-04-01|2023-07-01"]),
  DateCase("The outlook for q4-2025 is weak.", ["2025-10|q4-2025|2025-10-01|2026-01-01"]),
  DateCase("Shipments in 2022 Q1 beat forecasts.", ["2022-01|2022 Q1|2022-01-01|2022-04-01"]),
  DateCase("Costs fell in H2 2021.", ["2021-07|H2 2021|2021-07-01|2022-01-01"]),
  DateCase("The 2020-H1 figures were revised.", ["2020-01|2020-H1|2020-01-01|2020-07-01"]),
  DateCase(
    "Profit doubled in the second quarter of 2019.",
    ["2019-04|the second quarter of 2019|2019-04-01|2019-07-01"]),
  DateCase(
    "Sales slowed in the last quarter of 2018.", ["2018-10|the last quarter of 2018|2018-10-01|2019-01-01"]),
  DateCase(
    "Output grew in the first half of 2017.", ["2017-01|the first half of 2017|2017-01-01|2017-07-01"]),
  DateCase(
    "Exports fell in the fourth quarter last year.",
    ["2025-10|the fourth quarter last year|2025-10-01|2026-01-01"], reference: feb19),
  DateCase(
    "Loans rose in the third quarter of this year.",
    ["2026-07|the third quarter of this year|2026-07-01|2026-10-01"], reference: feb19),
  // A quarter the text leaves open is the nearest one: in February, the fourth has just ended.
  DateCase(
    "The firm reported a loss in the fourth quarter.", ["2025-10|the fourth quarter|2025-10-01|2026-01-01"],
    reference: feb19),
  DateCase("Sales rose last quarter.", ["2025-10|last quarter|2025-10-01|2026-01-01"], reference: feb19),
  DateCase("Prices may rise again next quarter.", ["2026-04|next quarter|2026-04-01|2026-07-01"], reference: feb19),
  DateCase(
    "Hiring slowed in the past three quarters.",
    ["2025-04|the past three quarters|2025-04-01|2026-01-01"], reference: feb19),
  DateCase(
    "Growth should pick up over the next two quarters.",
    ["2026-04|the next two quarters|2026-04-01|2026-10-01"], reference: feb19),
  DateCase("Rents have doubled this decade.", ["2020|this decade|2020-01-01|2030-01-01"], reference: feb19),
]

@Test(arguments: quartersHalvesAndDecadesCases)
func quartersHalvesAndDecades(_ c: DateCase) {
  #expect(periodFacts(c) == c.expected)
}

private let quartersThatAreNotCases: [DateCase] = [
  DateCase("Three quarters of the vote went to her.", []),
  DateCase("The last quarter century saw change.", [], reference: feb19),
  DateCase("He scored twice in the last quarter.", [], reference: feb19),
  DateCase("Profit rose in the first quarter ended March 31.", ["2026-03-31|March 31|2026-03-31|2026-04-01"], reference: feb19),
  DateCase("Results for the fiscal first quarter beat forecasts.", [], reference: feb19),
  DateCase("The H1N1 virus spread.", []),
  DateCase("Sales rose two weeks after Q3 2024.", ["2024-07|Q3 2024|2024-07-01|2024-10-01"]),
  DateCase("She won the first half of the match.", [], reference: feb19),
]

@Test(arguments: quartersThatAreNotCases)
func quartersThatAreNot(_ c: DateCase) {
  #expect(periodFacts(c) == c.expected)
}

private let partsOfPeriodsCases: [DateCase] = [
  DateCase("Talks resume at the beginning of next week.", ["2026-02-23|the beginning of next week|2026-02-23|2026-02-26"], reference: feb19),
  DateCase("A deal is expected by the end of this week.", ["2026-02-16|the end of this week|2026-02-20|2026-02-23"], reference: feb19),
  DateCase("Markets stay shut for the rest of the week.", ["2026-02-19|the rest of the week|2026-02-19|2026-02-23"], reference: feb19),
  DateCase("Rates will hold for the rest of the year.", ["2026-02-19|the rest of the year|2026-02-19|2027-01-01"], reference: feb19),
  DateCase("Work starts at the beginning of 2027.", ["2027|the beginning of 2027|2027-01-01|2027-05-01"]),
  DateCase("The report is due at EOY, he said.", ["2026|EOY|2026-09-01|2027-01-01"], reference: feb19),
  DateCase("THE BOY WHO LIVED", [], reference: feb19),
  DateCase("The boy left early.", [], reference: feb19),
]

@Test(arguments: partsOfPeriodsCases)
func partsOfPeriods(_ c: DateCase) {
  #expect(periodFacts(c) == c.expected)
}

private let weekdaysAndOffsetsCases: [DateCase] = [
  // "next Friday" is the first Friday after the document date. The suites read the Friday of
  // next week, but news written on a Monday about "next Wednesday" mostly means that week's.
  DateCase("The vote is next Friday.", ["2026-02-20|next Friday|2026-02-20|2026-02-21"], reference: feb19),
  DateCase("We meet this coming Monday.", ["2026-02-23|this coming Monday|2026-02-23|2026-02-24"], reference: feb19),
  DateCase("It was filed previous Tuesday.", ["2026-02-17|previous Tuesday|2026-02-17|2026-02-18"], reference: feb19),
  DateCase("The ruling comes Friday after next.", ["2026-02-27|Friday after next|2026-02-27|2026-02-28"], reference: feb19),
  DateCase("He will leave in two weeks.", ["2026-03-05|in two weeks|2026-03-05|2026-03-06"], reference: feb19),
  DateCase("They will return in three months.", ["2026-05-19|in three months|2026-05-19|2026-05-20"], reference: feb19),
  DateCase("Shares fell 5% in two weeks.", [], reference: feb19),
  DateCase("The board will decide within 10 days.", ["2026-02-19|within 10 days|2026-02-19|2026-03-01"], reference: feb19),
  DateCase("The court will rule within 30 days of the filing.", [], reference: feb19),
  DateCase("Sales will rise 10% in two years.", [], reference: feb19),
  DateCase("The plant closed three months ago.", ["2025-11-19|three months ago|2025-11-19|2025-11-20"], reference: feb19),
]

@Test(arguments: weekdaysAndOffsetsCases)
func weekdaysAndOffsets(_ c: DateCase) {
  #expect(periodFacts(c) == c.expected)
}

private let yearsInWordsCases: [DateCase] = [
  DateCase("The treaty was signed in June of nineteen ninety nine.", ["1999-06|June of nineteen ninety nine|1999-06-01|1999-07-01"]),
  DateCase("It opened on March third two thousand and four.", ["2004-03-03|March third two thousand and four|2004-03-03|2004-03-04"]),
  DateCase("The mill was built in eighteen sixty two.", ["1862|eighteen sixty two|1862-01-01|1863-01-01"]),
  DateCase("The law changed in two thousand and eleven.", ["2011|two thousand and eleven|2011-01-01|2012-01-01"]),
  DateCase("In May two thousand workers marched.", []),
  DateCase("It rose in two thousand cases.", []),
  DateCase("They ran in fifteen twenty-minute heats.", []),
]

@Test(arguments: yearsInWordsCases)
func yearsInWords(_ c: DateCase) {
  #expect(periodFacts(c) == c.expected)
}

private let periodsCountedFromTheStoryCases: [DateCase] = [
  DateCase("Growth matched the rate in the previous quarter.", [], reference: feb19),
  DateCase("It will be paid in 10-year bonds.", [], reference: feb19),
  DateCase("Output will resume in about six months.", [], reference: feb19),
  DateCase("In fiscal 2025, the first quarter was weak.", [], reference: feb19),
  DateCase("The firm expects a recovery in the third quarter.", ["2026-07|the third quarter|2026-07-01|2026-10-01"], reference: feb19),
  DateCase("The firm posted a loss in the first quarter.", ["2026-01|the first quarter|2026-01-01|2026-04-01"], reference: feb19),
  DateCase("SPRINGFIELD, March 12 - Feb 28 end", ["2026-03-12|March 12|2026-03-12|2026-03-13"], reference: feb19),
]

@Test(arguments: periodsCountedFromTheStoryCases)
func periodsCountedFromTheStory(_ c: DateCase) {
  #expect(periodFacts(c) == c.expected)
}

private let countedWeekdaysAndMoreCases: [DateCase] = [
  DateCase("The court sits 2 Fridays from now.", ["2026-02-27|2 Fridays from now|2026-02-27|2026-02-28"], reference: feb19),
  DateCase("The hearing was 3 Mondays ago.", ["2026-02-02|3 Mondays ago|2026-02-02|2026-02-03"], reference: feb19),
  DateCase("Sales in 2024H1 fell.", ["2024-01|2024H1|2024-01-01|2024-07-01"]),
  DateCase("Prices hold for the rest of the month.", ["2026-02-19|the rest of the month|2026-02-19|2026-03-01"], reference: feb19),
  DateCase("It opened on the ninth of May, nineteen eighty one.", ["1981-05-09|ninth of May, nineteen eighty one|1981-05-09|1981-05-10"]),
]

@Test(arguments: countedWeekdaysAndMoreCases)
func countedWeekdaysAndMore(_ c: DateCase) {
  #expect(periodFacts(c) == c.expected)
}

private let daysInWordsCases: [DateCase] = [
  DateCase("She was born on March twelve nineteen seventy one.", ["1971-03-12|March twelve nineteen seventy one|1971-03-12|1971-03-13"]),
  DateCase("We meet on Friday the twenty seventh.", ["2026-02-27|Friday the twenty seventh|2026-02-27|2026-02-28"], reference: feb19),
  DateCase("In May twenty five people died.", []),
  DateCase("The first round is on Sunday, the second on May 3.", ["2026-02-22|Sunday|2026-02-22|2026-02-23", "2026-05-03|May 3|2026-05-03|2026-05-04"], reference: feb19),
  DateCase("The index fell on Monday the sixth largest drop.", ["2026-02-16|Monday|2026-02-16|2026-02-17"], reference: feb19),
  DateCase("Bids close on the 20th day of next month.", ["2026-03-20|20th day of next month|2026-03-20|2026-03-21"], reference: feb19),
  DateCase("Talks stalled on the 5th day of the strike.", [], reference: feb19),
  DateCase("The games open the year after next.", ["2028|the year after next|2028-01-01|2029-01-01"], reference: feb19),
]

@Test(arguments: daysInWordsCases)
func daysInWords(_ c: DateCase) {
  #expect(periodFacts(c) == c.expected)
}

private let quartersLeftOpenCases: [DateCase] = [
  // A quarter the text leaves open needs a verb that places it, and calendar quarters.
  DateCase("A deficit of 2 billion in the third quarter was revised.", [], reference: feb19),
  DateCase(
    "Results for the third quarter ended November 30 were strong; it expects more in the fourth quarter.",
    ["2025-11-30|November 30|2025-11-30|2025-12-01"], reference: feb19),
]

@Test(arguments: quartersLeftOpenCases)
func quartersLeftOpen(_ c: DateCase) {
  #expect(periodFacts(c) == c.expected)
}

import Facts
import Testing
import TextModel

/// Dates and decades written in words, two-digit years after a month, dotted and joined
/// day-month-year forms, and Hijri days written as numbers. Each expected fact is "ISO
/// date|span|first day|day after the last", with "|hijri=…" for Hijri dates.

private let jun2016 = CivilDate(year: 2016, month: 6, day: 14)

private let wordDateCases: [DateCase] = [
  DateCase(
    "The treaty was signed on eleven March nineteen fifty two in Paris.",
    ["1952-03-11|eleven March nineteen fifty two|1952-03-11|1952-03-12"]),
  DateCase(
    "Her shop opened on three July nineteen hundred eighty one.",
    ["1981-07-03|three July nineteen hundred eighty one|1981-07-03|1981-07-04"]),
  DateCase(
    "The dam burst on October the thirtieth nineteen sixty three.",
    ["1963-10-30|October the thirtieth nineteen sixty three|1963-10-30|1963-10-31"]),
  DateCase(
    "The club was founded on April 2, nineteen oh six.",
    ["1906-04-02|April 2, nineteen oh six|1906-04-02|1906-04-03"]),
  DateCase(
    "The vote is set for Friday, nov nineteen, 2021.",
    ["2021-11-19|Friday, nov nineteen, 2021|2021-11-19|2021-11-20"]),
  DateCase(
    "Talks resumed on the thirty first of May 2019.",
    ["2019-05-31|thirty first of May 2019|2019-05-31|2019-06-01"]),
  // A day in cardinal words needs a year; a ratio or a count before a month is no day.
  DateCase("The board approved a three-for-two October 2015 split.", ["2015-10|October 2015|2015-10-01|2015-11-01"]),
  DateCase("Nineteen ninety protesters gathered.", []),
  DateCase("The bank sold one June 2019 note.", ["2019-06|June 2019|2019-06-01|2019-07-01"]),
  DateCase("Dealers sold May one 2016 model in a day.", []),
]

@Test(arguments: wordDateCases)
func datesInWords(_ c: DateCase) {
  #expect(periodFacts(c) == c.expected)
}

private let wordDecadeCases: [DateCase] = [
  DateCase("Disco ruled the nineteen seventies.", ["1970|nineteen seventies|1970-01-01|1980-01-01"]),
  DateCase("Prices rose through the twenty-twenties.", ["2020|twenty-twenties|2020-01-01|2030-01-01"]),
  DateCase("Phones changed in the two thousands.", ["2000|two thousands|2000-01-01|2010-01-01"]),
  DateCase("Growth was slow in the two thousand and tens.", ["2010|two thousand and tens|2010-01-01|2020-01-01"]),
  DateCase("Flip phones peaked in the noughties.", ["2000|noughties|2000-01-01|2010-01-01"]),
  // Without "the" the words are a count.
  DateCase("She counted nineteen seventies records.", []),
  DateCase("Aid reached the two thousands of families.", []),
]

@Test(arguments: wordDecadeCases)
func decadesInWords(_ c: DateCase) {
  #expect(periodFacts(c) == c.expected)
}

private let twoDigitYearCases: [DateCase] = [
  DateCase("He moved to Lyon in June of 92.", ["1992-06|June of 92|1992-06-01|1992-07-01"], reference: jun2016),
  DateCase("The plant closed on 3 May of 04.", ["2004-05-03|3 May of 04|2004-05-03|2004-05-04"], reference: jun2016),
  DateCase("Sales figures for March 98 were lost.", ["1998-03|March 98|1998-03-01|1998-04-01"], reference: jun2016),
  // Up to ten years after the document date, the year is in its own century.
  DateCase("The lease runs to June of 24.", ["2024-06|June of 24|2024-06-01|2024-07-01"], reference: jun2016),
  DateCase("The deed dates from June of 31.", ["1931-06|June of 31|1931-06-01|1931-07-01"], reference: jun2016),
  // Counts and amounts after "of" are no years.
  DateCase("Output in July of 12,400 tonnes beat forecasts.", ["2016-07|July|2016-07-01|2016-08-01"], reference: jun2016),
  DateCase(
    "The sale on August 3 of 40 million shares closed.", ["2016-08-03|August 3|2016-08-03|2016-08-04"],
    reference: jun2016),
  DateCase("Profit for the year to June 30 of 15 to 18 cents.", ["2016-06-30|June 30|2016-06-30|2016-07-01"], reference: jun2016),
  DateCase("September 90 day bills eased.", ["2016-09|September|2016-09-01|2016-10-01"], reference: jun2016),
]

@Test(arguments: twoDigitYearCases)
func twoDigitYearsAfterMonths(_ c: DateCase) {
  #expect(periodFacts(c) == c.expected)
}

private let dottedAndJoinedCases: [DateCase] = [
  DateCase("The court ruled on 4. Feb. 2019 against him.", ["2019-02-04|4. Feb. 2019|2019-02-04|2019-02-05"]),
  DateCase("صدر الحكم في 4. فبراير. 2019 نهائيا", ["2019-02-04|4. فبراير. 2019|2019-02-04|2019-02-05"]),
  DateCase("The file was saved on 2021/mar/05.", ["2021-03-05|2021/mar/05|2021-03-05|2021-03-06"]),
  DateCase("The file was saved on 2021-mar-5.", ["2021-03-05|2021-mar-5|2021-03-05|2021-03-06"]),
  DateCase("Payment is due Oct-07-2022.", ["2022-10-07|Oct-07-2022|2022-10-07|2022-10-08"]),
  DateCase("What about 2021/mar/05 then?", ["2021-03-05|2021/mar/05|2021-03-05|2021-03-06"]),
  DateCase("يستمر التسجيل حتى 14 مايو 2023 للطلاب", ["2023-05-14|14 مايو 2023|2023-05-14|2023-05-15"]),
  // A hedge before a figure that is no full date still hedges it.
  DateCase("Roughly 2019 people signed.", []),
  // A dot after a figure still ends the sentence when no month and year follow.
  DateCase("He finished 4. Feb was cold.", [], reference: jun2016),
]

@Test(arguments: dottedAndJoinedCases)
func dottedAndJoinedDates(_ c: DateCase) {
  #expect(periodFacts(c) == c.expected)
}

private let hijriNumericCases: [DateCase] = [
  // Day 30 of a month Umm al-Qura gives 29 days is the day after the 29th.
  DateCase("صدر القرار في 30-11-1436", ["2015-09-14|30-11-1436|2015-09-14|2015-09-15|hijri=1436-11-30"]),
  DateCase("صدر القرار في 1436/11/30 هـ رسميا", ["2015-09-14|1436/11/30 هـ|2015-09-14|2015-09-15|hijri=1436-11-30"]),
  DateCase("صدر القرار في 29-11-1436", ["2015-09-13|29-11-1436|2015-09-13|2015-09-14|hijri=1436-11-29"]),
  DateCase("صدر القرار في 12-04-1437", ["2016-01-22|12-04-1437|2016-01-22|2016-01-23|hijri=1437-04-12"]),
  DateCase("صدر القرار في 31-04-1437", []),
]

@Test(arguments: hijriNumericCases)
func hijriNumericDates(_ c: DateCase) {
  #expect(periodFacts(c) == c.expected)
}

private let weekdayCountedCases: [DateCase] = [
  // Christmas 2020 was a Friday: the second Monday after it is 4 January.
  DateCase(
    "Schools reopen the second monday after christmas 2020.",
    ["2021-01-04|second monday after christmas 2020|2021-01-04|2021-01-05"]),
  DateCase(
    "تفتح المدارس ثاني اثنين بعد كريسماس 2020", ["2021-01-04|ثاني اثنين بعد كريسماس 2020|2021-01-04|2021-01-05"]),
  // 1 July 2022 was a Friday, which is not counted: the first Friday before it is 24 June.
  DateCase(
    "Bids close on the first Friday before July 1, 2022.",
    ["2022-06-24|first Friday before July 1, 2022|2022-06-24|2022-06-25"]),
  // After an event of the story there is no day to count from.
  DateCase("She was named third Sunday after the vote.", ["2016-06-12|Sunday|2016-06-12|2016-06-13"], reference: jun2016),
]

@Test(arguments: weekdayCountedCases)
func weekdaysCountedFromADay(_ c: DateCase) {
  #expect(periodFacts(c) == c.expected)
}

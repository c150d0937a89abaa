import Facts
import Testing
import TextModel

/// Periods written with two ends and numeric month forms. Each expected fact is written
/// "first day|day after the last|span text" (days of the interval, high exclusive).
struct PeriodCase: Sendable, CustomStringConvertible {
  var text: String
  var expected: [String]
  var reference = CivilDate(year: 2021, month: 3, day: 10)
  var dayFirst = false

  init(_ text: String, _ expected: [String], reference: CivilDate? = nil, dayFirst: Bool = false) {
    self.text = text
    self.expected = expected
    if let reference { self.reference = reference }
    self.dayFirst = dayFirst
  }

  var description: String { text }
}

/// Each date fact of a case as "first day|day after the last|span".
func periods(_ c: PeriodCase) -> [String] {
  dateFacts(c.text, ExtractionOptions(dayFirst: c.dayFirst, referenceDate: c.reference)).map { f, span in
    "\(isoDay(f.interval.low))|\(isoDay(f.interval.high))|" + span
  }
}

@Test(arguments: [
  // Two years: the period, and each year as a date of its own.
  PeriodCase(
    "Exports doubled from 2011 to 2016, the ministry said.",
    ["2011-01-01|2017-01-01|from 2011 to 2016", "2011-01-01|2012-01-01|2011", "2016-01-01|2017-01-01|2016"]),
  PeriodCase(
    "The plan covers 2019-2023 and was approved.",
    ["2019-01-01|2020-01-01|2019", "2019-01-01|2024-01-01|2019-2023", "2023-01-01|2024-01-01|2023"]),
  PeriodCase(
    "Prices rose sharply between 1998 and 2003 in the region.",
    ["1998-01-01|2004-01-01|between 1998 and 2003", "1998-01-01|1999-01-01|1998", "2003-01-01|2004-01-01|2003"]),
  // At the very end of the text.
  PeriodCase("from 2014 to 2018", ["2014-01-01|2019-01-01|from 2014 to 2018", "2014-01-01|2015-01-01|2014", "2018-01-01|2019-01-01|2018"]),
  // A year, then a month named without one.
  PeriodCase(
    "Between 2015 June and 2017 September output fell.",
    [
      "2015-06-01|2017-10-01|Between 2015 June and 2017 September", "2015-06-01|2015-07-01|2015 June",
      "2017-09-01|2017-10-01|2017 September",
    ]),
  // A year and a dated end.
  PeriodCase(
    "The survey ran from 2012 to March 2015.",
    ["2012-01-01|2015-04-01|from 2012 to March 2015", "2012-01-01|2013-01-01|2012", "2015-03-01|2015-04-01|March 2015"]),
  // An end without its year takes the other's.
  PeriodCase(
    "Talks lasted from November 20, 2018 to January, in Geneva.",
    [
      "2018-11-20|2019-02-01|from November 20, 2018 to January", "2018-11-20|2018-11-21|November 20, 2018",
      "2019-01-01|2019-02-01|January",
    ]),
  // Up to a day after "now".
  PeriodCase(
    "Repairs will continue between now and June 30, officials said.",
    ["2021-03-10|2021-07-01|between now and June 30", "2021-06-30|2021-07-01|June 30"]),
  // A number of days or weeks from a day.
  PeriodCase(
    "The border stays closed for 5 days from March 12.",
    ["2021-03-12|2021-03-17|for 5 days from March 12", "2021-03-12|2021-03-13|March 12"]),
  PeriodCase(
    "The festival runs 2 weeks starting April 4.",
    ["2021-04-04|2021-04-18|2 weeks starting April 4", "2021-04-04|2021-04-05|April 4"]),
  // A period of months the scanner joins takes "from" in.
  PeriodCase("Work will run from May to July.", ["2021-05-01|2021-08-01|from May to July"]),
  // A number joined to a written year is a year too.
  PeriodCase(
    "Losses mounted in 2008 and 2009 before recovering.",
    ["2008-01-01|2009-01-01|2008", "2009-01-01|2010-01-01|2009"]),
  // A day number before a dated day.
  PeriodCase(
    "The fair runs from 6 to October 9, 2022 downtown.",
    ["2022-10-06|2022-10-10|from 6 to October 9, 2022", "2022-10-06|2022-10-07|6", "2022-10-09|2022-10-10|October 9, 2022"]),
  // Up to the document date.
  PeriodCase(
    "Shares gained 40 percent from January 4, 2021 to date.", ["2021-01-04|2021-03-10|from January 4, 2021 to date"]),
  PeriodCase(
    "Output rose from 2019-06-01 till current date.",
    ["2019-06-01|2021-03-10|from 2019-06-01 till current date", "2019-06-01|2019-06-02|2019-06-01"]),
])
func periodsOfTwoEnds(_ c: PeriodCase) {
  #expect(periods(c) == c.expected, "\(c.text)")
}

@Test(arguments: [
  // Numbers that are no years, or years that make no period.
  PeriodCase("Reference 133-2014-2018 was filed.", []),
  PeriodCase("Output rose between 1990 and 2010 tonnes.", []),
  PeriodCase("LONDON, March 31 - Year 2020 results were mixed.", ["2021-03-31|2021-04-01|March 31", "2020-01-01|2021-01-01|Year 2020"]),
  PeriodCase("the closest Monday to Oct 5th", ["2021-03-08|2021-03-09|Monday", "2020-10-05|2020-10-06|Oct 5th"]),
  // Betting odds and fractions: no year, no dates.
  PeriodCase("He moved from 4/1 to 5/2 favourite.", []),
])
func noPeriodWhereNoneIsMeant(_ c: PeriodCase) {
  #expect(periods(c) == c.expected, "\(c.text)")
}

@Test(arguments: [
  PeriodCase("The index peaked in 2019 - 11 before falling.", ["2019-11-01|2019-12-01|2019 - 11"]),
  PeriodCase("The index peaked in 11 / 2019 before falling.", ["2019-11-01|2019-12-01|11 / 2019"]),
  PeriodCase("The shipment left on 07/04,2020 by sea.", ["2020-07-04|2020-07-05|07/04,2020"]),
  PeriodCase("The shipment left on 07/04,2020 by sea.", ["2020-04-07|2020-04-08|07/04,2020"], dayFirst: true),
  PeriodCase(
    "Offices close 12/24-1/2/2021 for the holidays.",
    ["2020-12-24|2020-12-25|12/24", "2020-12-24|2021-01-03|12/24-1/2/2021", "2021-01-02|2021-01-03|1/2/2021"]),
  PeriodCase(
    "Voting runs from 6/3-6/9, 2022 nationwide.",
    ["2022-06-03|2022-06-10|from 6/3-6/9, 2022", "2022-06-03|2022-06-04|6/3", "2022-06-09|2022-06-10|6/9"]),
])
func numericMonthForms(_ c: PeriodCase) {
  #expect(periods(c) == c.expected, "\(c.text)")
}

@Test(arguments: [
  // Hijri years, one month under its two names, pieces of longer dates.
  ("صدر النظام بين عامي 1418 – 1423 وفق التقرير", ["1418 – 1423"]),
  ("وقع الاتفاق في أواخر حزيران - يونيو الماضي", ["أواخر حزيران - يونيو"]),
  ("عقد الاجتماع بتاريخ 3 - 9 - 2019م في الرياض", ["9 - 2019", "3 - 9"]),
  ("The fiscal year 2019/ 2020 - 1 July 2019 to 30 June 2020 was weak.", ["2020 - 1"]),
  // A dateline dash and a relative end without "from".
  ("PARIS, May 4 - April sales rose 3 pct.", ["May 4 - April"]),
  ("Output grew from 2.1 pct in 2015 to last year's 3 pct.", ["2015 to last year"]),
])
func noFalsePeriodSpans(_ c: (String, [String])) {
  let spans = periods(PeriodCase(c.0, [])).map { $0.split(separator: "|", maxSplits: 2).last.map(String.init) ?? "" }
  for s in c.1 { #expect(!spans.contains(s), "\(c.0): \(s)") }
}

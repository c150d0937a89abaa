import Facts
import Testing
import TextModel

/// Periods whose two ends are quarters or halves: one period from the first day of the first
/// to the end of the last, each end a date of its own. Facts are "first day|day after the
/// last|span", in text order.

@Test(arguments: [
  // "from" belongs to the period, not to the first quarter's glued "-q".
  PeriodCase(
    "Deliveries slowed from 2022-q3 to 2023-q2, the maker said.",
    [
      "2022-07-01|2023-07-01|from 2022-q3 to 2023-q2", "2022-07-01|2022-10-01|2022-q3",
      "2023-04-01|2023-07-01|2023-q2",
    ]),
  PeriodCase(
    "Rates held from 2020 Q2 to 2020 Q4.",
    [
      "2020-04-01|2021-01-01|from 2020 Q2 to 2020 Q4", "2020-04-01|2020-07-01|2020 Q2",
      "2020-10-01|2021-01-01|2020 Q4",
    ]),
  PeriodCase(
    "Margins widened from Q2 of 2021 - Q1 of 2022.",
    ["2021-04-01|2022-04-01|from Q2 of 2021 - Q1 of 2022", "2021-04-01|2021-07-01|Q2 of 2021",
     "2022-01-01|2022-04-01|Q1 of 2022"]),
  PeriodCase(
    "Hiring lagged between the second half of 2019 and the first half of 2020.",
    ["2019-07-01|2020-07-01|between the second half of 2019 and the first half of 2020",
     "2019-07-01|2020-01-01|the second half of 2019", "2020-01-01|2020-07-01|the first half of 2020"]),
  // A month range stays one period of its own.
  PeriodCase("Stocks fell from April to June 2016.", ["2016-04-01|2016-07-01|from April to June 2016"]),
  // A figure after "to" is no second end.
  PeriodCase("Sales rose in Q2 2019 to 3 billion.", ["2019-04-01|2019-07-01|Q2 2019"]),
])
func quarterRanges(_ c: PeriodCase) {
  #expect(periods(c) == c.expected)
}

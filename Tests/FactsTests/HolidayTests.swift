import Facts
import Testing
import TextModel

/// Holidays read as dates: each expected fact is "ISO date|span text|days", `days` the length
/// of the interval in days.
private func holidayFacts(_ text: String, reference: CivilDate?) -> [String] {
  dateFacts(text, ExtractionOptions(referenceDate: reference)).map { f, span in
    let days = Int(((f.interval.high ?? 0) - (f.interval.low ?? 0)) / 86400)
    return "\(f.date?.description ?? "nil")|\(span)|\(days)"
  }
}

private let jan10 = CivilDate(year: 2025, month: 1, day: 10)
private let may1 = CivilDate(year: 2024, month: 5, day: 1)

@Test(arguments: [
  // A year given: the holiday of that year, movable feasts computed.
  DateCase("Shops reopened after Easter 2018 with new stock.", ["2018-04-01|Easter 2018|1"]),
  DateCase("Retail sales on Black Friday 2010 rose sharply.", ["2010-11-26|Black Friday 2010|1"]),
  DateCase("The parade on St. Patrick's Day 2019 drew crowds.", ["2019-03-17|St. Patrick's Day 2019|1"]),
  DateCase("Markets closed for Good Friday 2024, traders said.", ["2024-03-29|Good Friday 2024|1"]),
  DateCase("Turnout peaked at Christmas, 1999, the report said.", ["1999-12-25|Christmas, 1999|1"]),
  DateCase("Congress adjourned before Thanksgiving 2023.", ["2023-11-23|Thanksgiving 2023|1"]),
  DateCase("Rallies were held on Memorial Day 2021.", ["2021-05-31|Memorial Day 2021|1"]),
  // No year: placed against the document date, nearest or as "last" / "next" / "will" say.
  DateCase("Fares rose sharply over Christmas and fell again.", ["2024-12-25|Christmas|1"], reference: jan10),
  DateCase("Sales fell last Thanksgiving.", ["2024-11-28|last Thanksgiving|1"], reference: jan10),
  DateCase("Talks resume after Easter.", ["2025-04-20|Easter|1"], reference: jan10),
  DateCase("They will travel on New Year's Eve.", ["2025-12-31|New Year's Eve|1"], reference: jan10),
  DateCase("Florists expect sales to jump on Valentine's Day.", ["2025-02-14|Valentine's Day|1"], reference: jan10),
  DateCase("Prices jump on Valentine's Day every year.", [], reference: jan10),
  DateCase("The office closes for Eid al-Fitr next spring.", ["2025-03-30|Eid al-Fitr|4"], reference: jan10),
  // Modifiers, places and names are no dates.
  DateCase("Sales of Christmas trees rose.", [], reference: jan10),
  DateCase("The ship sailed on to Easter Island.", [], reference: jan10),
  DateCase("The Thanksgiving weekend was busy.", [], reference: jan10),
  DateCase("He met Patrick's brother at noon.", [], reference: jan10),
  DateCase("A new year of growth began.", [], reference: jan10),
  // Arabic: feasts of the Hijri calendar by Umm al-Qura, with the days they last.
  DateCase("احتفل المسلمون بعيد الفطر المبارك.", ["2024-04-10|عيد الفطر|4"], reference: may1),
  DateCase("ارتفعت الأسعار قبل عيد الأضحى 2024.", ["2024-06-16|عيد الأضحى 2024|5"], reference: may1),
  DateCase("تستعد الأسواق لعيد الأضحى المقبل.", ["2024-06-16|عيد الأضحى المقبل|5"], reference: may1),
  DateCase("تراجعت المبيعات في عيد الفطر الماضي.", ["2024-04-10|عيد الفطر الماضي|4"], reference: may1),
  DateCase("نظمت المدارس حفلات عيد الأم.", ["2024-03-21|عيد الأم|1"], reference: may1),
  DateCase("خرجت مسيرات في عيد العمال.", ["2024-05-01|عيد العمال|1"], reference: may1),
  // Without a document date a holiday without a year is not placed.
  DateCase("Talks resume after Easter.", []),
])
func holidays(_ c: DateCase) {
  #expect(holidayFacts(c.text, reference: c.reference) == c.expected)
}

@Test(arguments: [(2000, 4, 23), (2019, 4, 21), (2024, 3, 31), (2025, 4, 20), (2038, 4, 25)])
func easterSundays(_ year: Int, _ month: Int, _ day: Int) {
  let text = "Shops closed over Easter \(year)."
  #expect(holidayFacts(text, reference: nil) == ["\(CivilDate(year: year, month: month, day: day).description)|Easter \(year)|1"])
}

import Facts
import Testing
import TextModel

/// Arabic dates read by ArabicDatePeriods.swift, against Thursday 2026-02-19. Each expected
/// fact is "ISO date|first day|day after the last|span text".
private let thursday = CivilDate(year: 2026, month: 2, day: 19)

private func arabicDates(_ text: String, direction: DateDirection = .nearest) -> [String] {
  var options = ExtractionOptions(referenceDate: thursday)
  options.dateDirection = direction
  return dateFacts(text, options).map { f, span in
    "\(f.date?.description ?? "nil")|\(isoDay(f.interval.low))|\(isoDay(f.interval.high))|" + span
  }
}

@Test(arguments: [
  // A day or weekday counted in a month given by its name, number or rank.
  ("يبدأ التسجيل في اليوم الأول من شهر ثلاثة", ["2026-03-01|2026-03-01|2026-03-02|اليوم الأول من شهر ثلاثة"]),
  ("تنتهي المهلة آخر يوم بشهر عشرة سنة 2027", ["2027-10-31|2027-10-31|2027-11-01|آخر يوم بشهر عشرة سنة 2027"]),
  ("يجتمع المجلس أول ثلاثاء من شهر أيار 2026", ["2026-05-05|2026-05-05|2026-05-06|أول ثلاثاء من شهر أيار 2026"]),
  ("تعقد الجولة ثاني أربعاء في نيسان لعام 2027", ["2027-04-14|2027-04-14|2027-04-15|ثاني أربعاء في نيسان لعام 2027"]),
  ("يصوت النواب آخر اثنين من الشهر القادم", ["2026-03-30|2026-03-30|2026-03-31|آخر اثنين من الشهر القادم"]),
  ("يصوت النواب الاثنين الأخير من شهر ثلاثة", ["2026-03-30|2026-03-30|2026-03-31|الاثنين الأخير من شهر ثلاثة"]),
  (
    "وقعت الاشتباكات من 12-14 من الشهر الثامن 2025",
    ["2025-08-12|2025-08-12|2025-08-15|12-14 من الشهر الثامن 2025"]
  ),
  (
    "تقام المعارض من الحادي عشر حتى الخامس عشر من شهر نيسان 2026",
    ["2026-04-11|2026-04-11|2026-04-16|الحادي عشر حتى الخامس عشر من شهر نيسان 2026"]
  ),
  // Counted in something else, or a count of people: no date.
  ("كانت حاملا في الشهر السادس من حملها", []),
  ("تبدأ الامتحانات في الأسبوع الأول من شهر ثلاثة", []),
  ("خرج آخر اثنين من المرشحين", []),
  ("قتل اثنين الأسبوع الماضي في الهجوم", []),
] as [(String, [String])])
func arabicCountedDays(_ c: (String, [String])) {
  #expect(arabicDates(c.0) == c.1, "\(c.0)")
}

@Test(arguments: [
  // Days from today and weeks.
  ("وصل الوفد يوم قبل أمس", ["2026-02-17|2026-02-17|2026-02-18|يوم قبل أمس"]),
  ("تنطلق القمة في اليوم الذي بعد الغد", ["2026-02-21|2026-02-21|2026-02-22|اليوم الذي بعد الغد"]),
  ("شهدت الأسواق تقلبات على مدار اليوم الماضي", ["2026-02-18|2026-02-18|2026-02-19|اليوم الماضي"]),
  ("سيعود الوفد في اليوم اللي بعد بكرة", ["2026-02-21|2026-02-21|2026-02-22|اليوم اللي بعد بكرة"]),
  ("يبقى لكرة القدم عالما بكرا", []),
  ("عاد الوفد ثلاثاء الأسبوع الماضي", ["2026-02-10|2026-02-10|2026-02-11|ثلاثاء الأسبوع الماضي"]),
  // The day before an event of the story, and a ball.
  ("كان ذلك في اليوم السابق للانتخابات", []),
  ("فاز الفريق بكرة ذهبية", []),
  // Quarters of a named year; a fiscal year starts anywhere.
  ("ارتفعت الأرباح في الربع الثالث من عام 2025", ["2025-07|2025-07-01|2025-10-01|الربع الثالث من عام 2025"]),
  ("بلغت الخسائر بالربع الأخير من العام الماضي", ["2025-10|2025-10-01|2026-01-01|الربع الأخير من العام الماضي"]),
  ("تراجعت المبيعات في الربع الأول من العام المالي 2025", []),
  // Periods around the document date.
  ("تستمر الحملة 3 أيام القادمة", ["2026-02-20|2026-02-20|2026-02-23|3 أيام القادمة"]),
  ("تراجعت الأسعار خلال 5 سنوات الماضية", ["2021-02-19|2021-02-19|2026-02-19|5 سنوات الماضية"]),
  // Years in words end the clause; a count of people does not.
  ("وصل الوفد في الخامس من أيار، ألفين وعشرة", ["2010-05-05|2010-05-05|2010-05-06|الخامس من أيار، ألفين وعشرة"]),
  ("افتتح الجسر يوم مارس الحادي عشر، 2019", ["2019-03-11|2019-03-11|2019-03-12|مارس الحادي عشر، 2019"]),
  ("في 10 أيار 2025، ألفان من المتظاهرين", ["2025-05-10|2025-05-10|2025-05-11|10 أيار 2025"]),
  ("صدر المرسوم في يونيو 4، 2021 بعد نقاش", ["2021-06-04|2021-06-04|2021-06-05|يونيو 4، 2021"]),
  // A day past 12 makes a dashed short date; a formation stays numbers.
  ("وقعت الحادثة في 18-9-15", ["2015-09-18|2015-09-18|2015-09-19|18-9-15"]),
  ("لعب الفريق بخطة 4-4-2", []),
] as [(String, [String])])
func arabicRelativeDaysAndQuarters(_ c: (String, [String])) {
  #expect(arabicDates(c.0) == c.1, "\(c.0)")
}

@Test(arguments: [
  // Weekdays that are also words read alone only as a heading or after "هذا".
  ("الجمعة", DateDirection.nearest, ["2026-02-20|2026-02-20|2026-02-21|الجمعة"]),
  ("موعدنا هذا الأحد", DateDirection.nearest, ["2026-02-22|2026-02-22|2026-02-23|الأحد"]),
  ("أدى المصلون صلاة الجمعة في المسجد", DateDirection.nearest, []),
  // Forward by option: the reference's weekday is next week's, and a day of its own month
  // stays in it.
  ("الخميس", DateDirection.future, ["2026-02-26|2026-02-26|2026-02-27|الخميس"]),
  ("الخميس", DateDirection.nearest, ["2026-02-19|2026-02-19|2026-02-20|الخميس"]),
  ("الأول من شباط", DateDirection.future, ["2026-02-01|2026-02-01|2026-02-02|الأول من شباط"]),
  ("الأول من كانون الثاني", DateDirection.future, ["2027-01-01|2027-01-01|2027-01-02|الأول من كانون الثاني"]),
] as [(String, DateDirection, [String])])
func arabicWeekdaysAndDirection(_ c: (String, DateDirection, [String])) {
  #expect(arabicDates(c.0, direction: c.1) == c.2, "\(c.0)")
}

import Facts
import Testing
import TextModel

/// Date and time facts, read through the public API. Each expected fact is written
/// "type|ISO date|span text", with "|wd=N" when a weekday is kept and "|hijri=…" for Hijri dates.
struct DateCase: Sendable, CustomStringConvertible {
  var text: String
  var expected: [String]
  var reference: CivilDate?
  var dayFirst = true

  init(_ text: String, _ expected: [String], reference: CivilDate? = nil, dayFirst: Bool = true) {
    self.text = text
    self.expected = expected
    self.reference = reference
    self.dayFirst = dayFirst
  }

  var description: String { text }
}

private let feb19 = CivilDate(year: 2026, month: 2, day: 19)

private func dateFacts(_ c: DateCase) -> [String] {
  let options = ExtractionOptions(dayFirst: c.dayFirst, referenceDate: c.reference)
  let analysis = FactExtractor(options: options).analyze(Document(id: "t", text: c.text))
  let utf8 = Array(c.text.utf8)
  return analysis.facts.filter { $0.type == .date || $0.type == .time }.map { f in
    var s = "\(f.type.rawValue)|\(f.date?.description ?? "nil")|"
    s += String(decoding: utf8[f.span], as: UTF8.self)
    if let w = f.weekday { s += "|wd=\(w)" }
    if f.calendar == "hijri", let h = f.hijriDate { s += "|hijri=\(h.description)" }
    return s
  }
}

// MARK: Arabic

@Test(arguments: [
  // Numeric dates, day-first and year-first, with the time joined.
  DateCase(
    "تم النشر: 2026/02/19 الساعة 06:22 بتوقيت غرينتش",
    ["time|2026-02-19T06:22Z|2026/02/19 الساعة 06:22 بتوقيت غرينتش"]),
  DateCase("أعلنت الوزارة النتائج في 19-02-2026 بعد تأخير", ["date|2026-02-19|19-02-2026"]),
  DateCase("صدر القرار بتاريخ 07.11.2025 رسمياً", ["date|2025-11-07|07.11.2025"]),
  DateCase("انعقدت الجلسة في 03/04/2026", ["date|2026-04-03|03/04/2026"]),
  DateCase("انعقدت الجلسة في 03/04/2026", ["date|2026-03-04|03/04/2026"], dayFirst: false),
  DateCase("انعقدت الجلسة في 25/04/2026", ["date|2026-04-25|25/04/2026"], dayFirst: false),
  // Month names of the three families, alone and paired.
  DateCase(
    "تضاعف الإنفاق بين يوليو/ تموز 2024 ويناير/ كانون الثاني 2025 وفق التقرير",
    ["date|2024-07|يوليو/ تموز 2024", "date|2025-01|يناير/ كانون الثاني 2025"]),
  DateCase("وقعت الاتفاقية في 12 شباط/فبراير 2024", ["date|2024-02-12|12 شباط/فبراير 2024"]),
  DateCase("افتتح المعرض في 3 أيار 2024", ["date|2024-05-03|3 أيار 2024"]),
  DateCase("احتفلت المدينة يوم 14 جويلية 2023", ["date|2023-07-14|يوم 14 جويلية 2023"]),
  DateCase("صدر التقرير في 9 إبريل 2021", ["date|2021-04-09|9 إبريل 2021"]),
  DateCase("قال الوزير في 30 تشرين الأول 2022 إن الخطة جاهزة", ["date|2022-10-30|30 تشرين الأول 2022"]),
  DateCase("تراجعت المبيعات خلال أغسطس 2020", ["date|2020-08|أغسطس 2020"]),
  // Years need a marker.
  DateCase("تأسست الجمعية في عام 2003 بدعم محلي", ["date|2003|عام 2003"]),
  DateCase("انتهت الحرب سنة 1975 تقريباً", ["date|1975|سنة 1975"]),
  DateCase("بني الجسر في العام 1998 على النهر", ["date|1998|العام 1998"]),
  DateCase("شيد المسجد 1890م وسط البلدة", ["date|1890|1890م"]),
  DateCase("يعمل المصنع منذ 2011 دون توقف", ["date|2011|2011"]),
  DateCase("بلغ عدد المتطوعين 2003 متطوعين", []),
  DateCase("سجلت البلدية 2003 حالة جديدة", []),
  // "مارس" is also a verb.
  DateCase("مارس اللاعب الضغط على الحكم طوال المباراة", []),
  DateCase("مارس الضغط على خصومه", []),
  DateCase("ارتفعت الأسعار في مارس 2025 بشكل حاد", ["date|2025-03|مارس 2025"]),
  // Weekdays are kept and covered.
  DateCase("عقد الاجتماع يوم الأحد 15 مارس 2026 في القاهرة", ["date|2026-03-15|يوم الأحد 15 مارس 2026|wd=1"]),
  DateCase("صدر البيان الخميس، 19 فبراير 2026 مساء", ["date|2026-02-19|الخميس، 19 فبراير 2026|wd=5"]),
  // A mismatching weekday is kept as written, for a rule to check.
  DateCase("زار الرئيس المدينة الجمعة 15 مارس 2026", ["date|2026-03-15|الجمعة 15 مارس 2026|wd=6"]),
  // Clitics stay out of the span; the article stays in.
  DateCase("بين مارس 2025 ويونيو 2025 تحسن الأداء", ["date|2025-03|مارس 2025", "date|2025-06|يونيو 2025"]),
  DateCase("وفي عام 2010 تغير كل شيء", ["date|2010|عام 2010"]),
  // Times after the date, with am/pm and zones.
  DateCase(
    "هبطت الطائرة في 5 مارس 2026 الساعة 8:30 مساءً بتوقيت مكة المكرمة",
    ["time|2026-03-05T20:30+03:00|5 مارس 2026 الساعة 8:30 مساءً بتوقيت مكة المكرمة"]),
  DateCase(
    "أغلقت الأسواق يوم 2 يناير 2026، وعند الساعة 09:15 صباحاً بتوقيت الرياض عادت للعمل",
    ["date|2026-01-02|يوم 2 يناير 2026", "time|2026-01-02T09:15+03:00|الساعة 09:15 صباحاً بتوقيت الرياض"]),
  DateCase("تبدأ الجلسة الساعة 10:00 صباحاً كل يوم", []),
  DateCase(
    "وصل القطار في 4 نيسان 2025 الساعة 3:10 بعد الظهر تماماً",
    ["time|2025-04-04T15:10Z|4 نيسان 2025 الساعة 3:10 بعد الظهر"]),
  DateCase("زار نيسان المدينة", []),
  DateCase(
    "افتتح المعرض الساعة 6 مساءً يوم الخميس 19 فبراير 2026",
    ["time|2026-02-19T18:00Z|الساعة 6 مساءً يوم الخميس 19 فبراير 2026|wd=5"]),
  DateCase("أغلق المتجر يوم 2 يناير 2026 الساعة 6 مساءً ثم", ["time|2026-01-02T18:00Z|يوم 2 يناير 2026 الساعة 6 مساءً"]),
  // Hijri dates.
  DateCase("بدأ الصيام في 1 رمضان 1447 هـ وانتهى بعد شهر", ["date|2026-02-18|1 رمضان 1447 هـ|hijri=1447-09-01"]),
  DateCase("وقع الحادث في 14-09-1432 هـ حسب الرواية", ["date|2011-08-14|14-09-1432 هـ|hijri=1432-09-14"]),
  DateCase("صدر المرسوم في 10 ذو الحجة 1446هـ.", ["date|2025-06-06|10 ذو الحجة 1446هـ|hijri=1446-12-10"]),
  DateCase("بدأ العام الدراسي في 1 محرم 1447 هجري", ["date|2025-06-26|1 محرم 1447 هجري|hijri=1447-01-01"]),
  DateCase("تكثر الزيارات في رمضان عادة", []),
  DateCase("تكثر الزيارات في رمضان عادة", [], reference: feb19),
  DateCase("يبدأ المهرجان في شوال 1447", ["date|2026-03-20|شوال 1447|hijri=1447-10"]),
])
func arabicDates(_ c: DateCase) {
  #expect(dateFacts(c) == c.expected)
}

// MARK: Arabic, resolved against a reference date (2026-02-19)

@Test(arguments: [
  DateCase(
    "ارتفع الرقم بحلول نهاية يناير/ كانون الثاني", ["date|2026-01|نهاية يناير/ كانون الثاني"], reference: feb19),
  DateCase(
    "كانت الوكالة تخزن البيانات في يوليو/ تموز الماضي", ["date|2025-07|يوليو/ تموز الماضي"], reference: feb19),
  DateCase("انخفض المؤشر في فبراير الماضي", ["date|2025-02|فبراير الماضي"], reference: feb19),
  DateCase("ستجري الانتخابات في مارس المقبل", ["date|2026-03|مارس المقبل"], reference: feb19),
  DateCase("وقع الهجوم في 20 أغسطس الماضي", ["date|2025-08-20|20 أغسطس الماضي"], reference: feb19),
  DateCase("يصل الوفد في 20 فبراير القادم", ["date|2026-02-20|20 فبراير القادم"], reference: feb19),
  DateCase("التقى الطرفان في 3 أكتوبر", ["date|2025-10-03|3 أكتوبر"], reference: feb19),
  DateCase("يبدأ الموسم في 1 يوليو", ["date|2026-07-01|1 يوليو"], reference: feb19),
  DateCase("الأسبوع الأول من شهر فبراير/شباط كان صعباً", ["date|2026-02|شهر فبراير/شباط"], reference: feb19),
  DateCase("وصل الوفد الأحد، 15 مارس", ["date|2026-03-15|الأحد، 15 مارس|wd=1"], reference: feb19),
  DateCase("يحل العيد في 1 شوال", ["date|2026-03-20|1 شوال|hijri=1447-10-01"], reference: feb19),
  DateCase("تنتهي المهلة في 15 رمضان", ["date|2026-03-04|15 رمضان|hijri=1447-09-15"], reference: feb19),
  DateCase("سيعود في رمضان المقبل", ["date|2027-02-08|رمضان المقبل|hijri=1448-09"], reference: feb19),
  // Years named relative to the document's.
  DateCase("ارتفعت الصادرات مقارنة بالعام الماضي", ["date|2025|العام الماضي"], reference: feb19),
  DateCase("تنتهي الأشغال خلال السنة المقبلة", ["date|2027|السنة المقبلة"], reference: feb19),
  DateCase("تضاعف العدد هذا العام وفي العام الجاري أيضاً", ["date|2026|هذا العام", "date|2026|العام الجاري"], reference: feb19),
  DateCase("بشكل عام الماضي لا يعود", [], reference: feb19),
  // Without a reference a yearless date is dropped, never invented.
  DateCase("ارتفعت الصادرات مقارنة بالعام الماضي", []),
  DateCase("التقى الطرفان في 3 أكتوبر", []),
  DateCase("كانت الوكالة تخزن البيانات في يوليو/ تموز الماضي", []),
])
func arabicRelativeDates(_ c: DateCase) {
  #expect(dateFacts(c) == c.expected)
}

// MARK: English

@Test(arguments: [
  DateCase("The plant opened on March 15, 2026 after delays.", ["date|2026-03-15|March 15, 2026"]),
  DateCase("The plant opened on 15 March 2026.", ["date|2026-03-15|15 March 2026"]),
  DateCase("Output fell in March 2026.", ["date|2026-03|March 2026"]),
  DateCase("Talks resumed on Sept. 8, 2025 in Geneva.", ["date|2025-09-08|Sept. 8, 2025"]),
  DateCase("Talks resumed on Jan 8 2025 in Geneva.", ["date|2025-01-08|Jan 8 2025"]),
  DateCase(
    "The vote was held on Monday, March 16, 2026, in the capital.",
    ["date|2026-03-16|Monday, March 16, 2026|wd=2"]),
  DateCase("The company was founded in 2003 by two students.", ["date|2003|2003"]),
  DateCase("Emissions must halve by 2030, the report says.", ["date|2030|2030"]),
  DateCase("It has grown every year since 1999.", ["date|1999|1999"]),
  DateCase("A total of 2000 people attended.", []),
  DateCase("Turnout reached 2003 on the first day.", []),
  DateCase("Prices may rise again next quarter.", []),
  DateCase("Thousands march through the capital.", []),
  DateCase("They may 15 times refuse.", []),
  DateCase("The report is due in May 2026.", ["date|2026-05|May 2026"]),
  DateCase("Elections were held on 3 May 2024.", ["date|2024-05-03|3 May 2024"]),
  DateCase(
    "The ship docked on March 3, 2026 at 6:22 p.m. GMT and left.",
    ["time|2026-03-03T18:22Z|March 3, 2026 at 6:22 p.m. GMT"]),
  DateCase(
    "The market closed on 2 January 2026, then reopened at 9:30 am EST.",
    ["date|2026-01-02|2 January 2026", "time|2026-01-02T09:30-05:00|9:30 am EST"]),
  DateCase("The meeting starts at 10:00 a.m. sharp.", []),
  DateCase("Updated 6:22 AM GMT, Thu February 19, 2026", ["time|2026-02-19T06:22Z|6:22 AM GMT, Thu February 19, 2026|wd=5"]),
  DateCase("Lunch was served at 13:00 February 28, 2013.", ["time|2013-02-28T13:00Z|13:00 February 28, 2013"]),
  DateCase("Shares fell on Dec. 31 , 1994 in Tokyo.", ["date|1994-12-31|Dec. 31 , 1994"]),
  DateCase("Logged at 2026-02-19T06:22:00Z by the sensor.", ["time|2026-02-19T06:22Z|2026-02-19T06:22:00Z"]),
  DateCase("Logged at 2026-02-19T09:22:30+03:00 by the sensor.", ["time|2026-02-19T09:22:30+03:00|2026-02-19T09:22:30+03:00"]),
  DateCase("Filed on 2026-02-19 by the court.", ["date|2026-02-19|2026-02-19"]),
  DateCase("The treaty was signed in 1445 AH.", ["date|2023-07-19|1445 AH|hijri=1445"]),
])
func englishDates(_ c: DateCase) {
  #expect(dateFacts(c) == c.expected)
}

@Test(arguments: [
  DateCase("The deadline is the 15th of March.", ["date|2026-03-15|15th of March"], reference: feb19),
  DateCase("Sales dropped last July.", ["date|2025-07|last July"], reference: feb19),
  DateCase("Sales should recover next May.", ["date|2026-05|next May"], reference: feb19),
  DateCase("The trial opens on June 2.", ["date|2026-06-02|June 2"], reference: feb19),
  DateCase("The trial opened on November 2.", ["date|2025-11-02|November 2"], reference: feb19),
  DateCase("The trial opened on November 2.", []),
  DateCase("Revenue doubled last year and may double again next year.", ["date|2025|last year", "date|2027|next year"], reference: feb19),
  DateCase("Sales this year are flat.", ["date|2026|this year"], reference: feb19),
])
func englishRelativeDates(_ c: DateCase) {
  #expect(dateFacts(c) == c.expected)
}

// MARK: digit systems, tatweel and harakat

@Test(arguments: [
  DateCase("تم النشر: ٢٠٢٦/٠٢/١٩ الساعة ٠٦:٢٢ بتوقيت غرينتش", ["time|2026-02-19T06:22Z|٢٠٢٦/٠٢/١٩ الساعة ٠٦:٢٢ بتوقيت غرينتش"]),
  DateCase("في ١٩-٠٢-٢٠٢٦ صدر القرار", ["date|2026-02-19|١٩-٠٢-٢٠٢٦"]),
  DateCase("في ۱۵ مارس ۲۰۲۶ صدر القرار", ["date|2026-03-15|۱۵ مارس ۲۰۲۶"]),
  DateCase("تأسست عام ۱۹۹۸ في بيروت", ["date|1998|عام ۱۹۹۸"]),
  DateCase("بدأ الصيام ١ رمضان ١٤٤٧ هـ في المدينة", ["date|2026-02-18|١ رمضان ١٤٤٧ هـ|hijri=1447-09-01"]),
  DateCase("سجلت البلدية ٢٠٠٣ حالة", []),
  DateCase("في يـنـايـر 2026 تغيرت الأسعار", ["date|2026-01|يـنـايـر 2026"]),
  DateCase("في عَامِ 2003 بدأ البث", ["date|2003|عَامِ 2003"]),
  DateCase("وقعت الحادثة في 5 سِبْتَمْبَر 2019", ["date|2019-09-05|5 سِبْتَمْبَر 2019"]),
  DateCase(
    "هبطت الطائرة في ٥ مارس ٢٠٢٦ الساعة ٨:٣٠ مساءً بتوقيت غرينتش",
    ["time|2026-03-05T20:30Z|٥ مارس ٢٠٢٦ الساعة ٨:٣٠ مساءً بتوقيت غرينتش"]),
  DateCase("يوم الأربعـاء ۴ مـارس ۲۰۲۶", ["date|2026-03-04|يوم الأربعـاء ۴ مـارس ۲۰۲۶|wd=4"]),
])
func digitSystemsAndMarks(_ c: DateCase) {
  #expect(dateFacts(c) == c.expected)
}

// MARK: document dates

@Test func publishedLineSetsTheDocumentDate() {
  let text = """
    عنوان الخبر
    تم النشر: 2026/02/19 الساعة 06:22 بتوقيت غرينتش
    تم التحديث: 2026/02/19 الساعة 06:24 بتوقيت غرينتش

    ارتفع الرقم بحلول نهاية يناير/ كانون الثاني بعد أن كان أقل في يوليو/ تموز الماضي.
    """
  let a = FactExtractor().analyze(Document(id: "t", text: text))
  #expect(a.published?.description == "2026-02-19T06:22Z")
  #expect(a.updated?.description == "2026-02-19T06:24Z")
  let dates = a.facts.filter { $0.type == .date }.map { $0.date?.description ?? "" }
  #expect(dates == ["2026-01", "2025-07"])
}

@Test func englishPublishedLine() {
  let text = "Published: February 19, 2026\nLast updated: February 20, 2026\n\nThe law took effect last July."
  let a = FactExtractor().analyze(Document(id: "t", text: text))
  #expect(a.published?.description == "2026-02-19")
  #expect(a.updated?.description == "2026-02-20")
  #expect(a.facts.last?.date?.description == "2025-07")
}

@Test func publishedLineWithTheTimeFirst() {
  let text = "Published 6:22 AM GMT, Thu February 19, 2026\n\nThe plan was approved on March 3."
  let a = FactExtractor().analyze(Document(id: "t", text: text))
  #expect(a.published?.description == "2026-02-19T06:22Z")
  #expect(a.facts.last?.date?.description == "2026-03-03")
}

@Test func intervalsCoverTheWholePeriod() {
  let a = FactExtractor().analyze(Document(id: "t", text: "تراجع الإنتاج في يوليو/ تموز 2025"))
  let f = a.facts.first { $0.type == .date }
  let start = Double(CivilDate.daysFromCivil(2025, 7, 1)) * 86400
  let end = Double(CivilDate.daysFromCivil(2025, 8, 1)) * 86400
  #expect(f?.interval == Interval(low: start, high: end, lowInclusive: true, highInclusive: false))
  // A Hijri month covers its own days: Ramadan 1447 is 2026-02-18 ..< 2026-03-20.
  let h = FactExtractor().analyze(Document(id: "t", text: "يبدأ المهرجان في رمضان 1447"))
  let hf = h.facts.first { $0.type == .date }
  #expect(hf?.interval.low == Double(CivilDate.daysFromCivil(2026, 2, 18)) * 86400)
  #expect(hf?.interval.high == Double(CivilDate.daysFromCivil(2026, 3, 20)) * 86400)
}

@Test(arguments: [
  // (month, day, relative, expected year) against 2026-02-19.
  (1, nil, 0, 2026), (8, nil, 0, 2025), (7, nil, 0, 2026), (2, nil, -1, 2025), (2, nil, 1, 2027),
  (2, 18, -1, 2026), (2, 19, -1, 2025), (2, 20, 1, 2026), (2, 19, 1, 2027), (12, 31, 0, 2025),
] as [(Int, Int?, Int, Int)])
func yearResolution(_ month: Int, _ day: Int?, _ relative: Int, _ expected: Int) {
  let names = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
  let suffix = relative < 0 ? " الماضي" : relative > 0 ? " المقبل" : ""
  let text = "حدث ذلك في \(day.map { "\($0) " } ?? "")\(names[month - 1])\(suffix) كما قيل"
  let a = FactExtractor(options: ExtractionOptions(referenceDate: feb19)).analyze(Document(id: "t", text: text))
  #expect(a.facts.first { $0.type == .date }?.date?.year == expected, "\(text)")
}

// MARK: Relative days, weekdays, ordinal days, day ranges and numeric months (2026-02-19, a Thursday)

@Test(arguments: [
  DateCase("قال المتحدث أمس إن المفاوضات مستمرة", ["date|2026-02-18|أمس"], reference: feb19),
  DateCase("وصل الوفد إلى الرياض اليوم لإجراء محادثات", ["date|2026-02-19|اليوم"], reference: feb19),
  DateCase("يبدأ المؤتمر غداً في الدوحة", ["date|2026-02-20|غداً"], reference: feb19),
  DateCase("وكان الاجتماع قد عقد أول أمس", ["date|2026-02-17|أول أمس"], reference: feb19),
  // "اليوم" as "the day": not a date.
  DateCase("سجلت الحكومة في اليوم الأول من الأزمة أربعين إصابة", [], reference: feb19),
  DateCase("يتناول المريض الدواء مرتين في اليوم", [], reference: feb19),
  DateCase("احتفلت البلاد باليوم الوطني", [], reference: feb19),
  DateCase("ارتفعت الأسعار الشهر الماضي بشكل ملحوظ", ["date|2026-01|الشهر الماضي"], reference: feb19),
  DateCase("تصدر النتائج خلال الشهر المقبل", ["date|2026-03|الشهر المقبل"], reference: feb19),
  DateCase("يصوت البرلمان الثلاثاء المقبل على الموازنة", ["date|2026-02-24|الثلاثاء المقبل|wd=3"], reference: feb19),
  DateCase("أعلنت الشرطة أن الانفجار وقع الثلاثاء", ["date|2026-02-17|الثلاثاء|wd=3"], reference: feb19),
  DateCase("عقد المجلس جلسته يوم الأحد الماضي", ["date|2026-02-15|يوم الأحد الماضي|wd=1"], reference: feb19),
  // "الاثنين" is also "both", "الجمعة" also "the assembly".
  DateCase("اتفق الاثنان على أن الاثنين سيحضران", [], reference: feb19),
  DateCase("صوتت الجمعية العامة بالإجماع", [], reference: feb19),
  // The weekday picks the year of a yearless date.
  DateCase("أقيم الحفل الجمعة 15 أغسطس في المدينة", ["date|2025-08-15|الجمعة 15 أغسطس|wd=6"], reference: feb19),
  DateCase("وقعت الاتفاقية في الرابع من نيسان 2024", ["date|2024-04-04|الرابع من نيسان 2024"]),
  DateCase("يبدأ التسجيل في الأول من آذار", ["date|2026-03-01|الأول من آذار"], reference: feb19),
  DateCase("عقدت القمة في 13-15 تموز 2025 بحضور القادة", ["date|2025-07-13|13-15 تموز 2025"]),
  DateCase("يستمر المعرض من 3 الى 9 مايو 2026", ["date|2026-05-03|3 الى 9 مايو 2026"]),
  DateCase("أغلق الطريق منذ 3 أيام بسبب الثلوج", ["date|2026-02-16|منذ 3 أيام"], reference: feb19),
  DateCase("غادر البلاد قبل عامين", ["date|2024|قبل عامين"], reference: feb19),
  DateCase("وصل قبل 3 أيام من الانتخابات", [], reference: feb19),
  DateCase("بدأ العمل بالنظام الجديد في 3/2015", ["date|2015-03|3/2015"]),
  DateCase("صدر القانون رقم 10/2013 لتنظيم الانتخابات", []),
  DateCase("فاز الفريق 3/1 على منافسه", [], reference: feb19),
  DateCase("تبدأ الدورة في 25 من الشهر الجاري", ["date|2026-02-25|25 من الشهر الجاري"], reference: feb19),
  DateCase("أعلن ذلك في العاشر من الشهر الماضي", ["date|2026-01-10|العاشر من الشهر الماضي"], reference: feb19),
])
func arabicRelativeDaysAndRanges(_ c: DateCase) {
  #expect(dateFacts(c) == c.expected)
}

@Test(arguments: [
  DateCase("The minister resigned yesterday, officials said.", ["date|2026-02-18|yesterday"], reference: feb19),
  DateCase("Talks resume tomorrow in Geneva.", ["date|2026-02-20|tomorrow"], reference: feb19),
  DateCase("Exports fell last month and rose this month.", ["date|2026-01|last month", "date|2026-02|this month"], reference: feb19),
  DateCase("The vote is set for next Tuesday.", ["date|2026-02-24|next Tuesday|wd=3"], reference: feb19),
  DateCase("The fire started on Monday, police said.", ["date|2026-02-16|Monday|wd=2"], reference: feb19),
  DateCase("The sun rose over the sat dish.", [], reference: feb19),
  DateCase("The festival ran from 13 to 15 July 2025.", ["date|2025-07-13|from 13 to 15 July 2025"]),
  DateCase("Voting runs between 3 and 12 September 2024.", ["date|2024-09-03|between 3 and 12 September 2024"]),
  DateCase("Shops close 3 and 12 September 2024.", ["date|2024-09-12|12 September 2024"]),
  DateCase("The strike began August 27th - 29th, 2024.", ["date|2024-08-27|August 27th - 29th, 2024"]),
  DateCase("It was signed on the third of March 2024.", ["date|2024-03-03|third of March 2024"]),
  DateCase("It was signed March third, 2015 in Paris.", ["date|2015-03-03|March third, 2015"]),
  DateCase("He will be the first of many.", [], reference: feb19),
  DateCase("The company was founded 20 years ago.", ["date|2006|20 years ago"], reference: feb19),
  DateCase("The law passed a week ago.", ["date|2026-02-12|a week ago"], reference: feb19),
  DateCase("He was born 10/31/74 in Ohio.", ["date|1974-10-31|10/31/74"]),
  DateCase("The index rose in 2014-03 and fell later.", ["date|2014-03|2014-03"]),
  DateCase("It was the 2010-11 season.", []),
  DateCase("She shot 2/15 from the field.", [], reference: feb19),
  DateCase("The board met on 2/15 to vote.", ["date|2026-02-15|2/15"], reference: feb19),
  DateCase("A 4-4-2 formation was used.", []),
  DateCase("Bids close on the 20th of next month.", ["date|2026-03-20|20th of next month"], reference: feb19),
  DateCase("It ended on the 3rd of the previous month.", ["date|2026-01-03|3rd of the previous month"], reference: feb19),
  DateCase("The invoice is dated 05-Aug-2016.", ["date|2016-08-05|05-Aug-2016"]),
  DateCase("Records from 2019/aug/01 were lost.", ["date|2019-08-01|2019/aug/01"]),
  DateCase("The plan for Dec-2018 slipped.", ["date|2018-12|Dec-2018"]),
])
func englishRelativeDaysAndRanges(_ c: DateCase) {
  #expect(dateFacts(c) == c.expected)
}

@Test func dayRangesCoverEveryDay() {
  let a = FactExtractor().analyze(Document(id: "t", text: "عقدت القمة في 13-15 تموز 2025"))
  let f = a.facts.first { $0.type == .date }
  #expect(f?.interval.low == Double(CivilDate.daysFromCivil(2025, 7, 13)) * 86400)
  #expect(f?.interval.high == Double(CivilDate.daysFromCivil(2025, 7, 16)) * 86400)
}

@Test func numericHijriYearsWithoutMarker() {
  let a = FactExtractor().analyze(Document(id: "t", text: "تم تحديد يوم الاثنين الموافق 18-10-1436 لقاء مع المواطنين."))
  let d = a.facts.first { $0.type == .date }
  #expect(d?.calendar == "hijri")
  #expect(d?.date?.description == "2015-08-03")
}

// MARK: Ranges of months and days, weekdays counted in a month

@Test(arguments: [
  // (text, expected facts) against Thursday 2026-02-19.
  DateCase("The war lasted from May to September 2016.", ["date|2016-05|from May to September 2016"], reference: feb19),
  DateCase("استمرت الحرب من مايو إلى سبتمبر 2016", ["date|2016-05|مايو إلى سبتمبر 2016"], reference: feb19),
  DateCase("APEC will meet in Korea Nov-Feb 2017", ["date|2016-11|Nov-Feb 2017"], reference: feb19),
  DateCase("Talks will run between March and May", ["date|2026-03|between March and May"], reference: feb19),
  DateCase("تستمر المحادثات بين مايو وسبتمبر", ["date|2026-05|مايو وسبتمبر"], reference: feb19),
  DateCase("The summit runs July 13 - July 15", ["date|2026-07-13|July 13 - July 15"], reference: feb19),
  DateCase("عقدت القمة من 13 تموز الى 15 تموز 2025", ["date|2025-07-13|13 تموز الى 15 تموز 2025"], reference: feb19),
  // A date moved is two dates; two ends that each carry a year stay two dates, with the
  // period over them as one more.
  DateCase("The vote was postponed from May to September", ["date|2025-09|September"], reference: feb19),
  DateCase("تقرر تأجيل الانتخابات من مايو إلى سبتمبر", ["date|2026-05|مايو", "date|2025-09|سبتمبر"], reference: feb19),
  DateCase(
    "Sales fell from March 2023 to June 2024",
    ["date|2023-03|from March 2023 to June 2024", "date|2023-03|March 2023", "date|2024-06|June 2024"], reference: feb19),
  DateCase("Troops may march to the capital", [], reference: feb19),
  DateCase("They plan in September to march on the capital", ["date|2025-09|September"], reference: feb19),
  // A weekday and a day of the month: the nearest such day.
  DateCase("The vote is on Tuesday the 24th", ["date|2026-02-24|Tuesday the 24th|wd=3"], reference: feb19),
  DateCase("The vote is on Tuesday 24th", ["date|2026-02-24|Tuesday 24th|wd=3"], reference: feb19),
  DateCase("On Tuesday 24 people died", ["date|2026-02-17|Tuesday|wd=3"], reference: feb19),
  DateCase("The deadline is the 15th.", [], reference: feb19),
  // The n-th weekday of a month.
  DateCase("Polls open on the first Tuesday of March 2026", ["date|2026-03-03|first Tuesday of March 2026|wd=3"], reference: feb19),
  DateCase("It ends on the last Monday of March", ["date|2026-03-30|last Monday of March|wd=2"], reference: feb19),
  DateCase("It began on the first Monday of this month", ["date|2026-02-02|first Monday of this month|wd=2"], reference: feb19),
  DateCase("أعلنت الوزارة في وقت سابق من هذا العام", ["date|2026|وقت سابق من هذا العام"], reference: feb19),
  DateCase("Elections are due later this year", ["date|2026|later this year"], reference: feb19),
  DateCase("تبدأ الدورة السبت الحادي والعشرين", ["date|2026-02-21|السبت الحادي والعشرين|wd=7"], reference: feb19),
  DateCase(
    "تعقد الجلسة الثلاثاء الرابع والعشرين من هذا الشهر", ["date|2026-02-24|الثلاثاء الرابع والعشرين من هذا الشهر|wd=3"],
    reference: feb19),
  DateCase(
    "تجرى الانتخابات الثلاثاء الثالث من شهر أيلول 2014", ["date|2014-09-16|الثلاثاء الثالث من شهر أيلول 2014|wd=3"],
    reference: feb19),
  DateCase("يعقد الاجتماع الاثنين الأخير من الشهر المقبل", ["date|2026-03-30|الاثنين الأخير من الشهر المقبل|wd=2"], reference: feb19),
  DateCase("الأحد الأول من الشهر عطلة", [], reference: feb19),
  DateCase("Spending in the current year rose", ["date|2026|current year"], reference: feb19),
  DateCase("The deal expires on the last day of October 2015", ["date|2015-10-31|last day of October 2015"], reference: feb19),
  DateCase("Talks resume on the third day of March", ["date|2026-03-03|third day of March"], reference: feb19),
  DateCase("Prices rise on the first day of next month", ["date|2026-03-01|first day of next month"], reference: feb19),
  DateCase("He spoke on the last day of the talks", [], reference: feb19),
  DateCase("It began on the third tuesday of september 2014", ["date|2014-09-16|third tuesday of september 2014|wd=3"], reference: feb19),
])
func rangesAndCountedWeekdays(_ c: DateCase) {
  #expect(dateFacts(c) == c.expected)
}

/// The first date fact of `c.0` (against 2026-02-19) runs from day `c.1` to day `c.2`, exclusive.
func expectFirstDateSpans(
  _ c: (String, (Int, Int, Int), (Int, Int, Int)), sourceLocation: SourceLocation = #_sourceLocation
) {
  let a = FactExtractor(options: ExtractionOptions(referenceDate: feb19)).analyze(Document(id: "t", text: c.0))
  let f = a.facts.first { $0.type == .date }
  let day = { (d: (Int, Int, Int)) in Double(CivilDate.daysFromCivil(d.0, d.1, d.2)) * 86400 }
  #expect(f?.interval.low == day(c.1), "\(c.0)", sourceLocation: sourceLocation)
  #expect(f?.interval.high == day(c.2), "\(c.0)", sourceLocation: sourceLocation)
}

@Test(arguments: [
  ("The war lasted from May to September 2016.", (2016, 5, 1), (2016, 10, 1)),
  ("APEC will meet in Korea Nov-Feb 2017", (2016, 11, 1), (2017, 3, 1)),
  ("من 30 يونيو إلى 2 يوليو 2025", (2025, 6, 30), (2025, 7, 3)),
  ("It grew from May 2015 to June", (2015, 5, 1), (2015, 7, 1)),
  // The part of the year or month before or after the document date.
  ("The ministry said earlier this year that", (2026, 1, 1), (2026, 2, 19)),
  ("Elections are due later this year", (2026, 2, 19), (2027, 1, 1)),
  ("We met earlier this month", (2026, 2, 1), (2026, 2, 19)),
  ("أعلنت الوزارة في وقت سابق من هذا العام", (2026, 1, 1), (2026, 2, 19)),
  ("ستجري الانتخابات في وقت لاحق من العام الجاري", (2026, 2, 19), (2027, 1, 1)),
])
func rangesCoverTheWholePeriod(_ c: (String, (Int, Int, Int), (Int, Int, Int))) {
  expectFirstDateSpans(c)
}

// MARK: Tense, direction, parts, decades, counted dates (against Thursday 2026-02-19)

@Test(arguments: [
  // The tense of the clause moves a bare weekday: nearest is Monday the 16th.
  DateCase("The committee will meet on Monday to vote.", ["date|2026-02-23|Monday|wd=2"], reference: feb19),
  DateCase("The committee met on Monday to vote.", ["date|2026-02-16|Monday|wd=2"], reference: feb19),
  DateCase("Shares were flat on Sunday in thin trade.", ["date|2026-02-15|Sunday|wd=1"], reference: feb19),
  // A plan made in the past reaches forward: no lean, the nearest Saturday.
  DateCase("The vote was scheduled for Saturday.", ["date|2026-02-21|Saturday|wd=7"], reference: feb19),
  // A reporting verb says nothing of the date it reports.
  DateCase("Output will be cut from Saturday, officials said.", ["date|2026-02-21|Saturday|wd=7"], reference: feb19),
  // A month moves forward only as the time of the verb.
  DateCase("The plant will close by January 31.", ["date|2027-01-31|January 31"], reference: feb19),
  DateCase("Ministers will review their January 31 accord.", ["date|2026-01-31|January 31"], reference: feb19),
  DateCase("The dividend was payable March 2, it said.", ["date|2026-03-02|March 2"], reference: feb19),
  DateCase("سيبدأ الوزير يوم السبت جولة في المنطقة", ["date|2026-02-21|يوم السبت|wd=7"], reference: feb19),
  DateCase("سوف يصل الوفد الاثنين الى العاصمة", [], reference: feb19),
  DateCase("سوف يصل الوفد يوم الاثنين الى العاصمة", ["date|2026-02-23|يوم الاثنين|wd=2"], reference: feb19),
  // Parts of a year or month, decades.
  DateCase("Prices rose in early March.", ["date|2026-03|early March"], reference: feb19),
  DateCase("The plant opened in mid-2012.", ["date|2012|mid-2012"], reference: feb19),
  DateCase("Debt peaked at the end of 2012.", ["date|2012|the end of 2012"], reference: feb19),
  DateCase("Talks should end by the end of the year.", ["date|2026|the end of the year"], reference: feb19),
  DateCase("Bids are due at the beginning of next month.", ["date|2026-03|the beginning of next month"], reference: feb19),
  DateCase("Rates were cut as early as April.", ["date|2026-04|April"], reference: feb19),
  DateCase("Growth was strong in the 1990s.", ["date|1990|1990s"], reference: feb19),
  DateCase("It began in the early 1930's.", ["date|1930|1930's"], reference: feb19),
  DateCase("The end of the talks came quickly.", [], reference: feb19),
  // A day alone after "on the"; a weekday after the date; abbreviations.
  DateCase("Payments resume on the 25th.", ["date|2026-02-25|25th"], reference: feb19),
  DateCase("He lives on the 25th floor.", [], reference: feb19),
  DateCase("The deadline falls on February the 27th.", ["date|2026-02-27|February the 27th"], reference: feb19),
  DateCase("Doors open Jul 17, Fri, at the venue.", ["date|2026-07-17|Jul 17, Fri|wd=6"], reference: feb19),
  DateCase("The match is on Fri. at noon.", ["date|2026-02-20|Fri|wd=6"], reference: feb19),
  DateCase("Prices fell over thu next five years.", ["date|2026-02-20|next five years"], reference: feb19),
  DateCase("Costs rose last yr.", ["date|2025|last yr"], reference: feb19),
  // Dates counted from another date.
  DateCase("Voting ends 3 days after January 12th.", ["date|2026-01-15|3 days after January 12th", "date|2026-01-12|January 12th"], reference: feb19),
  DateCase("It opened two weeks before May 13 1999.", ["date|1999-04-29|two weeks before May 13 1999", "date|1999-05-13|May 13 1999"], reference: feb19),
  DateCase("The bond matures 3 years from today.", ["date|2029-02-19|3 years from today", "date|2026-02-19|today"], reference: feb19),
  DateCase("Results are due two weeks from now.", ["date|2026-03-05|two weeks from now"], reference: feb19),
  DateCase("The vote, 3 days after the election, was close.", [], reference: feb19),
  DateCase("Sales for the nine days from March 11 through March 20 were flat.", ["date|2026-03-11|from March 11 through March 20"], reference: feb19),
])
func tenseAndNewForms(_ c: DateCase) {
  #expect(dateFacts(c) == c.expected)
}

@Test(arguments: [
  // The direction option: (text, direction, expected facts), against Thursday 2026-02-19.
  ("The board meets on Monday.", DateDirection.nearest, ["date|2026-02-16|Monday|wd=2"]),
  ("The board meets on Monday.", DateDirection.future, ["date|2026-02-23|Monday|wd=2"]),
  ("The board meets on Thursday.", DateDirection.future, ["date|2026-02-26|Thursday|wd=5"]),
  ("The board meets on Saturday.", DateDirection.past, ["date|2026-02-14|Saturday|wd=7"]),
  ("The fair opens on 3 January.", DateDirection.nearest, ["date|2026-01-03|3 January"]),
  ("The fair opens on 3 January.", DateDirection.future, ["date|2027-01-03|3 January"]),
  ("The fair opened in November.", DateDirection.nearest, ["date|2025-11|November"]),
  ("The fair opens in November.", DateDirection.future, ["date|2026-11|November"]),
  ("The fair opened in June.", DateDirection.past, ["date|2025-06|June"]),
  ("يفتتح المعرض في 3 يناير", DateDirection.future, ["date|2027-01-03|3 يناير"]),
] as [(String, DateDirection, [String])])
func dateDirectionOption(_ c: (String, DateDirection, [String])) {
  var options = ExtractionOptions(referenceDate: feb19)
  options.dateDirection = c.1
  let a = FactExtractor(options: options).analyze(Document(id: "t", text: c.0))
  let utf8 = Array(c.0.utf8)
  let got = a.facts.filter { $0.type == .date }.map { f in
    var s = "date|\(f.date?.description ?? "nil")|" + String(decoding: utf8[f.span], as: UTF8.self)
    if let w = f.weekday { s += "|wd=\(w)" }
    return s
  }
  #expect(got == c.2, "\(c.0)")
}

@Test(arguments: [
  // Parts cover a third of the year or month; a decade its ten years.
  ("Prices rose in early March.", (2026, 3, 1), (2026, 3, 11)),
  ("Prices rose in mid March.", (2026, 3, 11), (2026, 3, 21)),
  ("Prices rose in late February.", (2026, 2, 21), (2026, 3, 1)),
  ("Debt peaked at the end of 2012.", (2012, 9, 1), (2013, 1, 1)),
  ("It opened at the beginning of 2017.", (2017, 1, 1), (2017, 5, 1)),
  ("The plant opened in mid-2012.", (2012, 5, 1), (2012, 9, 1)),
  ("Growth was strong in the 1990s.", (1990, 1, 1), (2000, 1, 1)),
])
func partsCoverTheirThird(_ c: (String, (Int, Int, Int), (Int, Int, Int))) {
  expectFirstDateSpans(c)
}

@Test(arguments: [
  // Periods around the document date, weeks of a weekday, years after "in" / "of", dashed
  // ranges of full dates (against Thursday 2026-02-19).
  ("Output should double over the next five years.", (2026, 2, 20), (2031, 2, 20)),
  ("Prices fell in the past three days.", (2026, 2, 16), (2026, 2, 19)),
  ("Exports rose over the last two months.", (2025, 12, 19), (2026, 2, 19)),
  ("It plans to cut costs within the next three years.", (2026, 2, 19), (2029, 2, 19)),
  ("The talks resume on Wednesday of next week.", (2026, 2, 25), (2026, 2, 26)),
  ("The strike began on Tuesday last week.", (2026, 2, 10), (2026, 2, 11)),
  ("Markets shut on last week's Friday.", (2026, 2, 13), (2026, 2, 14)),
  ("Sales from April to June in 2017 were weak.", (2017, 4, 1), (2017, 7, 1)),
  ("In May of 2015 sales fell.", (2015, 5, 1), (2015, 6, 1)),
  ("The festival ran 26 June to 28 June in 2020.", (2020, 6, 26), (2020, 6, 29)),
  ("The outbreak peaked at 02-02-2020 - 03-03-2020.", (2020, 2, 2), (2020, 3, 4)),
  ("The term ran Nov 18 2014-Dec 19 2015.", (2014, 11, 18), (2015, 12, 20)),
])
func periodsAndWeeks(_ c: (String, (Int, Int, Int), (Int, Int, Int))) {
  expectFirstDateSpans(c)
}

@Test(arguments: [
  // Not periods or dates: the verb "last", adjectives, "within" alone, words between two ends.
  DateCase("The hearings are scheduled to last two days.", [], reference: feb19),
  DateCase("The upcoming five-month payments start soon.", [], reference: feb19),
  DateCase("Parities moved twice within nine months.", [], reference: feb19),
  DateCase("Prices in 2020 dollars rose.", [], reference: feb19),
])
func notPeriods(_ c: DateCase) {
  #expect(dateFacts(c) == c.expected)
}

@Test(arguments: [
  // Arabic parts, weeks and years after a month (against Thursday 2026-02-19).
  ("ارتفعت الأسعار في أوائل آذار", (2026, 3, 1), (2026, 3, 11)),
  ("تنتهي الأعمال في أواخر شهر مارس", (2026, 3, 21), (2026, 4, 1)),
  ("تراجعت الصادرات في منتصف 2012", (2012, 5, 1), (2012, 9, 1)),
  ("ارتفع الدين في نهاية العام الماضي", (2025, 9, 1), (2026, 1, 1)),
  ("يكتمل المشروع نهاية العام", (2026, 9, 1), (2027, 1, 1)),
  ("عقد الاجتماع الأحد من الأسبوع الماضي", (2026, 2, 15), (2026, 2, 16)),
  ("يصل الوفد الأسبوع المقبل يوم الجمعة", (2026, 2, 27), (2026, 2, 28)),
  ("تجرى الانتخابات في يونيو العام المقبل", (2027, 6, 1), (2027, 7, 1)),
  ("وقعت الحادثة في أيلول من عام 2014", (2014, 9, 1), (2014, 10, 1)),
  ("بلغ الدين في الفترة من إبريل إلى يونيو هذا العام 16 مليارا", (2026, 4, 1), (2026, 7, 1)),
  ("Imports rose between January and March this year.", (2026, 1, 1), (2026, 4, 1)),
  ("The coupon is paid on October 27 next year.", (2027, 10, 27), (2027, 10, 28)),
  ("Prices peaked in March of this year.", (2026, 3, 1), (2026, 4, 1)),
])
func arabicPartsWeeksAndYears(_ c: (String, (Int, Int, Int), (Int, Int, Int))) {
  expectFirstDateSpans(c)
}

@Test(arguments: [
  // A capitalised month after a preposition of time is the month; a name is not.
  DateCase("Output rose in March from February.", ["date|2026-03|March", "date|2026-02|February"], reference: feb19),
  DateCase("Prices have fallen since May.", ["date|2025-05|May"], reference: feb19),
  // "since" / "منذ": a start that has come, even when the nearest reading is ahead.
  DateCase("Gold hit its lowest since December 12.", ["date|2025-12-12|December 12"], reference: CivilDate(year: 2026, month: 7, day: 15)),
  DateCase("سجل الذهب أدنى مستوى منذ 12 ديسمبر", ["date|2025-12-12|12 ديسمبر"], reference: CivilDate(year: 2026, month: 7, day: 15)),
  DateCase("The offer runs until Aug.", ["date|2025-08|Aug"], reference: feb19),
  DateCase("The plan was backed by May in a speech.", [], reference: feb19),
  DateCase("Critics rounded on the speech in May's cabinet.", [], reference: feb19),
  DateCase("Protesters march in march.", [], reference: feb19),
])
func capitalisedMonths(_ c: DateCase) {
  #expect(dateFacts(c) == c.expected)
}

@Test(arguments: [
  // Periods that end at the document date or a day named relative to it (Thursday 2026-02-19).
  ("Prices doubled between Jan 2019 and now.", (2019, 1, 1), (2026, 2, 19)),
  ("Sales from March 2020 to date reached a record.", (2020, 3, 1), (2026, 2, 19)),
  ("The index rose from 2019-aug-01 to today.", (2019, 8, 1), (2026, 2, 20)),
  ("Shares slid between 22/Jan/2019 and yesterday.", (2019, 1, 22), (2026, 2, 19)),
])
func periodsToTheDocumentDate(_ c: (String, (Int, Int, Int), (Int, Int, Int))) {
  expectFirstDateSpans(c)
}

@Test(arguments: [
  DateCase("Castles of the 15th century still stand.", ["date|1400|15th century"]),
  DateCase("They crossed a 15th century-old bridge.", []),
  DateCase("تبدأ القيادة يوم الأحد 24 من شهر يونيو 2018", ["date|2018-06-24|يوم الأحد 24 من شهر يونيو 2018|wd=1"]),
  DateCase("تمت البلاغات من 12-17 شهر أيلول 2024", ["date|2024-09-12|12-17 شهر أيلول 2024"]),
])
func centuriesAndArabicMonthWord(_ c: DateCase) {
  #expect(dateFacts(c) == c.expected)
}

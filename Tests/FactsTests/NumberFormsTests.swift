import Facts
import TextModel
import Testing

/// Less common ways of writing numbers, comparisons and ranges, and where no figure stands.
struct NumberFormsTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var span: String
    var type: FactType
    var value: Double?
    var low: Double?
    var high: Double?
    var lowInclusive: Bool?
    var highInclusive: Bool?
    var testDescription: String { text }

    init(
      _ text: String, _ span: String, _ type: FactType, _ value: Double?, low: Double? = nil, high: Double? = nil,
      lowInclusive: Bool? = nil, highInclusive: Bool? = nil
    ) {
      self.text = text
      self.span = span
      self.type = type
      self.value = value
      self.low = low
      self.high = high
      self.lowInclusive = lowInclusive
      self.highInclusive = highInclusive
    }
  }

  static let extractor = FactExtractor()

  static func facts(_ text: String) -> [(fact: Fact, text: String)] {
    let analysis = extractor.analyze(Document(id: "t", text: text))
    let bytes = Array(text.utf8)
    return analysis.facts.map { ($0, String(decoding: bytes[$0.span], as: UTF8.self)) }
  }

  static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }

  static func check(_ c: Case) {
    let found = facts(c.text)
    let hit = found.first { $0.text == c.span && $0.fact.type == c.type }
    #expect(
      hit != nil,
      "no \(c.type) fact «\(c.span)» in «\(c.text)»; found \(found.map { "\($0.fact.type) \($0.text)=\($0.fact.value ?? .nan)" })"
    )
    guard let f = hit?.fact else { return }
    if let v = c.value {
      #expect(f.value.map { close($0, v) } == true, "value \(f.value ?? .nan), want \(v)")
    }
    if let low = c.low { #expect(close(f.interval.low, low), "low \(f.interval.low), want \(low)") }
    if let high = c.high { #expect(close(f.interval.high, high), "high \(f.interval.high), want \(high)") }
    if let li = c.lowInclusive { #expect(f.interval.lowInclusive == li) }
    if let hi = c.highInclusive { #expect(f.interval.highInclusive == hi) }
  }

  // MARK: signs, decimals, fractions

  static let numbers: [Case] = [
    Case("Temperatures fell to minus 12.", "minus 12", .number, -12),
    Case("The index stood at negative three.", "negative three", .number, -3),
    Case("سجلت الحرارة سالب أربعة.", "سالب أربعة", .number, -4),
    Case("The rate was four point seven in March.", "four point seven", .number, 4.7),
    Case("The ratio rose to 2 point 05 this year.", "2 point 05", .number, 2.05),
    Case("Output was two point four million barrels.", "two point four million barrels", .measure, 2.4e6),
    Case("بلغ المعدل ستة فاصلة ثلاثة في الربع الأول", "ستة فاصلة ثلاثة", .number, 6.3),
    Case("The yield slipped by .25 on Friday.", ".25", .number, 0.25),
    Case("ارتفع المؤشر ٫٥ نقطة", "٫٥", .number, 0.5),
    Case("Its debt is 4.2e9 by one estimate.", "4.2e9", .number, 4.2e9),
    Case("The board met for 2½ hours.", "2½ hours", .duration, 2.5),
    Case("Only 77/100 samples passed.", "77/100 samples", .count, 0.77),
    Case("Two thirds of members backed the plan.", "Two thirds", .number, 2.0 / 3),
    Case("Three fifths of the members abstained.", "Three fifths", .number, 0.6),
    Case("One-third of the budget went unspent.", "One-third", .number, 1.0 / 3),
    Case("A third of voters stayed home.", "A third", .number, 1.0 / 3),
    Case("Costs were cut by a quarter, the firm said.", "a quarter", .number, 0.25),
    Case("The city has half a million residents.", "half a million residents", .count, 5e5),
    Case("More than half of the staff left.", "More than half", .number, 0.5, low: 0.5, lowInclusive: false),
    Case("The tally was forty two and a third.", "forty two and a third", .number, 42 + 1.0 / 3),
    Case("كان خمس السكان من الشباب", "خمس", .number, 0.2),
    Case("ألغت الشركة ثلاثة أرباع رحلاتها", "ثلاثة أرباع رحلاتها", .count, 0.75),
    Case("مضت خمس الساعة في التنظيف", "خمس الساعة", .duration, 0.2),
    Case("انتظرنا نصف ساعة", "نصف ساعة", .duration, 0.5),
    Case("صوّت نصف الأعضاء لصالح القرار", "نصف", .number, 0.5),
    Case("يحتاج القرار إلى ثلثي الأصوات", "ثلثي", .number, 2.0 / 3),
    Case("يقطن المدينة نصف مليون نسمة", "نصف مليون نسمة", .count, 5e5),
    Case("The scheme cost 45 lakh rupees.", "45 lakh rupees", .money, 4.5e6),
    Case("Revenue was 12 crore last year.", "12 crore", .number, 1.2e8),
    Case("The outlay is 3 lakh crore.", "3 lakh crore", .number, 3e12),
    Case("The constant is 6.02e23.", "6.02e23", .number, 6.02e23),
    Case("She served five-and-a-half years in office.", "five-and-a-half years", .duration, 5.5),
    Case("It shrank to 5e-3 of its size.", "5e-3", .number, 0.005),
    Case("Some 3 dozens of eggs were sold.", "Some 3 dozens", .number, 36),
    Case("Population: 1 204 311 residents.", "1 204 311 residents", .count, 1_204_311),
    Case("The Indian figure was 12,34,567 in total.", "12,34,567", .number, 1_234_567),
    Case("دفع متين وخمسين جنيه", "متين وخمسين جنيه", .money, 250),
  ]

  @Test(arguments: numbers) func numberForms(_ c: Case) { Self.check(c) }

  // MARK: decimal commas

  static let commas: [Case] = [
    Case("نما الاقتصاد بنسبة 2,7% العام الماضي", "2,7%", .percent, 2.7),
    Case("بلغ العجز ١٣٣,٨ مليار دولار", "١٣٣,٨ مليار دولار", .money, 133.8e9),
    Case("سجل المؤشر 12،450,25 نقطة", "12،450,25", .number, 12450.25),
    Case("The total was 4,500 people.", "4,500 people", .count, 4500),
    Case("A reading of 10245,5 was logged.", "10245,5", .number, 10245.5),
  ]

  @Test(arguments: commas) func decimalCommas(_ c: Case) { Self.check(c) }

  @Test func commaListsStayApart() {
    let found = Self.facts("See clauses 3,5,7 and 22,24,26.")
    #expect(found.map { $0.fact.value } == [3, 5, 7, 22, 24, 26])
  }

  // MARK: comparisons and ranges

  static let bounds: [Case] = [
    Case("Losses may exceed 300 jobs.", "exceed 300 jobs", .count, 300, low: 300, lowInclusive: false),
    Case("Scores greater than or equal to 70.", "greater than or equal to 70", .number, 70, low: 70, lowInclusive: true),
    Case("Loans less than or equal to 500.", "less than or equal to 500", .number, 500, high: 500, highInclusive: true),
    Case("Bids smaller than 40 were rejected.", "smaller than 40", .number, 40, high: 40, highInclusive: false),
    Case("Readings >= 90 are flagged.", ">= 90", .number, 90, low: 90, lowInclusive: true),
    Case("Values < 5 are noise.", "< 5", .number, 5, high: 5, highInclusive: false),
    Case("Applicants aged 18 or over may vote.", "18 or over", .number, 18, low: 18, lowInclusive: true),
    Case("Staff with 20 years or more get a bonus.", "20 years or more", .duration, 20, low: 20, lowInclusive: true),
    Case("He scored more than 5000 or equal to it.", "more than 5000 or equal to it", .number, 5000, low: 5000, lowInclusive: true),
    Case("فاز مرشح بأعلى من 60 بالمئة", "بأعلى من 60 بالمئة", .percent, 60, low: 60, lowInclusive: false),
    Case("تطبق على من هم تحت 18 عاما", "تحت 18 عاما", .duration, 18, high: 18, highInclusive: false),
    Case("الدخل أقل من أو يساوي 900 دينار", "أقل من أو يساوي 900 دينار", .money, 900, high: 900, highInclusive: true),
    Case("الأسر المكونة من 5 أفراد فأكثر", "5 أفراد فأكثر", .count, 5, low: 5, lowInclusive: true),
    Case("لاعبون فوق الثلاثين", "فوق الثلاثين", .number, 30, low: 30, lowInclusive: false),
    Case("The band is above 1000 and below 1500 units.", "above 1000 and below 1500 units", .range, nil, low: 1000, high: 1500, lowInclusive: false, highInclusive: false),
    Case("x is no more than 50 and no less than 20.", "no more than 50 and no less than 20", .range, nil, low: 20, high: 50, lowInclusive: true, highInclusive: true),
    Case("المؤشر فوق الربع وتحت النصف", "فوق الربع وتحت النصف", .range, nil, low: 0.25, high: 0.5),
    Case("Prices ran between 20 and 30 dollars.", "between 20 and 30 dollars", .range, nil, low: 20, high: 30),
    Case("The band was 5k-20k.", "5k-20k", .range, nil, low: 5000, high: 20000),
    Case("Estimates of 20~100 were given.", "20~100", .range, nil, low: 20, high: 100),
  ]

  @Test(arguments: bounds) func comparisons(_ c: Case) { Self.check(c) }

  @Test func boundsThatCannotMeetStayApart() {
    let found = Self.facts("More than 40 and less than 10 are separate.")
    #expect(!found.contains { $0.fact.type == .range })
    #expect(found.contains { $0.text == "More than 40" && $0.fact.hedge == .moreThan })
  }

  @Test func comparisonBelongsToTheNextFigure() {
    let found = Self.facts("Its score is 5000 or more than 4500.")
    #expect(found.contains { $0.text == "5000" && $0.fact.hedge == nil })
    #expect(found.contains { $0.text == "more than 4500" && $0.fact.hedge == .moreThan })
  }

  // MARK: percentages

  static let percents: [Case] = [
    Case("per cent of 35", "per cent of 35", .percent, 35),
    Case("Percent of twelve.", "Percent of twelve", .percent, 12),
    Case("Growth was minus two percent.", "minus two percent", .percent, -2),
    Case("تراجع بمقدار سالب ثلاثة بالمئة", "سالب ثلاثة بالمئة", .percent, -3),
  ]

  @Test(arguments: percents) func percentForms(_ c: Case) { Self.check(c) }

  // MARK: what is no figure

  /// No number, count, percentage, money or range at all.
  static let noFigures: [String] = [
    "He won a third term in office.",
    "تأهل الفريق إلى الدور نصف النهائي",
    "تصدر المراجعة نصف السنوية قريبا",
    "Read it at https://example.com/report-2024/page7?id=55 today.",
    "Open www.example.org/2023/05 for more.",
    "Write to desk2024@example.com for copies.",
    "اقرأ التقرير على http://example.net/ar/2019/12 الآن",
    "Follow @user2019 for updates.",
    "COVID-19 cases surged again.",
    "The G20 summit opened on time.",
    "Airbus A330-200 jets landed.",
    "An F-16 jet crashed near the base.",
    "CO2 emissions fell sharply.",
    "سجلت إصابات كوفيد-19 ارتفاعاً جديداً",
    "The airline flies Boeing 737-800 jets and Airbus 320 planes.",
    "Flight 370 vanished over the ocean.",
    "Resolution 2334 was adopted under Chapter 11 rules.",
    "A Category 5 storm hit Route 66.",
    "تبنى المجلس القرار رقم 2334 والقرار 242",
    "تنص المادة 5 على ذلك",
    "تبنى المجلس القرار 2334 وفق المادة 5",
  ]

  /// A count before a hyphenated model number is not a space-grouped thousand.
  @Test func countBeforeAModelNumber() {
    let found = Self.facts("The carrier flies 4 777-300 planes and 1 400 staff.")
    #expect(found.contains { $0.text == "4" && $0.fact.value == 4 })
    #expect(!found.contains { $0.fact.value == 4777 })
    #expect(found.contains { $0.fact.value == 1400 })
  }

  /// A designation does not swallow the figures around it.
  @Test func designationsLeaveTheirNeighbours() {
    let found = Self.facts("The airline ordered 20 Boeing 737 jets in 2019.")
    #expect(found.contains { $0.text == "20" })
    #expect(found.contains { $0.text == "2019" })
    #expect(!found.contains { $0.text.contains("737") })
  }

  @Test func codesLeaveMoneyAndYears() {
    let found = Self.facts("Sales hit USD100 million by Mid-2025.")
    #expect(found.contains { $0.fact.type == .money && $0.text == "USD100 million" })
    #expect(found.contains { $0.fact.type == .date && $0.text == "Mid-2025" })
  }

  @Test(arguments: noFigures) func noFigureHere(_ text: String) {
    let found = Self.facts(text).filter { [.number, .count, .percent, .range, .money].contains($0.fact.type) }
    #expect(found.isEmpty, "unexpected \(found.map { "\($0.fact.type) \($0.text)" })")
  }

  /// Figures may stand here, but no fraction, decimal, bound or range.
  static let noBounds: [String] = [
    "At one point 77 protesters were held.",
    "Sales rose in the first half of 2025.",
    "The percentage of 18-year-olds who vote fell.",
    "Stock fell in 2020 and more recently too.",
    "Call +1-222-333-4444 now.",
    "Results =>30 and <>40 were odd.",
    "Boeing's 7E7 will fly in 2008.",
    "The match ended 1-1 after extra time.",
  ]

  @Test(arguments: noBounds) func noBoundHere(_ text: String) {
    let found = Self.facts(text).filter {
      $0.fact.type == .range || $0.fact.type == .percent || $0.fact.hedge != nil
        || ($0.fact.value.map { $0 != $0.rounded() } ?? false)
    }
    #expect(found.isEmpty, "unexpected \(found.map { "\($0.fact.type) \($0.text)" })")
  }
}

import Testing

@testable import Facts
@testable import TextModel

/// One expected money or measure fact: the text it spans, its value and unit.
struct MoneyMeasureCase: CustomTestStringConvertible, Sendable {
  var input: String
  var type: FactType
  var text: String
  var value: Double
  var unit: String

  init(_ input: String, _ type: FactType, _ text: String, _ value: Double, _ unit: String) {
    self.input = input
    self.type = type
    self.text = text
    self.value = value
    self.unit = unit
  }

  var testDescription: String { input }
}

/// A sentence in which no fact of `type` may be found (with `text` when given).
struct NoFactCase: CustomTestStringConvertible, Sendable {
  var input: String
  var type: FactType
  var text: String?

  init(_ input: String, _ type: FactType, _ text: String? = nil) {
    self.input = input
    self.type = type
    self.text = text
  }

  var testDescription: String { input }
}

@Suite struct MoneyMeasureTests {
  static let arabicMoneyCases: [MoneyMeasureCase] = [
    .init("بلغت قيمة الصفقة 42 ريالاً قطرياً فقط", .money, "42 ريالاً قطرياً", 42, "QAR"),
    .init("دفع المستأجر 5 دنانير أردنية عن كل يوم", .money, "5 دنانير أردنية", 5, "JOD"),
    .init("ارتفع سعر السهم إلى 3 دولارات و25 سنتاً", .money, "3 دولارات و25 سنتاً", 3.25, "USD"),
    .init("يباع الكيس بسعر 7 ج.م في الأسواق", .money, "7 ج.م", 7, "EGP"),
    .init("تراجعت الليرة إلى 90 ألف ليرة لبنانية للدولار", .money, "90 ألف ليرة لبنانية", 90_000, "LBP"),
    .init("خصص البنك 12 مليون دينار كويتي للمشروع", .money, "12 مليون دينار كويتي", 12e6, "KWD"),
    .init("سعر التذكرة 40 شيقل", .money, "40 شيقل", 40, "ILS"),
    .init("حصل على دولارين فقط", .money, "دولارين", 2, "USD"),
    .init("تحت سبعة يورو للكيلو", .money, "تحت سبعة يورو", 7, "EUR"),
  ]

  static let arabicMeasuresCases: [MoneyMeasureCase] = [
    .init("اشترت لترين من الحليب", .measure, "لترين", 2, "l"),
    .init("شرب نصف لتر من الماء", .measure, "نصف لتر", 0.5, "l"),
    .init("يحتاج الخليط إلى لتر ونصف من الماء", .measure, "لتر ونصف", 1.5, "l"),
    .init("قطع العداء مسافة 12 كم في ساعة", .measure, "12 كم", 12, "km"),
    .init("سجلت الحرارة 45 درجة مئوية ظهراً", .measure, "45 درجة مئوية", 45, "C"),
    .init("بلغت سرعة الرياح 120 كم/س", .measure, "120 كم/س", 120, "km/h"),
    .init("يزن الطرد 3 كغ تقريباً", .measure, "3 كغ تقريباً", 3, "kg"),
    .init("تبلغ مساحة الأرض 500 متر مربع", .measure, "500 متر مربع", 500, "m2"),
    .init("ضبطت الشرطة 250 ملغ من المادة", .measure, "250 ملغ", 250, "mg"),
    .init("خزان يتسع 3 غالونات", .measure, "3 غالونات", 3, "gal"),
    .init("أنتجت المحطة 250 ميغاواط", .measure, "250 ميغاواط", 250, "MW"),
    .init("سعة القرص 2 تيرابايت", .measure, "2 تيرابايت", 2, "TB"),
    .init("اشترى كيلوغراماً من اللحم", .measure, "كيلوغراماً", 1, "kg"),
    .init("تنتج المزرعة كيلو غراما واحدا من الزعفران", .measure, "كيلو غراما", 1, "kg"),
  ]

  static let englishMoneyCases: [MoneyMeasureCase] = [
    .init("The court imposed a fine of RM 1,500 on the firm.", .money, "RM 1,500", 1500, "MYR"),
    .init("Sales reached MYR42 million last year.", .money, "MYR42 million", 42e6, "MYR"),
    .init("The ticket cost 20 dollars and 43 cents.", .money, "20 dollars and 43 cents", 20.43, "USD"),
    .init("It declared a 12-cent dividend.", .money, "12-cent", 0.12, "USD"),
    .init("They committed 30 MUSD to the plan.", .money, "30 MUSD", 30e6, "USD"),
    .init("The meal was billed at Rs. 450 per head.", .money, "Rs. 450", 450, "INR"),
    .init("He lent her 5 pounds for the bus.", .money, "5 pounds", 5, "GBP"),
    .init("A loan of 35 lakh rupees was approved.", .money, "35 lakh rupees", 3.5e6, "INR"),
    .init("Exports rose to 2.5 billion Kuwaiti dinars.", .money, "2.5 billion Kuwaiti dinars", 2.5e9, "KWD"),
    .init("The fee is 200 BGN a month.", .money, "200 BGN", 200, "BGN"),
    .init("Fares rose by a dollar this spring.", .money, "a dollar", 1, "USD"),
    .init("Coffee now costs 90¢ here.", .money, "90¢", 0.9, "USD"),
    .init("The town paid C$ 4 million for the bridge.", .money, "C$ 4 million", 4e6, "CAD"),
    .init("The watch sold for 3,000 Swiss francs.", .money, "3,000 Swiss francs", 3000, "CHF"),
  ]

  static let englishMeasuresCases: [MoneyMeasureCase] = [
    .init("She bought two pounds of sugar.", .measure, "two pounds", 2, "lb"),
    .init("The doorway is 7 feet 10 inches tall.", .measure, "7 feet 10 inches", 94, "in"),
    .init("He is 5 ft 2 in and quick.", .measure, "5 ft 2 in", 62, "in"),
    .init("The warehouse covers 2,400 m2 of land.", .measure, "2,400 m2", 2400, "m2"),
    .init("The train reached 180 km/h on the test track.", .measure, "180 km/h", 180, "km/h"),
    .init("Water was heated to 37°C before the test.", .measure, "37°C", 37, "C"),
    .init("Highs of 70 degrees Fahrenheit are expected.", .measure, "70 degrees Fahrenheit", 70, "F"),
    .init("They bought a 45-acre farm.", .measure, "45-acre", 45, "acre"),
    .init("Add half a gallon of milk.", .measure, "half a gallon", 0.5, "gal"),
    .init("The club has a 1/4 mile track.", .measure, "1/4 mile", 0.25, "mi"),
    .init("The line runs at 100 megabits.", .measure, "100 megabits", 100, "Mbit"),
    .init("The cellar holds 3 hectolitres of wine.", .measure, "3 hectolitres", 3, "hl"),
    .init("Each tablet holds 150 micrograms.", .measure, "150 micrograms", 150, "ug"),
    .init("The tank takes 20 (kg) of feed.", .measure, "20 (kg)", 20, "kg"),
    .init("Storms brought winds of 60 mph.", .measure, "60 mph", 60, "mph"),
    .init("Each bag holds a kg of rice.", .measure, "a kg", 1, "kg"),
    .init("The plant uses 4.2 TWh a year.", .measure, "4.2 TWh", 4.2, "TWh"),
    .init("The field produced 1.4 billion cubic feet of gas.", .measure, "1.4 billion cubic feet", 1.4e9, "ft3"),
  ]

  static let noFactsCases: [NoFactCase] = [
    .init("المنطقة مليئة بأكثر من 500 ألف لغم", .measure),
    .init("يباع بسعر 5 دولارات لكل كيلوغرام", .measure),
    .init("ارتفع سعر برميل النفط إلى 77 دولاراً", .measure),
    .init("قالت الخبيرة ويندي غرام إن السوق هادئ", .measure),
    .init("He ran a two-bit operation.", .measure),
    .init("Delegates met at COP 26 and later at COP27.", .money),
    .init("The site runs on PHP 8 and AMD 7 chips.", .money),
    .init("كم كيلومتراً قطعت؟ سأل كم مرة", .measure),
    .init("Sizes of 30 cm and 150 mm were tested.", .measure, "30 cm and 150 mm"),
    .init("بلغ سعر الصرف 3.75 للدولار", .money),
    .init("The 5G network reached 40 cities.", .measure),
    .init("Oil traded at $80 a barrel.", .measure),
    .init("Prices rose a bit more in May.", .measure),
    .init("Use the code 24703L202 at checkout.", .measure),
    .init("The team scored 2 in the first half.", .measure),
    .init("It was a ton of work.", .measure),
    .init("He has a TB test and an MI history.", .measure),
    .init("Seven of the 12 teams won 5 m games", .measure),
    .init("Rain fell 75 -300mm across the hills", .measure, "-300mm"),
  ]

  static func find(_ c: MoneyMeasureCase) -> (Fact?, [String]) {
    let (a, all) = facts(c.input)
    return (all.first { $0.type == c.type && spanText(a, $0) == c.text }, all.map { "\($0.type):\(spanText(a, $0))" })
  }

  static func expect(_ c: MoneyMeasureCase, sourceLocation: SourceLocation = #_sourceLocation) {
    let (f, all) = find(c)
    guard let f else {
      Issue.record("no \(c.type) fact '\(c.text)' in: \(all)", sourceLocation: sourceLocation)
      return
    }
    #expect(abs((f.value ?? .nan) - c.value) <= 1e-9 * max(1, abs(c.value)), sourceLocation: sourceLocation)
    #expect(f.unit == c.unit, sourceLocation: sourceLocation)
  }

  @Test(arguments: arabicMoneyCases) func arabicMoney(_ c: MoneyMeasureCase) { Self.expect(c) }
  @Test(arguments: arabicMeasuresCases) func arabicMeasures(_ c: MoneyMeasureCase) { Self.expect(c) }
  @Test(arguments: englishMoneyCases) func englishMoney(_ c: MoneyMeasureCase) { Self.expect(c) }
  @Test(arguments: englishMeasuresCases) func englishMeasures(_ c: MoneyMeasureCase) { Self.expect(c) }

  @Test(arguments: noFactsCases) func noFact(_ c: NoFactCase) {
    let (a, all) = facts(c.input)
    let hits = all.filter { $0.type == c.type && (c.text == nil || spanText(a, $0) == c.text) }
    #expect(hits.isEmpty, "\(hits.map { spanText(a, $0) })")
  }

  /// Units the extractor writes are the units rules compare: every symbol is known to
  /// `UnitTag.named` (checked in ExpressionsTests' terms: same dimension converts).
  @Test func rangesKeepTheirUnits() {
    let (a, all) = facts("Output grew from 10 to 20 tonnes, prices from 3 to 5 dollars.")
    let ranges = all.filter { $0.type == .range }.map { (spanText(a, $0), $0.unit) }
    #expect(ranges.contains { $0.0 == "from 10 to 20 tonnes" && $0.1 == "t" })
    #expect(ranges.contains { $0.0 == "from 3 to 5 dollars" && $0.1 == "USD" })
  }

  @Test func celsiusAndFahrenheitStayApart() {
    let (_, all) = facts("It was 30°C in Cairo and 86°F in Miami.")
    let units = all.filter { $0.type == .measure }.compactMap(\.unit)
    #expect(units == ["C", "F"])
  }
}

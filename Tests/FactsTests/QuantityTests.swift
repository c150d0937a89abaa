import Testing

@testable import Facts
@testable import TextModel

/// One expected fact: its type, the text it spans, value, interval and unit.
struct Expected: CustomTestStringConvertible, Sendable {
  var input: String
  var type: FactType
  var text: String
  var value: Double?
  var low: Double?
  var high: Double?
  var lowInclusive = true
  var highInclusive = false
  var unit: String?
  var hedge: Hedge?

  var testDescription: String { input }
}

func facts(_ text: String, options: ExtractionOptions = ExtractionOptions()) -> (Analysis, [Fact]) {
  let a = FactExtractor(options: options).analyze(Document(id: "t", text: text))
  return (a, a.facts)
}

func spanText(_ a: Analysis, _ f: Fact) -> String {
  String(decoding: Array(a.document.text.utf8)[f.span], as: UTF8.self)
}

func check(_ e: Expected, lenient: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
  let (a, all) = facts(e.input)
  // Variants insert marks that normalisation drops; compare without them.
  func same(_ x: String, _ y: String) -> Bool {
    lenient ? NormalizedText.clean(Substring(x)) == NormalizedText.clean(Substring(y)) : x == y
  }
  let match = all.first { $0.type == e.type && same(spanText(a, $0), e.text) }
  guard let f = match else {
    Issue.record(
      "no \(e.type) fact '\(e.text)' in: \(all.map { "\($0.type):\(spanText(a, $0))" })",
      sourceLocation: sourceLocation)
    return
  }
  #expect(f.value == e.value, sourceLocation: sourceLocation)
  if let low = e.low { #expect(abs(f.interval.low - low) < 1e-6, "low", sourceLocation: sourceLocation) }
  if e.low == nil { #expect(f.interval.low <= 0 || !f.interval.low.isFinite, sourceLocation: sourceLocation) }
  if let high = e.high {
    #expect(abs(f.interval.high - high) < 1e-6, "high", sourceLocation: sourceLocation)
  } else {
    #expect(f.interval.high == .infinity, sourceLocation: sourceLocation)
  }
  #expect(f.interval.lowInclusive == e.lowInclusive, sourceLocation: sourceLocation)
  #expect(f.interval.highInclusive == e.highInclusive, sourceLocation: sourceLocation)
  #expect(f.unit.map { NormalizedText.clean(Substring($0)) } == e.unit, sourceLocation: sourceLocation)
  #expect(f.hedge == e.hedge, sourceLocation: sourceLocation)
}

@Suite struct QuantityTests {
  static let arabic: [Expected] = [
    Expected(
      input: "احتجزت السلطات حوالي 73 ألف شخص في يناير", type: .count, text: "حوالي 73 ألف شخص",
      value: 73000, low: 69350, high: 76650, highInclusive: true, unit: "شخص", hedge: .about),
    Expected(
      input: "عندما كان العدد أقل من 40 ألفاً.", type: .number, text: "أقل من 40 ألفاً", value: 40000,
      low: 0, high: 40000, hedge: .lessThan),
    Expected(input: "ارتفع بنسبة 84% خلال عام", type: .percent, text: "84%", value: 84, low: 83.5, high: 84.5),
    Expected(
      input: "ارتفع 12.5 بالمئة", type: .percent, text: "12.5 بالمئة", value: 12.5, low: 12.45, high: 12.55),
    Expected(input: "زاد 7 في المائة", type: .percent, text: "7 في المائة", value: 7, low: 6.5, high: 7.5),
    Expected(input: "بلغت النسبة %45 تقريباً", type: .percent, text: "%45 تقريباً", value: 45, low: 42.75, high: 47.25, highInclusive: true, hedge: .about),
    Expected(
      input: "تراجع المؤشر 1.5 نقطة مئوية", type: .percentagePoints, text: "1.5 نقطة مئوية", value: 1.5,
      low: 1.45, high: 1.55),
    Expected(
      input: "تضاعف الحجم بأكثر من 3 أضعاف", type: .multiplier, text: "بأكثر من 3 أضعاف", value: 3, low: 3,
      high: nil, lowInclusive: false, hedge: .moreThan),
    Expected(input: "زاد 4 مرات", type: .multiplier, text: "4 مرات", value: 4, low: 3.5, high: 4.5),
    Expected(
      input: "وصل إلى ما يقرب من 1400 تيرابايت", type: .measure, text: "ما يقرب من 1400 تيرابايت",
      value: 1400, low: 1330, high: 1400, highInclusive: true, unit: "TB", hedge: .nearly),
    Expected(
      input: "زيادة بلغت 75 مليار دولار", type: .money, text: "75 مليار دولار", value: 75e9, low: 74.5e9,
      high: 75.5e9, unit: "USD"),
    Expected(input: "دفع 300 ريال", type: .money, text: "300 ريال", value: 300, low: 299.5, high: 300.5, unit: "SAR"),
    Expected(input: "بقيمة 20 جنيه إسترليني", type: .money, text: "20 جنيه إسترليني", value: 20, low: 19.5, high: 20.5, unit: "GBP"),
    Expected(input: "خلال 23 عاماً", type: .duration, text: "23 عاماً", value: 23, low: 22.5, high: 23.5, unit: "year"),
    Expected(input: "قبل 6 أشهر", type: .duration, text: "6 أشهر", value: 6, low: 5.5, high: 6.5, unit: "month"),
    Expected(input: "نقل 8 رجال إلى المطار", type: .count, text: "8 رجال", value: 8, low: 8, high: 8, highInclusive: true, unit: "رجال"),
    Expected(input: "أطلق سراح الرجال الـ8 لاحقاً", type: .count, text: "الرجال الـ8", value: 8, low: 7.5, high: 8.5, unit: "رجال"),
    Expected(input: "خلال الأشهر الـ6 الماضية", type: .duration, text: "الأشهر الـ6", value: 6, low: 5.5, high: 6.5, unit: "month"),
    Expected(input: "تم تسيير رحلتين فقط", type: .count, text: "رحلتين", value: 2, low: 2, high: 2, highInclusive: true, unit: "رحلة"),
    Expected(input: "استمر عامين", type: .duration, text: "عامين", value: 2, low: 2, high: 2, highInclusive: true, unit: "year"),
    Expected(input: "يضم 70 ألف محتجز", type: .count, text: "70 ألف محتجز", value: 70000, low: 69500, high: 70500, unit: "محتجز"),
    Expected(
      input: "متجاوزاً 70 ألفاً لأول مرة", type: .number, text: "متجاوزاً 70 ألفاً", value: 70000, low: 70000,
      high: nil, lowInclusive: false, hedge: .moreThan),
    Expected(input: "لا يقل عن 5 ملايين", type: .number, text: "لا يقل عن 5 ملايين", value: 5e6, low: 5e6, high: nil, hedge: .atLeast),
    Expected(input: "ما يصل إلى 100 ألف", type: .number, text: "ما يصل إلى 100 ألف", value: 1e5, low: 0, high: 1e5, highInclusive: true, hedge: .atMost),
    Expected(input: "سعر البرميل 5ر64 دولار", type: .money, text: "5ر64 دولار", value: 64.5, low: 64.45, high: 64.55, unit: "USD"),
    Expected(input: "حجم 0.4 بيتابايت", type: .measure, text: "0.4 بيتابايت", value: 0.4, low: 0.35, high: 0.45, unit: "PB"),
    Expected(input: "وزنها 12 طناً", type: .measure, text: "12 طناً", value: 12, low: 11.5, high: 12.5, unit: "t"),
    Expected(input: "مساحة 40 كيلومتر مربع", type: .measure, text: "40 كيلومتر مربع", value: 40, low: 39.5, high: 40.5, unit: "km2"),
    Expected(input: "عددهم بين 10 و20 شخصاً", type: .range, text: "بين 10 و20 شخصاً", value: nil, low: 10, high: 20, highInclusive: true, unit: "شخصا"),
    Expected(input: "نمو من 3 إلى 5 ملايين", type: .range, text: "من 3 إلى 5 ملايين", value: nil, low: 3e6, high: 5e6, highInclusive: true),
  ]

  static let english: [Expected] = [
    Expected(
      input: "Detentions reached about 73 thousand people.", type: .count, text: "about 73 thousand people",
      value: 73000, low: 69350, high: 76650, highInclusive: true, unit: "people", hedge: .about),
    Expected(input: "up 84% from a year earlier", type: .percent, text: "84%", value: 84, low: 83.5, high: 84.5),
    Expected(input: "rose 2.5 percent", type: .percent, text: "2.5 percent", value: 2.5, low: 2.45, high: 2.55),
    Expected(input: "fell 3 per cent", type: .percent, text: "3 per cent", value: 3, low: 2.5, high: 3.5),
    Expected(input: "up 4.1 pct", type: .percent, text: "4.1 pct", value: 4.1, low: 4.05, high: 4.15),
    Expected(input: "a drop of 1.1 percentage points", type: .percentagePoints, text: "1.1 percentage points", value: 1.1, low: 1.05, high: 1.15),
    Expected(input: "grew more than 3 times", type: .multiplier, text: "more than 3 times", value: 3, low: 3, high: nil, lowInclusive: false, hedge: .moreThan),
    Expected(input: "a 5-fold rise", type: .multiplier, text: "5-fold", value: 5, low: 4.5, high: 5.5),
    Expected(input: "profit of $1.2bn in", type: .money, text: "$1.2bn", value: 1.2e9, low: 1.15e9, high: 1.25e9, unit: "USD"),
    Expected(input: "cost £600m last", type: .money, text: "£600m", value: 6e8, low: 5.995e8, high: 6.005e8, unit: "GBP"),
    Expected(input: "sold for 15 mln dlrs", type: .money, text: "15 mln dlrs", value: 15e6, low: 14.5e6, high: 15.5e6, unit: "USD"),
    Expected(input: "costs US$ 40 today", type: .money, text: "US$ 40", value: 40, low: 39.5, high: 40.5, unit: "USD"),
    Expected(input: "worth 2 billion euros", type: .money, text: "2 billion euros", value: 2e9, low: 1.5e9, high: 2.5e9, unit: "EUR"),
    Expected(input: "stored nearly 1,400 TB of data", type: .measure, text: "nearly 1,400 TB", value: 1400, low: 1330, high: 1400, highInclusive: true, unit: "TB", hedge: .nearly),
    Expected(input: "a 40 km road", type: .measure, text: "40 km", value: 40, low: 39.5, high: 40.5, unit: "km"),
    Expected(input: "the agency's 23-year history", type: .duration, text: "23-year", value: 23, low: 22.5, high: 23.5, unit: "year"),
    Expected(input: "for 6 months", type: .duration, text: "6 months", value: 6, low: 5.5, high: 6.5, unit: "month"),
    Expected(input: "some 12,000 students", type: .count, text: "some 12,000 students", value: 12000, low: 11400, high: 12600, highInclusive: true, unit: "students", hedge: .about),
    Expected(input: "into 3 main divisions:", type: .count, text: "3 main divisions", value: 3, low: 3, high: 3, highInclusive: true, unit: "divisions"),
    Expected(input: "less than 40,000 a year earlier", type: .number, text: "less than 40,000", value: 40000, low: 0, high: 40000, hedge: .lessThan),
    Expected(input: "but 40 weren't counted", type: .number, text: "40", value: 40, low: 39.5, high: 40.5),
    Expected(input: "at least 250 injured", type: .count, text: "at least 250 injured", value: 250, low: 250, high: nil, unit: "injured", hedge: .atLeast),
    Expected(input: "up to 100,000 detainees", type: .count, text: "up to 100,000 detainees", value: 1e5, low: 0, high: 1e5, highInclusive: true, unit: "detainees", hedge: .atMost),
    Expected(input: "the 21st annual", type: .ordinal, text: "21st", value: 21, low: 20.5, high: 21.5),
    Expected(input: "between 3 and 5 million people", type: .range, text: "between 3 and 5 million people", value: nil, low: 3e6, high: 5e6, highInclusive: true, unit: "people"),
    Expected(input: "1 400 tonnes", type: .measure, text: "1 400 tonnes", value: 1400, low: 1399.5, high: 1400.5, unit: "t"),
    Expected(input: "fell to -3.2% in", type: .percent, text: "-3.2%", value: -3.2, low: -3.25, high: -3.15),
  ]

  @Test(arguments: arabic) func arabicFacts(_ e: Expected) { check(e) }
  @Test(arguments: english) func englishFacts(_ e: Expected) { check(e) }

  /// Each Arabic case again with Arabic-Indic and Persian digits, tatweel, harakat and bidi marks.
  @Test(arguments: arabic) func arabicVariants(_ e: Expected) {
    for variant in [Variant.arabicIndic, .persian, .tatweel, .harakat, .bidi] {
      var v = e
      v.input = variant.apply(e.input)
      v.text = variant.apply(e.text)
      check(v, lenient: true)
    }
  }

  @Test func yearsStayNumbers() {
    let (_, all) = facts("سجل الرقم 2003 فقط")
    #expect(all.count == 1)
    #expect(all.first?.type == .number)
    #expect(all.first?.interval == .point(2003))
  }

  @Test func dotThousandsWhereTheTextUsesThem() {
    let (_, all) = facts("Exports reached 1.400.000 units, up from 1.250 units.")
    #expect(all.map(\.value) == [1_400_000, 1250])
    let (_, plain) = facts("The rate was 1.400 on Monday.")
    #expect(plain.first?.value == 1.4)
    #expect(plain.first?.precision == 0.001)
  }

  @Test func trailingZeroesKeepPrecision() {
    let (_, all) = facts("sales of 1.40 million units")
    #expect(all.first?.precision == 10_000)
    #expect(all.first?.interval == Interval(low: 1_395_000, high: 1_405_000, lowInclusive: true, highInclusive: false))
  }

  @Test func listMarkersAreNotFacts() {
    let (_, all) = facts("تنقسم إلى 3 أقسام:\n1. الأول\n2. الثاني\n3. الثالث")
    #expect(all.filter { $0.type == .number }.isEmpty)
    let list = all.first { $0.type == .list }
    #expect(list?.value == 3)
    #expect(list?.items?.count == 3)
  }

  @Test func truncationPolicyWidensUpward() {
    let policy = IntervalPolicy(allowTruncation: true)
    #expect(policy.interval(value: 73000, precision: 1000, hedge: nil).high == 74000)
    #expect(IntervalPolicy().interval(value: 73000, precision: 1000, hedge: nil).high == 73500)
    #expect(IntervalPolicy(about: 0.1).interval(value: 100, precision: 1, hedge: .about) == Interval(low: 90, high: 110))
  }
}

enum Variant {
  case arabicIndic, persian, tatweel, harakat, bidi

  func apply(_ s: String) -> String {
    switch self {
    case .arabicIndic: return digits(s, base: 0x0660)
    case .persian: return digits(s, base: 0x06F0)
    case .tatweel:
      // After the first letter of long Arabic words, as in display-justified text.
      var out = ""
      var previous: Character?
      for c in s {
        out.append(c)
        if let p = previous, p.isLetter, c.isLetter, c.unicodeScalars.first!.value >= 0x0628,
          c.unicodeScalars.first!.value <= 0x063A, !"اأإآدذرزوؤءة".contains(c)
        {
          out.append("\u{0640}")
        }
        previous = c
      }
      return out
    case .harakat:
      return String(s.flatMap { c -> [Character] in
        c.unicodeScalars.first.map { $0.value >= 0x0621 && $0.value <= 0x064A } == true ? [c, "\u{064E}"] : [c]
      })
    case .bidi:
      return "\u{200F}" + s.split(separator: " ", omittingEmptySubsequences: false).joined(separator: " \u{200E}") + "\u{200F}"
    }
  }

  private func digits(_ s: String, base: UInt32) -> String {
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars {
      if u.value >= 0x30 && u.value <= 0x39 {
        out.append(Unicode.Scalar(base + u.value - 0x30)!)
      } else if u == "." && base == 0x0660 {
        out.append("\u{066B}")
      } else {
        out.append(u)
      }
    }
    return String(out)
  }
}

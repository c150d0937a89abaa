import Facts
import TextModel
import Testing

/// Numbers and ordinals written in words, read through the whole extractor.
struct NumberWordsTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var type: FactType
    var value: Double
    /// The fact's text, exactly as it stands in `text`.
    var span: String
    var testDescription: String { "\(span) → \(value)" }

    init(_ text: String, _ type: FactType, _ value: Double, _ span: String) {
      self.text = text
      self.type = type
      self.value = value
      self.span = span
    }
  }

  static let extractor = FactExtractor()

  static func facts(_ text: String) -> [(fact: Fact, text: String)] {
    let analysis = extractor.analyze(Document(id: "t", text: text))
    let bytes = Array(text.utf8)
    return analysis.facts.map { ($0, String(decoding: bytes[$0.span], as: UTF8.self)) }
  }

  static func check(_ c: Case) {
    let found = facts(c.text)
    let hit = found.first { $0.text == c.span }
    #expect(hit != nil, "no fact spans «\(c.span)» in «\(c.text)»; found \(found.map { "\($0.text)=\($0.fact.value ?? .nan)" })")
    guard let hit else { return }
    #expect(hit.fact.type == c.type)
    #expect(hit.fact.value == c.value)
  }

  // MARK: Arabic cardinals

  static let arabic: [Case] = [
    Case("قتل ثلاثة وعشرون شخصا في الانفجار", .count, 23, "ثلاثة وعشرون شخصا"),
    Case("سجلت الوزارة ثلاثة وعشرين إصابة جديدة", .count, 23, "ثلاثة وعشرين إصابة"),
    Case("شاركت خمس وأربعون دولة في القمة", .count, 45, "خمس وأربعون دولة"),
    Case("وصل عدد المصابين إلى خمسمئة في المساء", .number, 500, "خمسمئة"),
    Case("باع التاجر ألفين من الرؤوس", .number, 2000, "ألفين"),
    Case("شارك ألفان من المتطوعين", .number, 2000, "ألفان"),
    Case("بلغت الحصيلة مائتين وخمسة من الضحايا", .number, 205, "مائتين وخمسة"),
    Case("أنفقت البلدية ثلاثمائة ألف على الطرق", .number, 300_000, "ثلاثمائة ألف"),
    Case("أعيد بناء ثلاث مئة منزل في القرية", .count, 300, "ثلاث مئة منزل"),
    Case("عاد أحد عشر ألفا إلى قراهم", .number, 11_000, "أحد عشر ألفا"),
    Case("حضر اثنا عشر من الوزراء", .number, 12, "اثنا عشر"),
    Case("استقبل المستشفى اثنتي عشرة حالة", .count, 12, "اثنتي عشرة حالة"),
    Case("اشترت الشركة عشرة آلاف من الأجهزة", .number, 10_000, "عشرة آلاف"),
    Case("وقع مئة وخمسون ألفا على العريضة", .number, 150_000, "مئة وخمسون ألفا"),
    Case("وزعت الجمعية مئتي ألف على الأسر", .number, 200_000, "مئتي ألف"),
    Case("تبلغ الميزانية مليون وخمسمئة ألف في العام", .number, 1_500_000, "مليون وخمسمئة ألف"),
    Case("نزح ثلاثة ملايين من سكان الإقليم", .number, 3_000_000, "ثلاثة ملايين"),
    Case("رصد التقرير سبعة عشر في المدينة", .number, 17, "سبعة عشر"),
    Case("عدد الأعضاء ثمانية وتسعون في المجلس", .number, 98, "ثمانية وتسعون"),
    Case(
      "تضم القائمة تسعمئة وتسعة وتسعين ألفاً وتسعمئة وتسعة وتسعين اسما", .count, 999_999,
      "تسعمئة وتسعة وتسعين ألفاً وتسعمئة وتسعة وتسعين اسما"),
    Case("كانت النتيجة صفر في الشوط الأول", .number, 0, "صفر"),
    Case("قدرت الخسائر بخمسة مليارات دولار", .money, 5e9, "بخمسة مليارات دولار"),
    Case("ثم وصل وثلاثة من زملائه", .number, 3, "وثلاثة"),
    Case("مر ستة و عشرين من الجنود عبر الحاجز", .number, 26, "ستة و عشرين"),
    Case("أكد المتحدث أن مئة ألف من السكان غادروا", .number, 100_000, "مئة ألف"),
    Case("سقط أكثر من خمسين من الجنود", .number, 50, "أكثر من خمسين"),
    Case("يسكن المدينة مليون من البشر", .number, 1_000_000, "مليون"),
    Case("ارتفعت الأسعار خمسة في المئة", .percent, 5, "خمسة في المئة"),
    // Harakat, tanween and tatweel are not part of the words.
    Case("قُتِلَ ثَلَاثَةٌ وَعِشْرُونَ مَدَنِيًّا", .count, 23, "ثَلَاثَةٌ وَعِشْرُونَ مَدَنِيًّا"),
    Case("وصلت ثلاثــة آلاف من الخيام", .number, 3000, "ثلاثــة آلاف"),
    Case("أُصِيبَ خَمْسَةَ عَشَر مِنَ الْمَارَّةِ", .number, 15, "خَمْسَةَ عَشَر"),
    Case("تراجع الدخل بأربعمائة وعشرين من الدنانير", .number, 420, "بأربعمائة وعشرين"),
    // A half of the scale, or of the number before a scale.
    Case("يعمل في القطاع مليون ونصف من الموظفين", .number, 1_500_000, "مليون ونصف"),
    Case("زار المعرض مليونين ونصف المليون من الزوار", .number, 2_500_000, "مليونين ونصف المليون"),
    Case("رصدت الحكومة ثلاثة ونصف مليون من أجل الإعمار", .number, 3_500_000, "ثلاثة ونصف مليون"),
    Case("استغرقت الرحلة خمسة ونصف في المتوسط", .number, 5.5, "خمسة ونصف"),
    // Egyptian forms.
    Case("جه حداشر من الشباب", .number, 11, "حداشر"),
    Case("الكتاب بخمسمية وعشرين جنيه", .money, 520, "بخمسمية وعشرين جنيه"),
    Case("دفعنا تلتمية خمسة وعشرين على الأكل", .number, 325, "تلتمية خمسة وعشرين"),
  ]

  @Test(arguments: arabic)
  func arabicCardinals(_ c: Case) { Self.check(c) }

  // MARK: English cardinals

  static let english: [Case] = [
    Case("Twenty-three people were rescued overnight.", .count, 23, "Twenty-three people"),
    Case("The council approved one hundred and five of them.", .number, 105, "one hundred and five"),
    Case(
      "Officials counted two million three hundred thousand of the ballots.", .number, 2_300_000,
      "two million three hundred thousand"),
    Case("A hundred and twenty of the boats sank.", .number, 120, "A hundred and twenty"),
    Case("Police arrested twenty three of the suspects.", .number, 23, "twenty three"),
    Case("The fund paid three thousand four hundred dollars.", .money, 3400, "three thousand four hundred dollars"),
    Case("Nineteen of the players were injured.", .number, 19, "Nineteen"),
    Case("Turnout fell forty-two percent in the north.", .percent, 42, "forty-two percent"),
    Case("The score was zero at halftime.", .number, 0, "zero"),
    Case(
      "They found seven hundred twenty-one thousand and twelve of them.", .number, 721_012,
      "seven hundred twenty-one thousand and twelve"),
    Case("One of the ten men escaped.", .number, 1, "One"),
    Case("Only ten men escaped.", .count, 10, "ten men"),
    Case("She sold two dozen of the eggs.", .number, 24, "two dozen"),
    Case("They packed three hundred and two dozen of the eggs.", .number, 324, "three hundred and two dozen"),
    Case("They packed three hundred dozen of the eggs.", .number, 3600, "three hundred dozen"),
    Case("Nineteen hundred of the workers struck.", .number, 1900, "Nineteen hundred"),
    Case("It lasted twenty-five-year-old records.", .duration, 25, "twenty-five-year"),
    Case("Some three thousand and six of the homes lost power.", .number, 3006, "Some three thousand and six"),
    Case("He owes sixty-seven million to the bank.", .number, 67_000_000, "sixty-seven million"),
    Case("Some two million and a half of the residents fled.", .number, 2_500_000, "Some two million and a half"),
    Case("Nearly five and a half million of them voted.", .number, 5_500_000, "Nearly five and a half million"),
    Case("Growth was one and a half in the end.", .number, 1.5, "one and a half"),
  ]

  @Test(arguments: english)
  func englishCardinals(_ c: Case) { Self.check(c) }

  // MARK: ordinals

  static let ordinals: [Case] = [
    Case("انطلقت الدورة الحادي والعشرون للمهرجان", .ordinal, 21, "الحادي والعشرون"),
    Case("عقدت الجلسة الحادية والعشرين أمس", .ordinal, 21, "الحادية والعشرين"),
    Case("شهد القرن العشرين حربين", .ordinal, 20, "العشرين"),
    Case("فاز الفريق بالمركز الثالث", .ordinal, 3, "الثالث"),
    Case("It was the club's thirtyfirst title.", .ordinal, 31, "thirtyfirst"),
    Case("It was the club's forty—second title.", .ordinal, 42, "forty—second"),
    Case("احتفلت الجامعة بالذكرى المئة لتأسيسها", .ordinal, 100, "المئة"),
    Case("احتفلت البلدة بالذكرى المائة", .ordinal, 100, "المائة"),
    Case("أحيت المدينة الذكرى المئة والخمسين لتأسيسها", .ordinal, 150, "المئة والخمسين"),
    Case("صدر العدد المئة والثالث والعشرون من المجلة", .ordinal, 123, "المئة والثالث والعشرون"),
    Case("عقدت الدورة المئة والحادية عشرة للمجلس", .ordinal, 111, "المئة والحادية عشرة"),
    Case("فاز للمرة الثانية على التوالي", .ordinal, 2, "الثانية"),
    Case("تقام المباراة في الساعة الحادية عشرة", .ordinal, 11, "الحادية عشرة"),
    Case("يسكن في الطابق التاسع عشر", .ordinal, 19, "التاسع عشر"),
    Case("وصل في اليوم الخامس و العشرين", .ordinal, 25, "الخامس و العشرين"),
    Case("وقع ذلك في اليوم الواحد والثلاثين", .ordinal, 31, "الواحد والثلاثين"),
    Case("هذه أول زيارة له", .ordinal, 1, "أول"),
    Case("جاءت في المرتبة الأُولَى", .ordinal, 1, "الأُولَى"),
    Case("تعد ثاني أكبر مدينة", .ordinal, 2, "ثاني"),
    Case("انتهت الجولة العاشرة بالتعادل", .ordinal, 10, "العاشرة"),
    Case("بدأ الموسم الثالث عشر", .ordinal, 13, "الثالث عشر"),
    Case("وصلت الرحلة السابعــة", .ordinal, 7, "السابعــة"),
    Case("The twenty-first century began.", .ordinal, 21, "twenty-first"),
    Case("On the first day nothing moved.", .ordinal, 1, "first"),
    Case("She celebrated her ninetieth birthday.", .ordinal, 90, "ninetieth"),
    Case("It was the twenty first attempt.", .ordinal, 21, "twenty first"),
    Case("The one hundred twenty-fifth anniversary fell on Monday.", .ordinal, 125, "one hundred twenty-fifth"),
    Case("The town marked its two hundredth year.", .ordinal, 200, "two hundredth"),
    Case("He finished eleventh in the race.", .ordinal, 11, "eleventh"),
    Case("The second round starts later.", .ordinal, 2, "second"),
    Case("It was a first for the club.", .ordinal, 1, "first"),
    Case("حل في المركز الثان عشر", .ordinal, 12, "الثان عشر"),
  ]

  @Test(arguments: ordinals)
  func ordinalWords(_ c: Case) { Self.check(c) }

  // MARK: what is not a number

  /// Sentences with no number, count or ordinal in them. (Fractions such as "a third of
  /// voters" are numbers below one: NumberFormsTests.)
  static let negatives: [String] = [
    "No one was hurt in the blast.",
    "Someone called the police.",
    "Anyone can apply.",
    "The one who left never returned.",
    "They blamed one another.",
    "قال أحد المسؤولين إن الوضع هادئ",
    "زارت إحدى الدول المجاورة",
    "لست أدري ما حدث",
    "تحدث كل واحد منهم",
    "تأسس في كانون الأول",
    "خرج آلاف المتظاهرين إلى الشوارع",
    "Thousands of people marched.",
    "Show me the last one please.",
    "No-one answered the phone.",
    "أي واحد تفضل؟",
    "He waited a second at the door.",
  ]

  @Test(arguments: negatives)
  func notNumbers(_ text: String) {
    let found = Self.facts(text).filter { [.number, .count, .ordinal].contains($0.fact.type) }
    #expect(found.isEmpty, "unexpected \(found.map { "\($0.fact.type) \($0.text)" })")
  }

  // MARK: where one number ends and the next begins

  struct Split: Sendable, CustomTestStringConvertible {
    var text: String
    var parts: [(String, Double)]
    var testDescription: String { text }
  }

  static let splits: [Split] = [
    Split(text: "Between one hundred and two hundred people", parts: [("one hundred", 100), ("two hundred people", 200)]),
    Split(text: "بين ثلاثة وخمسة من الجرحى", parts: [("ثلاثة", 3), ("وخمسة", 5)]),
    Split(text: "بين ثلاثين وأربعين من العمال", parts: [("ثلاثين", 30), ("وأربعين", 40)]),
    Split(text: "بين مئة ومئتين من الزوار", parts: [("مئة", 100), ("ومئتين", 200)]),
    Split(text: "between three and five of them", parts: [("three", 3), ("five", 5)]),
  ]

  @Test(arguments: splits)
  func numbersStayApart(_ s: Split) {
    let found = Self.facts(s.text)
    for (span, value) in s.parts {
      #expect(
        found.contains { $0.text == span && $0.fact.value == value },
        "no «\(span)» = \(value); found \(found.map { "\($0.text)=\($0.fact.value ?? .nan)" })")
    }
  }
}

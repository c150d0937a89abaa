/// Arabic scale words, hedges, percent words, multipliers, currencies, units and durations.
let arabicQuantities: [(String, Lex)] = {
  var e: [(String, Lex)] = []
  func add(_ words: [String], _ lex: Lex) { for w in words { e.append((w, lex)) } }

  // Scales, with their accusative, plural and dual forms.
  add(["ألف", "ألفاً", "آلاف", "ألوف"], .scale(1e3))
  add(["ألفان", "ألفين"], .scaleDual(1e3))
  add(["مليون", "مليوناً", "ملايين"], .scale(1e6))
  add(["مليونان", "مليونين"], .scaleDual(1e6))
  add(["مليار", "ملياراً", "مليارات", "بليون", "بليوناً", "بلايين"], .scale(1e9))
  add(["ملياران", "مليارين", "بليونان", "بليونين"], .scaleDual(1e9))
  add(["تريليون", "تريليوناً", "تريليونات", "ترليون", "ترليونات"], .scale(1e12))
  add(["تريليونان", "تريليونين"], .scaleDual(1e12))

  // Percentages and percentage points.
  add(
    ["بالمئة", "بالمائة", "في المئة", "في المائة", "بالمئه", "في المية", "بالمية"],
    .percentWord)
  add(["نقطة مئوية", "نقاط مئوية", "نقطتين مئويتين", "نقطتان مئويتان"], .percentagePointWord)
  add(["نقطة", "نقاط"], .pointWord)

  // Hedges: the figure that follows is approximate or a bound.
  add(["حوالي", "حوالى", "نحو", "زهاء", "قرابة", "تقريباً", "قرابه", "ما يقارب", "ما يناهز", "يناهز", "بحدود", "في حدود"], .hedge(.about))
  add(["ما يقرب من", "ما يقارب من", "يقرب من", "تقترب من", "يقارب", "قرابة"], .hedge(.nearly))
  add(
    [
      "أكثر من", "ما يزيد على", "ما يزيد عن", "يزيد على", "يزيد عن", "متجاوزاً", "متجاوزا", "يتجاوز",
      "تتجاوز", "تجاوز", "يفوق", "تفوق", "ما يفوق", "فوق", "أزيد من", "ما يربو على", "يربو على",
      "أعلى من", "أكبر من",
    ], .hedge(.moreThan))
  add(
    [
      "لا يقل عن", "لا تقل عن", "على الأقل", "ما لا يقل عن", "أعلى من أو يساوي", "أكبر من أو يساوي",
      "أكثر من أو يساوي", "أعلى أو يساوي", "أكبر أو يساوي", "يساوي أو يزيد على", "يساوي أو يزيد عن",
    ], .hedge(.atLeast))
  add(
    ["أقل من", "دون", "ما دون", "لا يتجاوز", "لا تتجاوز", "لم يتجاوز", "لم تتجاوز", "أدنى من", "أصغر من", "أخفض من", "تحت"],
    .hedge(.lessThan))
  add(
    [
      "أقل من أو يساوي", "أصغر من أو يساوي", "أدنى من أو يساوي", "أخفض من أو يساوي", "أقل أو يساوي",
      "أصغر أو يساوي", "أخفض أو يساوي", "أدنى أو يساوي", "يساوي أو يقل عن",
    ], .hedge(.atMost))
  add(
    ["لا يزيد على", "لا يزيد عن", "لا تزيد على", "لا تزيد عن", "ما يصل إلى", "ما يصل الى", "حتى", "على الأكثر", "بحد أقصى"],
    .hedge(.atMost))

  // "تحت سبعة يورو": under, before a figure only.
  add(["تحت"], .hedge(.lessThan))

  // Multiples.
  add(["أضعاف", "مرات", "مرة", "ضعفا", "أضعافاً"], .multiplier(.times))
  // "ضاعف/ضاعفت" (multiplied) take a multiple after them; only the intransitive forms say "doubled".
  add(["ضعف", "الضعف", "تضاعف", "تضاعفت", "مرتين"], .multiplier(.fixed(2)))
  add(["ضعفين", "ضعفان"], .multiplier(.range(2, 3)))

  // Currencies. A bare جنيه is Egyptian, a bare ريال Saudi; a following adjective names the
  // country ("ريالات قطرية", "دنانير أردنية", "ليرة لبنانية").
  let dollar = ["دولار", "دولاراً", "دولارات", "دولارا"]
  let pound = ["جنيه", "جنيهات", "جنيهاً", "جنيها"]
  let riyal = ["ريال", "ريالات", "ريالاً", "ريالا"]
  let dinar = ["دينار", "دنانير", "ديناراً", "دينارا"]
  let dirham = ["درهم", "دراهم", "درهماً", "درهما"]
  let lira = ["ليرة", "ليرات"]
  add(dollar, .currency("USD"))
  add(["يورو", "أورو"], .currency("EUR"))
  add(pound, .currency("EGP"))
  add(["إسترليني", "استرليني"], .currency("GBP"))
  add(riyal, .currency("SAR"))
  add(["تومان"], .currency("IRR"))
  add(dirham, .currency("AED"))
  add(dinar, .currency("DINAR"))
  add(lira, .currency("LIRA"))
  add(["شيكل", "شيقل", "شواكل", "شواقل", "شيكلاً", "شيكلا"], .currency("ILS"))
  add(["ين"], .currency("JPY"))
  add(["يوان", "رنمينبي"], .currency("CNY"))
  add(["روبل", "روبلات"], .currency("RUB"))
  add(["روبية", "روبيات"], .currency("INR"))
  add(["فرنك", "فرنكات"], .currency("FRANC"))
  add(["رينغيت"], .currency("MYR"))
  add(["بيزو"], .currency("PESO"))
  add(["وون"], .currency("KRW"))
  // Masculine and feminine adjectives, singular and plural, with and without tanween.
  func adjectives(_ stem: String) -> [String] {
    [stem + "ي", stem + "ية", stem + "يا", stem + "ياً", stem + "يين", stem + "ية"]
  }
  let national: [(String, [String], [String])] = [
    ("USD", dollar, adjectives("أمريك") + adjectives("أميرك")), ("CAD", dollar, adjectives("كند")),
    ("AUD", dollar, adjectives("أسترال") + adjectives("استرال")), ("SGD", dollar, adjectives("سنغافور")),
    ("HKD", dollar, ["هونغ كونغ", "هونج كونج"]), ("TWD", dollar, adjectives("تايوان")),
    ("EGP", pound, adjectives("مصر")), ("GBP", pound, ["إسترليني", "استرليني", "إسترلينية", "استرلينية", "إسترلينياً"]),
    ("SDG", pound, adjectives("سودان")), ("SSP", pound, ["جنوب سوداني"]),
    ("SAR", riyal, adjectives("سعود")), ("QAR", riyal, adjectives("قطر")), ("OMR", riyal, adjectives("عمان")),
    ("YER", riyal, adjectives("يمن")), ("IRR", riyal, adjectives("إيران") + adjectives("ايران")),
    ("AED", dirham, adjectives("إمارات") + adjectives("امارات")), ("MAD", dirham, adjectives("مغرب")),
    ("KWD", dinar, adjectives("كويت")), ("JOD", dinar, adjectives("أردن") + adjectives("اردن")),
    ("BHD", dinar, adjectives("بحرين")), ("IQD", dinar, adjectives("عراق")), ("DZD", dinar, adjectives("جزائر")),
    ("TND", dinar, adjectives("تونس")), ("LYD", dinar, adjectives("ليب")), ("RSD", dinar, adjectives("صرب")),
    ("LBP", lira, adjectives("لبنان")), ("SYP", lira, adjectives("سور")), ("TRY", lira, adjectives("ترك")),
    ("CHF", ["فرنك", "فرنكات"], adjectives("سويسر")), ("JPY", ["ين"], adjectives("يابان")),
    ("CNY", ["يوان"], adjectives("صين")), ("INR", ["روبية", "روبيات"], adjectives("هند")),
    ("PKR", ["روبية", "روبيات"], adjectives("باكستان")), ("MYR", ["رينغيت"], adjectives("ماليز")),
  ]
  for (code, nouns, adjs) in national {
    for n in nouns { for a in adjs { add(["\(n) \(a)"], .currency(code)) } }
  }
  add(["دولارين", "دولاران"], .dualCurrency("USD"))
  add(["جنيهين", "جنيهان"], .dualCurrency("EGP"))
  add(["ريالين", "ريالان"], .dualCurrency("SAR"))
  add(["دينارين", "ديناران"], .dualCurrency("DINAR"))
  add(["درهمين", "درهمان"], .dualCurrency("AED"))
  add(["قرش", "قروش", "قرشاً", "قرشا"], .currencySubunit("EGP"))
  add(["هللة", "هللات"], .currencySubunit("SAR"))
  add(["سنت", "سنتات", "سنتاً", "سنتا", "سينت", "سينتات"], .currencySubunit("USD"))

  // Measures.
  let data: [(String, [String], Double)] = [
    ("B", ["بايت"], 1), ("KB", ["كيلوبايت", "كيلو بايت"], 1e3), ("MB", ["ميغابايت", "ميجابايت", "ميغا بايت", "ميجا بايت"], 1e6),
    ("GB", ["غيغابايت", "جيجابايت", "غيغا بايت", "جيجا بايت"], 1e9), ("TB", ["تيرابايت", "تيرا بايت"], 1e12),
    ("PB", ["بيتابايت", "بيتا بايت"], 1e15), ("EB", ["إكسابايت", "اكسابايت"], 1e18),
  ]
  for (symbol, words, f) in data { add(words, .unit(MeasureUnit(symbol, .dataSize, f))) }
  add(["ميغابت", "ميجابت", "ميغا بت", "ميجا بت"], .unit(.megabit))
  add(["غيغابت", "جيجابت", "غيغا بت", "جيجا بت"], .unit(.gigabit))
  add(["كيلوبت"], .unit(.kilobit))
  // Mass.
  add(["طن", "أطنان", "طناً", "طنا", "طن متري", "أطنان مترية"], .unit(.tonne))
  add(
    [
      "كيلوغرام", "كيلوجرام", "كيلوغراماً", "كيلوغراما", "كيلوجراماً", "كيلوجراما", "كيلوغرامات", "كيلوجرامات",
      "كيلو غرام", "كيلو جرام", "كيلو غراما", "كيلو غراماً", "كيلو جراما", "كيلو جراماً", "كيلو غرامات",
      "كيلو جرامات", "كغ", "كجم", "كلغ", "كغم",
    ], .unit(.kilogram))
  add(["غرام", "جرام", "غراماً", "غراما", "جراماً", "جراما", "غرامات", "جرامات", "غم", "جم", "غ"], .unit(.gram))
  add(
    ["مليغرام", "مليجرام", "ملليغرام", "ملليجرام", "ميليغرام", "ميليجرام", "ملغ", "ملج", "ملغم", "مغ"], .unit(.milligram))
  add(["ميكروغرام", "ميكروجرام"], .unit(.microgram))
  add(["أونصة", "أونصات", "أوقية", "أوقيات", "أونصه"], .unit(.ounce))
  add(["رطل", "أرطال", "رطلاً", "رطلا"], .unit(.poundMass))
  // Length.
  add(["كيلومتر", "كيلومترات", "كيلومتراً", "كيلومترا", "كم", "كلم"], .unit(.kilometre))
  add(["متر", "أمتار", "متراً", "مترا"], .unit(.metre))
  add(["سنتيمتر", "سنتيمترات", "سنتيمتراً", "سنتيمترا", "سنتمتر", "سنتيمتر", "سم"], .unit(.centimetre))
  add(["مليمتر", "ملليمتر", "ميليمتر", "مليمترات", "ملليمترات", "ملم", "مم"], .unit(.millimetre))
  add(["ميل", "أميال", "ميلاً", "ميلا"], .unit(.mile))
  add(["ميل بحري", "أميال بحرية"], .unit(.nauticalMile))
  add(["قدم", "أقدام", "قدماً", "قدما"], .unit(.foot))
  add(["بوصة", "بوصات", "إنش", "إنشات", "انش"], .unit(.inch))
  add(["ياردة", "ياردات"], .unit(.yard))
  // Area.
  add(["متر مربع", "أمتار مربعة", "مترا مربعا", "متراً مربعاً"], .unit(.squareMetre))
  add(["كيلومتر مربع", "كيلومترات مربعة", "كيلومترا مربعا", "كيلومتراً مربعاً", "كم مربع", "كلم مربع"], .unit(.squareKilometre))
  add(["هكتار", "هكتارات", "هكتاراً", "هكتارا"], .unit(.hectare))
  add(["دونم", "دونمات", "دونماً", "دونما"], .unit(.dunam))
  add(["فدان", "أفدنة", "فداناً", "فدانا"], .unit(.feddan))
  add(["قدم مربع", "أقدام مربعة"], .unit(.squareFoot))
  // Volume.
  add(["لتر", "لترات", "لترا", "لتراً", "ليتر", "ليترات", "ليترا", "ليتراً"], .unit(.litre))
  add(
    ["مليلتر", "ملليلتر", "ميليلتر", "مليليتر", "ملليليتر", "ميليليتر", "ملي لتر", "مللي لتر", "ملي ليتر", "مل", "ملل"],
    .unit(.millilitre))
  add(["هكتوليتر", "هكتولتر", "هكتو ليتر", "هكتو لتر"], .unit(.hectolitre))
  add(["غالون", "جالون", "غالونات", "جالونات", "غالوناً", "جالوناً"], .unit(.gallon))
  add(["برميل", "براميل", "برميلاً", "برميلا"], .unit(.barrel))
  add(["متر مكعب", "أمتار مكعبة", "مترا مكعبا", "متراً مكعباً"], .unit(.cubicMetre))
  add(["قدم مكعب", "أقدام مكعبة"], .unit(.cubicFoot))
  // Duals that count two.
  add(["لترين", "لتران", "ليترين", "ليتران"], .dualUnit(.litre))
  add(["أونصتين", "أونصتان", "أوقيتين", "أوقيتان"], .dualUnit(.ounce))
  add(["غرامين", "غرامان", "جرامين", "جرامان"], .dualUnit(.gram))
  add(["كيلوغرامين", "كيلوغرامان", "كيلوجرامين", "كيلوجرامان"], .dualUnit(.kilogram))
  add(["طنين"], .dualUnit(.tonne))
  add(["مترين", "متران"], .dualUnit(.metre))
  add(["كيلومترين", "كيلومتران"], .dualUnit(.kilometre))
  add(["برميلين", "برميلان"], .dualUnit(.barrel))
  add(["غالونين", "غالونان", "جالونين", "جالونان"], .dualUnit(.gallon))
  // Fractions of a unit: "نصف لتر", "ربع لتر".
  add(["نصف", "نص"], .unitFraction(0.5, needsOf: false))
  add(["ربع"], .unitFraction(0.25, needsOf: false))
  // Temperature: "درجة" alone may be an angle, a grade or a rank, and is left out.
  add(
    [
      "درجة مئوية", "درجات مئوية", "درجة مئويه", "درجة سلزيوس", "درجات سلزيوس", "درجة سيليزية", "سلزيوس",
      "سيلزيوس", "درجة سيلسيوس", "سيلسيوس",
    ], .unit(.celsius))
  add(["درجة فهرنهايت", "درجات فهرنهايت", "فهرنهايت", "فهرنهايتية"], .unit(.fahrenheit))
  // Speed.
  add(
    [
      "كيلومتر في الساعة", "كيلومترا في الساعة", "كيلومتراً في الساعة", "كيلومترات في الساعة", "كم في الساعة",
      "كلم في الساعة", "كيلومتر بالساعة", "كم بالساعة",
    ], .unit(.kmPerHour))
  add(["ميل في الساعة", "ميلا في الساعة", "ميلاً في الساعة", "أميال في الساعة"], .unit(.milePerHour))
  // Power and energy.
  add(["واط", "وات"], .unit(.watt))
  add(["كيلوواط", "كيلووات"], .unit(.kilowatt))
  add(["ميغاواط", "ميجاوات", "ميغاوات", "ميجاواط"], .unit(.megawatt))
  add(["غيغاواط", "جيجاوات", "غيغاوات", "جيجاواط"], .unit(.gigawatt))
  add(["كيلوواط ساعة", "كيلووات ساعة", "كيلوواط في الساعة"], .unit(.kilowattHour))
  add(["ميغاواط ساعة", "ميجاوات ساعة", "ميغاوات ساعة"], .unit(.megawattHour))
  add(["غيغاواط ساعة", "جيجاوات ساعة"], .unit(.gigawattHour))
  add(["تيراواط ساعة", "تيراوات ساعة"], .unit(.terawattHour))

  // Durations, with duals that count two.
  let durations: [(DurationUnit, [String], [String])] = [
    (.year, ["عام", "عاماً", "عاما", "أعوام", "سنة", "سنوات", "سنين", "عامًا"], ["عامين", "عامان", "سنتين", "سنتان"]),
    (.month, ["شهر", "شهراً", "شهرا", "أشهر", "شهور"], ["شهرين", "شهران"]),
    (.week, ["أسبوع", "أسبوعاً", "أسبوعا", "أسابيع"], ["أسبوعين", "أسبوعان"]),
    (.day, ["يوم", "يوماً", "يوما", "أيام"], ["يومين", "يومان"]),
    (.hour, ["ساعة", "ساعات"], ["ساعتين", "ساعتان"]),
    (.minute, ["دقيقة", "دقائق"], ["دقيقتين", "دقيقتان"]),
    (.second, ["ثانية", "ثوان", "ثواني", "ثوانٍ"], ["ثانيتين"]),
    (.decade, ["عقد", "عقود"], ["عقدين"]),
    (.century, ["قرن", "قرون"], ["قرنين"]),
  ]
  for (unit, singular, dual) in durations {
    add(singular, .durationUnit(unit, count: 1))
    add(dual, .durationUnit(unit, count: 2))
  }

  // Range connectors. "و" is usually a clitic; the tokenizer splits "و20" into و + 20.
  add(["بين", "ما بين"], .connector(.between))
  add(["و"], .connector(.and))
  add(["من"], .connector(.from))
  add(["إلى", "الى", "حتى"], .connector(.to))
  return e
}()

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

  // Multiples.
  add(["أضعاف", "مرات", "مرة", "ضعفا", "أضعافاً"], .multiplier(.times))
  // "ضاعف/ضاعفت" (multiplied) take a multiple after them; only the intransitive forms say "doubled".
  add(["ضعف", "الضعف", "تضاعف", "تضاعفت", "مرتين"], .multiplier(.fixed(2)))
  add(["ضعفين", "ضعفان"], .multiplier(.range(2, 3)))

  // Currencies. جنيه is resolved by what follows it (مصري, إسترليني).
  add(["دولار", "دولاراً", "دولارات", "دولارا", "دولار أمريكي", "دولار أميركي", "دولارات أمريكية"], .currency("USD"))
  add(["يورو"], .currency("EUR"))
  add(["جنيه", "جنيهات", "جنيهاً", "جنيه مصري", "جنيهات مصرية"], .currency("EGP"))
  add(["جنيه إسترليني", "جنيه استرليني", "جنيهات إسترلينية", "إسترليني", "استرليني"], .currency("GBP"))
  add(["ريال", "ريالات", "ريالاً", "ريال سعودي"], .currency("SAR"))
  add(["ريال قطري"], .currency("QAR"))
  add(["ريال عماني"], .currency("OMR"))
  add(["ريال يمني"], .currency("YER"))
  add(["ريال إيراني", "تومان"], .currency("IRR"))
  add(["درهم", "دراهم", "درهماً", "درهم إماراتي"], .currency("AED"))
  add(["درهم مغربي"], .currency("MAD"))
  add(["دينار", "دنانير", "ديناراً"], .currency("DINAR"))
  add(["دينار كويتي"], .currency("KWD"))
  add(["دينار أردني"], .currency("JOD"))
  add(["دينار بحريني"], .currency("BHD"))
  add(["دينار عراقي"], .currency("IQD"))
  add(["دينار جزائري"], .currency("DZD"))
  add(["دينار تونسي"], .currency("TND"))
  add(["دينار ليبي"], .currency("LYD"))
  add(["ليرة", "ليرات", "ليرة لبنانية"], .currency("LIRA"))
  add(["ليرة تركية"], .currency("TRY"))
  add(["ليرة سورية"], .currency("SYP"))
  add(["شيكل", "شيقل", "شواكل"], .currency("ILS"))
  add(["ين ياباني"], .currency("JPY"))
  add(["يوان"], .currency("CNY"))
  add(["روبل"], .currency("RUB"))
  add(["روبية"], .currency("INR"))
  add(["قرش", "قروش"], .currencySubunit("EGP"))
  add(["هللة", "هللات"], .currencySubunit("SAR"))
  add(["سنت", "سنتات"], .currencySubunit("USD"))

  // Measures.
  let data: [(String, [String], Double)] = [
    ("B", ["بايت"], 1), ("KB", ["كيلوبايت", "كيلو بايت"], 1e3), ("MB", ["ميغابايت", "ميجابايت", "ميغا بايت", "ميجا بايت"], 1e6),
    ("GB", ["غيغابايت", "جيجابايت", "غيغا بايت", "جيجا بايت"], 1e9), ("TB", ["تيرابايت", "تيرا بايت"], 1e12),
    ("PB", ["بيتابايت", "بيتا بايت"], 1e15), ("EB", ["إكسابايت", "اكسابايت"], 1e18),
  ]
  for (symbol, words, f) in data { add(words, .unit(MeasureUnit(symbol, .dataSize, f))) }
  add(["طن", "أطنان", "طناً", "طنا", "ألف طن"], .unit(MeasureUnit("t", .mass, 1000)))
  add(["كيلوغرام", "كيلوجرام", "كيلوغراماً", "كغ", "كجم"], .unit(MeasureUnit("kg", .mass, 1)))
  add(["غرام", "جرام", "غراماً"], .unit(MeasureUnit("g", .mass, 0.001)))
  add(["كيلومتر", "كيلومترات", "كيلومتراً", "كم", "كلم"], .unit(MeasureUnit("km", .length, 1000)))
  add(["متر", "أمتار", "متراً", "مترا"], .unit(MeasureUnit("m", .length, 1)))
  add(["سنتيمتر", "سنتيمترات", "سم"], .unit(MeasureUnit("cm", .length, 0.01)))
  add(["ميل", "أميال"], .unit(MeasureUnit("mi", .length, 1609.344)))
  add(["متر مربع", "أمتار مربعة", "متر مكعب"], .unit(MeasureUnit("m2", .area, 1)))
  add(["كيلومتر مربع", "كيلومترات مربعة", "كم مربع", "كم2"], .unit(MeasureUnit("km2", .area, 1e6)))
  add(["هكتار", "هكتارات"], .unit(MeasureUnit("ha", .area, 1e4)))
  add(["دونم", "دونمات"], .unit(MeasureUnit("dunam", .area, 1000)))
  add(["فدان", "أفدنة"], .unit(MeasureUnit("feddan", .area, 4200)))
  add(["لتر", "لترات", "لترا"], .unit(MeasureUnit("l", .volume, 1)))
  add(["برميل", "براميل"], .unit(MeasureUnit("bbl", .volume, 158.987)))
  add(["درجة مئوية"], .unit(MeasureUnit("C", .temperature, 1)))
  add(["ميغاواط", "ميجاوات", "ميغاوات"], .unit(MeasureUnit("MW", .energy, 1e6)))
  add(["كيلوواط", "كيلووات"], .unit(MeasureUnit("kW", .energy, 1e3)))

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

/// Arabic number words and their gender and case forms, Egyptian spellings included, and
/// the ordinal words. Letter variants (أ إ آ, ة ه, ى ي) and harakat are folded by the
/// lexicon, so one spelling of each stands for all of them.
let arabicNumerals: [(String, Lex)] = {
  var e: [(String, Lex)] = []
  func add(_ words: [String], _ lex: Lex) { for w in words { e.append((w, lex)) } }

  // Units. "أحد" and "إحدى" alone mean "one of" / "someone" / Sunday and are left out;
  // "ثاني" is an ordinal. "تمن" (Egyptian 8) is also "price" and is left out; "متين"
  // (Egyptian 200) is also "solid" and counts only with more number words after it.
  let units: [(Int, [String])] = [
    (0, ["صفر"]),
    (1, ["واحد", "واحدة"]),
    (2, ["اثنان", "اثنين", "اثنتان", "اثنتين", "ثنتان", "ثنتين", "اتنين"]),
    (3, ["ثلاث", "ثلاثة", "تلات", "تلاتة"]),
    (4, ["أربع", "أربعة"]),
    (5, ["خمس", "خمسة"]),
    (6, ["ست", "ستة"]),
    (7, ["سبع", "سبعة"]),
    (8, ["ثمان", "ثماني", "ثمانية", "تمانية", "تمنية"]),
    (9, ["تسع", "تسعة"]),
    (10, ["عشر", "عشرة"]),
  ]
  for (v, words) in units { add(words, .numeral(v, .unit)) }

  // Teens: two words, the unit agreeing with the counted noun and عشر with its gender.
  add(["أحد عشر", "إحدى عشرة", "إحدى عشر", "أحد عشرة", "حداشر", "احداشر"], .numeral(11, .teen))
  add(
    [
      "اثنا عشر", "اثني عشر", "اثنتا عشرة", "اثنتي عشرة", "اثنتا عشر", "اثنتي عشر", "اثنا عشرة",
      "اثني عشرة", "اتناشر", "اطناشر",
    ], .numeral(12, .teen))
  let teenStems: [(Int, [String])] = [
    (13, ["ثلاث", "ثلاثة"]), (14, ["أربع", "أربعة"]), (15, ["خمس", "خمسة"]), (16, ["ست", "ستة"]),
    (17, ["سبع", "سبعة"]), (18, ["ثمان", "ثماني", "ثمانية"]), (19, ["تسع", "تسعة"]),
  ]
  for (v, stems) in teenStems {
    for s in stems { add([s + " عشر", s + " عشرة"], .numeral(v, .teen)) }
  }
  add(["تلاتاشر", "تلتاشر"], .numeral(13, .teen))
  add(["أربعتاشر", "اربعتاشر", "أربعطاشر"], .numeral(14, .teen))
  add(["خمستاشر", "خمسطاشر", "خمصتاشر"], .numeral(15, .teen))
  add(["ستاشر", "سطاشر"], .numeral(16, .teen))
  add(["سبعتاشر", "سبعطاشر"], .numeral(17, .teen))
  add(["تمنتاشر", "تمانتاشر", "تمنطاشر"], .numeral(18, .teen))
  add(["تسعتاشر", "تسعطاشر"], .numeral(19, .teen))

  // Tens, nominative and accusative/genitive.
  let tens: [(Int, [String])] = [
    (20, ["عشرون", "عشرين"]), (30, ["ثلاثون", "ثلاثين", "تلاتين"]), (40, ["أربعون", "أربعين"]),
    (50, ["خمسون", "خمسين"]), (60, ["ستون", "ستين"]), (70, ["سبعون", "سبعين"]),
    (80, ["ثمانون", "ثمانين", "تمانين"]), (90, ["تسعون", "تسعين"]),
  ]
  for (v, words) in tens { add(words, .numeral(v, .ten)) }

  // Hundreds: مئة and مائة, the dual in every case and in construct, and 300…900 as one
  // word. "ثلاث مئة" in two words is read by combining the unit with مئة.
  add(["مئة", "مائة"], .numeral(100, .hundred))
  add(
    ["مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مئتي", "مائتا", "مائتي", "ميتين", "متين"],
    .numeral(200, .hundred))
  let hundredStems: [(Int, [String])] = [
    (300, ["ثلاث", "ثلث", "تلت", "تلات"]), (400, ["أربع", "ربع"]), (500, ["خمس"]), (600, ["ست"]),
    (700, ["سبع"]), (800, ["ثمان", "ثماني", "تمن", "تمان"]), (900, ["تسع"]),
  ]
  for (v, stems) in hundredStems {
    for s in stems { add([s + "مئة", s + "مائة", s + "مية"], .numeral(v, .hundred)) }
  }

  // Ordinals. Bare feminine forms are left out where they mean something else as often:
  // "ثانية" (a second of time), "رابعة" (a name).
  add(["الأول", "الأولى", "أول", "الحادي", "الحادية"], .ordinal(1))
  let ordinals: [(Int, String, String, [String])] = [
    (2, "الثاني", "الثانية", ["ثاني", "الثان"]),
    (3, "الثالث", "الثالثة", ["ثالث", "ثالثة"]),
    (4, "الرابع", "الرابعة", ["رابع"]),
    (5, "الخامس", "الخامسة", ["خامس", "خامسة"]),
    (6, "السادس", "السادسة", ["سادس", "سادسة"]),
    (7, "السابع", "السابعة", ["سابع", "سابعة"]),
    (8, "الثامن", "الثامنة", ["ثامن", "ثامنة"]),
    (9, "التاسع", "التاسعة", ["تاسع", "تاسعة"]),
    (10, "العاشر", "العاشرة", ["عاشر", "عاشرة"]),
  ]
  for (v, masculine, feminine, bare) in ordinals {
    add([masculine, feminine] + bare, .ordinal(v))
    if v < 10 {
      // الثالث عشر, الثالثة عشرة: the unit ordinal with عشر.
      add(
        [masculine + " عشر", feminine + " عشرة", feminine + " عشر", masculine + " عشرة"],
        .ordinal(v + 10))
    }
  }
  add(
    ["الحادي عشر", "الحادية عشرة", "الحادية عشر", "الحادي عشرة", "الأحد عشر", "الإحدى عشرة", "حادي عشر"],
    .ordinal(11))
  add(["الاثنا عشر", "الاثني عشر", "الاثنتا عشرة", "الاثنتي عشرة", "الثان عشر"], .ordinal(12))
  let tenOrdinals: [(Int, [String])] = [
    (20, ["العشرون", "العشرين"]), (30, ["الثلاثون", "الثلاثين"]), (40, ["الأربعون", "الأربعين"]),
    (50, ["الخمسون", "الخمسين"]), (60, ["الستون", "الستين"]), (70, ["السبعون", "السبعين"]),
    (80, ["الثمانون", "الثمانين"]), (90, ["التسعون", "التسعين"]),
  ]
  for (v, words) in tenOrdinals { add(words, .ordinal(v)) }
  add(["المئة", "المائة"], .ordinal(100))
  return e
}()

/// Arabic month names (all three families), Hijri months, weekdays and date markers.
///
/// Words are folded when the lexicon is built (أ إ آ → ا, ى → ي, ة → ه, marks dropped), so
/// one spelling per folded form is enough. Clitics (و ف ب ل ك ال) are stripped by the lexicon.
let arabicDates: [(String, Lex)] = {
  var e: [(String, Lex)] = []
  func add(_ words: [String], _ lex: Lex) { for w in words { e.append((w, lex)) } }

  // Egyptian and Gulf names (from the Latin names).
  let egyptian: [[String]] = [
    ["يناير"], ["فبراير", "فبرير"], ["مارس"], ["أبريل", "إبريل"], ["مايو"], ["يونيو", "يونيه"],
    ["يوليو", "يوليه"], ["أغسطس", "أغسطوس"], ["سبتمبر"], ["أكتوبر"], ["نوفمبر"], ["ديسمبر"],
  ]
  // Levantine and Iraqi names.
  let levantine: [[String]] = [
    ["كانون الثاني"], ["شباط"], ["آذار"], ["نيسان"], ["أيار"], ["حزيران"], ["تموز"], ["آب"],
    ["أيلول"], ["تشرين الأول", "تشرين الاول", "تشرين أول"], ["تشرين الثاني", "تشرين ثاني"],
    ["كانون الأول", "كانون الاول", "كانون أول"],
  ]
  // Maghrebi names (from the French names).
  let maghrebi: [[String]] = [
    ["جانفي"], ["فيفري"], ["مارس"], ["أفريل"], ["ماي"], ["جوان"], ["جويلية", "جويليه"], ["أوت"],
    ["سبتمبر", "شتنبر"], ["أكتوبر"], ["نوفمبر", "نونبر"], ["ديسمبر", "دجنبر"],
  ]
  for family in [egyptian, levantine, maghrebi] {
    for (n, names) in family.enumerated() { add(names, .month(n + 1)) }
  }

  let hijri: [[String]] = [
    ["محرم", "محرّم"], ["صفر"], ["ربيع الأول", "ربيع الاول", "ربيع أول"],
    ["ربيع الآخر", "ربيع الثاني", "ربيع الاخر", "ربيع ثاني"],
    ["جمادى الأولى", "جمادى الاولى", "جمادى الأول", "جمادى الاول"],
    ["جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الاخرة", "جمادى الثاني"], ["رجب"], ["شعبان"],
    ["رمضان"], ["شوال"], ["ذو القعدة", "ذي القعدة", "ذا القعدة"], ["ذو الحجة", "ذي الحجة", "ذا الحجة"],
  ]
  for (n, names) in hijri.enumerated() { add(names, .hijriMonth(n + 1)) }

  let weekdays: [[String]] = [
    ["الأحد"], ["الاثنين", "الإثنين", "الأثنين"], ["الثلاثاء", "الثلاثا"], ["الأربعاء", "الاربعاء"],
    ["الخميس"], ["الجمعة"], ["السبت"],
  ]
  for (n, names) in weekdays.enumerated() { add(names, .weekday(n + 1)) }

  add(["الماضي", "الماض", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "السابق", "السابقة"], .past)
  add(["المقبل", "المقبلة", "القادم", "القادمة"], .next)

  add(["عام", "سنة", "عامي", "هذا العام", "هذه السنة"], .marker(.year))
  add(["هـ", "هجري", "هجرية", "للهجرة"], .marker(.hijri))
  add(["م", "ميلادي", "ميلادية", "للميلاد"], .marker(.gregorian))
  add(["الساعة"], .marker(.clock))
  add(["صباحا", "صباحاً", "فجرا", "فجراً"], .marker(.am))
  add(["مساء", "مساءً", "مساءا", "ظهرا", "ظهراً", "عصرا", "عصراً", "بعد الظهر", "بعد الظهيرة"], .marker(.pm))
  add(["تم النشر", "نشر في", "نشر بتاريخ", "تاريخ النشر"], .marker(.published))
  add(["تم التحديث", "آخر تحديث", "تاريخ التحديث", "حدث في", "آخر تعديل"], .marker(.updated))
  add(["توقيت"], .marker(.zoneIntro))
  add(["يوم"], .marker(.day))
  add(["شهر", "هذا الشهر"], .marker(.monthWord))
  add(["أمس", "البارحة", "امبارح", "إمبارح"], .marker(.relativeDay(-1)))
  add(["أمس الأول", "أول أمس", "أول من أمس"], .marker(.relativeDay(-2)))
  // Colloquial "بكرة" / "بكرا" stay out: "بـ + كرة" ("بكرة القدم") and "بكراً" (virgin, "عالما
  // بكرا") are as common. They are read after "بعد" ("اليوم الي بعد بكرة").
  add(["غدا", "غداً", "يوم غد"], .marker(.relativeDay(1)))
  add(["بعد غد"], .marker(.relativeDay(2)))

  add(["غرينتش", "غرينيتش", "جرينتش", "جرينيتش", "غرينتش العالمي"], .timeZone(minutes: 0))
  add(
    ["مكة المكرمة", "مكة", "السعودية", "الرياض", "الدوحة", "الكويت", "بغداد", "موسكو"], .timeZone(minutes: 180))
  add(["الإمارات", "أبوظبي", "أبو ظبي", "دبي", "مسقط"], .timeZone(minutes: 240))
  add(["الجزائر", "تونس"], .timeZone(minutes: 60))
  return e
}()

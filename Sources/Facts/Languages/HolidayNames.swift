/// English names of holidays. Names written with a possessive ("New Year's Day", "St.
/// Patrick's Day", "Valentine's Day") are entered by the word before the apostrophe; the
/// recognizer reads the rest.
let englishHolidays: [(String, Lex)] = {
  var e: [(String, Lex)] = []
  func add(_ words: [String], _ h: Holiday) { for w in words { e.append((w, .marker(.holiday(h)))) } }
  add(["new year", "new years"], .newYearsDay)
  add(["valentine", "valentines"], .valentines)
  add(["patrick", "patricks"], .stPatricks)
  add(["earth day"], .earthDay)
  add(["juneteenth"], .juneteenth)
  add(["bastille day"], .bastilleDay)
  add(["halloween"], .halloween)
  add(["veterans day", "armistice day", "remembrance day"], .veteransDay)
  add(["christmas eve", "xmas eve"], .christmasEve)
  add(["christmas", "christmas day", "xmas", "xmas day"], .christmas)
  add(["boxing day"], .boxingDay)
  add(["groundhog day"], .groundhogDay)
  add(["easter", "easter sunday", "easter day"], .easter)
  add(["good friday"], .goodFriday)
  add(["easter monday"], .easterMonday)
  add(["ash wednesday"], .ashWednesday)
  add(["palm sunday"], .palmSunday)
  add(["pentecost", "whit sunday", "whitsunday"], .pentecost)
  add(["thanksgiving", "thanksgiving day"], .thanksgiving)
  add(["black friday"], .blackFriday)
  add(["cyber monday"], .cyberMonday)
  add(["memorial day"], .memorialDay)
  add(["labor day"], .laborDay)
  add(["martin luther king day", "martin luther king jr day", "mlk day"], .mlkDay)
  add(["presidents day"], .presidentsDay)
  add(["columbus day"], .columbusDay)
  add(["eid"], .eidAlFitr)
  return e
}()

/// Arabic names of holidays. "عيد الميلاد" and "عيد الفصح" are left out: Western and Eastern
/// churches keep them on different days, and the text rarely says which.
let arabicHolidays: [(String, Lex)] = {
  var e: [(String, Lex)] = []
  func add(_ words: [String], _ h: Holiday) { for w in words { e.append((w, .marker(.holiday(h)))) } }
  add(["عيد الفطر"], .eidAlFitr)
  add(["عيد الأضحى", "عيد الاضحى"], .eidAlAdha)
  add(["رأس السنة الهجرية", "رأس السنة الهجري"], .islamicNewYear)
  add(["عاشوراء", "يوم عاشوراء"], .ashura)
  add(["المولد النبوي", "المولد النبوي الشريف"], .mawlid)
  add(["يوم عرفة", "وقفة عرفة", "يوم عرفات"], .arafatDay)
  add(["عيد الأم"], .arabMothersDay)
  add(["عيد الحب"], .valentines)
  add(["عيد العمال"], .mayDay)
  add(["رأس السنة الميلادية"], .newYearsDay)
  add(["ليلة رأس السنة"], .newYearsEve)
  add(["الكريسماس", "كريسماس"], .christmas)
  return e
}()

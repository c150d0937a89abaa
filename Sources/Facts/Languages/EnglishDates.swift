/// English month names, weekdays and date markers.
let englishDates: [(String, Lex)] = {
  var e: [(String, Lex)] = []
  func add(_ words: [String], _ lex: Lex) { for w in words { e.append((w, lex)) } }

  let months: [[String]] = [
    ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
    ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"],
    ["october", "oct"], ["november", "nov"], ["december", "dec"],
  ]
  for (n, names) in months.enumerated() { add(names, .month(n + 1)) }

  let weekdays: [[String]] = [
    ["sunday", "sun"], ["monday", "mon"], ["tuesday", "tues", "tue"], ["wednesday", "wed"],
    ["thursday", "thurs", "thu"], ["friday", "fri"], ["saturday", "sat"],
  ]
  for (n, names) in weekdays.enumerated() { add(names, .weekday(n + 1)) }

  add(["last"], .past)
  add(["next"], .next)
  add(["year", "this year", "current year", "yr", "this yr"], .marker(.year))
  add(["ah"], .marker(.hijri))
  add(["ad", "ce"], .marker(.gregorian))
  add(["am"], .marker(.am))
  add(["pm"], .marker(.pm))
  add(["published", "published on", "posted", "posted on", "first published"], .marker(.published))
  add(["updated", "updated on", "last updated", "last modified", "modified"], .marker(.updated))
  add(["month", "this month", "current month"], .marker(.monthWord))
  add(["today"], .marker(.relativeDay(0)))
  add(["yesterday"], .marker(.relativeDay(-1)))
  add(["tomorrow"], .marker(.relativeDay(1)))
  add(["the day before yesterday"], .marker(.relativeDay(-2)))
  add(["the day after tomorrow"], .marker(.relativeDay(2)))

  add(
    ["this", "current", "past", "previous", "coming", "following", "upcoming", "final", "beginning", "start", "end",
     "rest", "remainder", "eoy", "boy", "eom", "bom", "q", "h", "in"], .periodWord)
  // Decades in words ("the noughties"): see DateWords.swift.
  add(["noughties", "naughties"], .periodWord)

  add(["gmt", "utc", "z"], .timeZone(minutes: 0))
  add(["bst", "cet", "wat"], .timeZone(minutes: 60))
  add(["cest", "eet", "sast"], .timeZone(minutes: 120))
  add(["eest", "msk"], .timeZone(minutes: 180))
  add(["edt"], .timeZone(minutes: -240))
  add(["est", "cdt"], .timeZone(minutes: -300))
  add(["cst", "mdt"], .timeZone(minutes: -360))
  add(["mst", "pdt"], .timeZone(minutes: -420))
  add(["pst"], .timeZone(minutes: -480))
  return e
}()

import Foundation

/// Conversions between the Hijri (Umm al-Qura) and Gregorian calendars. The only file of the
/// fact extractor that needs Foundation; it runs only when the text names a Hijri date.
enum Hijri {
  private static let utc = TimeZone(secondsFromGMT: 0)!

  private static let hijri: Calendar = {
    var c = Calendar(identifier: .islamicUmmAlQura)
    c.timeZone = utc
    return c
  }()

  private static let gregorian: Calendar = {
    var c = Calendar(identifier: .gregorian)
    c.timeZone = utc
    return c
  }()

  /// Years the Umm al-Qura tables are trusted for.
  static let years = 1300...1600

  /// The Gregorian day of a Hijri day, or nil when the day does not exist (a day past 30, a
  /// month outside 1…12). Day 30 of a month the Umm al-Qura tables give 29 days is the day
  /// after the 29th: the tabular and sighted reckonings that news also follows may give that
  /// month 30 days, and "30-02-1433" names a real day.
  static func toGregorian(year: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int)? {
    guard years.contains(year), (1...12).contains(month), day >= 1, day <= 30 else { return nil }
    guard let date = hijri.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
    // A day past the month's end rolls over into the next month: only day 30 may.
    let back = hijri.dateComponents([.year, .month, .day], from: date)
    guard back.year == year && back.month == month && back.day == day
      || day == 30 && back.day == 1 && back.month == month % 12 + 1
    else { return nil }
    let g = gregorian.dateComponents([.year, .month, .day], from: date)
    guard let y = g.year, let m = g.month, let d = g.day else { return nil }
    return (y, m, d)
  }

  /// The Hijri day of a Gregorian day.
  static func fromGregorian(year: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int)? {
    guard let date = gregorian.date(from: DateComponents(year: year, month: month, day: day)) else {
      return nil
    }
    let h = hijri.dateComponents([.year, .month, .day], from: date)
    guard let y = h.year, let m = h.month, let d = h.day else { return nil }
    return (y, m, d)
  }

  /// The Gregorian days, since 1970, of the Hijri period a date names: [first, end) where
  /// a day names one day, a month its 29 or 30 days, a year its 354 or 355 days.
  static func gregorianDays(year: Int, month: Int?, day: Int?) -> Range<Int>? {
    guard let first = toGregorian(year: year, month: month ?? 1, day: day ?? 1) else { return nil }
    let start = CivilDate.daysFromCivil(first.year, first.month, first.day)
    if day != nil { return start..<(start + 1) }
    let next: (year: Int, month: Int, day: Int)?
    if let month {
      next = month == 12 ? toGregorian(year: year + 1, month: 1, day: 1) : toGregorian(year: year, month: month + 1, day: 1)
    } else {
      next = toGregorian(year: year + 1, month: 1, day: 1)
    }
    guard let next else { return nil }
    return start..<CivilDate.daysFromCivil(next.year, next.month, next.day)
  }
}

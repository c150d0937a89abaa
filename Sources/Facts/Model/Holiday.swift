/// A day that news text names instead of writing its date: "on Christmas Eve", "Easter 2018",
/// "عيد الفطر". Only days with one date everywhere they are kept are here: not Mother's Day
/// (May in the US, March in the UK, March 21 in Arab countries: only the Arabic name is kept),
/// not Independence Day (whose country?), not Orthodox or Western Easter in Arabic ("عيد الفصح").
public enum Holiday: UInt8, Sendable, Hashable {
  case newYearsDay, newYearsEve, valentines, stPatricks, earthDay, mayDay, juneteenth, bastilleDay
  case halloween, veteransDay, christmasEve, christmas, boxingDay, groundhogDay, arabMothersDay
  case easter, goodFriday, easterMonday, ashWednesday, palmSunday, pentecost
  case thanksgiving, blackFriday, cyberMonday, memorialDay, laborDay, mlkDay, presidentsDay, columbusDay
  case eidAlFitr, eidAlAdha, islamicNewYear, ashura, mawlid, arafatDay

  enum Rule {
    case fixed(month: Int, day: Int)
    /// Days from Western Easter Sunday.
    case easter(Int)
    /// The `nth` weekday (1 = Sunday) of a month, the last one for -1, then `shift` days.
    case nth(month: Int, weekday: Int, nth: Int, shift: Int)
    /// A Hijri day, kept for `days` days (the feast, and a day for countries that start it a day
    /// later than the Umm al-Qura calendar by sighting the moon).
    case hijri(month: Int, day: Int, days: Int)
  }

  var rule: Rule {
    switch self {
    case .newYearsDay: .fixed(month: 1, day: 1)
    case .newYearsEve: .fixed(month: 12, day: 31)
    case .valentines: .fixed(month: 2, day: 14)
    case .stPatricks: .fixed(month: 3, day: 17)
    case .earthDay: .fixed(month: 4, day: 22)
    case .mayDay: .fixed(month: 5, day: 1)
    case .juneteenth: .fixed(month: 6, day: 19)
    case .bastilleDay: .fixed(month: 7, day: 14)
    case .halloween: .fixed(month: 10, day: 31)
    case .veteransDay: .fixed(month: 11, day: 11)
    case .christmasEve: .fixed(month: 12, day: 24)
    case .christmas: .fixed(month: 12, day: 25)
    case .boxingDay: .fixed(month: 12, day: 26)
    case .groundhogDay: .fixed(month: 2, day: 2)
    case .arabMothersDay: .fixed(month: 3, day: 21)
    case .easter: .easter(0)
    case .goodFriday: .easter(-2)
    case .easterMonday: .easter(1)
    case .ashWednesday: .easter(-46)
    case .palmSunday: .easter(-7)
    case .pentecost: .easter(49)
    case .thanksgiving: .nth(month: 11, weekday: 5, nth: 4, shift: 0)
    case .blackFriday: .nth(month: 11, weekday: 5, nth: 4, shift: 1)
    case .cyberMonday: .nth(month: 11, weekday: 5, nth: 4, shift: 4)
    case .memorialDay: .nth(month: 5, weekday: 2, nth: -1, shift: 0)
    case .laborDay: .nth(month: 9, weekday: 2, nth: 1, shift: 0)
    case .mlkDay: .nth(month: 1, weekday: 2, nth: 3, shift: 0)
    case .presidentsDay: .nth(month: 2, weekday: 2, nth: 3, shift: 0)
    case .columbusDay: .nth(month: 10, weekday: 2, nth: 2, shift: 0)
    case .eidAlFitr: .hijri(month: 10, day: 1, days: 4)
    case .eidAlAdha: .hijri(month: 12, day: 10, days: 5)
    case .islamicNewYear: .hijri(month: 1, day: 1, days: 2)
    case .ashura: .hijri(month: 1, day: 10, days: 2)
    case .mawlid: .hijri(month: 3, day: 12, days: 2)
    case .arafatDay: .hijri(month: 12, day: 9, days: 2)
    }
  }

  /// Days the holiday lasts, as an interval: one, or more for Hijri feasts.
  var days: Int {
    if case .hijri(_, _, let days) = rule { return days }
    return 1
  }

  /// The holiday's Gregorian dates (days since 1970-01-01) that fall in Gregorian `year`:
  /// one, or none or two for a Hijri holiday (the Hijri year is eleven days shorter).
  func days(inYear year: Int) -> [Int] {
    switch rule {
    case .fixed(let month, let day):
      return [CivilDate.daysFromCivil(year, month, day)]
    case .easter(let offset):
      let (m, d) = Self.easter(year)
      return [CivilDate.daysFromCivil(year, m, d) + offset]
    case .nth(let month, let weekday, let nth, let shift):
      guard let day = CivilDate.nthWeekday(nth, weekday, year: year, month: month) else { return [] }
      return [CivilDate.daysFromCivil(year, month, day) + shift]
    case .hijri(let month, let day, _):
      // Hijri years run about 1.03 to a Gregorian one, from 622.
      let guess = (year - 622) * 33 / 32
      var out: [Int] = []
      for h in (guess - 1)...(guess + 2) {
        guard let g = Hijri.toGregorian(year: h, month: month, day: day), g.year == year else { continue }
        out.append(CivilDate.daysFromCivil(g.year, g.month, g.day))
      }
      return out.sorted()
    }
  }

  /// Western Easter Sunday of `year` (Gregorian computus): month and day.
  static func easter(_ year: Int) -> (month: Int, day: Int) {
    let a = year % 19
    let b = year / 100
    let c = year % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let n = h + l - 7 * m + 114
    return (n / 31, n % 31 + 1)
  }
}

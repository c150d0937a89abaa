import TextModel

public enum FactType: String, Sendable, CaseIterable, Codable {
  case number
  case percent
  case percentagePoints = "percentage_points"
  case multiplier
  case money
  case measure
  case count
  case date
  case time
  case duration
  case ordinal
  case range
  case list
}

/// One numeric statement read from the text, with where it stands and what values it allows.
public struct Fact: Sendable, Equatable {
  public var type: FactType
  /// UTF-8 range in `Document.text`.
  public var span: Range<Int>
  /// Token range, for patterns that match around the fact.
  public var tokens: Range<Int>
  /// The stated value with any scale applied; percentages in percent. Dates: see `date`.
  public var value: Double?
  /// The values the statement allows. Dates and times: seconds since 1970-01-01T00:00Z.
  public var interval: Interval
  /// Currency code, measure unit ("TB"), duration unit ("year"), or the counted noun.
  public var unit: String?
  /// The scale word's factor ("ألف" 1000, "bn" 1e9).
  public var scale: Double?
  /// The step of the last written digit, scale applied ("73 ألف": 1000; "1.40": 0.01).
  public var precision: Double?
  public var hedge: Hedge?
  /// Dates and times, as stated (a month, a day, a minute…).
  public var date: CivilDate?
  /// "hijri" when the text gave a Hijri date; `hijriDate` keeps it as written.
  public var calendar: String?
  public var hijriDate: CivilDate?
  /// 1 = Sunday … 7 = Saturday, when a weekday is named with the date.
  public var weekday: Int?
  /// For dates: the text did not name the year; it was resolved against the document date.
  public var yearInferred = false
  /// Items of a list fact.
  public var items: [Range<Int>]?
  /// The sentence (index into the segmentation) the fact was read in.
  public var sentence: Int
  /// The clause number inside its sentence, split at commas, semicolons and colons.
  public var clause: Int = 0

  public init(
    type: FactType, span: Range<Int>, tokens: Range<Int>, value: Double?, interval: Interval,
    unit: String? = nil, scale: Double? = nil, precision: Double? = nil, hedge: Hedge? = nil,
    date: CivilDate? = nil, sentence: Int = 0
  ) {
    self.type = type
    self.span = span
    self.tokens = tokens
    self.value = value
    self.interval = interval
    self.unit = unit
    self.scale = scale
    self.precision = precision
    self.hedge = hedge
    self.date = date
    self.sentence = sentence
  }
}

/// A Gregorian date or time as precise as the text gave it.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  public enum Grain: Int, Sendable, Comparable {
    case year, month, day, minute, second
    public static func < (a: Grain, b: Grain) -> Bool { a.rawValue < b.rawValue }
  }

  public var year: Int
  public var month: Int?
  public var day: Int?
  public var hour: Int?
  public var minute: Int?
  public var second: Int?
  /// Minutes east of UTC when the text named a zone; nil reads as UTC.
  public var utcOffset: Int?

  public init(
    year: Int, month: Int? = nil, day: Int? = nil, hour: Int? = nil, minute: Int? = nil,
    second: Int? = nil, utcOffset: Int? = nil
  ) {
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = minute
    self.second = second
    self.utcOffset = utcOffset
  }

  public var grain: Grain {
    if second != nil { return .second }
    if minute != nil || hour != nil { return .minute }
    if day != nil { return .day }
    if month != nil { return .month }
    return .year
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date.
  public static func daysFromCivil(_ y: Int, _ m: Int, _ d: Int) -> Int {
    let y = m <= 2 ? y - 1 : y
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (m + 9) % 12
    let doy = (153 * mp + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  public static func civilFromDays(_ z: Int) -> (year: Int, month: Int, day: Int) {
    let z = z + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let y = yoe + era * 400
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (m <= 2 ? y + 1 : y, m, d)
  }

  /// The day of the `nth` `weekday` (1 = Sunday) of a month, counted from its end when `nth` is
  /// negative (-1 the last); nil when the month has no such day ("the fifth Monday").
  static func nthWeekday(_ nth: Int, _ weekday: Int, year: Int, month: Int) -> Int? {
    let count = daysInMonth(year, month)
    if nth > 0 {
      let first = CivilDate(year: year, month: month, day: 1).weekday ?? weekday
      let day = 1 + ((weekday - first) % 7 + 7) % 7 + (nth - 1) * 7
      return day <= count ? day : nil
    }
    let last = CivilDate(year: year, month: month, day: count).weekday ?? weekday
    let day = count - ((last - weekday) % 7 + 7) % 7 + (nth + 1) * 7
    return day >= 1 ? day : nil
  }

  public static func daysInMonth(_ y: Int, _ m: Int) -> Int {
    switch m {
    case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  public var isValid: Bool {
    guard year >= 1, year <= 9999 else { return false }
    if let m = month {
      guard (1...12).contains(m) else { return false }
      if let d = day, !(1...Self.daysInMonth(year, m)).contains(d) { return false }
    } else if day != nil {
      return false
    }
    if let h = hour, !(0...24).contains(h) { return false }
    if let mi = minute, !(0...59).contains(mi) { return false }
    if let s = second, !(0...60).contains(s) { return false }
    return true
  }

  /// 1 = Sunday … 7 = Saturday.
  public var weekday: Int? {
    guard let m = month, let d = day else { return nil }
    let days = Self.daysFromCivil(year, m, d)
    return ((days + 4) % 7 + 7) % 7 + 1
  }

  /// The period the date names, in seconds since 1970-01-01T00:00Z, end exclusive.
  public var interval: Interval {
    let startDay = Self.daysFromCivil(year, month ?? 1, day ?? 1)
    var start = Double(startDay) * 86400
    let end: Double
    switch grain {
    case .year: end = Double(Self.daysFromCivil(year + 1, 1, 1)) * 86400
    case .month:
      let m = month ?? 1
      end = Double(m == 12 ? Self.daysFromCivil(year + 1, 1, 1) : Self.daysFromCivil(year, m + 1, 1)) * 86400
    case .day: end = start + 86400
    case .minute, .second:
      start += Double((hour ?? 0) * 3600 + (minute ?? 0) * 60 + (second ?? 0))
      start -= Double((utcOffset ?? 0) * 60)
      end = start + (grain == .minute ? 60 : 1)
    }
    return Interval(low: start, high: end, lowInclusive: true, highInclusive: false)
  }

  public static func < (a: CivilDate, b: CivilDate) -> Bool { a.interval.low < b.interval.low }

  /// ISO 8601 at the date's own grain: "2025", "2025-07", "2026-02-19", "2026-02-19T06:22Z".
  public var description: String {
    var s = pad(year, 4)
    guard let m = month else { return s }
    s += "-" + pad(m, 2)
    guard let d = day else { return s }
    s += "-" + pad(d, 2)
    guard grain >= .minute else { return s }
    s += "T" + pad(hour ?? 0, 2) + ":" + pad(minute ?? 0, 2)
    if let sec = second { s += ":" + pad(sec, 2) }
    switch utcOffset {
    case nil, 0?: s += "Z"
    case let off?:
      s += (off < 0 ? "-" : "+") + pad(abs(off) / 60, 2) + ":" + pad(abs(off) % 60, 2)
    }
    return s
  }

  /// ISO 8601 form of an instant in seconds since 1970, at a grain.
  public static func iso(seconds: Double, grain: Grain) -> String {
    let total = Int(seconds.rounded(.down))
    let days = Int((Double(total) / 86400).rounded(.down))
    let (y, m, d) = civilFromDays(days)
    var rest = total - days * 86400
    let h = rest / 3600
    rest -= h * 3600
    let mi = rest / 60
    let sec = rest - mi * 60
    switch grain {
    case .year, .month, .day:
      return CivilDate(year: y, month: m, day: d).description
    case .minute:
      return CivilDate(year: y, month: m, day: d, hour: h, minute: mi, utcOffset: 0).description
    case .second:
      return CivilDate(year: y, month: m, day: d, hour: h, minute: mi, second: sec, utcOffset: 0)
        .description
    }
  }
}

@inline(__always)
func pad(_ n: Int, _ width: Int) -> String {
  let s = String(abs(n))
  let padded = s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  return n < 0 ? "-" + padded : padded
}

/// What a word or fixed phrase means to the extractors. One word may mean several things
/// ("عام" is both a year marker and a duration unit); recognizers pick what fits.
public enum Lex: Sendable, Hashable {
  /// A number word: its value and how it combines ("ثلاثة" unit 3, "عشرون" ten 20,
  /// "مئة" hundred 100, "ثلاثمئة" hundreds 300, "twelve" teen 12).
  case numeral(Int, NumeralRole)
  /// A dual number word that stands alone: "ألفان" 2000, "مليونين" 2e6, "مئتين" 200.
  case dualNumeral(Double)
  /// "thousand", "ألف", "مليون", "bn" …
  case scale(Double)
  /// "ألفين", "مليونان": two of the scale when no number precedes.
  case scaleDual(Double)
  case percentWord
  case percentagePointWord
  /// Bare "points" / "نقطة": percentage points only next to a percentage context.
  case pointWord
  case multiplier(MultiplierWord)
  /// ISO 4217 code, or a generic label such as "EGP|GBP" resolved by context.
  case currency(String)
  /// A subunit: "cent", "قرش", "هللة" and the hundredth it is worth.
  case currencySubunit(String)
  case unit(MeasureUnit)
  /// A unit or currency in the Arabic dual, which counts two: "لترين", "أونصتان", "دولارين".
  case dualUnit(MeasureUnit)
  case dualCurrency(String)
  /// A fraction that may stand before a unit: "half a gallon", "نصف لتر"; an ordinal one
  /// ("tenth") only with "of".
  case unitFraction(Double, needsOf: Bool)
  case durationUnit(DurationUnit, count: Int)
  case month(Int)
  case hijriMonth(Int)
  case weekday(Int)
  case hedge(Hedge)
  case ordinal(Int)
  /// "الماضي", "last": the most recent such period before the document date.
  case past
  /// "المقبل", "next": the next such period after the document date.
  case next
  case timeZone(minutes: Int)
  case marker(Marker)
  /// A word that may start a named period: "this", "previous", "end", "q" ("Q3 2016"), "EOY".
  /// Not a marker: "end", "start" and "rest" stay nouns to the readers that look for one.
  case periodWord
  case connector(Connector)
}

public enum NumeralRole: Sendable, Hashable {
  case unit  // 0…10 and their forms
  case teen  // 11…19
  case ten  // 20…90
  case hundred  // 100…900 written as one word
  case and  // "و" / "and" joining parts is handled by recognizers; kept for completeness
}

public enum MultiplierWord: Sendable, Hashable {
  /// "أضعاف", "times", "fold", "مرات": needs a number before it.
  case times
  /// "ضعف" (twice as much when alone), "twice", "doubled", "tripled", "halved", "تضاعف" …
  case fixed(Double)
  /// "ضعفين": read as two to three times, since usage differs.
  case range(Double, Double)
}

public enum DurationUnit: String, Sendable, Hashable, CaseIterable {
  case second, minute, hour, day, week, month, year, decade, century

  /// `n` of this unit on the calendar: a count of days, or of months when `months` is true;
  /// nil for units a date is not counted in (hours, centuries).
  func calendarSpan(_ n: Int) -> (count: Int, months: Bool)? {
    switch self {
    case .day: (n, false)
    case .week: (7 * n, false)
    case .month: (n, true)
    case .year: (12 * n, true)
    case .decade: (120 * n, true)
    default: nil
    }
  }

  public var seconds: Double {
    switch self {
    case .second: return 1
    case .minute: return 60
    case .hour: return 3600
    case .day: return 86400
    case .week: return 604800
    case .month: return 2_629_746
    case .year: return 31_556_952
    case .decade: return 315_569_520
    case .century: return 3_155_695_200
    }
  }
}

public enum Marker: Sendable, Hashable {
  /// "عام", "سنة", "year", "in": a following number may be a year.
  case year
  /// "هـ", "هجري", "AH": the date is Hijri.
  case hijri
  /// "م", "ميلادي", "AD", "CE".
  case gregorian
  /// "الساعة", "at": a time follows.
  case clock
  /// "صباحاً", "am" / "مساءً", "pm".
  case am, pm
  /// "تم النشر", "نشر", "published" / "تم التحديث", "updated".
  case published, updated
  /// "بتوقيت": a zone name follows.
  case zoneIntro
  /// "يوم", "day": a weekday or date follows.
  case day
  /// "شهر", "month".
  case monthWord
  /// A day named relative to the document date: "أمس", "yesterday" (-1), "today" (0),
  /// "غداً", "tomorrow" (+1), "أول أمس" (-2).
  case relativeDay(Int)
  /// "Christmas", "Easter", "عيد الفطر": a day named instead of written.
  case holiday(Holiday)
}

public enum Connector: Sendable, Hashable {
  /// "بين", "between".
  case between
  /// "و", "and".
  case and
  /// "من", "from".
  case from
  /// "إلى", "الى", "حتى", "to", "through".
  case to
}

/// A unit of measure, normalised to a base unit of its dimension.
public struct MeasureUnit: Sendable, Hashable {
  public enum Dimension: String, Sendable, Hashable {
    case dataSize = "data_size", mass, length, area, volume, temperature, speed, energy, power
  }
  public var symbol: String
  public var dimension: Dimension
  /// Factor to the dimension's base unit (byte, kilogram, metre, square metre, litre, km/h,
  /// watt, watt-hour). Celsius and Fahrenheit are their own scales: factor 1, never converted.
  public var factor: Double

  public init(_ symbol: String, _ dimension: Dimension, _ factor: Double) {
    self.symbol = symbol
    self.dimension = dimension
    self.factor = factor
  }
}

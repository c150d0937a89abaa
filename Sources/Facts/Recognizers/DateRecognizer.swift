import TextModel

/// A date or time found in the text, before a yearless or relative one is resolved
/// against the document date.
struct DateMatch {
  enum Role { case published, updated }

  var tokens: Range<Int>
  var year: Int?
  var month: Int?
  var day: Int?
  var hour: Int?
  var minute: Int?
  var second: Int?
  var utcOffset: Int?
  var weekday: Int?
  /// "الماضي" / "last" (-1), "المقبل" / "next" (+1).
  var relative: Int = 0
  /// The Hijri date as written, when the text gave one.
  var hijri: CivilDate?
  /// Set when the date follows "تم النشر:" / "Published:" or "تم التحديث:" / "Updated:".
  var role: Role?

  var isComplete: Bool { year != nil }
  var civil: CivilDate? {
    guard let year else { return nil }
    let d = CivilDate(
      year: year, month: month, day: day, hour: hour, minute: minute, second: second,
      utcOffset: utcOffset)
    return d.isValid ? d : nil
  }
}

extension Scan {
  /// A date or time starting at token `i`.
  func matchDate(at i: Int, limit: Int) -> DateMatch? {
    nil
  }

  /// The fact for a date, its year resolved against `reference` when the text left it out;
  /// nil when the date cannot be placed.
  func dateFact(_ d: DateMatch, reference: CivilDate?, template: Fact) -> Fact? {
    guard let civil = d.civil else { return nil }
    var f = template
    f.type = civil.grain >= .minute ? .time : .date
    f.date = civil
    f.interval = civil.interval
    f.weekday = d.weekday
    if let h = d.hijri {
      f.calendar = "hijri"
      f.hijriDate = h
    }
    return f
  }
}

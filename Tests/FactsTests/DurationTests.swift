import Testing

@testable import Facts
@testable import TextModel

/// Durations read without a plain figure, halves and compounds: "type value unit|span".
struct DurationCase: Sendable, CustomStringConvertible {
  var text: String
  var expected: [String]
  init(_ text: String, _ expected: [String]) {
    self.text = text
    self.expected = expected
  }
  var description: String { text }
}

/// The duration facts of `text` as "value unit|span".
func durations(_ text: String) -> [String] {
  let a = FactExtractor().analyze(Document(id: "t", text: text))
  let utf8 = Array(text.utf8)
  return a.facts.filter { $0.type == .duration }.map { f in
    let v = f.value.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } ?? "nil"
    return "\(v) \(f.unit ?? "nil")|" + String(decoding: utf8[f.span], as: UTF8.self)
  }
}

@Test(arguments: [
  // A unit alone needs a duration context in Arabic.
  DurationCase("سيغادر الوفد لمدة أسبوع", ["1 week|أسبوع"]),
  DurationCase("تستمر الهدنة طوال شهر", ["1 month|شهر"]),
  DurationCase("سيبقى في المستشفى يوم كامل", ["1 day|يوم كامل"]),
  DurationCase("قضى ليوم كامل في الانتظار", ["1 day|يوم كامل"]),
  DurationCase("اشترى ساعة جديدة من السوق", []),
  DurationCase("عاد إلى منزله في الساعة الخامسة", []),
  DurationCase("يزداد الإقبال خلال شهر رمضان", []),
  DurationCase("مضت سنوات على الحادث", []),
  DurationCase("يتراجع الاهتمام يوماً بعد يوم", []),
  DurationCase("استعد الجمهور ليوم العرض", []),
  DurationCase("قيمته السوقية بالنسبة لسنه ممتازة", []),
  // Halves.
  DurationCase("انتظر المسافرون نصف ساعة في المطار", ["0.5 hour|نصف ساعة"]),
  DurationCase("استمرت المفاوضات ساعتين ونصف", ["2.5 hour|ساعتين ونصف"]),
  DurationCase("دامت الجلسة ساعة ونصف تقريباً", ["1.5 hour|ساعة ونصف"]),
  DurationCase("تأخرت الطائرة ساعتين وربع", ["2.25 hour|ساعتين وربع"]),
  // Compounds: the total in the smallest unit.
  DurationCase("حكم عليه بالسجن 3 سنوات و6 أشهر", ["42 month|3 سنوات و6 أشهر"]),
  DurationCase("استغرقت الرحلة 4 ساعات و15 دقيقة", ["255 minute|4 ساعات و15 دقيقة"]),
  DurationCase("قبل 6 أشهر", ["6 month|6 أشهر"]),
])
func arabicDurations(_ c: DurationCase) {
  #expect(durations(c.text) == c.expected)
}

@Test(arguments: [
  DurationCase("The talks lasted a week.", ["1 week|a week"]),
  DurationCase("We waited another hour before boarding.", ["1 hour|another hour"]),
  DurationCase("The shop stayed open all day.", ["1 day|all day"]),
  DurationCase("It took half an hour to clear the road.", ["0.5 hour|half an hour"]),
  DurationCase("Doctors operated for an hour and a half.", ["1.5 hour|an hour and a half"]),
  DurationCase("The fire burned for 5 and a half hours.", ["5.5 hour|5 and a half hours"]),
  DurationCase("The meeting lasted 2 hours and 30 minutes.", ["150 minute|2 hours and 30 minutes"]),
  DurationCase("The flight took 1 hour and fifteen.", ["75 minute|1 hour and fifteen"]),
  DurationCase("The new route takes 12 fewer minutes.", ["12 minute|12 fewer minutes"]),
  DurationCase("The hearing ran 2 hours 10.", ["130 minute|2 hours 10"]),
  DurationCase("He spoke for 2 hours and 10 people left.", ["2 hour|2 hours"]),
  DurationCase("It lasted one and a quarter of an hour.", ["1.25 hour|one and a quarter of an hour"]),
  DurationCase("It took two and three quarters of hours.", ["2.75 hour|two and three quarters of hours"]),
  DurationCase("He served 2 years, 3 months in prison.", ["27 month|2 years, 3 months"]),
  DurationCase("Growth slowed over a decade.", ["1 decade|a decade"]),
  DurationCase("Repairs need 2 more days.", ["2 day|2 more days"]),
  DurationCase("The race took 1/2 hour.", ["0.5 hour|1/2 hour"]),
  DurationCase("He took a one year and a quarter break.", ["1.25 year|one year and a quarter"]),
  DurationCase("Talks should end in a couple of days.", ["2 day|a couple of days"]),
  DurationCase("Half of the staff and half of the budget left.", []),
  DurationCase("The rescue took 3 hrs in total.", ["3 hour|3 hrs"]),
  DurationCase("It finalised the one billion H.K. Dlr loan.", []),
  DurationCase("The rescue took 3h in total.", ["3 hour|3h"]),
  DurationCase("Years of war left the city in ruins.", []),
  DurationCase("A second round of talks begins soon.", []),
  DurationCase("It was a full-year result.", []),
  // Rates: "a year" after a figure is "per year".
  DurationCase("Sales of $600m a year were possible.", []),
  DurationCase("It pumps a million barrels of oil a day.", []),
  DurationCase("The firm warned about full year profits.", []),
  DurationCase("He sang it at least once a day.", []),
  DurationCase("Sales rose on a year-on-year basis.", []),
])
func englishDurations(_ c: DurationCase) {
  #expect(durations(c.text) == c.expected)
}

@Test func compoundUnitsConvert() {
  #expect(Scan.unitRatio(.year, .month) == 12)
  #expect(Scan.unitRatio(.hour, .minute) == 60)
  #expect(Scan.unitRatio(.year, .day) == 365)
  #expect(Scan.unitRatio(.month, .day) == 30)
  #expect(Scan.unitRatio(.week, .day) == 7)
}

import Facts
import TextModel

/// The date facts of `text`, each with its span as written: what the date tables compare.
func dateFacts(_ text: String, _ options: ExtractionOptions) -> [(fact: Fact, span: String)] {
  let analysis = FactExtractor(options: options).analyze(Document(id: "t", text: text))
  let utf8 = Array(text.utf8)
  return analysis.facts.filter { $0.type == .date }.map { ($0, String(decoding: utf8[$0.span], as: UTF8.self)) }
}

/// The ISO day that an interval end, in seconds since 1970, falls on.
func isoDay(_ seconds: Double) -> String {
  let c = CivilDate.civilFromDays(Int((seconds / 86400).rounded(.down)))
  return CivilDate(year: c.year, month: c.month, day: c.day).description
}

/// Each date fact of a case as "ISO date|span|first day|day after the last", with "|hijri=…"
/// when the text gave a Hijri date.
func periodFacts(_ c: DateCase) -> [String] {
  dateFacts(c.text, ExtractionOptions(dayFirst: c.dayFirst, referenceDate: c.reference)).map { f, span in
    var s = "\(f.date?.description ?? "nil")|\(span)|\(isoDay(f.interval.low))|\(isoDay(f.interval.high))"
    if f.calendar == "hijri", let h = f.hijriDate { s += "|hijri=\(h.description)" }
    return s
  }
}

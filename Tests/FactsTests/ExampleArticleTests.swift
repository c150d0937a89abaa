import Foundation
import Testing

@testable import Facts
@testable import TextModel

/// The bundled example articles carry the seed article's facts; these are the readings the
/// rules depend on.
@Suite struct ExampleArticleTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  struct Want: Sendable, CustomTestStringConvertible {
    var text: String
    var type: FactType
    var value: String
    var low: Double? = nil
    var high: Double? = nil
    var lowInclusive: Bool? = nil
    var highInclusive: Bool? = nil
    var unit: String? = nil
    var testDescription: String { text }
  }

  static func analyse(_ name: String) throws -> Analysis {
    let path = root.appendingPathComponent("Examples/articles/\(name)").path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return FactExtractor().analyze(Document(id: name, path: path, text: text))
  }

  static func check(_ a: Analysis, _ w: Want) {
    let bytes = Array(a.document.text.utf8)
    let hit = a.facts.first { String(decoding: bytes[$0.span], as: UTF8.self) == w.text && $0.type == w.type }
    guard let f = hit else {
      Issue.record("no \(w.type) fact «\(w.text)»")
      return
    }
    #expect((f.date?.description ?? f.value.map(formatNumber)) == w.value)
    if let low = w.low { #expect(f.interval.low == low) }
    if let high = w.high { #expect(f.interval.high == high) }
    if let li = w.lowInclusive { #expect(f.interval.lowInclusive == li) }
    if let hi = w.highInclusive { #expect(f.interval.highInclusive == hi) }
    if let u = w.unit { #expect(f.unit == u) }
  }

  static let arabic: [Want] = [
    Want(text: "حوالي 73 ألف شخص", type: .count, value: "73000", low: 69350, high: 76650, unit: "شخص"),
    Want(text: "أقل من 40 ألفاً", type: .number, value: "40000", high: 40000, highInclusive: false),
    Want(text: "84%", type: .percent, value: "84", low: 83.5, high: 84.5, lowInclusive: true, highInclusive: false),
    Want(text: "بأكثر من 3 أضعاف", type: .multiplier, value: "3", low: 3, lowInclusive: false),
    Want(text: "ما يقرب من 1400 تيرابايت", type: .measure, value: "1400", high: 1400, unit: "TB"),
    Want(text: "75 مليار دولار", type: .money, value: "75000000000", unit: "USD"),
    Want(text: "يوليو/ تموز 2025", type: .date, value: "2025-07"),
    Want(text: "2026/02/19 الساعة 06:22 بتوقيت غرينتش", type: .time, value: "2026-02-19T06:22Z"),
    Want(text: "عام 2003", type: .date, value: "2003"),
    Want(text: "23 عاماً", type: .duration, value: "23", unit: "year"),
    Want(text: "الرجال الـ8", type: .count, value: "8", unit: "رجال"),
    Want(text: "رحلتين", type: .count, value: "2", unit: "رحلة"),
  ]

  static let english: [Want] = [
    Want(text: "about 73,000 people", type: .count, value: "73000", low: 69350, high: 76650, unit: "people"),
    Want(text: "fewer than 40,000", type: .number, value: "40000", high: 40000, highInclusive: false),
    Want(text: "84%", type: .percent, value: "84", low: 83.5, high: 84.5),
    Want(text: "more than 3 times", type: .multiplier, value: "3", low: 3, lowInclusive: false),
    Want(text: "nearly 1,400 TB", type: .measure, value: "1400", high: 1400, unit: "TB"),
    Want(text: "$75 billion", type: .money, value: "75000000000", unit: "USD"),
    Want(text: "last July", type: .date, value: "2025-07"),
    Want(text: "2026-02-19 06:22 GMT", type: .time, value: "2026-02-19T06:22Z"),
    Want(text: "2003", type: .date, value: "2003"),
    Want(text: "23-year", type: .duration, value: "23", unit: "year"),
    Want(text: "8 men", type: .count, value: "8", unit: "men"),
    Want(text: "two flights", type: .count, value: "2", unit: "flights"),
  ]

  @Test(arguments: arabic) func arabicArticle(_ w: Want) throws { Self.check(try Self.analyse("detentions.ar.txt"), w) }
  @Test(arguments: english) func englishArticle(_ w: Want) throws { Self.check(try Self.analyse("detentions.en.txt"), w) }

  @Test(arguments: ["detentions.ar.txt", "detentions.en.txt"]) func documentDatesAndList(_ name: String) throws {
    let a = try Self.analyse(name)
    #expect(a.published?.description == "2026-02-19T06:22Z")
    #expect(a.updated?.description == "2026-02-19T06:24Z")
    let list = try #require(a.facts.first { $0.type == .list })
    #expect(list.value == 3)
    let intro = a.segmentation.lists.first?.introduction
    #expect(intro != nil)
  }
}

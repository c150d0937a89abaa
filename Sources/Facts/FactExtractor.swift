import TextModel

public struct ExtractionOptions: Sendable, Equatable {
  public var policy: IntervalPolicy
  /// "03/04/2026" reads as 3 April when true (the default), 4 March when false.
  public var dayFirst: Bool
  /// Overrides the detected language of every document.
  public var language: Language?
  /// The language of documents whose script says nothing (no letters at all).
  public var defaultLanguage: Language = .ar
  /// The date to resolve "last July" and yearless dates against when a document has none.
  public var referenceDate: CivilDate?
  /// Which occurrence a yearless date ("15 March") or a bare weekday ("on Monday") names when
  /// the text gives no "last" or "next".
  public var dateDirection: DateDirection = .nearest

  public init(
    policy: IntervalPolicy = IntervalPolicy(), dayFirst: Bool = true, language: Language? = nil,
    referenceDate: CivilDate? = nil
  ) {
    self.policy = policy
    self.dayFirst = dayFirst
    self.language = language
    self.referenceDate = referenceDate
  }
}

/// How a yearless date or a bare weekday is placed around the document date.
public enum DateDirection: String, Sendable, CaseIterable {
  /// The occurrence nearest the document date, leaning on the tense of the clause: after
  /// "will", "'ll", "سوف", "سيتم" a weekday or a month the verb is timed by ("will close by
  /// October 1") is the next one; after "was", "were", "had" a weekday is the previous one.
  case nearest
  /// The document date itself or the occurrence before it.
  case past
  /// The document date itself or the occurrence after it (schedules, agendas). A weekday
  /// the document date falls on is the next one, and a day of the document's own month stays
  /// in that month ("the 1st of February" in mid-February), as Duckling reads them.
  case future
}

/// Everything read from one document: its text model and its facts.
public struct Analysis: Sendable {
  public let document: Document
  public let text: NormalizedText
  public let tokens: [Token]
  public let segmentation: Segmentation
  public let language: Language
  public var published: CivilDate?
  public var updated: CivilDate?
  public var facts: [Fact]
  /// The clitic-free stems of the Arabic words, in token order.
  public let stems: [Stem]
}

/// Reads the numeric facts of documents. Build one and share it: it holds the lexicons.
public struct FactExtractor: Sendable {
  public let lexicon: Lexicon
  public var options: ExtractionOptions

  public init(options: ExtractionOptions = ExtractionOptions(), packs: [LanguagePack] = LanguagePack.all) {
    self.lexicon = Lexicon(packs)
    self.options = options
  }

  public func analyze(_ document: Document) -> Analysis {
    let text = NormalizedText(document)
    let tokens = text.tokenize()
    let segmentation = Segmentation(tokens: tokens, text: text)
    let language =
      options.language ?? document.languageHint ?? Self.language(of: segmentation, tokens)
      ?? options.defaultLanguage
    let scan = Scan(source: document.text, text: text, tokens: tokens, lexicon: lexicon, options: options)

    var metaPublished = document.published.flatMap(parseISODate)
    let metaUpdated = document.updated.flatMap(parseISODate)

    var facts: [Fact] = []
    var pendingDates: [(Int, DateMatch)] = []
    var skip = [Bool](repeating: false, count: tokens.count)
    for list in segmentation.lists {
      for item in list.items { for t in item.marker { skip[t] = true } }
    }
    // Links and e-mail addresses hold digits that are no figures.
    scan.markLinks(&skip)
    scan.markCodes(&skip)
    var clauseBreaks = segmentation.clauseBreaks[...]
    for (s, sentence) in segmentation.sentences.enumerated() {
      var i = sentence.tokens.lowerBound
      let end = sentence.tokens.upperBound
      var clause = 0
      var sentenceFacts: [Fact] = []
      while i < end {
        while let b = clauseBreaks.first, b < i {
          clauseBreaks.removeFirst()
          if b >= sentence.tokens.lowerBound { clause += 1 }
        }
        if skip[i] {
          i += 1
          continue
        }
        // Cheap tests first: most tokens start nothing, and the recognizers return large values.
        if scan.mayStartDate(i), let d = scan.matchDate(at: i, limit: end) {
          pendingDates.append((facts.count + sentenceFacts.count, d))
          sentenceFacts.append(Self.datePlaceholder(d, scan: scan, sentence: s, clause: clause))
          i = d.tokens.upperBound
          continue
        }
        // Three branches that share `accept`: funnelling the recognizers through one `Fact?`
        // cost 40% of extraction speed (release bench, Arabic corpus).
        if scan.mayStartDurationWords(i), let q = scan.matchDurationWords(at: i, limit: end) {
          i = Self.accept(
            q, scan: scan, limit: end, sentence: s, clause: clause, before: facts.count,
            into: &sentenceFacts, dates: &pendingDates)
          continue
        }
        if scan.mayStartQuantity(i), let q = scan.matchQuantity(at: i, limit: end) {
          i = Self.accept(
            q, scan: scan, limit: end, sentence: s, clause: clause, before: facts.count,
            into: &sentenceFacts, dates: &pendingDates)
          continue
        }
        if scan.mayStandalone(i), let q = scan.matchStandalone(at: i, limit: end) {
          i = Self.accept(
            q, scan: scan, limit: end, sentence: s, clause: clause, before: facts.count,
            into: &sentenceFacts, dates: &pendingDates)
          continue
        }
        i += 1
      }
      scan.addRanges(to: &sentenceFacts, sentence: s)
      facts.append(contentsOf: sentenceFacts)
    }

    // Dates: the document's own "published"/"updated" lines first, then everything else
    // resolved against the document date.
    if metaPublished == nil,
      let d = pendingDates.first(where: { $0.1.role == .published && $0.1.isComplete })
    {
      metaPublished = d.1.civil
    }
    var updated = metaUpdated
    if updated == nil, let d = pendingDates.first(where: { $0.1.role == .updated && $0.1.isComplete }) {
      updated = d.1.civil
    }
    let reference = metaPublished ?? options.referenceDate
    var drop = Set<Int>()
    for (index, d) in pendingDates {
      if let fact = scan.dateFact(d, reference: reference, template: facts[index]) {
        facts[index] = fact
      } else {
        drop.insert(index)
      }
    }
    if !drop.isEmpty {
      facts = facts.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
    }
    scan.addNumericDates(to: &facts)
    scan.addDateRanges(to: &facts, reference: reference)
    facts.append(contentsOf: scan.listFacts(segmentation))
    facts.sort { ($0.span.lowerBound, $0.span.upperBound) < ($1.span.lowerBound, $1.span.upperBound) }

    return Analysis(
      document: document, text: text, tokens: tokens, segmentation: segmentation,
      language: language, published: metaPublished, updated: updated, facts: facts, stems: scan.stems)
  }

  /// Adds a fact a word recognizer found, and for "3 days ago", "منذ 3 أيام" the date it points
  /// to as well; returns the token after it.
  @inline(__always)
  static func accept(
    _ found: Fact, scan: Scan, limit: Int, sentence: Int, clause: Int, before: Int,
    into facts: inout [Fact], dates: inout [(Int, DateMatch)]
  ) -> Int {
    var q = found
    if q.type == .duration {
      q = scan.extendDuration(q, limit: limit)
      if let d = scan.agoDate(for: q, limit: limit) {
        dates.append((before + facts.count, d))
        facts.append(datePlaceholder(d, scan: scan, sentence: sentence, clause: clause))
      }
    }
    q.sentence = sentence
    q.clause = clause
    facts.append(q)
    return q.tokens.upperBound
  }

  /// The fact a date holds the place of until it is resolved against the document date.
  static func datePlaceholder(_ d: DateMatch, scan: Scan, sentence: Int, clause: Int) -> Fact {
    var placeholder = Fact(
      type: .date, span: scan.span(d.tokens), tokens: d.tokens, value: nil, interval: .all, sentence: sentence)
    placeholder.clause = clause
    return placeholder
  }

  static func language(of segmentation: Segmentation, _ tokens: [Token]) -> Language? {
    var arabic = 0
    var latin = 0
    for (p, script) in segmentation.paragraphScripts.enumerated() {
      let weight = segmentation.paragraphs[p].count
      switch script {
      case .arabic: arabic += weight
      case .latin: latin += weight
      case .other: break
      }
    }
    if latin == 0 && arabic == 0 { return nil }
    return latin > arabic ? .en : .ar
  }
}

/// Reads "2026-02-19", "2026-02-19T06:22:00Z", "2026/02/19 06:22", "2026-02-19T06:22+03:00".
public func parseISODate(_ s: String) -> CivilDate? {
  // Every document carries one or two of these: ASCII, the usual case, is read as it is.
  let v: [UInt32] = s.utf8.allSatisfy { $0 < 0x80 } ? s.utf8.map(UInt32.init) : NormalizedText(text: s).scalars
  var i = 0
  func number(maxDigits: Int) -> Int? {
    var n = 0
    let start = i
    while i < v.count, v[i] >= 0x30, v[i] <= 0x39, i - start < maxDigits {
      n = n * 10 + Int(v[i] - 0x30)
      i += 1
    }
    return i > start ? n : nil
  }
  func skip(_ a: UInt32, _ b: UInt32 = .max, _ c: UInt32 = .max) -> Bool {
    guard i < v.count, v[i] == a || v[i] == b || v[i] == c else { return false }
    i += 1
    return true
  }
  while i < v.count, v[i] == 0x20 { i += 1 }
  guard let year = number(maxDigits: 4), year >= 1000 else { return nil }
  var d = CivilDate(year: year)
  if skip(0x2D, 0x2F, 0x2E), let m = number(maxDigits: 2) {
    d.month = m
    if skip(0x2D, 0x2F, 0x2E), let day = number(maxDigits: 2) { d.day = day }
  }
  if d.day != nil, skip(0x54, 0x74, 0x20) {
    while i < v.count, v[i] == 0x20 { i += 1 }
    if let h = number(maxDigits: 2), skip(0x3A), let mi = number(maxDigits: 2) {
      d.hour = h
      d.minute = mi
      d.utcOffset = 0
      if skip(0x3A), let sec = number(maxDigits: 2), sec != 0 { d.second = sec }
      if skip(0x2E) { _ = number(maxDigits: 9) }
      while i < v.count, v[i] == 0x20 { i += 1 }
      if i < v.count, v[i] == 0x2B || v[i] == 0x2D {
        let sign = v[i] == 0x2B ? 1 : -1
        i += 1
        if let oh = number(maxDigits: 2) {
          var om = 0
          if skip(0x3A) { om = number(maxDigits: 2) ?? 0 } else if let m2 = number(maxDigits: 2) { om = m2 }
          d.utcOffset = sign * (oh * 60 + om)
        }
      }
    }
  }
  return d.isValid ? d : nil
}

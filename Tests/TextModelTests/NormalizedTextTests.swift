import Testing

@testable import TextModel

@Suite struct NormalizedTextTests {
  @Test(arguments: [
    ("١٬٤٠٠", "1,400"), ("٣٫٥٪", "3.5%"), ("۱۴۰۳", "1403"), ("أحمد", "احمد"), ("إلى", "الي"),
    ("مدرسة", "مدرسه"), ("ألفـــاً", "الفا"), ("عَامًا", "عاما"), ("\u{200F}84%\u{200E}", "84%"),
    ("TB", "tb"), ("آلاف", "الاف"),
  ])
  func folds(_ input: String, _ expected: String) {
    let n = NormalizedText(text: input)
    #expect(n.string(0..<n.count) == expected)
  }

  @Test func mapsBackToOriginalBytes() {
    let text = "قال: ٨٤ـ٪"
    let n = NormalizedText(text: text)
    let s = n.string(0..<n.count)
    #expect(s == "قال: 84%")
    // "٨" is two bytes at UTF-8 offset 8.
    let eight = n.count - 3
    #expect(n.originalRange(eight..<(eight + 1)) == 8..<10)
    // The percent sign comes after a dropped tatweel: its range skips it.
    #expect(n.originalRange((n.count - 1)..<n.count) == 14..<16)
  }

  @Test func crlfIsOneBreakCoveringBothBytes() {
    let n = NormalizedText(text: "a\r\nb\rc")
    #expect(n.string(0..<n.count) == "a\nb\nc")
    #expect(n.originalRange(1..<2) == 1..<3)
    #expect(n.originalRange(3..<4) == 4..<5)
  }

  @Test func editsReplaceRegions() {
    let text = "<p>84&#37;</p>"
    let n = NormalizedText(
      text: text,
      edits: [
        TextEdit(range: 0..<3, replacement: "\n\n"), TextEdit(range: 5..<10, replacement: "%"),
        TextEdit(range: 10..<14, replacement: ""),
      ])
    #expect(n.string(0..<n.count) == "\n\n84%")
    #expect(n.originalRange(4..<5) == 5..<10)
  }

  @Test func lineIndexCountsCodePoints() {
    let index = LineIndex("سطر أول\r\nقال ٨٤٪\nend")
    let p = index.position(ofUTF8: Array("سطر أول\r\nقال ".utf8).count)
    #expect(p.line == 2)
    #expect(p.column == 5)
    #expect(p.offset == 13)
    #expect(index.line(2) == "قال ٨٤٪")
    #expect(index.position(ofUTF8: Array("سطر أول\r\nقال ٨٤٪\ne".utf8).count).line == 3)
  }
}

@Suite struct SegmentationTests {
  func sentences(_ text: String) -> [String] {
    let n = NormalizedText(text: text)
    let tokens = n.tokenize()
    let seg = Segmentation(tokens: tokens, text: n)
    return seg.sentences.map { s in
      n.string(Int(tokens[s.tokens.lowerBound].start)..<Int(tokens[s.tokens.upperBound - 1].end))
    }
  }

  @Test func decimalsAndAbbreviationsDoNotEndSentences() {
    #expect(
      sentences("The U.S. economy grew 3.5 percent. Dr. Smith agreed! Why? Yes.")
        == ["the u.s. economy grew 3.5 percent.", "dr. smith agreed!", "why?", "yes."])
  }

  @Test func arabicPunctuation() {
    #expect(sentences("ارتفع المؤشر 2.5% اليوم؛ وهل يستمر؟ ربما.") == ["ارتفع المؤشر 2.5% اليوم؛", "وهل يستمر؟", "ربما."])
  }

  @Test(arguments: [
    ("تنقسم الهيئة إلى 3 إدارات:\n1. الأولى\n2. الثانية\n3. الثالثة", 3, "numbered"),
    ("تنقسم الهيئة إلى إدارتين:\n١- الأولى\n٢- الثانية", 2, "numbered"),
    ("Three parts:\n- one\n- two\n- three", 3, "bulleted"),
    ("Parts:\n(1) one\n(2) two", 2, "numbered"),
    ("المحاور:\nأولاً: الاقتصاد\nثانياً: الصحة\nثالثاً: التعليم", 3, "ordinal_words"),
    ("Items:\n* a\n\n* b\n* c", 3, "bulleted"),
  ])
  func listsAttachToTheirIntroduction(_ text: String, _ count: Int, _ style: String) throws {
    let n = NormalizedText(text: text)
    let tokens = n.tokenize()
    let seg = Segmentation(tokens: tokens, text: n)
    let list = try #require(seg.lists.first)
    #expect(list.items.count == count)
    #expect(list.style.rawValue == style)
    let intro = try #require(list.introduction)
    #expect(seg.sentences[intro].tokens.lowerBound == 0)
  }

  @Test func paragraphScript() {
    let n = NormalizedText(text: "نص عربي هنا\n\nEnglish text here")
    let tokens = n.tokenize()
    let seg = Segmentation(tokens: tokens, text: n)
    #expect(seg.paragraphScripts == [.arabic, .latin])
  }
}

@Suite struct LineIndexTests {
  /// Checkpointed conversion agrees with a plain scan at every character boundary,
  /// including across checkpoint strides and on one very long line.
  @Test(arguments: [1, 3, 120])
  func agreesWithAPlainScan(_ repeats: Int) {
    let unit = "قال ٨٤٪ and 3.5%\r\nسطر\n\u{1F600}x\r"
    let text = String(repeating: unit, count: repeats) + String(repeating: "نص طويل ", count: repeats * 40)
    let index = LineIndex(text)
    let bytes = Array(text.utf8)
    var line = 1
    var column = 1
    var offset = 0
    var i = 0
    while i <= bytes.count {
      if i == bytes.count || bytes[i] & 0xC0 != 0x80 {
        #expect(index.position(ofUTF8: i) == LineIndex.Position(line: line, column: column, offset: offset))
      }
      guard i < bytes.count else { break }
      let b = bytes[i]
      if b & 0xC0 != 0x80 {
        offset += 1
        column += 1
      }
      if b == 0x0A || (b == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) {
        line += 1
        column = 1
      }
      i += 1
    }
  }

  @Test func emptyText() {
    #expect(LineIndex("").position(ofUTF8: 0) == LineIndex.Position(line: 1, column: 1, offset: 0))
  }
}

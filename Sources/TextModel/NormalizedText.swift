/// The text as the extractors read it: one scalar per kept character, with digits in ASCII,
/// Arabic separators unified, marks and bidi controls dropped, letter variants folded and
/// Latin lower-cased. Every scalar remembers the UTF-8 range it came from in the original.
public struct NormalizedText: Sendable {
  public let scalars: [UInt32]
  /// UTF-8 range in the original text of `scalars[i]`.
  public let starts: [Int32]
  public let ends: [Int32]

  public var count: Int { scalars.count }

  public init(_ document: Document) {
    self.init(text: document.text, edits: document.edits)
  }

  public init(text: String, edits: [TextEdit] = []) {
    var text = text
    let sortedEdits = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
    var limit = text.utf8.count
    for e in sortedEdits { limit += e.replacement.unicodeScalars.count }
    guard limit > 0 else {
      self.scalars = []
      self.starts = []
      self.ends = []
      return
    }
    // One pass into preallocated buffers: there are never more scalars than UTF-8 bytes
    // plus what the edits insert.
    var count = 0
    var starts: [Int32] = []
    var ends: [Int32] = []
    let scalars = [UInt32](unsafeUninitializedCapacity: limit) { out, outCount in
      starts = [Int32](unsafeUninitializedCapacity: limit) { st, stCount in
        ends = [Int32](unsafeUninitializedCapacity: limit) { en, enCount in
          count = text.withUTF8 { bytes in
            Self.foldTable.withUnsafeBufferPointer { table in
              Self.fill(
                bytes, sortedEdits, table.baseAddress!, out.baseAddress!, st.baseAddress!, en.baseAddress!)
            }
          }
          enCount = count
        }
        stCount = count
      }
      outCount = count
    }
    self.scalars = scalars
    self.starts = starts
    self.ends = ends
  }

  /// The normalisation loop, with every buffer a plain pointer argument: filled from inside the
  /// closures, the loop reloaded the captured buffers after each store (47 instructions a scalar
  /// on Arabic news, 19.5 here). Returns the number of scalars written.
  private static func fill(
    _ bytes: UnsafeBufferPointer<UInt8>, _ edits: [TextEdit], _ table: UnsafePointer<UInt32>,
    _ out: UnsafeMutablePointer<UInt32>, _ st: UnsafeMutablePointer<Int32>, _ en: UnsafeMutablePointer<Int32>
  ) -> Int {
    guard let b = bytes.baseAddress else { return 0 }
    let size = bytes.count
    var n = 0
    var i = 0
    var editIndex = 0
    while true {
      // Up to the next edit no byte needs the edit test.
      let stop = editIndex < edits.count ? min(edits[editIndex].range.lowerBound, size) : size
      (i, n) = run(b, i, stop, size, table, out, st, en, n)
      guard i < size else { return n }
      // Here an edit starts at or before `i`.
      let edit = edits[editIndex]
      editIndex += 1
      guard edit.range.upperBound > i else { continue }
      for scalar in edit.replacement.unicodeScalars {
        let value = scalar.value
        let folded = value < tableSize ? table[Int(value)] : fold(value)
        put(value, folded, edit.range.lowerBound, edit.range.upperBound, out, st, en, &n)
      }
      i = max(i, edit.range.upperBound)
    }
  }

  /// Folds the scalars that start before `stop`; returns where it stopped and the new count.
  /// Not inlined into `fill`: alone, the loop keeps every pointer in a register (inlined, four
  /// of them were reloaded from the stack for each scalar).
  @inline(never)
  private static func run(
    _ b: UnsafePointer<UInt8>, _ from: Int, _ stop: Int, _ size: Int, _ table: UnsafePointer<UInt32>,
    _ out: UnsafeMutablePointer<UInt32>, _ st: UnsafeMutablePointer<Int32>, _ en: UnsafeMutablePointer<Int32>,
    _ count: Int
  ) -> (Int, Int) {
    var i = from
    var n = count
    // The table read straight by the two bytes of a sequence: for a lead byte 0xC2–0xDF and a
    // continuation 0x80–0xBF, (lead << 6) + continuation - 0x3080 is the code point. Saves the
    // masks of the decode.
    let pairs = table - 0x3080
    while i < stop {
      let b0 = b[i]
      if b0 < 0x80 {
        if b0 != 0x0D {
          // ASCII folds by the table and is never dropped. `next` both for the end and the
          // index: written `i &+ 1` twice, the index went through two registers (3M
          // instructions more on the Arabic sample).
          let next = i &+ 1
          out[n] = table[Int(b0)]
          st[n] = Int32(truncatingIfNeeded: i)
          en[n] = Int32(truncatingIfNeeded: next)
          n &+= 1
          i = next
          continue
        }
        // CR and CRLF read as one line break that covers both bytes.
        let length = i + 1 < size && b[i + 1] == 0x0A ? 2 : 1
        put(0x0A, 0x0A, i, i &+ length, out, st, en, &n)
        i &+= length
        continue
      }
      // Arabic words are runs of two-byte letters: two at a time when both are kept, about 19
      // instructions a letter instead of 25.
      // In valid UTF-8 a lead byte below 0xE0 has one continuation byte after it, so only the
      // two lead bytes need a test.
      if b0 < 0xE0 && i &+ 4 <= stop {
        let b2 = b[i &+ 2]
        if b2 & 0xE0 == 0xC0 {
          let f0 = pairs[(Int(b0) << 6) &+ Int(b[i &+ 1])]
          let f1 = pairs[(Int(b2) << 6) &+ Int(b[i &+ 3])]
          if f0 != dropped && f1 != dropped {
            out[n] = f0
            out[n &+ 1] = f1
            st[n] = Int32(truncatingIfNeeded: i)
            st[n &+ 1] = Int32(truncatingIfNeeded: i &+ 2)
            en[n] = Int32(truncatingIfNeeded: i &+ 2)
            en[n &+ 1] = Int32(truncatingIfNeeded: i &+ 4)
            n &+= 2
            i &+= 4
            continue
          }
        }
      }
      if b0 < 0xE0 {
        // Two bytes: Arabic, Latin-1 and the rest below 0x800, all in the table.
        let folded = pairs[(Int(b0) << 6) &+ Int(b[i &+ 1])]
        if folded != dropped {
          out[n] = folded
          st[n] = Int32(truncatingIfNeeded: i)
          en[n] = Int32(truncatingIfNeeded: i &+ 2)
          n &+= 1
        } else {
          let value = (UInt32(b0 & 0x1F) << 6) | UInt32(b[i &+ 1] & 0x3F)
          put(value, folded, i, i &+ 2, out, st, en, &n)
        }
        i &+= 2
      } else {
        let (value, length) = decode(b, at: i)
        put(value, fold(value), i, i &+ length, out, st, en, &n)
        i &+= length
      }
    }
    return (i, n)
  }

  /// Appends the folded scalar with its original range, or drops it.
  @inline(__always)
  static func put(
    _ value: UInt32, _ folded: UInt32, _ start: Int, _ end: Int, _ out: UnsafeMutablePointer<UInt32>,
    _ st: UnsafeMutablePointer<Int32>, _ en: UnsafeMutablePointer<Int32>, _ count: inout Int
  ) {
    if folded == dropped {
      // A mark belongs to the letter before it: "ألفاً" spans its tanween.
      if isMark(value), count > 0, en[count - 1] == Int32(start) { en[count - 1] = Int32(end) }
      return
    }
    out[count] = folded
    st[count] = Int32(truncatingIfNeeded: start)
    en[count] = Int32(truncatingIfNeeded: end)
    count += 1
  }

  /// A scalar of three or four bytes (the one and two byte cases are read inline).
  @inline(__always)
  static func decode(_ b: UnsafePointer<UInt8>, at i: Int) -> (UInt32, Int) {
    let b0 = UInt32(b[i])
    if b0 < 0xF0 {
      return (((b0 & 0x0F) << 12) | ((UInt32(b[i + 1]) & 0x3F) << 6) | (UInt32(b[i + 2]) & 0x3F), 3)
    }
    return (
      ((b0 & 0x07) << 18) | ((UInt32(b[i + 1]) & 0x3F) << 12) | ((UInt32(b[i + 2]) & 0x3F) << 6)
        | (UInt32(b[i + 3]) & 0x3F), 4
    )
  }

  static let dropped: UInt32 = 0xFFFF_FFFF

  /// `fold` for every scalar of one or two UTF-8 bytes: ASCII, Latin and Arabic, where nearly
  /// every character falls.
  static let tableSize: UInt32 = 0x800
  static let foldTable: [UInt32] = (0..<tableSize).map { fold($0) }

  @inline(__always)
  static func isMark(_ v: UInt32) -> Bool {
    (0x064B...0x065F).contains(v) || v == 0x0670 || (0x06D6...0x06ED).contains(v)
  }

  /// The text without the characters normalisation drops (marks, tatweel, bidi controls),
  /// letters kept as written: how units and nouns are shown.
  public static func clean(_ s: Substring) -> String {
    // Most spans hold nothing to drop: copied whole, not scalar by scalar (about 300
    // instructions a scalar, 1.7% of extraction on Arabic).
    guard s.unicodeScalars.contains(where: { fold($0.value) == dropped }) else { return String(s) }
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars where fold(u.value) != dropped { out.append(u) }
    return String(out)
  }

  /// Maps one scalar to its matching form, or `dropped`.
  @inline(__always)
  public static func fold(_ v: UInt32) -> UInt32 {
    switch v {
    case 0x41...0x5A: return v + 0x20  // A-Z
    case 0x00...0x7F: return v
    case 0x0660...0x0669: return v - 0x0660 + 0x30  // Arabic-Indic digits
    case 0x06F0...0x06F9: return v - 0x06F0 + 0x30  // Persian digits
    case 0x066B: return 0x2E  // ٫ decimal separator
    case 0x066C: return 0x2C  // ٬ thousands separator
    case 0x066A: return 0x25  // ٪
    case 0x0640: return dropped  // tatweel
    case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED: return dropped  // harakat, Quranic marks
    case 0x200B...0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x00AD:
      return dropped  // zero-width and bidi controls, soft hyphen
    case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return 0x0627  // alef forms
    case 0x0649, 0x06CC: return 0x064A  // alef maqsura, Farsi yeh
    case 0x0629: return 0x0647  // teh marbuta
    case 0x06A9: return 0x0643  // keheh
    case 0x00C0...0x00DE where v != 0x00D7: return v + 0x20  // Latin-1 capitals
    case 0x00A0, 0x2007, 0x2009, 0x202F: return 0x00A0  // non-breaking and thin spaces
    case 0x2000...0x2006, 0x2008, 0x200A, 0x3000: return 0x20
    case 0x2028, 0x2029, 0x0085: return 0x0A
    case 0x2212, 0x2010, 0x2011: return 0x2D  // minus and hyphens
    default: return v
    }
  }

  /// Folds a word the way the text is folded, for building lexicons.
  public static func fold(_ word: String) -> [UInt32] {
    var out: [UInt32] = []
    for s in word.unicodeScalars {
      let f = fold(s.value)
      if f != dropped { out.append(f) }
    }
    return out
  }

  /// The UTF-8 range in the original text covered by normalised scalars `range`.
  public func originalRange(_ range: Range<Int>) -> Range<Int> {
    guard !range.isEmpty else {
      let at = range.lowerBound < count ? Int(starts[range.lowerBound]) : Int(ends.last ?? 0)
      return at..<at
    }
    return Int(starts[range.lowerBound])..<Int(ends[range.upperBound - 1])
  }
}

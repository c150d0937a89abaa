import TextModel

/// Describes the Markdown markup that would confuse number and date reading as edits.
///
/// - YAML front matter (between `---` lines at the very top, closed by `---` or `...`), or
///   TOML front matter between `+++` lines, reads as one "\n" per line; its `date`/`published`/`pubDate`, `updated`/`modified`/`lastmod`
///   and `lang`/`language` keys become metadata.
/// - Fenced code blocks (``` or ~~~) read as one "\n" per line.
/// - HTML comments read as "" (they stay in `text`, where suppression comments are read).
/// - Heading `#` marks, blockquote `>` marks, thematic breaks, emphasis `*`/`_`/`~~` runs,
///   code-span backticks, backslashes of escapes, inline tags, autolinks, footnote
///   references, link reference definitions and the `](url)` part of links and images read
///   as ""; `[` and `![` read as "" too, so only the link text is read.
/// - `*` and `+` bullets read as "-", like `-` bullets.
/// - Character references (`&amp;`, `&#1633;`) read as their character.
/// - A soft line break (a paragraph or list item line followed by a line that continues it)
///   reads as a space, as Markdown renders it; blank lines and lines that may start a block
///   (headings, quotes, list items, tables, fences, tags) keep their break, as do hard
///   breaks (two trailing spaces or a backslash).
enum MarkdownReader {
  static func read(_ b: UnsafeBufferPointer<UInt8>) -> Markup {
    var scanner = Scanner(b: b)
    scanner.run()
    // Link destinations are found before the "[" that opens them: keep edits in text order.
    scanner.markup.edits.sort { $0.range.lowerBound < $1.range.lowerBound }
    return scanner.markup
  }

  struct Line {
    var start: Int
    /// End of the content, before "\n" or "\r\n".
    var end: Int
    /// Start of the next line.
    var next: Int
  }

  struct Scanner {
    let b: UnsafeBufferPointer<UInt8>
    var markup = Markup()

    init(b: UnsafeBufferPointer<UInt8>) { self.b = b }

    mutating func edit(_ range: Range<Int>, _ replacement: String) {
      guard !range.isEmpty else { return }
      markup.edits.append(TextEdit(range: range, replacement: replacement))
    }

    func line(at start: Int) -> Line {
      var i = start
      while i < b.count, b[i] != 0x0A { i += 1 }
      let next = i < b.count ? i + 1 : i
      var end = i
      if end > start && b[end - 1] == 0x0D { end -= 1 }
      return Line(start: start, end: end, next: next)
    }

    /// The content of a line without surrounding spaces and tabs.
    func trimmed(_ line: Line) -> Range<Int> {
      var s = line.start
      var e = line.end
      while s < e, b[s] == 0x20 || b[s] == 0x09 { s += 1 }
      while e > s, b[e - 1] == 0x20 || b[e - 1] == 0x09 { e -= 1 }
      return s..<e
    }

    func isOnly(_ range: Range<Int>, _ s: StaticString) -> Bool {
      guard range.count == s.utf8CodeUnitCount else { return false }
      for k in 0..<range.count where b[range.lowerBound + k] != s.utf8Start[k] { return false }
      return true
    }

    mutating func run() {
      var pos = frontMatter()
      // Where inline scanning resumes when a comment ended part-way through a line.
      var resume: Int?
      // A paragraph line whose line break reads as a space if the next line continues it.
      var joinable: Line?
      while pos < b.count {
        let line = line(at: pos)
        pos = line.next
        if let r = resume {
          joinable = nil
          if r >= line.next { continue }
          resume = nil
          if r > line.start {
            resume = inline(from: r, to: line.end)
            continue
          }
        }
        if let fence = fenceOpening(line) {
          joinable = nil
          pos = codeBlock(from: line, fence: fence)
          continue
        }
        let kind = classify(line)
        if let previous = joinable, kind == .paragraph {
          edit(previous.end..<previous.next, " ")
        }
        resume = block(line)
        joinable = (kind == .paragraph || kind == .listItem) && !endsWithHardBreak(line) ? line : nil
      }
    }

    enum LineKind {
      case blank, paragraph, listItem, other
    }

    /// What a line starts: soft line breaks join paragraph (and list item) lines with the
    /// plain lines that continue them, as Markdown renders them, so the segmenter does not
    /// end a sentence at every wrapped line. Anything that may start a block stays a break.
    func classify(_ line: Line) -> LineKind {
      let content = trimmed(line)
      guard !content.isEmpty else { return .blank }
      let p = content.lowerBound
      let c = b[p]
      let next: UInt8 = p + 1 < content.upperBound ? b[p + 1] : 0x20
      switch c {
      case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "<"),
        UInt8(ascii: "="), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "["):
        return .other
      case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "_"):
        if next == 0x20 || next == 0x09 { return c == UInt8(ascii: "_") ? .other : .listItem }
        // A thematic break or setext underline: the marker, spaces and tabs only.
        if content.allSatisfy({ b[$0] == c || b[$0] == 0x20 || b[$0] == 0x09 }) { return .other }
        return .paragraph
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        var q = p
        while q < content.upperBound, isDigit(b[q]) { q += 1 }
        if q - p <= 9, q < content.upperBound, b[q] == UInt8(ascii: ".") || b[q] == UInt8(ascii: ")"),
          q + 1 == content.upperBound || b[q + 1] == 0x20 || b[q + 1] == 0x09
        {
          return .listItem
        }
        return .paragraph
      default:
        return .paragraph
      }
    }

    /// Two trailing spaces or a backslash: a line break that Markdown keeps.
    func endsWithHardBreak(_ line: Line) -> Bool {
      guard line.end > line.start else { return false }
      if b[line.end - 1] == UInt8(ascii: "\\") { return true }
      return line.end - line.start >= 2 && b[line.end - 1] == 0x20 && b[line.end - 2] == 0x20
    }

    // MARK: Front matter

    /// Reads front matter at the top; returns where the body starts.
    mutating func frontMatter() -> Int {
      let first = line(at: 0)
      let toml = isOnly(trimmed(first), "+++")
      guard toml || isOnly(trimmed(first), "---") else { return 0 }
      let separator = toml ? UInt8(ascii: "=") : UInt8(ascii: ":")
      var lines = 1
      var pos = first.next
      var keys: [(String, String)] = []
      while pos < b.count {
        let line = line(at: pos)
        lines += 1
        let content = trimmed(line)
        if toml ? isOnly(content, "+++") : (isOnly(content, "---") || isOnly(content, "...")) {
          edit(0..<line.next, String(repeating: "\n", count: lines))
          apply(keys)
          return line.next
        }
        if let pair = keyValue(line, separator: separator) { keys.append(pair) }
        pos = line.next
      }
      return 0  // never closed: not front matter
    }

    /// A top-level `key: value` (or TOML `key = value`) line, the value's quotes and trailing
    /// comment removed.
    func keyValue(_ line: Line, separator: UInt8) -> (String, String)? {
      guard line.start < line.end, b[line.start] != 0x20, b[line.start] != 0x09,
        let colon = (line.start..<line.end).first(where: { b[$0] == separator })
      else { return nil }
      let key = String(decoding: UnsafeBufferPointer(rebasing: b[line.start..<colon]), as: UTF8.self)
        .trimmingASCIIWhitespace().lowercased()
      var value = String(decoding: UnsafeBufferPointer(rebasing: b[colon + 1..<line.end]), as: UTF8.self)
        .trimmingASCIIWhitespace()
      if let q = value.first, q == "\"" || q == "'" {
        let rest = value.dropFirst()
        value = String(rest.prefix { $0 != q })
      } else {
        let bytes = Array(value.utf8)
        if let hash = bytes.indices.dropFirst().first(where: {
          bytes[$0] == UInt8(ascii: "#") && bytes[$0 - 1] == 0x20
        }) {
          value = String(decoding: bytes[..<hash], as: UTF8.self).trimmingASCIIWhitespace()
        }
      }
      return (key, value)
    }

    mutating func apply(_ keys: [(String, String)]) {
      func first(_ names: [String]) -> String? {
        for name in names {
          if let v = keys.first(where: { $0.0 == name && !$0.1.isEmpty })?.1 { return v }
        }
        return nil
      }
      markup.published = first(["published", "date", "pubdate"])
      markup.updated = first(["updated", "modified", "lastmod"])
      markup.language = first(["lang", "language"]).flatMap(languageHint)
    }

    // MARK: Code blocks

    /// The fence character and length when `line` opens a fenced code block.
    func fenceOpening(_ line: Line) -> (UInt8, Int)? {
      var i = line.start
      while i < line.end, i - line.start < 3, b[i] == 0x20 { i += 1 }
      guard i < line.end, b[i] == UInt8(ascii: "`") || b[i] == UInt8(ascii: "~") else { return nil }
      let c = b[i]
      var j = i
      while j < line.end, b[j] == c { j += 1 }
      guard j - i >= 3 else { return nil }
      if c == UInt8(ascii: "`"), (j..<line.end).contains(where: { b[$0] == c }) { return nil }
      return (c, j - i)
    }

    /// Hides a fenced block opened at `open`; returns the start of the line after it.
    mutating func codeBlock(from open: Line, fence: (UInt8, Int)) -> Int {
      var lines = 1
      var pos = open.next
      while pos < b.count {
        let line = line(at: pos)
        lines += 1
        pos = line.next
        let content = trimmed(line)
        if content.count >= fence.1, content.allSatisfy({ b[$0] == fence.0 }) { break }
      }
      edit(open.start..<pos, String(repeating: "\n", count: lines))
      return pos
    }

    // MARK: Blocks

    /// Handles a line's block markers, then its inline markup. Returns where to resume when
    /// an HTML comment starting on this line continues past it.
    mutating func block(_ line: Line) -> Int? {
      let content = trimmed(line)
      var p = content.lowerBound
      var end = content.upperBound
      guard p < end else { return nil }
      // Thematic breaks and setext underlines.
      let c0 = b[p]
      if c0 == UInt8(ascii: "-") || c0 == UInt8(ascii: "*") || c0 == UInt8(ascii: "_")
        || c0 == UInt8(ascii: "=")
      {
        var count = 0
        var only = true
        for k in content {
          if b[k] == c0 { count += 1 } else if b[k] != 0x20 && b[k] != 0x09 { only = false; break }
        }
        if only && (count >= 3 || (c0 == UInt8(ascii: "=") && count >= 1)) {
          edit(content, "")
          return nil
        }
      }
      // Blockquote markers.
      while p < end, b[p] == UInt8(ascii: ">") {
        var q = p + 1
        while q < end, b[q] == 0x20 || b[q] == 0x09 { q += 1 }
        edit(p..<q, "")
        p = q
      }
      guard p < end else { return nil }
      if b[p] == UInt8(ascii: "#") {
        // ATX heading: 1-6 "#" then a space or the end; an optional closing run of "#".
        var q = p
        while q < end, b[q] == UInt8(ascii: "#") { q += 1 }
        if q - p <= 6 && (q == end || b[q] == 0x20 || b[q] == 0x09) {
          while q < end, b[q] == 0x20 || b[q] == 0x09 { q += 1 }
          edit(p..<q, "")
          p = q
          var e = end
          while e > p, b[e - 1] == UInt8(ascii: "#") { e -= 1 }
          if e < end, e > p, b[e - 1] == 0x20 || b[e - 1] == 0x09 {
            var s = e
            while s > p, b[s - 1] == 0x20 || b[s - 1] == 0x09 { s -= 1 }
            edit(s..<end, "")
            end = s
          } else if e == p {
            edit(p..<end, "")
            return nil
          }
        }
      } else if (b[p] == UInt8(ascii: "*") || b[p] == UInt8(ascii: "+")) && p + 1 < end
        && (b[p + 1] == 0x20 || b[p + 1] == 0x09)
      {
        edit(p..<p + 1, "-")
        p += 1
      } else if b[p] == UInt8(ascii: "["), let close = linkLabelEnd(from: p, to: end),
        close + 1 < end, b[close + 1] == UInt8(ascii: ":")
      {
        if p + 1 < close, b[p + 1] == UInt8(ascii: "^") {
          // Footnote definition: hide the label, keep the note.
          var q = close + 2
          while q < end, b[q] == 0x20 || b[q] == 0x09 { q += 1 }
          edit(p..<q, "")
          p = q
        } else if isDefinitionTail(from: close + 2, to: end) {
          edit(p..<end, "")  // link reference definition: a label and a URL
          return nil
        }
      }
      return inline(from: p, to: end)
    }

    /// Whether what follows `[label]:` is a destination (one word) and, optionally, a quoted
    /// or parenthesised title: "[Reuters]: the agency said" is text, not a definition.
    func isDefinitionTail(from start: Int, to end: Int) -> Bool {
      var q = start
      while q < end, b[q] == 0x20 || b[q] == 0x09 { q += 1 }
      guard q < end else { return false }
      while q < end, b[q] != 0x20 && b[q] != 0x09 { q += 1 }
      while q < end, b[q] == 0x20 || b[q] == 0x09 { q += 1 }
      guard q < end else { return true }
      let c = b[q]
      return c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "(")
    }

    // MARK: Inline markup

    /// The index of the `]` matching the `[` at `open`, on the same line.
    func linkLabelEnd(from open: Int, to end: Int) -> Int? {
      var depth = 0
      var i = open
      while i < end {
        switch b[i] {
        case UInt8(ascii: "\\"): i += 1
        case UInt8(ascii: "["): depth += 1
        case UInt8(ascii: "]"):
          depth -= 1
          if depth == 0 { return i }
        default: break
        }
        i += 1
      }
      return nil
    }

    /// The index of the `)` matching the `(` at `open`, on the same line.
    func destinationEnd(from open: Int, to end: Int) -> Int? {
      var depth = 0
      var i = open
      while i < end {
        switch b[i] {
        case UInt8(ascii: "\\"): i += 1
        case UInt8(ascii: "("): depth += 1
        case UInt8(ascii: ")"):
          depth -= 1
          if depth == 0 { return i }
        default: break
        }
        i += 1
      }
      return nil
    }

    func isWhitespace(at i: Int, lineStart: Int, end: Int) -> Bool {
      i < lineStart || i >= end || isSpace(b[i])
    }

    /// Scans `from..<end` for inline markup. Returns where to resume when an HTML comment
    /// opened here ends on a later line (or the end of the input when it never ends).
    mutating func inline(from start: Int, to end: Int) -> Int? {
      // Links whose text is being scanned: at `close` (the "]"), skip to `resume`.
      var links: [(close: Int, resume: Int)] = []
      var i = start
      while i < end {
        if let top = links.last, i >= top.close {
          i = top.resume
          links.removeLast()
          continue
        }
        // Inside a link's text, nothing may reach past its "]".
        let limit = links.last?.close ?? end
        let c = b[i]
        switch c {
        case UInt8(ascii: "\\"):
          if i + 1 < limit, isASCIIPunctuation(b[i + 1]) {
            edit(i..<i + 1, "")
            i += 2
          } else {
            i += 1
          }
        case UInt8(ascii: "`"):
          var j = i
          while j < limit, b[j] == c { j += 1 }
          let run = j - i
          edit(i..<j, "")
          // The matching run closes the span; the code between is read as written.
          var k = j
          var closed = false
          while k < limit {
            if b[k] == c {
              var m = k
              while m < limit, b[m] == c { m += 1 }
              if m - k == run, links.last.map({ $0.close >= m }) ?? true {
                edit(k..<m, "")
                i = m
                closed = true
                break
              }
              k = m
            } else {
              k += 1
            }
          }
          if !closed { i = j }
        case UInt8(ascii: "!") where i + 1 < limit && b[i + 1] == UInt8(ascii: "["):
          if let link = link(at: i + 1, end: limit) {
            edit(i..<i + 2, "")
            links.append(link)
            i += 2
          } else {
            i += 1
          }
        case UInt8(ascii: "["):
          if i + 1 < limit, b[i + 1] == UInt8(ascii: "^"), let close = linkLabelEnd(from: i, to: limit) {
            edit(i..<close + 1, "")  // footnote reference "[^1]"
            i = close + 1
          } else if let link = link(at: i, end: limit) {
            edit(i..<i + 1, "")
            links.append(link)
            i += 1
          } else {
            i += 1
          }
        case UInt8(ascii: "<"):
          if i + 3 < b.count, b[i + 1] == UInt8(ascii: "!"), b[i + 2] == UInt8(ascii: "-"),
            b[i + 3] == UInt8(ascii: "-")
          {
            let close = find("-->", from: i + 4)
            let stop = close.map { $0 + 3 } ?? b.count
            if stop > limit && !links.isEmpty {
              i += 1  // a comment cannot start inside a link's text and end outside it
              continue
            }
            edit(i..<stop, "")
            if stop > end { return stop }
            i = stop
          } else if let stop = inlineTagEnd(at: i, end: limit) {
            edit(i..<stop, "")
            i = stop
          } else {
            i += 1
          }
        case UInt8(ascii: "&"):
          if let (text, next) = Entities.decode(b, at: i, end: limit) {
            edit(i..<next, text)
            i = next
          } else {
            i += 1
          }
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
          var j = i
          while j < limit, b[j] == c { j += 1 }
          if c == UInt8(ascii: "~") && j - i < 2 {
            i = j  // a single "~" means "about"
            continue
          }
          let before: UInt8 = i > start ? b[i - 1] : 0x20
          let after: UInt8 = j < limit ? b[j] : 0x20
          let opens = !isSpace(after)
          let closes = !isSpace(before)
          var emphasis = opens || closes
          if c == UInt8(ascii: "_") && isWordByte(before) && isWordByte(after) { emphasis = false }
          if c == UInt8(ascii: "*") && isDigit(before) && isDigit(after) { emphasis = false }
          if emphasis { edit(i..<j, "") }
          i = j
        default:
          i += 1
        }
      }
      return nil
    }

    /// For a link or image label `[` at `open`: where its `]` is and where text resumes after
    /// the destination `(…)` or reference `[…]`, both of which are hidden.
    mutating func link(at open: Int, end: Int) -> (close: Int, resume: Int)? {
      guard let close = linkLabelEnd(from: open, to: end), close + 1 < end else { return nil }
      let next = b[close + 1]
      let stop: Int
      if next == UInt8(ascii: "(") {
        guard let paren = destinationEnd(from: close + 1, to: end) else { return nil }
        stop = paren + 1
      } else if next == UInt8(ascii: "[") {
        guard let bracket = linkLabelEnd(from: close + 1, to: end) else { return nil }
        stop = bracket + 1
      } else {
        return nil
      }
      edit(close..<stop, "")
      return (close, stop)
    }

    /// The end of an autolink `<scheme:…>`/`<a@b>` or an inline tag `<tag …>`/`</tag>` at `i`.
    func inlineTagEnd(at i: Int, end: Int) -> Int? {
      var j = i + 1
      guard j < end else { return nil }
      if b[j] == UInt8(ascii: "/") { j += 1 }
      guard j < end, isLetter(b[j]) else { return nil }
      var k = j
      var sawSpace = false
      var autolink = false
      while k < end, b[k] != UInt8(ascii: ">") {
        if b[k] == UInt8(ascii: "<") { return nil }
        if isSpace(b[k]) { sawSpace = true }
        if !sawSpace && (b[k] == UInt8(ascii: ":") || b[k] == UInt8(ascii: "@")) { autolink = true }
        k += 1
      }
      guard k < end else { return nil }
      if autolink && sawSpace { return nil }
      if !autolink {
        // A tag name is letters and digits, then a space, "/" or ">".
        var m = j
        while m < k, isAlnum(b[m]) || b[m] == UInt8(ascii: "-") { m += 1 }
        guard m == k || isSpace(b[m]) || b[m] == UInt8(ascii: "/") else { return nil }
      }
      return k + 1
    }

    func find(_ s: StaticString, from: Int) -> Int? {
      let count = s.utf8CodeUnitCount
      var i = from
      while i + count <= b.count {
        var same = true
        for k in 0..<count where b[i + k] != s.utf8Start[k] {
          same = false
          break
        }
        if same { return i }
        i += 1
      }
      return nil
    }
  }
}

@inline(__always)
func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

/// Letters, digits and any byte of a non-ASCII character (Arabic letters included).
@inline(__always)
func isWordByte(_ c: UInt8) -> Bool { isAlnum(c) || c >= 0x80 }

@inline(__always)
func isASCIIPunctuation(_ c: UInt8) -> Bool {
  (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60)
    || (c >= 0x7B && c <= 0x7E)
}

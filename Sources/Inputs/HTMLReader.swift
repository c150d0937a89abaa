import TextModel

/// A forgiving HTML scanner: it never rejects input, only describes markup as edits.
///
/// - Tags read as "" except block-level ones, which read as a blank line ("\n\n"); `<br>` reads
///   as "\n", table cells as " ", and `<li>` as "\n\nN. " inside `<ol>` or "\n\n- " elsewhere.
/// - Comments, `<!DOCTYPE>`/`<?…?>` declarations, and the whole of `<script>`, `<style>`,
///   `<noscript>`, `<template>`, `<title>` and `<head>` read as "".
/// - Character references read as their character.
/// - Outside `<pre>`, whitespace that holds a line break reads as one space, since source line
///   breaks inside a paragraph are not breaks in the page.
/// - Metadata: `article:published_time` / `article:modified_time` meta tags (by `property`,
///   `name` or `itemprop`; a few other common date names rank below them), `<html lang>`
///   (or a content-language meta tag), and the first `<time datetime>` in the body as a
///   fallback publication date.
enum HTMLReader {
  static let blockTags: Set<String> = [
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "header",
    "footer", "ul", "ol", "table", "blockquote", "hr", "figure", "figcaption", "main", "nav",
    "aside", "pre", "dl", "dt", "dd", "address", "details", "summary", "caption", "thead",
    "tbody", "tfoot", "form", "fieldset", "body", "center",
  ]
  /// Elements whose content is never text.
  static let skippedTags: Set<String> = [
    "script", "style", "noscript", "template", "title", "textarea", "svg", "math", "iframe",
    "object",
  ]
  /// Elements that may sit in `<head>` without ending it.
  static let headTags: Set<String> = [
    "meta", "link", "title", "style", "script", "noscript", "base", "template", "head",
  ]
  /// Tags whose attributes the reader looks at.
  static let attributeTags: Set<String> = ["html", "meta", "time", "ol", "li"]

  struct Tag {
    var name: String
    var closing: Bool
    var end: Int
    var attributes: [(String, String)] = []

    func attribute(_ name: String) -> String? {
      attributes.first { $0.0 == name }?.1
    }
  }

  struct List {
    var ordered: Bool
    var next: Int
  }

  static func read(_ b: UnsafeBufferPointer<UInt8>) -> Markup {
    var scanner = Scanner(b: b)
    scanner.run()
    return scanner.markup
  }

  struct Scanner {
    let b: UnsafeBufferPointer<UInt8>
    var markup = Markup()
    var headStart: Int?
    var lists: [List] = []
    var preDepth = 0
    var metaPublished: String?
    var metaUpdated: String?
    /// A list item's marker was just written and no text has followed it yet: a block that
    /// opens here (`<li><p>…`) must not put a blank line between the marker and its text.
    var afterListMarker = false
    var publishedRank = Int.max
    var updatedRank = Int.max
    var firstTime: String?

    init(b: UnsafeBufferPointer<UInt8>) { self.b = b }

    mutating func edit(_ range: Range<Int>, _ replacement: String) {
      guard headStart == nil, !range.isEmpty else { return }
      markup.edits.append(TextEdit(range: range, replacement: replacement))
    }

    mutating func endHead(at end: Int) {
      guard let start = headStart else { return }
      headStart = nil
      edit(start..<end, "")
    }

    mutating func run() {
      let n = b.count
      var i = 0
      while i < n {
        let c = b[i]
        if c == UInt8(ascii: "<") {
          i = markupAt(i)
        } else if c == UInt8(ascii: "&") {
          if let (text, next) = Entities.decode(b, at: i, end: n) {
            edit(i..<next, text)
            i = next
          } else {
            i += 1
          }
          afterListMarker = false
        } else if isSpace(c) {
          var j = i
          var breaks = false
          while j < n, isSpace(b[j]) {
            if b[j] == 0x0A || b[j] == 0x0D { breaks = true }
            j += 1
          }
          if breaks && preDepth == 0 { edit(i..<j, " ") }
          i = j
        } else {
          if headStart == nil { afterListMarker = false }
          i += 1
        }
      }
      endHead(at: n)
      markup.published = metaPublished ?? firstTime
      markup.updated = metaUpdated
    }

    /// Handles whatever starts with `<` at `i`; returns where scanning resumes.
    mutating func markupAt(_ i: Int) -> Int {
      let n = b.count
      if matches(i, "<!--") {
        let end = find("-->", from: i + 4).map { $0 + 3 } ?? n
        edit(i..<end, "")
        return end
      }
      if i + 1 < n, b[i + 1] == UInt8(ascii: "!") || b[i + 1] == UInt8(ascii: "?") {
        let end = (firstIndex(of: UInt8(ascii: ">"), from: i + 2) ?? n - 1) + 1
        edit(i..<end, "")
        return end
      }
      guard let tag = parseTag(at: i) else { return i + 1 }  // a lone "<" is text
      let name = tag.name
      if headStart != nil && !tag.closing && !headTags.contains(name) {
        endHead(at: i)  // content started without </head> or <body>
      }
      if !tag.closing && skippedTags.contains(name) {
        let end = closingTagEnd(name, from: tag.end)
        edit(i..<end, "")
        return end
      }
      switch name {
      case "head":
        if tag.closing {
          if headStart != nil { endHead(at: tag.end) } else { edit(i..<tag.end, "") }
        } else if headStart == nil {
          headStart = i
        }
        return tag.end
      case "html":
        if !tag.closing, markup.language == nil, let lang = tag.attribute("lang") {
          markup.language = languageHint(lang)
        }
      case "meta":
        readMeta(tag)
      case "time":
        if !tag.closing, headStart == nil, firstTime == nil, let value = tag.attribute("datetime"),
          !value.isEmpty
        {
          firstTime = value
        }
      default: break
      }
      edit(i..<tag.end, replacement(for: tag))
      return tag.end
    }

    /// Meta names for the publication and modification dates, best first: a page's first
    /// tag of the best-ranked name found gives the date.
    static let publishedNames = [
      "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
      "dc.date.issued", "dcterms.created", "date",
    ]
    static let updatedNames = [
      "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "lastmod",
    ]

    mutating func readMeta(_ tag: Tag) {
      guard
        let key = (tag.attribute("property") ?? tag.attribute("name") ?? tag.attribute("itemprop")
          ?? tag.attribute("http-equiv"))?.lowercased(),
        let content = tag.attribute("content"), !content.isEmpty
      else { return }
      if let rank = Self.publishedNames.firstIndex(of: key), rank < publishedRank {
        publishedRank = rank
        metaPublished = content
      } else if let rank = Self.updatedNames.firstIndex(of: key), rank < updatedRank {
        updatedRank = rank
        metaUpdated = content
      } else if key == "language" || key == "content-language", markup.language == nil {
        markup.language = languageHint(content)
      }
    }

    mutating func replacement(for tag: Tag) -> String {
      switch tag.name {
      case "br": return "\n"
      case "td", "th": return " "
      case "ol", "ul":
        if tag.closing {
          if let k = lists.lastIndex(where: { $0.ordered == (tag.name == "ol") }) {
            lists.removeSubrange(k...)
          }
        } else {
          let start = tag.attribute("start").flatMap { Int($0.trimmingASCIIWhitespace()) } ?? 1
          lists.append(List(ordered: tag.name == "ol", next: start))
        }
        return "\n\n"
      case "li":
        if tag.closing { return "\n\n" }
        afterListMarker = true
        guard let list = lists.last, list.ordered else { return "\n\n- " }
        let number = tag.attribute("value").flatMap { Int($0.trimmingASCIIWhitespace()) } ?? list.next
        lists[lists.count - 1].next = number + 1
        return "\n\n\(number). "
      case "pre":
        preDepth = max(0, preDepth + (tag.closing ? -1 : 1))
        return "\n\n"
      default:
        guard blockTags.contains(tag.name) else { return "" }
        return afterListMarker && !tag.closing ? "" : "\n\n"
      }
    }

    /// The end of `</name …>` from `from` on (case-insensitive), or the end of the input.
    func closingTagEnd(_ name: String, from: Int) -> Int {
      let n = b.count
      let nameBytes = Array(name.utf8)
      var i = from
      while let lt = firstIndex(of: UInt8(ascii: "<"), from: i) {
        i = lt + 1
        guard lt + 2 + nameBytes.count <= n, b[lt + 1] == UInt8(ascii: "/") else { continue }
        var same = true
        for (k, c) in nameBytes.enumerated() where b[lt + 2 + k] | 0x20 != c {
          same = false
          break
        }
        guard same else { continue }
        let after = lt + 2 + nameBytes.count
        if after == n { return n }
        if isAlnum(b[after]) { continue }  // "</scripts" is not "</script"
        return (firstIndex(of: UInt8(ascii: ">"), from: after) ?? n - 1) + 1
      }
      return n
    }

    /// Reads a start or end tag at `i`, or nil when `<` does not begin one (then it is text).
    func parseTag(at i: Int) -> Tag? {
      let n = b.count
      var j = i + 1
      var closing = false
      if j < n && b[j] == UInt8(ascii: "/") {
        closing = true
        j += 1
      }
      guard j < n, isLetter(b[j]) else { return nil }
      let nameStart = j
      while j < n, isAlnum(b[j]) || b[j] == UInt8(ascii: "-") || b[j] == UInt8(ascii: ":") {
        j += 1
      }
      var name = string(nameStart..<j)
      if b[nameStart..<j].contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { name = name.lowercased() }
      var tag = Tag(name: name, closing: closing, end: n)
      let wantsAttributes = !closing && attributeTags.contains(tag.name)
      // Attributes: name, name=value, name="value", name='value', in any order and case.
      while j < n {
        let c = b[j]
        if c == UInt8(ascii: ">") {
          tag.end = j + 1
          return tag
        }
        if isSpace(c) || c == UInt8(ascii: "/") {
          j += 1
          continue
        }
        let attrStart = j
        while j < n, !isSpace(b[j]), b[j] != UInt8(ascii: "="), b[j] != UInt8(ascii: ">"),
          b[j] != UInt8(ascii: "/") || j == attrStart
        {
          j += 1
        }
        let attrEnd = j
        while j < n, isSpace(b[j]) { j += 1 }
        var value = ""
        if j < n, b[j] == UInt8(ascii: "=") {
          j += 1
          while j < n, isSpace(b[j]) { j += 1 }
          guard j < n else { break }
          let quote = b[j]
          if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            guard let close = firstIndex(of: quote, from: j + 1) else {
              // An unclosed quote: end the tag at the next ">" and forget its attributes.
              guard let gt = firstIndex(of: UInt8(ascii: ">"), from: j) else { return nil }
              tag.attributes = []
              tag.end = gt + 1
              return tag
            }
            if wantsAttributes { value = string(j + 1..<close) }
            j = close + 1
          } else {
            let valueStart = j
            while j < n, !isSpace(b[j]), b[j] != UInt8(ascii: ">") { j += 1 }
            if wantsAttributes { value = string(valueStart..<j) }
          }
        }
        if wantsAttributes && attrEnd > attrStart {
          tag.attributes.append(
            (string(attrStart..<attrEnd).lowercased(), Entities.decodeAll(value).trimmingASCIIWhitespace()))
        }
      }
      return nil  // no ">" before the end: not a tag
    }

    func string(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self)
    }

    func firstIndex(of c: UInt8, from: Int) -> Int? {
      var i = from
      while i < b.count {
        if b[i] == c { return i }
        i += 1
      }
      return nil
    }

    func matches(_ i: Int, _ s: StaticString) -> Bool {
      let count = s.utf8CodeUnitCount
      guard i + count <= b.count else { return false }
      let p = s.utf8Start
      for k in 0..<count where b[i + k] != p[k] { return false }
      return true
    }

    func find(_ s: StaticString, from: Int) -> Int? {
      var i = from
      let first = s.utf8Start[0]
      while let k = firstIndex(of: first, from: i) {
        if matches(k, s) { return k }
        i = k + 1
      }
      return nil
    }
  }
}

/// Plain text from the markup tools put in titles and descriptions: HTML (Azure DevOps), Jira's wiki markup
/// and Markdown. Block boundaries become line breaks, so that labelled sections ("Hypothesis:") stay on lines
/// of their own; tags, emphasis marks and link targets are dropped; HTML entities are decoded. Nothing of the
/// markup reaches a report as markup.
public enum MarkupText {
  /// The first bytes of a line that may start a mark: a heading, a list marker, a number, a quote, a bullet.
  static let leadingMarks: Set<UInt8> = [
    UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ">"),
    UInt8(ascii: "h"),
    0xE2, UInt8(ascii: "0"), UInt8(ascii: "1"), UInt8(ascii: "2"), UInt8(ascii: "3"), UInt8(ascii: "4"),
    UInt8(ascii: "5"), UInt8(ascii: "6"), UInt8(ascii: "7"), UInt8(ascii: "8"), UInt8(ascii: "9"),
  ]

  /// The tags after which a line ends.
  static let blockTags: Set<String> = [
    "br", "p", "/p", "div", "/div", "li", "/li", "ul", "/ul", "ol", "/ol", "tr", "/tr", "h1", "h2", "h3",
    "h4",
    "h5", "h6", "/h1", "/h2", "/h3", "/h4", "/h5", "/h6", "table", "/table", "blockquote", "/blockquote",
  ]

  /// `text` as plain lines.
  public static func plain(_ text: String) -> String {
    var lines: [String] = []
    for line in stripTags(text).lineSlices() {
      lines.append(plainLine(String(line)))
    }
    return lines.joined(separator: "\n")
  }

  /// One line without Jira or Markdown marks: headings ("h2. ", "## "), list markers and checkboxes, quote
  /// marks, emphasis, code marks and link targets.
  public static func plainLine(_ line: String) -> String {
    // Most lines are prose: no mark to take off, found on the bytes at once.
    let trimmed = line.trimmingSpaces()
    let bytes = trimmed.utf8
    if let first = bytes.first, !leadingMarks.contains(first),
      !bytes.contains(where: { $0 == 0x5B || $0 == 0x2A || $0 == 0x60 || $0 == 0x7B })
    {
      return trimmed
    }
    var text = Substring(trimmed)
    // Headings: "h1." to "h6." (Jira), "#" runs (Markdown).
    if text.count > 2, text.first == "h", let level = text.dropFirst().first, ("1"..."6").contains(level),
      text.dropFirst(2).first == "."
    {
      text = text.dropFirst(3)
    }
    text = text.drop { $0 == "#" }
    // List markers and checkboxes.
    for marker in ["- [ ] ", "- [x] ", "- [X] ", "* [ ] ", "* [x] ", "- ", "* ", "+ ", "> ", "• "]
    where text.hasPrefix(marker) {
      text = text.dropFirst(marker.count)
      break
    }
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, digits.count <= 3, let next = text.dropFirst(digits.count).first,
      next == "." || next == ")",
      text.dropFirst(digits.count + 1).first == " "
    {
      text = text.dropFirst(digits.count + 2)
    }
    var result = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      // Links: [text|url] (Jira) and [text](url) (Markdown) keep the text.
      if character == "[", let close = text[index...].firstIndex(of: "]") {
        let inside = text[text.index(after: index)..<close]
        let afterClose = text.index(after: close)
        if let bar = inside.firstIndex(of: "|") {
          result += inside[..<bar]
          index = afterClose
          continue
        }
        if afterClose < text.endIndex, text[afterClose] == "(",
          let end = text[afterClose...].firstIndex(of: ")")
        {
          result += inside
          index = text.index(after: end)
          continue
        }
      }
      if character == "*" || character == "`" || character == "{" && text[index...].hasPrefix("{code") {
        if character == "{", let end = text[index...].firstIndex(of: "}") {
          index = text.index(after: end)
          continue
        }
        index = text.index(after: index)
        continue
      }
      result.append(character)
      index = text.index(after: index)
    }
    return result.trimmingSpaces()
  }

  /// `text` with HTML tags removed (a block tag ends the line) and entities decoded. Text with no `<` or `&`
  /// is returned as it is.
  static func stripTags(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "<")) || text.utf8.contains(UInt8(ascii: "&")) else { return text }
    var result = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "<", let close = text[index...].firstIndex(of: ">") {
        let inside = text[text.index(after: index)..<close]
        let raw = inside.prefix { !$0.isWhitespace }.lowercased()
        let name = raw.hasSuffix("/") ? String(raw.dropLast()) : raw
        let first = name.first
        let looksLikeTag =
          first?.isLetter == true || first == "!"
          || (first == "/" && name.dropFirst().first?.isLetter == true)
        if looksLikeTag {
          if blockTags.contains(name) { result += "\n" }
          index = text.index(after: close)
          continue
        }
      }
      if character == "&", let end = text[index...].prefix(10).firstIndex(of: ";") {
        let entity = String(text[text.index(after: index)..<end])
        if let decoded = decode(entity) {
          result.unicodeScalars.append(decoded)
          index = text.index(after: end)
          continue
        }
      }
      result.append(character)
      index = text.index(after: index)
    }
    return result
  }

  static let namedEntities: [String: Unicode.Scalar] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "\u{2013}",
    "mdash": "\u{2014}", "rsquo": "\u{2019}", "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}",
    "hellip": "\u{2026}", "bull": "\u{2022}",
  ]

  /// The character of an entity's name ("amp", "#39", "#x27").
  static func decode(_ entity: String) -> Unicode.Scalar? {
    if let named = namedEntities[entity] { return named }
    guard entity.hasPrefix("#") else { return nil }
    let digits = entity.dropFirst()
    let value =
      digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
    return value.flatMap(Unicode.Scalar.init)
  }
}

extension StringProtocol {
  /// The text without spaces, tabs and no-break spaces at either end, found on its UTF-8 bytes.
  func trimmingSpaces() -> String {
    let text = Substring(self)
    let bytes = text.utf8
    var start = bytes.startIndex
    var end = bytes.endIndex
    while start < end {
      let byte = bytes[start]
      if byte == 0x20 || byte == 0x09 {
        start = bytes.index(after: start)
      } else if byte == 0xC2, bytes.index(after: start) < end, bytes[bytes.index(after: start)] == 0xA0 {
        start = bytes.index(start, offsetBy: 2)
      } else {
        break
      }
    }
    while end > start {
      let before = bytes.index(before: end)
      let byte = bytes[before]
      if byte == 0x20 || byte == 0x09 {
        end = before
      } else if byte == 0xA0, before > start, bytes[bytes.index(before: before)] == 0xC2 {
        end = bytes.index(before: before)
      } else {
        break
      }
    }
    return String(text[start..<end])
  }
}

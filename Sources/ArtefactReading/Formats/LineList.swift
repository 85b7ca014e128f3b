import RubricEngine

/// One item per line: a roadmap or an OKR sheet pasted as text. Markdown list markers, numbers and
/// checkboxes are dropped; a heading ("# Now", "Q3:", a line alone in bold) groups the lines under it. In an
/// OKR sheet a line starting "Objective", "O1" or "Goal" is an objective and one starting "KR" or "Key
/// result" a key result.
enum LineList {
  static let objectiveType = "objective"
  static let keyResultType = "key result"

  /// Whether `type` names a key result.
  static func isKeyResultType(_ type: String) -> Bool { type == keyResultType }

  static func items(of text: String, kind: ArtefactKind) -> [RawItem] {
    var items: [RawItem] = []
    var group: String?
    var inCode = false
    for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
    {
      let line = String(raw).trimmingSpaces()
      if line.hasPrefix("```") || line.hasPrefix("~~~") {
        inCode.toggle()
        continue
      }
      guard !line.isEmpty, !inCode, !isNotAnItem(line) else { continue }
      let plain = withoutPeople(MarkupText.plainLine(MarkupText.stripTags(line)))
      guard !plain.isEmpty else { continue }
      if isHeading(line) {
        group = plain.hasSuffix(":") ? String(plain.dropLast()).trimmingSpaces() : plain
        continue
      }
      var title = plain
      var type: String?
      var status: String?
      if line.hasPrefix("- [x]") || line.hasPrefix("- [X]") || line.hasPrefix("* [x]") { status = "done" }
      if kind == .okrs, let (okrType, rest) = okrLine(title) {
        type = okrType
        title = rest
      } else if kind == .roadmap {
        type = "roadmap item"
      }
      items.append(
        RawItem(key: "L\(index + 1)", title: title, type: type, status: status, group: group, line: index + 1)
      )
    }
    return items
  }

  /// Words that start a line about the document rather than an item ("Owner: …", "Prepared by …").
  static let metadataKeys = [
    "owner", "owners", "lead", "leads", "author", "authors", "prepared by", "contact", "sponsor", "date",
    "updated", "last updated", "version", "status", "reviewed by", "approved by", "drafted by", "accountable",
  ]

  /// Words that start a note of who is behind an item: cut from a title with what follows them.
  static let personMarkers = [
    "prepared by", "owned by", "owner:", "owner -", "lead:", "led by", "author:", "contact:", "sponsor:",
    "accountable:", "dri:",
  ]

  /// Whether `line` is no item: a table row, a quote, a horizontal rule, or a line about the document
  /// ("Owner: …").
  static func isNotAnItem(_ line: String) -> Bool {
    if line.hasPrefix("|") || line.hasPrefix(">") { return true }
    if line.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == "=" || $0 == " " }) { return true }
    let lower = MarkupText.plainLine(line).lowercased()
    for key in metadataKeys where lower.hasPrefix(key) {
      let rest = lower.dropFirst(key.count).drop { $0 == " " }
      if key.hasSuffix(" by") || rest.first == ":" || rest.first == "-" || rest.first == "–" { return true }
    }
    return false
  }

  /// `text` without a note of who is behind it: "Launch the portal (lead: A. Name)" reads "Launch the
  /// portal", "Roadmap 2026 — prepared by A. Name" reads "Roadmap 2026". A review never keeps a person.
  static func withoutPeople(_ text: String) -> String {
    let lower = text.lowercased()
    var first: Int?
    for marker in personMarkers {
      guard let range = lower.range(of: marker) else { continue }
      let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
      first = min(first ?? offset, offset)
    }
    guard let first, first < text.count else { return text }
    var cut = text.index(text.startIndex, offsetBy: first)
    var end = text.endIndex
    // Inside brackets: the brackets go too, and what follows them stays.
    if let open = text[..<cut].lastIndex(of: "("), !text[open..<cut].contains(")") {
      cut = open
      if let close = text[cut...].firstIndex(of: ")") { end = text.index(after: close) }
    }
    var head = String(text[..<cut])
    while let last = head.last, last == " " || last == "—" || last == "–" || last == "-" || last == "," {
      head.removeLast()
    }
    return (head + text[end...]).trimmingSpaces()
  }

  /// Whether `line` is a heading: Markdown's, a short line ending with a colon, or a line all in bold.
  static func isHeading(_ line: String) -> Bool {
    if line.hasPrefix("#") { return true }
    if line.hasSuffix(":") && line.count <= 60 { return true }
    return line.hasPrefix("**") && line.hasSuffix("**") && line.count > 4
  }

  /// An OKR line's type and its text after the marker: "Objective 1: …", "O2 - …", "KR 1.2: …", "Key
  /// result: …".
  static func okrLine(_ line: String) -> (String, String)? {
    let lower = line.lowercased()
    for (prefixes, type) in [
      (["key result", "kr"], keyResultType), (["objective", "goal", "o"], objectiveType),
    ] {
      for prefix in prefixes where lower.hasPrefix(prefix) {
        var rest = line.dropFirst(prefix.count)
        // A marker is the prefix, perhaps a number like 1 or 1.2, then a colon, a dash, a full stop or a space.
        let number = rest.prefix { $0.isNumber || $0 == "." || $0 == " " }
        if prefix == "o" && number.trimmingSpaces().isEmpty { continue }
        rest = rest.dropFirst(number.count)
        guard let mark = rest.first,
          mark == ":" || mark == "-" || mark == "–" || mark == ")" || number.hasSuffix(" ")
        else { continue }
        let text = rest.drop { $0 == ":" || $0 == "-" || $0 == "–" || $0 == ")" || $0 == " " }
        if !text.isEmpty { return (type, String(text)) }
      }
    }
    return nil
  }
}

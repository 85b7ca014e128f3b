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
    for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
    {
      let line = String(raw).trimmingSpaces()
      guard !line.isEmpty else { continue }
      let plain = MarkupText.plainLine(MarkupText.stripTags(line))
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

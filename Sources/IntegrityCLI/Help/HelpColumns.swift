import TerminalInterview

/// Two columns of help, such as options and what they do, with the second column wrapped to the width.
enum HelpColumns {
  /// The width the help is wrapped to.
  static let width = 80

  /// `rows` as indented lines: each label, then its text, wrapped in a column of its own; a label too
  /// long for the column has its text start on the next line.
  static func render(_ rows: [(label: String, text: String)]) -> String {
    let labelWidth = min(rows.map(\.label.count).max() ?? 0, 24)
    let column = 2 + labelWidth + 3
    var text = ""
    for row in rows {
      let lines = wrap(row.text, width: width - 1 - column)
      let lead = "  " + row.label
      var first = true
      if lead.count + 3 > column {
        text += lead + "\n"
        first = false
      }
      for line in lines {
        let start =
          first
          ? lead + String(repeating: " ", count: column - lead.count)
          : String(
            repeating: " ", count: column)
        text += start + line + "\n"
        first = false
      }
      if lines.isEmpty && first { text += lead + "\n" }
    }
    return text
  }

  /// `text` with its running lines rewrapped to the width, paragraph by paragraph; indented lines, such
  /// as examples, are kept as they are.
  static func prose(_ text: String) -> String {
    var result = ""
    var paragraph: [String] = []
    func flush() {
      if !paragraph.isEmpty {
        result += wrap(paragraph.joined(separator: " "), width: width).joined(separator: "\n") + "\n"
      }
      paragraph = []
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.isEmpty {
        flush()
        result += "\n"
      } else if line.hasPrefix(" ") {
        flush()
        result += line + "\n"
      } else {
        paragraph.append(String(line))
      }
    }
    flush()
    return result
  }

  /// `Usage: ` and the synopsis, wrapped between its words and bracketed groups, continued under the
  /// command.
  static func usage(_ synopsis: String) -> String {
    Self.synopsis(synopsis, lead: "Usage: ", continuation: 7)
  }

  /// `lead` and the synopsis, wrapped between its words and bracketed groups (never inside one), each
  /// further line indented by `continuation`.
  static func synopsis(_ synopsis: String, lead: String, continuation: Int) -> String {
    var pieces: [String] = []
    var piece = ""
    var depth = 0
    for character in synopsis {
      if character == "[" || character == "(" { depth += 1 }
      if character == "]" || character == ")" { depth -= 1 }
      if character == " " && depth == 0 {
        if !piece.isEmpty { pieces.append(piece) }
        piece = ""
      } else {
        piece.append(character)
      }
    }
    if !piece.isEmpty { pieces.append(piece) }
    var lines: [String] = []
    var line = lead
    for piece in pieces {
      let separator = line.allSatisfy(\.isWhitespace) || line == lead ? "" : " "
      if line.count + separator.count + piece.count > width, !line.allSatisfy(\.isWhitespace),
        line != lead
      {
        lines.append(line)
        line = String(repeating: " ", count: continuation) + piece
      } else {
        line += separator + piece
      }
    }
    lines.append(line)
    return lines.joined(separator: "\n") + "\n"
  }

  /// `text` in lines of at most `width` characters, broken between words (a longer word stands alone).
  static func wrap(_ text: String, width: Int) -> [String] {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    return words.isEmpty ? [] : TextLayout.wrap(words, width: width)
  }
}

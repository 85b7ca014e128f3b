import Foundation
import RubricEngine

/// Escapes text that came from a person (names, the program, the decision, evidence, statements) so that
/// GitHub Flavored Markdown and pandoc both render it as the literal text: no emphasis, code, link, image,
/// HTML, entity, citation, math, definition list or emoji can come from it, and no invisible character
/// reorders it.
public enum MarkdownText {
  /// Characters escaped wherever they stand.
  static let alwaysEscaped: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "^", "$", "@", "&", "{", "}",
  ]

  /// `text` escaped for use inside a line of Markdown; line breaks in it become Markdown hard breaks.
  public static func inline(_ text: String) -> String {
    lines(of: text).map(escapeLine).joined(separator: "\\\n")
  }

  /// `text` escaped for a table cell: everything `inline` does, and line breaks become spaces.
  public static func cell(_ text: String) -> String {
    lines(of: text).map(escapeLine).joined(separator: " ")
  }

  /// `text` as the lines of a block quote, each escaped and prefixed with `> `.
  public static func quote(_ text: String) -> [String] {
    let parts = lines(of: text)
    return parts.enumerated().map { index, line in
      "> " + escapeLine(line) + (index < parts.count - 1 ? "\\" : "")
    }
  }

  /// A string for the YAML metadata block: Markdown-escaped (pandoc reads metadata as Markdown) and
  /// single-quoted (so YAML leaves backslashes alone).
  public static func yaml(_ text: String) -> String {
    "'" + cell(text).replacingOccurrences(of: "'", with: "''") + "'"
  }

  /// The lines of `text`, with control and invisible formatting characters dropped (a bidirectional override
  /// would make a quote read backwards) and blank lines removed.
  static func lines(of text: String) -> [String] {
    let cleaned = String(
      String.UnicodeScalarView(
        text.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
          if scalar == "\n" { return scalar }
          if scalar == "\t" { return " " }
          return ControlCharacters.isUnsafe(scalar) ? nil : scalar
        }))
    let lines = cleaned.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
    return lines.isEmpty ? [""] : lines
  }

  /// One line escaped: the always-escaped characters, what would start a block at the line's start (a colon
  /// there makes the line before a pandoc definition list's term), the colon that opens an emoji code such
  /// as `:smile:`, and the beginnings of bare links that GitHub would turn into links.
  static func escapeLine(_ line: String) -> String {
    var result = ""
    let characters = Array(line)
    for (index, character) in characters.enumerated() {
      if alwaysEscaped.contains(character) {
        result += "\\" + String(character)
      } else if character == ":",
        index == 0 || characters[index...].starts(with: Array("://")) || opensEmoji(characters, at: index)
      {
        result += "\\:"
      } else if character == ".", index >= 3, String(characters[(index - 3)..<index]).lowercased() == "www" {
        result += "\\."
      } else {
        result.append(character)
      }
    }
    // At a line's start these would make a heading, a list, a quote or a rule.
    if let first = result.first, "#+-=".contains(first) {
      result = "\\" + result
    } else if let dot = result.firstIndex(where: { !$0.isNumber }), dot != result.startIndex,
      result[dot] == "." || result[dot] == ")"
    {
      result.insert("\\", at: dot)
    }
    return result
  }

  /// Whether the colon at `index` starts an emoji code: `:`, then letters, digits, `_`, `+` or `-`, then `:`.
  static func opensEmoji(_ characters: [Character], at index: Int) -> Bool {
    var end = index + 1
    while end < characters.count, characters[end].isASCII,
      characters[end].isLetter || characters[end].isNumber || "_+-".contains(characters[end])
    {
      end += 1
    }
    return end > index + 1 && end < characters.count && characters[end] == ":"
  }
}

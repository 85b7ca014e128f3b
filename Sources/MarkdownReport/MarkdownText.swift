import Foundation

/// Escapes text that came from a person (names, the program, the decision, evidence, statements) so that
/// GitHub Flavored Markdown and pandoc both render it as the literal text: no emphasis, code, link, image,
/// HTML, entity, citation or math can come from it.
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

  /// The lines of `text`, with control characters dropped and blank lines removed.
  static func lines(of text: String) -> [String] {
    let cleaned = String(
      String.UnicodeScalarView(
        text.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
          if scalar == "\n" { return scalar }
          if scalar == "\t" { return " " }
          if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
            return nil
          }
          return scalar
        }))
    let lines = cleaned.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
    return lines.isEmpty ? [""] : lines
  }

  /// One line escaped: the always-escaped characters, what would start a block at the line's start, and
  /// the beginnings of bare links that GitHub would turn into links.
  static func escapeLine(_ line: String) -> String {
    var result = ""
    let characters = Array(line)
    for (index, character) in characters.enumerated() {
      if alwaysEscaped.contains(character) {
        result += "\\" + String(character)
      } else if character == ":", characters[index...].starts(with: Array("://")) {
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
}

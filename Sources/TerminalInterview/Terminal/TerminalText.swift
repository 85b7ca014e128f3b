import Foundation
import RubricEngine

/// Makes text safe to show in a terminal and to store: control characters from a person (or a hostile file)
/// never reach the screen raw, where they could move the cursor or change colours, and invisible formatting
/// characters never reorder what is shown. Which characters are unsafe is `ControlCharacters`'s to say.
public enum TerminalText {
  /// `text` as one line safe to write to a terminal: C0 controls in caret notation (`^[` for escape, `^J` for
  /// a line feed), DEL as `^?`, C1 controls and invisible formatting characters by code point (`<U+202E>`).
  public static func visible(_ text: String) -> String {
    render(text, keeping: [])
  }

  /// `text` safe to write to a terminal as it is laid out: line feeds and tabs kept, every other unsafe
  /// character shown as `visible` shows it. For whole messages and listings of several lines.
  public static func visibleLines(_ text: String) -> String {
    render(text, keeping: ["\n", "\t"])
  }

  private static func render(_ text: String, keeping kept: Set<Unicode.Scalar>) -> String {
    guard text.unicodeScalars.contains(where: { ControlCharacters.isUnsafe($0) && !kept.contains($0) }) else {
      return text
    }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if kept.contains(scalar) || !ControlCharacters.isUnsafe(scalar) {
        result.append(scalar)
      } else if scalar.value < 0x20 {
        result.append("^")
        result.append(Unicode.Scalar(UInt8(scalar.value + 0x40)))
      } else if scalar.value == 0x7F {
        result.append(contentsOf: "^?".unicodeScalars)
      } else {
        result.append(contentsOf: "<\(ControlCharacters.codePoint(scalar))>".unicodeScalars)
      }
    }
    return String(result)
  }

  /// A note from an editor as it is stored: lines kept, other control characters dropped, ends trimmed.
  public static func cleanedNote(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { cleaned(String($0)) }
      .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// `text` as it is stored: tabs become spaces, other control characters are dropped, ends trimmed.
  public static func cleaned(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\t" {
        result.append(" ")
      } else if !ControlCharacters.isControl(scalar) {
        result.append(scalar)
      }
    }
    return String(result).trimmingCharacters(in: .whitespaces)
  }

  /// `text` as a line editor may hold it: every unsafe character dropped, so that what is drawn is what is
  /// there and every character takes one column.
  public static func editable(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter { !ControlCharacters.isUnsafe($0) }))
  }
}

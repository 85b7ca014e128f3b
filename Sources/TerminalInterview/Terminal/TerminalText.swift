import Foundation

/// Makes text safe to show in a terminal and to store: control characters from a person (or a hostile file)
/// never reach the screen raw, where they could move the cursor or change colours.
public enum TerminalText {
  /// `text` with control characters shown in caret notation (`^[` for escape), safe to write to a terminal.
  public static func visible(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar.value < 0x20 {
        result += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
      } else if scalar.value == 0x7F {
        result += "^?"
      } else if (0x80...0x9F).contains(scalar.value) {
        result += "\u{FFFD}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
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
      } else if scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value) {
        result.append(scalar)
      }
    }
    return String(result).trimmingCharacters(in: .whitespaces)
  }
}

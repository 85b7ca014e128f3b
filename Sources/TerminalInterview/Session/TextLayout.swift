/// Wraps prose to a width; words longer than the width stand on their own line. The screen's own style
/// sequences (`ESC [ ... m`) take no columns.
public enum TextLayout {
  /// The lines of `text` wrapped to `width` columns, each prefixed with `indent`.
  public static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
    let available = max(20, width - indent.count)
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        if line.isEmpty {
          line = String(word)
        } else if columns(line) + 1 + columns(word) <= available {
          line += " " + word
        } else {
          lines.append(indent + line)
          line = String(word)
        }
      }
      lines.append(indent + line)
    }
    return lines
  }

  /// The columns `text` takes: its characters, less those of style sequences.
  public static func columns(_ text: some StringProtocol) -> Int {
    var count = 0
    var inSequence = false
    for character in text {
      if inSequence {
        if character.isLetter { inSequence = false }
      } else if character == "\u{1B}" {
        inSequence = true
      } else {
        count += 1
      }
    }
    return count
  }
}

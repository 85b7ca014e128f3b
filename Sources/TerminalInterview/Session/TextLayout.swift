/// Wraps prose to a width; words longer than the width stand on their own line. The screen's own style
/// sequences (`ESC [ ... m`) take no columns.
public enum TextLayout {
  /// The lines of `text` wrapped to `width` columns, each prefixed with `indent`.
  public static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
    let available = max(20, width - indent.count)
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      // The line's columns, kept as words are added rather than counted again for each word.
      var lineColumns = 0
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        let wordColumns = columns(word)
        if line.isEmpty {
          line = String(word)
          lineColumns = wordColumns
        } else if lineColumns + 1 + wordColumns <= available {
          line += " " + word
          lineColumns += 1 + wordColumns
        } else {
          lines.append(indent + line)
          line = String(word)
          lineColumns = wordColumns
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
    // Plain ASCII by its bytes (a CR LF pair is one character); anything else character by character.
    var previous: UInt8 = 0
    var ascii = true
    for byte in text.utf8 {
      guard byte < 0x80 else {
        ascii = false
        break
      }
      if inSequence {
        if (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") { inSequence = false }
      } else if byte == 0x1B {
        inSequence = true
      } else if !(byte == UInt8(ascii: "\n") && previous == UInt8(ascii: "\r")) {
        count += 1
      }
      previous = byte
    }
    if ascii { return count }
    count = 0
    inSequence = false
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

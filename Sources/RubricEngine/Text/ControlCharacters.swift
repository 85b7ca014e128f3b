/// The one definition of the characters that act on a screen instead of showing: control characters, which a
/// terminal obeys (escape sequences clear it, retitle the window, ring the bell), and the invisible
/// formatting characters that reorder or break the text around them (bidirectional overrides and isolates,
/// as in "Trojan Source"). Terminal rendering, Markdown escaping and `rubric lint` all ask here.
public enum ControlCharacters {
  /// The C0 controls (U+0000 to U+001F), DEL (U+007F) and the C1 controls (U+0080 to U+009F).
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// The invisible characters that change the order or the lines of the text around them: the bidirectional
  /// marks, embeddings, overrides and isolates, and the Unicode line and paragraph separators.
  public static func isInvisibleFormat(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061C,  // ARABIC LETTER MARK
      0x200E, 0x200F,  // LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK
      0x2028, 0x2029,  // LINE SEPARATOR, PARAGRAPH SEPARATOR
      0x202A...0x202E,  // embeddings and overrides
      0x2066...0x2069:  // isolates
      return true
    default:
      return false
    }
  }

  /// Whether `scalar` must never reach a screen as it is: a control or an invisible formatting character.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    isControl(scalar) || isInvisibleFormat(scalar)
  }

  /// The code point as written in messages: `U+202E`.
  public static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// The unsafe characters of `text`, each once, in the order they first appear.
  public static func unsafeScalars(in text: String) -> [Unicode.Scalar] {
    var found: [Unicode.Scalar] = []
    for scalar in text.unicodeScalars where isUnsafe(scalar) && !found.contains(scalar) {
      found.append(scalar)
    }
    return found
  }
}

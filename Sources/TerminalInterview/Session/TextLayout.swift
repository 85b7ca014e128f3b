/// Wraps prose to a width; words longer than the width stand on their own line.
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
        } else if line.count + 1 + word.count <= available {
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
}

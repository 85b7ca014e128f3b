/// How wide a line of text is drawn, estimated from Helvetica's advance widths (Arial and Liberation Sans,
/// what Word and LibreOffice substitute, share them), and text wrapped to a width with it. A chart lays its
/// labels out with these so that no label runs out of its box whatever font the reader's program picks.
enum TextMeasure {
  /// Widths in thousandths of the font size, as Helvetica's metrics give them.
  static let advances: [Character: Double] = {
    var table: [Character: Double] = [:]
    let groups: [(String, Double)] = [
      ("ijl'", 222), (" ftI.,:;!/[]\\|", 278), ("r()-`", 333), ("\"", 355), ("*^", 389),
      ("cksvxyzJ", 500), ("abdeghnopqu0123456789?$£€#_–", 556), ("~+<>=", 584), ("FTZ", 611),
      ("ABEKPSVXY&", 667), ("CDHNRUw", 722), ("GOQ", 778), ("mM", 833), ("%", 889), ("W", 944),
      ("@", 1015), ("…—", 1000),
    ]
    for (characters, width) in groups {
      for character in characters { table[character] = width }
    }
    return table
  }()

  /// The estimated width of `text` at `fontSize`, with a margin for the fonts that run wider; bold text runs
  /// a tenth wider still.
  static func width(_ text: some StringProtocol, fontSize: Double, bold: Bool = false) -> Double {
    var total = 0.0
    for character in text {
      if let known = advances[character] {
        total += known
      } else if let scalar = character.unicodeScalars.first, scalar.value >= 0x2E80 {
        total += 1000  // CJK and other full-width scripts
      } else {
        total += 600
      }
    }
    return total / 1000 * fontSize * 1.05 * (bold ? 1.1 : 1)
  }

  /// `text` wrapped at spaces into lines no wider than `width`, a word too long for a line broken inside
  /// it; past `maxLines`, the last line ends in an ellipsis.
  static func wrap(
    _ text: String, width: Double, fontSize: Double, bold: Bool = false, maxLines: Int = .max
  ) -> [String] {
    func fits(_ line: String) -> Bool { Self.width(line, fontSize: fontSize, bold: bold) <= width }
    var lines: [String] = []
    var line = ""
    for word in text.split(whereSeparator: \.isWhitespace).map(String.init) {
      let joined = line.isEmpty ? word : line + " " + word
      if fits(joined) {
        line = joined
        continue
      }
      if !line.isEmpty { lines.append(line) }
      line = ""
      // A word wider than the line is cut where it no longer fits.
      for character in word {
        if !line.isEmpty && !fits(line + String(character)) {
          lines.append(line)
          line = ""
        }
        line.append(character)
      }
    }
    if !line.isEmpty { lines.append(line) }
    guard lines.count > maxLines, maxLines > 0 else { return lines }
    var last = lines[maxLines - 1]
    while !last.isEmpty && !fits(last + "…") { last.removeLast() }
    while last.last == " " { last.removeLast() }
    return Array(lines.prefix(maxLines - 1)) + [last + "…"]
  }
}

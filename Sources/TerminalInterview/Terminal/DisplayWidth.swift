/// How many terminal columns text takes: most characters one, East Asian wide characters and emoji two,
/// combining marks and zero-width characters none. Used to lay out tables and wrap prose to a width.
public enum DisplayWidth {
  /// The columns `text` takes.
  public static func of(_ text: some StringProtocol) -> Int {
    // Plain ASCII, the common case, by its bytes: one column each, none for control characters.
    var columns = 0
    for byte in text.utf8 {
      guard byte < 0x80 else { return text.reduce(0) { $0 + of($1) } }
      if byte >= 0x20 && byte != 0x7F { columns += 1 }
    }
    return columns
  }

  /// The columns one character takes.
  public static func of(_ character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    if first.value < 0x300 { return first.value < 0x20 || first.value == 0x7F ? 0 : 1 }
    if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    switch first.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    return wideRanges.contains { $0.contains(first.value) } ? 2 : 1
  }

  /// The code points a terminal draws two columns wide (Unicode's East Asian Wide and Fullwidth blocks, and
  /// the emoji blocks).
  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x2E80...0x303E, 0x3041...0x33FF,
    0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
    0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
    0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]

}

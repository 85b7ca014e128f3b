extension StringProtocol {
  /// The text's lines, cut where `Character.isNewline` would cut them (line feed, carriage return, CR LF as
  /// one break, vertical tab, form feed, U+0085, U+2028, U+2029), found on the UTF-8 bytes rather than by
  /// walking the characters. With `omittingEmpty`, empty lines are left out.
  func lineSlices(omittingEmpty: Bool = false) -> [Substring] {
    let text = Substring(self)
    let bytes = text.utf8
    var lines: [Substring] = []
    var start = bytes.startIndex
    var index = bytes.startIndex
    func cut(_ end: String.Index, next: String.Index) {
      if !omittingEmpty || start < end { lines.append(text[start..<end]) }
      start = next
      index = next
    }
    while index < bytes.endIndex {
      let byte = bytes[index]
      switch byte {
      case 0x0A, 0x0B, 0x0C:
        cut(index, next: bytes.index(after: index))
      case 0x0D:
        let after = bytes.index(after: index)
        cut(index, next: after < bytes.endIndex && bytes[after] == 0x0A ? bytes.index(after: after) : after)
      case 0xC2:
        let after = bytes.index(after: index)
        if after < bytes.endIndex, bytes[after] == 0x85 {
          cut(index, next: bytes.index(after: after))
        } else {
          index = after
        }
      case 0xE2:
        let second = bytes.index(after: index)
        let third = second < bytes.endIndex ? bytes.index(after: second) : second
        if third < bytes.endIndex, bytes[second] == 0x80, bytes[third] == 0xA8 || bytes[third] == 0xA9 {
          cut(index, next: bytes.index(after: third))
        } else {
          index = second
        }
      default:
        index = bytes.index(after: index)
      }
    }
    if !omittingEmpty || start < bytes.endIndex { lines.append(text[start..<bytes.endIndex]) }
    return lines
  }
}

extension String {
  /// The string without the white space at either end that `CharacterSet.whitespaces` holds (space
  /// separators, tab and U+200B), worked out on scalars in place: Foundation's `trimmingCharacters(in:)`
  /// copies every cell through UTF-16 and took a third of an import's time.
  func trimmingSpaces() -> String {
    trimmingScalars(where: Self.isSpace)
  }

  /// The string without the white space and line breaks at either end that
  /// `CharacterSet.whitespacesAndNewlines` holds.
  func trimmingSpacesAndNewlines() -> String {
    trimmingScalars(where: Self.isSpaceOrNewline)
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar == " " || scalar == "\t" }
    return scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
  }

  static func isSpaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar == " " || ("\t"..."\r").contains(scalar) }
    switch scalar.properties.generalCategory {
    case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
    default: return scalar == "\u{85}" || scalar == "\u{200B}"
    }
  }

  func trimmingScalars(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
      let last = scalars.lastIndex(where: { !isTrimmed($0) })
    else { return "" }
    if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return self }
    return String(scalars[first...last])
  }
}

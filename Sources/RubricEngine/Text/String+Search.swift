extension StringProtocol {
  /// The range of the first occurrence of `needle`, compared byte for byte on UTF-8 (what Foundation's
  /// `range(of:)` finds for the lower-cased words the checker looks for), without Foundation's bridging.
  func firstRange(ofBytes needle: String) -> Range<String.Index>? {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return nil }
    let bytes = utf8
    var index = bytes.startIndex
    while index != bytes.endIndex {
      if bytes[index] == first {
        var probe = index
        var matched = 0
        while matched < pattern.count, probe != bytes.endIndex, bytes[probe] == pattern[matched] {
          matched += 1
          probe = bytes.index(after: probe)
        }
        if matched == pattern.count { return index..<probe }
      }
      index = bytes.index(after: index)
    }
    return nil
  }

  /// The text without white space and line breaks at either end, as `trimmingCharacters(in:
  /// .whitespacesAndNewlines)` gives it, on the characters rather than through Foundation.
  func trimmingWhiteSpace() -> String {
    guard let start = firstIndex(where: { !$0.isWhitespace }),
      let end = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[start...end])
  }
}

extension String {
  /// Whether the text holds `needle`, compared byte for byte on UTF-8 (what `contains` means for the
  /// lower-cased words the finders look for), without Foundation's slower search.
  func includes(_ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return true }
    var utf8 = self.utf8
    if let found = utf8.withContiguousStorageIfAvailable({ Self.search($0, pattern, first) }) { return found }
    // Not contiguous (a bridged string): make it so once.
    var copy = self
    copy.makeContiguousUTF8()
    utf8 = copy.utf8
    return utf8.withContiguousStorageIfAvailable { Self.search($0, pattern, first) } ?? false
  }

  private static func search(_ text: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8], _ first: UInt8) -> Bool {
    guard text.count >= pattern.count else { return false }
    var index = 0
    let last = text.count - pattern.count
    while index <= last {
      if text[index] == first {
        var matched = 1
        while matched < pattern.count && text[index + matched] == pattern[matched] { matched += 1 }
        if matched == pattern.count { return true }
      }
      index += 1
    }
    return false
  }
}

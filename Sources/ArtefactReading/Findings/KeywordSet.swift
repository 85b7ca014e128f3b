/// Lower-case ASCII words and phrases looked for in a text all at once, in one pass over its UTF-8 bytes,
/// ignoring the case of ASCII letters: what `text.lowercased().contains(word)` asks of each word, without
/// lower-casing the text or reading it once per word.
struct KeywordSet: Sendable {
  /// The words' bytes, each under its first byte.
  private let byFirst: [[[UInt8]]]

  /// A set of `words`, each lower-case ASCII.
  init(_ words: [String]) {
    var table = [[[UInt8]]](repeating: [], count: 256)
    for word in words {
      let bytes = Array(word.utf8)
      guard let first = bytes.first else { continue }
      table[Int(first)].append(bytes)
    }
    byFirst = table
  }

  /// Whether `text` holds any of the words.
  func occurs(in text: some StringProtocol) -> Bool {
    var text = String(text)
    return text.withUTF8 { bytes in
      guard !bytes.isEmpty else { return false }
      for start in 0..<bytes.count {
        let candidates = byFirst[Int(Self.lower(bytes[start]))]
        guard !candidates.isEmpty else { continue }
        for word in candidates where start + word.count <= bytes.count {
          var matched = 1
          while matched < word.count && Self.lower(bytes[start + matched]) == word[matched] { matched += 1 }
          if matched == word.count { return true }
        }
      }
      return false
    }
  }

  /// Whether `text` starts with `prefix` (lower-case ASCII), ignoring the case of ASCII letters.
  static func starts(_ text: some StringProtocol, with prefix: String) -> Bool {
    var bytes = text.utf8.makeIterator()
    for expected in prefix.utf8 {
      guard let byte = bytes.next(), lower(byte) == expected else { return false }
    }
    return true
  }

  /// An ASCII capital as its small letter; any other byte as it is.
  @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }
}

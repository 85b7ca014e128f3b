import TestSupport
import Testing

@testable import TerminalInterview

/// The byte-wise fast paths for plain ASCII against the character-by-character rules they stand in for.
@Suite("Display width and text columns: the ASCII fast path agrees with the character rules")
struct TextWidthPropertyTests {
  static let pieces = [
    "a", "Z", " ", "7", "\u{1B}[1m", "\u{1B}[0m", "\t", "\r\n", "\n", "\u{7F}", "-", "é", "名", "👍",
    "e\u{301}",
  ]

  /// What the rules say character by character.
  static func characterWidth(_ text: String) -> Int { text.reduce(0) { $0 + DisplayWidth.of($1) } }

  static func characterColumns(_ text: String) -> Int {
    var count = 0
    var inSequence = false
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

  @Test("random text of ASCII, controls, style sequences, accents, wide characters and emoji")
  func agree() {
    var generator = SeededGenerator(seed: 4040)
    for _ in 0..<2000 {
      let count = Int.random(in: 0...20, using: &generator)
      let text = (0..<count).map { _ in Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &generator)]
      }
      .joined()
      #expect(DisplayWidth.of(text) == Self.characterWidth(text), "\(text.debugDescription)")
      #expect(TextLayout.columns(text) == Self.characterColumns(text), "\(text.debugDescription)")
    }
  }

  @Test("wrapping keeps every word, in order, and no line past the width unless a word is longer")
  func wrap() {
    var generator = SeededGenerator(seed: 4041)
    for _ in 0..<300 {
      let words = (0..<Int.random(in: 1...40, using: &generator)).map { _ in
        String(repeating: "w", count: Int.random(in: 1...15, using: &generator))
      }
      let width = Int.random(in: 20...60, using: &generator)
      let lines = TextLayout.wrap(words.joined(separator: " "), width: width)
      #expect(lines.flatMap { $0.split(separator: " ").map(String.init) } == words)
      for line in lines where line.contains(" ") { #expect(line.count <= width, "\(line)") }
    }
  }
}

import TestSupport
import Testing

@testable import ArtefactReading

@Suite("Artefacts: lines and words found on the bytes agree with the characters")
struct TextScanTests {
  /// Random text of the pieces that matter: every line break, CR LF, no-break spaces, capitals, accents,
  /// emoji and the words looked for.
  static func text(_ random: inout SeededGenerator) -> String {
    let pieces = [
      "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", " ", "\u{A0}", "a", "Canary",
      "ROLL BACK", "feature flag", "é", "É", "🚀", "ü", "without ", "We Believe", "if we ", "x", ".",
      "\u{2027}",
      "\u{E2}",
    ]
    let count = Int.random(in: 0...40, using: &random)
    return (0..<count).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
  }

  @Test("lineSlices cuts where Character.isNewline does, with and without the empty lines")
  func lines() {
    var random = SeededGenerator(seed: 11)
    for _ in 0..<3000 {
      let text = Self.text(&random)
      let expected = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(
        String.init)
      #expect(text.lineSlices().map(String.init) == expected, "\(Array(text.unicodeScalars))")
      let nonEmpty = text.split(whereSeparator: \.isNewline).map(String.init)
      #expect(text.lineSlices(omittingEmpty: true).map(String.init) == nonEmpty)
    }
  }

  @Test("a keyword set finds what lower-casing the text and searching each word finds")
  func keywords() {
    let words =
      TicketFieldFinder.experimentWords + TicketFieldFinder.guardrailWords + ["we believe", "if we "]
    let set = KeywordSet(words)
    var random = SeededGenerator(seed: 12)
    for _ in 0..<3000 {
      let text = Self.text(&random)
      #expect(set.occurs(in: text) == words.contains { text.lowercased().contains($0) }, "\(text)")
      #expect(
        KeywordSet.starts(text, with: "we believe") == text.lowercased().hasPrefix("we believe"), "\(text)")
    }
    #expect(!KeywordSet([]).occurs(in: "anything"))
    #expect(!set.occurs(in: ""))
  }
}

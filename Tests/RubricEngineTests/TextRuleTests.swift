import Foundation
import TestSupport
import Testing

@testable import RubricEngine

@Suite("Text rules and hashes")
struct TextRuleTests {
  @Test(
    "one-line text is NFC, without controls or reordering marks, with white space and line breaks folded",
    arguments: [
      ("  Ana \t Lima ", "Ana Lima"), ("Ana\u{2028}Lima", "Ana Lima"), ("\n", ""), ("\u{2028}", ""),
      ("A\u{1B}[2Jna", "A[2Jna"), ("Jose\u{301}", "Jos\u{E9}"), ("evil\u{202E}txt.exe", "eviltxt.exe"),
      ("a\u{0}b\u{7F}c\u{85}d", "abc d"), ("line\r\nbreak", "line break"),
    ])
  func oneLine(input: String, expected: String) {
    let cleaned = TextRule.name.cleaned(input)
    #expect(cleaned == expected)
    #expect(cleaned.unicodeScalars.elementsEqual(expected.unicodeScalars), "NFC, scalar for scalar")
  }

  @Test("evidence keeps its lines, every kind of break as one newline, and drops controls")
  func evidence() {
    #expect(TextRule.evidence.cleaned(" one\r\ntwo\u{2029}three\u{1B}\n") == "one\ntwo\nthree")
  }

  @Test("the limits are stated in the message, and blank text is refused only where it is required")
  func limits() {
    let long = String(repeating: "a", count: TextRule.name.maximumLength + 1)
    #expect(
      TextRule.name.problem(with: long)
        == "is 201 characters long; a name may be at most 200 characters")
    #expect(TextRule.name.problem(with: String(repeating: "a", count: 200)) == nil)
    #expect(TextRule.name.problem(with: " \u{2028}") == "must not be empty")
    #expect(TextRule.evidence.problem(with: "", required: false) == nil)
  }

  @Test("whatever cleaning keeps, the readers' check accepts: property over random hostile text")
  func cleanedTextReadsBack() {
    var generator = SeededGenerator(seed: 2028)
    let pieces: [String] = [
      "a", "Z", " ", "\t", "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{0}", "\u{1B}", "\u{7}",
      "\u{202E}",
      "\u{2066}", "\u{FEFF}", "é", "e\u{301}", "名", "👩🏽‍⚕️", "\u{A0}", "=", "'",
    ]
    for rule in [TextRule.name, .title, .sentence, .reason, .evidence] {
      for _ in 0..<300 {
        let count = Int.random(in: 0...40, using: &generator)
        let text = (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }
          .joined()
        let cleaned = rule.cleaned(text)
        #expect(rule.cleaned(cleaned) == cleaned, "cleaning is idempotent")
        if !cleaned.isEmpty { #expect(rule.problem(with: cleaned) == nil) }
        #expect(!cleaned.unicodeScalars.contains { ControlCharacters.isUnsafe($0) && $0 != "\n" })
      }
    }
  }

  @Test("SHA-256 matches the standard's test vectors, in one piece and fed in parts")
  func sha256() {
    #expect(SHA256.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
    #expect(SHA256.hex(of: long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    let million = [UInt8](repeating: 0x61, count: 1_000_000)
    #expect(SHA256.hex(of: million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    var parts = SHA256()
    var offset = 0
    var generator = SeededGenerator(seed: 3)
    while offset < million.count {
      let step = min(Int.random(in: 1...200, using: &generator), million.count - offset)
      parts.update(Array(million[offset..<offset + step]))
      offset += step
    }
    #expect(parts.finalHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }
}

@Suite("Limits that must agree")
struct LimitAgreementTests {
  @Test("a line read as one answer holds the longest evidence the text rule keeps, in any script")
  func lineHoldsEvidence() {
    #expect(Answer.maximumTextBytes >= TextRule.evidence.maximumLength * 4)
  }

  @Test("the quick path for clean ASCII gives what the scalar-by-scalar path gives, for every rule")
  func quickPathAgrees() {
    var generator = SeededGenerator(seed: 42)
    let pieces = [
      "a", "Z", "9", " ", "  ", ".", "-", "\t", "\n", "\r\n", "é", "e\u{301}", "\u{202E}", "\u{7}", "~",
    ]
    for rule in [TextRule.name, .title, .sentence, .reason, .evidence] {
      for _ in 0..<3_000 {
        let count = Int.random(in: 0...12, using: &generator)
        let text = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
        #expect(
          rule.cleaned(text) == rule.cleanedScalarByScalar(text), "\(rule.what): \(text.debugDescription)")
      }
    }
  }
}

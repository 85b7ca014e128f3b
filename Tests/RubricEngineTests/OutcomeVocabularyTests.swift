import Foundation
import Testing

/// The outcome checker's words live in `OutcomeVocabulary.swift` and nowhere else, and are written so
/// that they can match: the checker compares them with lowercased tokens.
@Suite("Outcome checker: every word list is in the vocabulary")
struct OutcomeVocabularyTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/RubricEngine/OutcomeCheck")
  static let vocabularyFile = "OutcomeVocabulary.swift"

  /// The Swift files of the checker's folder with their text, comments removed.
  static func sources() throws -> [(name: String, code: String)] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".swift") }.sorted()
    return try names.map { name in
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let code = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        line.trimmingCharacters(in: .whitespaces).hasPrefix("//") ? "" : String(line)
      }
      return (name, code.joined(separator: "\n"))
    }
  }

  /// Where `pattern` matches in `code` (across lines), as "file:line: text of that line".
  static func matches(of pattern: String, in name: String, _ code: String) throws -> [String] {
    let expression = try NSRegularExpression(pattern: pattern)
    let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
    return expression.matches(in: code, range: NSRange(code.startIndex..., in: code)).compactMap { match in
      guard let range = Range(match.range, in: code) else { return nil }
      let number = code[..<range.lowerBound].filter { $0 == "\n" }.count
      return "\(name):\(number + 1): \(lines[number].trimmingCharacters(in: .whitespaces))"
    }
  }

  @Test("no file of the checker but the vocabulary holds a literal list of words or marks")
  func noListOutside() throws {
    let sources = try Self.sources()
    #expect(sources.count > 10, "the checker's sources were not found in \(Self.folder.path)")
    #expect(sources.contains { $0.name == Self.vocabularyFile })
    var found: [String] = []
    for (name, code) in sources where name != Self.vocabularyFile {
      // An array or set literal of strings (`["a", "b"]`, `[["a", "b"]]`), or a string used as a set of
      // characters (`"£$€".contains(c)`).
      found += try Self.matches(of: #"\[\s*"|"[^"]*"\.contains\("#, in: name, code)
    }
    #expect(found.isEmpty, "word lists outside \(Self.vocabularyFile):\n\(found.joined(separator: "\n"))")
  }

  @Test("every word of the vocabulary is lowercase, as the tokens it is compared with are")
  func lowercase() throws {
    let sources = try Self.sources()
    let vocabulary = try #require(sources.first { $0.name == Self.vocabularyFile })
    let expression = try NSRegularExpression(pattern: #""((?:[^"\\]|\\.)*)""#)
    let code = vocabulary.code
    let literals = expression.matches(in: code, range: NSRange(code.startIndex..., in: code)).compactMap {
      Range($0.range(at: 1), in: code).map { String(code[$0]) }
    }
    #expect(literals.count > 500, "too few words read from \(Self.vocabularyFile)")
    let uppercase = literals.filter { $0 != $0.lowercased() }
    #expect(uppercase.isEmpty, "words that can never match a lowercased token: \(uppercase)")
  }
}

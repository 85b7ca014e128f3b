import Foundation
import RubricEngine
import Testing

@Suite("The outcome checker agrees with a labelled corpus")
struct OutcomeCorpusTests {
  static let corpusURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/outcome-statements.tsv")

  static func corpus() throws -> [(label: OutcomeVerdict, statement: String)] {
    let text = try String(contentsOf: corpusURL, encoding: .utf8)
    return try text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
      let parts = line.split(separator: "\t", maxSplits: 1)
      let label = try #require(OutcomeVerdict(rawValue: String(parts[0])), "bad label in: \(line)")
      return (label, String(parts[1]))
    }
  }

  /// How many statements of the corpus the checker agreed with when this floor was set (142 of 143 on
  /// 2026-12-03). Fixed, so that no change to the checker may lose a statement it got right; raise it
  /// when the checker gets more right, never lower it.
  static let agreementFloor = 142

  @Test("at least 20 statements of every kind, and no fewer agreements than the fixed floor; misses printed")
  func agreement() throws {
    let corpus = try Self.corpus()
    for verdict in OutcomeVerdict.allCases {
      #expect(corpus.filter { $0.label == verdict }.count >= 20, "too few \(verdict.rawValue) statements")
    }
    let checker = OutcomeChecker()
    var misses: [String] = []
    for (label, statement) in corpus {
      let assessment = checker.check(statement)
      if assessment.verdict != label {
        misses.append(
          "expected \(label.rawValue), got \(assessment.verdict.rawValue): \(statement) "
            + "(\(assessment.reasons.joined(separator: "; ")))")
      }
    }
    let agreed = corpus.count - misses.count
    print("Outcome checker agreement: \(agreed) of \(corpus.count) (floor \(Self.agreementFloor))")
    for miss in misses { print("  miss: \(miss)") }
    #expect(
      agreed >= Self.agreementFloor,
      """
      the checker agrees with \(agreed) of \(corpus.count) statements, fewer than the floor of \
      \(Self.agreementFloor); the \(misses.count) that disagree:
      \(misses.joined(separator: "\n"))
      """)
    if agreed > Self.agreementFloor {
      print("  the checker now agrees with more than the floor: raise agreementFloor to \(agreed)")
    }
  }
}

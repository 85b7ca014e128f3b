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

  @Test("at least 80 statements of every kind, with at least 90% agreement; the misses are printed")
  func agreement() throws {
    let corpus = try Self.corpus()
    #expect(corpus.count >= 80)
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
    let agreement = Double(corpus.count - misses.count) / Double(corpus.count)
    print(
      "Outcome checker agreement: \(corpus.count - misses.count) of \(corpus.count) (\(Int(agreement * 100))%)"
    )
    for miss in misses { print("  miss: \(miss)") }
    #expect(agreement >= 0.9, "agreement \(agreement); misses:\n\(misses.joined(separator: "\n"))")
  }
}

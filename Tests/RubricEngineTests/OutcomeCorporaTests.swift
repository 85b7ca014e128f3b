import Foundation
import RubricEngine
import Testing

/// The corpora of issue 13: statements written and labelled from the seeds' definitions before the checker
/// was run on them, each with the defect class it exercises, a reason, and checks of elements. Corpus 2
/// (198 statements) was written first; corpus 3 (120), a held-out set, was written by someone else later,
/// without seeing corpus 2.
@Suite("The outcome checker agrees with the labelled corpora of issue 13")
struct OutcomeCorporaTests {
  struct Row {
    var label: OutcomeVerdict
    var defectClass: String
    var statement: String
    var checks: [String]
  }

  /// One corpus: its file, the fewest statements per defect class, and the floors.
  struct Corpus: Sendable, CustomTestStringConvertible {
    var file: String
    var perClass: Int
    /// Agreements when the floor was set; raise it when the checker gets more right, never lower it.
    var agreementFloor: Int
    var checkFloor: Int
    var testDescription: String { file }
  }

  /// Floors set on 2026-12-03. Before issue 13 the checker agreed with 127 of corpus 2's 198 verdicts and
  /// 1 of its 34 element checks, and with 80 of corpus 3's 120 verdicts and none of its 17; it had no
  /// `--allow-output`, so none of the bet checks (23 and 12).
  static let corpora = [
    Corpus(file: "outcome-statements-2.tsv", perClass: 20, agreementFloor: 196, checkFloor: 56),
    Corpus(file: "outcome-statements-3.tsv", perClass: 12, agreementFloor: 118, checkFloor: 29),
  ]

  static func rows(_ file: String) throws -> [Row] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Fixtures/" + file)
    let text = try String(contentsOf: url, encoding: .utf8)
    return try text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
      let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      try #require(parts.count >= 4, "too few columns in: \(line)")
      let label = try #require(OutcomeVerdict(rawValue: parts[0]), "bad label in: \(line)")
      let checks = parts.count > 4 ? parts[4].split(separator: " ").map(String.init) : []
      return Row(label: label, defectClass: parts[1], statement: parts[2], checks: checks)
    }
  }

  /// Whether one check holds: of an element ("falsifier:found", "who:not-missing"), or of the bet an output
  /// states when output-driven work is allowed ("bet:stated", "bet:missing").
  static func holds(_ check: String, _ assessment: OutcomeAssessment, statement: String) -> Bool? {
    let parts = check.split(separator: ":").map(String.init)
    if parts.first == "bet", parts.count == 2 {
      let stated = OutcomeChecker().check(statement, allowOutput: true).allowedOutput?.betStated
      return parts[1] == "stated" ? stated == true : stated == false
    }
    guard parts.count == 2, let element = OutcomeElement(rawValue: parts[0]) else { return nil }
    switch parts[1] {
    case "found": return assessment.words(for: element) != nil
    case "missing": return assessment.missing.contains(element)
    case "not-missing": return !assessment.missing.contains(element)
    default: return nil
    }
  }

  @Test(
    "enough statements per defect class; verdicts and element checks no fewer than the floors",
    arguments: corpora)
  func agreement(_ file: Corpus) throws {
    let corpus = try Self.rows(file.file)
    #expect(Set(corpus.map(\.defectClass)).count == 9, "the eight defect classes and base")
    for defectClass in Set(corpus.map(\.defectClass)) where defectClass != "base" {
      #expect(
        corpus.filter { $0.defectClass == defectClass }.count >= file.perClass, "too few in \(defectClass)")
    }
    let checker = OutcomeChecker()
    var misses: [String] = []
    var checksHeld = 0
    var checkMisses: [String] = []
    for row in corpus {
      let assessment = checker.check(row.statement)
      if assessment.verdict != row.label {
        misses.append(
          "[\(row.defectClass)] expected \(row.label.rawValue), got \(assessment.verdict.rawValue): "
            + "\(row.statement) (\(assessment.reasons.joined(separator: "; ")))")
      }
      for check in row.checks {
        switch Self.holds(check, assessment, statement: row.statement) {
        case true?: checksHeld += 1
        case false?: checkMisses.append("\(check): \(row.statement)")
        case nil: break
        }
      }
    }
    let agreed = corpus.count - misses.count
    print(
      "Outcome checker agreement, \(file.file): \(agreed) of \(corpus.count) (floor \(file.agreementFloor))")
    for miss in misses { print("  miss: \(miss)") }
    print("Element checks held: \(checksHeld) (floor \(file.checkFloor))")
    for miss in checkMisses { print("  check missed: \(miss)") }
    #expect(agreed >= file.agreementFloor, "\(misses.joined(separator: "\n"))")
    #expect(checksHeld >= file.checkFloor, "\(checkMisses.joined(separator: "\n"))")
  }
}

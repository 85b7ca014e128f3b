import Foundation
import MarkdownReport
import RubricEngine
import TestSupport
import Testing

/// The report renders the scorecard: its verdict sentence names the lenses of the scorecard's reasons, and
/// every threshold it states is the method's.
@Suite("The report states the scorecard and the method, never its own")
struct ReportMethodTests {
  /// Random interviews on the standard rubric: each interviewee in a random role, each question answered
  /// with a random score, n/a, a skip or left out.
  static func interviews(_ generator: inout SeededGenerator, rubric: Rubric) -> [Interview] {
    let count = Int.random(in: 1...12, using: &generator)
    // Each review leans one way, so that every rating and verdict turns up: scores anywhere, scores high,
    // scores middling to high, or many answers missing.
    let (range, gaps) = [(0...4, 2), (3...4, 0), (2...4, 1), (3...4, 6)][
      Int.random(in: 0...3, using: &generator)]
    return (0..<count).map { index in
      let role = rubric.roles.randomElement(using: &generator)?.id ?? "sponsor"
      var interview = Interview(
        name: "Person \(index)", role: role, started: "2026-11-01T10:00:00Z", updated: "2026-11-01T10:00:00Z")
      for question in rubric.questions where question.kind == .scale && question.applies(toRole: role) {
        let draw = Int.random(in: 0..<10, using: &generator)
        if draw < gaps {
          switch draw % 3 {
          case 0: interview.answers[question.id] = .notApplicable(evidence: nil, at: interview.updated)
          case 1: interview.answers[question.id] = .skipped(at: interview.updated)
          default: break
          }
        } else {
          let score = Int.random(in: range, using: &generator)
          interview.answers[question.id] = .scored(score, evidence: "said \(score)", at: interview.updated)
        }
      }
      return interview
    }
  }

  static func method(_ generator: inout SeededGenerator) -> Method {
    Method(
      minimumRespondents: Int.random(in: 1...4, using: &generator),
      minimumCoverage: [0.25, 0.4, 0.5, 0.6, 0.75, 1][Int.random(in: 0...5, using: &generator)],
      contestedSpread: Int.random(in: 1...4, using: &generator),
      findingThreshold: [1, 1.5, 2, 2.5, 3][Int.random(in: 0...4, using: &generator)],
      readyNeedsShownCritical: Bool.random(using: &generator))
  }

  static func report(_ rubric: Rubric, _ interviews: [Interview], adjusted: Bool = true) throws
    -> (Scorecard, String)
  {
    var review = try ExampleReviewFiles.review()
    if !adjusted { review.adjustments = [] }
    let card = Scoring.scorecard(rubric: rubric, interviews: interviews, adjustments: review.adjustments)
    let content = ReportContent(
      review: review, rubric: rubric, scorecard: card, interviews: interviews, attribution: .roles)
    return (card, ClientReport(content: content, date: "2026-11-02", chartFile: "c.svg").markdown())
  }

  @Test("the verdict sentence names exactly the lenses of the scorecard's reasons (property, 300 reviews)")
  func verdictSentence() throws {
    var rubric = try Fixtures.standardRubric()
    var generator = SeededGenerator(seed: 12)
    var verdicts: Set<Verdict> = []
    for _ in 0..<300 {
      rubric.method = Self.method(&generator)
      let adjusted = Bool.random(using: &generator)
      let (card, markdown) = try Self.report(
        rubric, Self.interviews(&generator, rubric: rubric), adjusted: adjusted)
      verdicts.insert(card.verdict)
      let line = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("**Verdict: ") })
      let sentence = line.lowercased()
      #expect(line.hasPrefix("**Verdict: \(card.verdict.words).** "))
      let named = Set(card.verdictReasons.compactMap(\.lens))
      for lens in card.lenses {
        #expect(
          sentence.contains(lens.title.lowercased()) == named.contains(lens.id),
          "\(lens.title) (\(lens.rating.rawValue)) in \"\(line)\" with reasons \(card.verdictReasons)")
      }
      if card.verdictReasons == [.everyLensSound] { #expect(line.hasSuffix("Every lens is sound.")) }
    }
    // The generator reaches every verdict, so the property was tried on each.
    #expect(verdicts == Set(Verdict.allCases))
  }

  @Test("the appendix and the findings state the method's thresholds (property, 100 methods)")
  func appendixThresholds() throws {
    var rubric = try Fixtures.standardRubric()
    var generator = SeededGenerator(seed: 7)
    let interviews = try ExampleReviewFiles.interviews()
    for _ in 0..<100 {
      let method = Self.method(&generator)
      rubric.method = method
      let (card, markdown) = try Self.report(rubric, interviews)
      #expect(card.method == method)
      #expect(markdown.contains("a lens with fewer than \(method.minimumRespondents) respondents or under"))
      #expect(
        markdown.contains("or under \(Scoring.percent(method.minimumCoverage)) coverage has insufficient"))
      #expect(markdown.contains("contested when its scores are \(method.contestedSpread) or more apart"))
      // Findings: exactly the questions below the threshold and the critical ones whose accounts conflict
      // (scores the contested spread apart), and a lens without one says the threshold.
      let findings = markdown.split(separator: "\n").filter { $0.hasPrefix("### ") && $0.contains(".") }.count
      let isFinding = { (question: QuestionScore) in
        let given = question.scores.map(\.score)
        let conflict = question.critical && (given.max() ?? 0) - (given.min() ?? 0) >= method.contestedSpread
        return (question.mean ?? .infinity) < method.findingThreshold || conflict
      }
      let below = card.lenses.flatMap(\.questions).filter(isFinding)
      #expect(findings == below.count)
      let threshold =
        method.findingThreshold.rounded() == method.findingThreshold
        ? String(Int(method.findingThreshold)) : String(method.findingThreshold)
      for lens in card.lenses
      where !lens.questions.contains(where: isFinding) {
        _ = lens
        #expect(markdown.contains("No question in this lens scored below \(threshold) of 4."))
      }
      // Contested: as many disagreements listed as the scorecard holds.
      let listed = markdown.split(separator: "\n").filter {
        $0.hasPrefix("- *") && $0.contains("Scores ran from")
      }
      #expect(listed.count == card.lenses.reduce(0) { $0 + $1.contested.count })
    }
  }
}

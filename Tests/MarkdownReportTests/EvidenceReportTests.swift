import Foundation
import MarkdownReport
import RubricEngine
import TestSupport
import Testing

@Suite("The client report: what was said, what was shown")
struct EvidenceReportTests {
  static let documents = [
    ReviewDocument(id: "business-case", title: "Outline business case", date: "2026-09-30", version: "2.1"),
    ReviewDocument(id: "status-pack", title: "Programme status pack", date: "2026-10-01"),
  ]

  static func markdown(_ content: ReportContent) -> String {
    ClientReport(content: content, date: "2026-10-20", chartFile: "c.svg").markdown()
  }

  /// Seed 000's programme: four interviewees rate every question 3, while the documents show the
  /// critical outcome questions at 0 and 1.
  static func greenReports() throws -> (ReportContent, String) {
    let rubric = try Fixtures.standardRubric()
    let people = [
      ("Ana Lima", "sponsor"), ("Bo Chen", "delivery"), ("Cy Park", "engineering"), ("Di Roy", "product"),
    ]
    let interviews = people.map { name, role in
      var interview = Interview(
        name: name, role: role, started: "2026-10-01T09:00:00Z", updated: "2026-10-01T10:00:00Z")
      for question in rubric.questions where question.kind == .scale && question.applies(toRole: role) {
        interview.answers[question.id] = .scored(3, evidence: "All green: \(name)", at: interview.updated)
      }
      return interview
    }
    let evidence = [
      ReviewerEvidence(
        id: 1, question: "oc-measurable", score: 0, source: .document, document: "business-case",
        note: "The benefits section has no measure at all.", date: "2026-10-10"),
      ReviewerEvidence(
        id: 2, question: "oc-shared-definition", score: 1, source: .document, document: "status-pack",
        note: "Each workstream states a different goal.", date: "2026-10-10"),
      ReviewerEvidence(
        id: 3, question: "oc-single-owner", score: 1, source: .observed,
        note: "Three people chaired the steering committee in a month.", date: "2026-10-11"),
    ]
    var review = try ExampleReviewFiles.review()
    review.adjustments = []
    let content = ReportContent.scored(
      review: review, rubric: rubric, interviews: interviews, attribution: .roles, evidence: evidence,
      documents: documents)
    return (content, markdown(content))
  }

  @Test("seed 000: everyone says 3, the documents show 0-1: not ready, said-vs-shown findings at the top")
  func seedZeroPattern() throws {
    let (content, text) = try Self.greenReports()
    #expect(content.scorecard.verdict == .notReady)
    let outcome = try #require(content.scorecard.lens("outcome-clarity"))
    #expect(outcome.computedRating == .unsound)
    #expect(Set(outcome.criticalBelow) == ["oc-measurable", "oc-shared-definition", "oc-single-owner"])
    let headlines = content.headlines
    // The three gaps lead, the widest (3 to 0) first.
    let gapFindings = Set(
      ["oc-measurable", "oc-shared-definition", "oc-single-owner"].compactMap {
        try? Fixtures.standardRubric().question(id: $0)?.finding
      })
    #expect(headlines.count >= 3)
    #expect(Set(headlines.prefix(3).map(\.title)) == gapFindings)
    #expect(headlines[0].title == (try Fixtures.standardRubric().question(id: "oc-measurable")?.finding))
    #expect(
      headlines[0].detail
        == "Stakeholders described this at 3.0 out of 4 on average; “Outline business case”, version 2.1, shows "
        + "0.0 out of 4: The benefits section has no measure at all.")
    #expect(headlines.contains { $0.detail.contains("the reviewers' observation shows 1.0 out of 4") })
    // The first finding on page one is a gap, stated as a pattern: no person, no role.
    let summary = try #require(text.components(separatedBy: "# Scorecard").first)
    let first = try #require(summary.split(separator: "\n").first { $0.hasPrefix("1. ") })
    #expect(first.contains("Stakeholders described this at 3.0 out of 4"))
    for name in ["Ana", "Bo Chen", "Cy Park", "Di Roy", "sponsor", "Executive sponsor", "a stakeholder"] {
      #expect(!first.contains(name), "\(first)")
    }
    #expect(
      text.contains("**What was said and what was shown.** Stakeholders described this at 3.0 out of 4"))
    // The verdict names the unsound gate; the lens rests on documents and observation for half its weight.
    #expect(text.contains("| Outcome clarity (gate) | "))
    #expect(text.contains("**Verdict: Not ready to commit.**"))
  }

  @Test("the method lists the documents examined; the appendix says what each finding rests on")
  func documentsAndEvidenceBase() throws {
    let (_, text) = try Self.greenReports()
    #expect(text.contains("## Documents examined\n\n| Document | Version | Date |"))
    #expect(text.contains("| Outline business case | 2\\.1 | 2026-09-30 |"))
    #expect(text.contains("| Programme status pack |  | 2026-10-01 |"))
    #expect(text.contains("## What each finding rests on"))
    #expect(text.contains("| a document (Outline business case) |"))
    #expect(text.contains("| observation |"))
    // Every question with reviewer evidence: said, shown, and where it was shown.
    #expect(text.contains("## What was said and what was shown, question by question"))
    #expect(text.contains("| Outcome clarity | 3.0 | 0.0 | a document (Outline business case) |"))
    #expect(text.contains("Every finding rests on documents or observation, beside what stakeholders said."))
  }

  @Test("every lens shows its evidence strength in the scorecard table, assertion only where none")
  func strengthColumn() throws {
    let (content, text) = try Self.greenReports()
    let rows = text.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains("|") }
    for lens in content.scorecard.lenses {
      let row = try #require(rows.first { $0.hasPrefix("| \(lens.title)") }, "\(lens.title)")
      let expected = lens.id == "outcome-clarity" ? "57% shown" : "assertion only"
      #expect(row.hasSuffix("| \(expected) |"), "\(row)")
    }
  }

  @Test(
    "conflicting accounts on a critical question: both ends quoted, the fact to be established from a document"
  )
  func conflictingAccounts() throws {
    // The example: the sponsor says the vendor carries the overrun (3), finance that the fixed price covers
    // only part of the work (1); delivery says 2. The mean is 2.0, the at-risk minimum.
    let content = ReportContent.scored(
      review: try ExampleReviewFiles.review(), rubric: try Fixtures.standardRubric(),
      interviews: try ExampleReviewFiles.interviews(), attribution: .roles)
    let question = try #require(content.scorecard.lens("risk-cost-allocation")?.question("rc-overrun-bearer"))
    #expect(question.mean == 2)
    #expect(question.accountsConflict)
    let finding = try #require(
      content.findingsByLens["risk-cost-allocation"]?.first { $0.question == "rc-overrun-bearer" })
    let conflict = try #require(finding.conflict)
    #expect(conflict.low == 1 && conflict.high == 3)
    #expect(
      conflict.lowQuotes.map(\.text) == [
        "The fixed price covers 40% of the work. The rest is time and materials, at our risk."
      ])
    #expect(conflict.highQuotes.map(\.text) == ["It's a fixed-price contract. Halcyon carries the overrun."])
    // Under the attribution rules: each role is held once, so neither end is named.
    #expect((conflict.lowQuotes + conflict.highQuotes).allSatisfy { $0.source == "a stakeholder" })
    let text = Self.markdown(content)
    let section = try #require(
      text.components(separatedBy: "who carries cost and time overruns").dropFirst().first)
    #expect(section.contains("**Accounts conflict.** Stakeholders' scores ran from 1 to 3"))
    #expect(section.contains("*Scoring it 1 of 4:*\n\n> The fixed price covers 40% of the work."))
    #expect(
      section.contains("*Scoring it 3 of 4:*\n\n> It's a fixed-price contract. Halcyon carries the overrun."))
    #expect(section.contains("**Recommendation.** Establish the fact from a document"))
  }

  @Test("an adjustment despite a critical question says so in the lens's paragraph, with the reason")
  func despiteCritical() throws {
    let content = ReportContent.scored(
      review: try ExampleReviewFiles.review(), rubric: try Fixtures.standardRubric(),
      interviews: try ExampleReviewFiles.interviews(), attribution: .roles)
    let text = Self.markdown(content)
    #expect(
      text.contains(
        "The untested assumptions remain. Adjusted despite critical question db-assumptions scoring 1.6 (*Which "
          + "assumptions must hold for the business case to work, and which of them have been tested?*)."))
  }
}

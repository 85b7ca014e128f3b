import RubricEngine
import TestSupport
import Testing

@testable import MarkdownReport

@Suite("The client report: the decision's date, forum, value and options open the summary")
struct DecisionSummaryTests {
  static func summary(_ review: Review, date: String) throws -> String {
    let rubric = try Fixtures.standardRubric()
    let interviews = try ExampleReviewFiles.interviews()
    let content = ReportContent(
      review: review, rubric: rubric, scorecard: Scoring.scorecard(rubric: rubric, interviews: interviews),
      interviews: interviews, attribution: .roles)
    let text = ClientReport(content: content, date: date, chartFile: "c.svg").markdown()
    let start = try #require(text.range(of: "**Decision under review.**"))
    let end = try #require(text.range(of: "**Verdict:"))
    return String(text[start.lowerBound..<end.lowerBound])
  }

  @Test("a date ahead, near and passed is said so; what the review does not record is left out")
  func timing() throws {
    var review = try ExampleReviewFiles.review()
    review.decisionDate = nil
    review.decisionForum = nil
    review.valueAtStake = nil
    review.optionsConsidered = nil
    let bare = try Self.summary(review, date: "2026-10-20")
    #expect(bare.components(separatedBy: "\n\n").filter { !$0.isEmpty }.count == 1, "\(bare)")
    review.decisionDate = "2026-12-31"
    review.valueAtStake = "£38m over 7 years"
    let ahead = try Self.summary(review, date: "2026-10-20")
    #expect(ahead.contains("**The decision is due** on 31 December 2026, in 72 days."), "\(ahead)")
    #expect(ahead.contains("**Value at stake.** £38m over 7 years."))
    review.decisionForum = "the *board*."
    let near = try Self.summary(review, date: "2026-12-17")
    #expect(
      near.contains(
        "**To be decided by** the \\*board\\*, **on 31 December 2026, in 14 days:** little time is left to act"
      ),
      "\(near)")
    let passed = try Self.summary(review, date: "2027-01-01")
    #expect(passed.contains("**on 31 December 2026, 1 day before this report: the date has passed.**"))
    review.optionsConsidered = ["Sign.", "Extend the legacy contract"]
    #expect(
      try Self.summary(review, date: "2027-01-01").contains(
        "**Options considered.** Sign; Extend the legacy contract."))
  }
}

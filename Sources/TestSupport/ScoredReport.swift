import MarkdownReport
import RubricEngine

extension ReportContent {
  /// The report content of `interviews` scored as `integrity report` scores them: once, with the review's
  /// adjustments.
  public static func scored(
    review: Review, rubric: Rubric, interviews: [Interview], attribution: Attribution
  ) -> ReportContent {
    ReportContent(
      review: review, rubric: rubric,
      scorecard: Scoring.scorecard(rubric: rubric, interviews: interviews, adjustments: review.adjustments),
      interviews: interviews, attribution: attribution)
  }
}

import MarkdownReport
import RubricEngine

extension ReportContent {
  /// The report content of `interviews` scored as `integrity report` scores them: once, with the review's
  /// adjustments and the reviewer's evidence.
  public static func scored(
    review: Review, rubric: Rubric, interviews: [Interview], attribution: Attribution,
    evidence: [ReviewerEvidence] = [], documents: [ReviewDocument] = []
  ) -> ReportContent {
    ReportContent(
      review: review, rubric: rubric,
      scorecard: Scoring.scorecard(
        rubric: rubric, interviews: interviews, adjustments: review.adjustments, evidence: evidence,
        documents: documents),
      interviews: interviews, attribution: attribution)
  }
}

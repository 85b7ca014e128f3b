/// The finding rule: a question is a finding of the report, with the rubric's finding and recommendation,
/// when its score is below the method's finding threshold, when what was said and what was shown differ
/// (`SaidVsShownRule`), or when accounts of a critical question conflict (`ConflictRule`).
public enum FindingRule {
  /// Whether `question` is a finding.
  public static func isFinding(_ question: QuestionScore, method: Method) -> Bool {
    (question.mean.map { $0 < method.findingThreshold } ?? false) || question.saidVsShown
      || question.accountsConflict
  }
}

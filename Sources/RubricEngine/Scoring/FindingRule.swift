/// The finding rule: a question whose mean score is below the method's finding threshold is a finding of
/// the report, with the rubric's finding and recommendation.
public enum FindingRule {
  /// Whether `question` is a finding.
  public static func isFinding(_ question: QuestionScore, method: Method) -> Bool {
    question.mean.map { $0 < method.findingThreshold } ?? false
  }
}

/// The critical rule: a critical question whose mean falls below the at-risk band's minimum makes its lens
/// unsound, whatever the lens score.
public enum CriticalRule {
  /// The ids of the critical questions below the at-risk band's minimum, in rubric order.
  public static func below(_ questions: [QuestionScore], bands: [Band], method: Method) -> [String] {
    let minimum = BandRule.atRiskMinimum(bands)
    return questions.filter { question in
      question.critical && (question.mean.map { $0 < minimum - method.bandTolerance } ?? false)
    }.map(\.id)
  }
}

/// The critical rule: a critical question whose mean falls below the at-risk band's minimum makes its lens
/// unsound, whatever the lens score. A reviewer may rate such a lens higher only knowingly
/// (`integrity adjust --despite-critical`), and every output then says so.
public enum CriticalRule {
  /// The ids of the critical questions below the at-risk band's minimum, in rubric order.
  public static func below(_ questions: [QuestionScore], bands: [Band], method: Method) -> [String] {
    let minimum = BandRule.atRiskMinimum(bands)
    return questions.filter { question in
      question.critical && (question.mean.map { $0 < minimum - method.bandTolerance } ?? false)
    }.map(\.id)
  }

  /// Whether `rating` is above what a critical question below the at-risk band allows (unsound).
  public static func overrides(_ rating: Rating) -> Bool {
    rating == .sound || rating == .atRisk
  }

  /// The critical questions an adjustment to `rating` overrides: those below, when the rating is above
  /// unsound; none otherwise.
  public static func overridden(by rating: Rating?, criticalBelow: [String]) -> [String] {
    guard let rating, overrides(rating) else { return [] }
    return criticalBelow
  }
}

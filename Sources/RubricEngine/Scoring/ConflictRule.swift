/// Conflicting accounts: a critical question whose interview scores are contested (`ContestedRule`) is a
/// finding whatever its mean (a 3 and a 1 average to 2.0, and must not vanish), until reviewer evidence
/// with a score establishes the fact: the outputs recommend establishing it from a document.
public enum ConflictRule {
  /// Whether accounts of `question` conflict: critical, its interview scores contested, and nothing shown
  /// settles it.
  public static func accountsConflict(_ question: QuestionScore, method: Method) -> Bool {
    guard question.critical, question.shown == nil, let low = question.scores.map(\.score).min(),
      let high = question.scores.map(\.score).max()
    else { return false }
    return high - low >= method.contestedSpread
  }
}

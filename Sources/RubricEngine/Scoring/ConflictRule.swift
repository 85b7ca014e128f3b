/// Conflicting accounts: a critical question whose interview scores are contested (`ContestedRule`) is a
/// finding whatever its mean (a 3 and a 1 average to 2.0, and must not vanish). The outputs recommend
/// establishing the fact from a document, or cite the reviewer evidence that already shows it.
public enum ConflictRule {
  /// Whether accounts of `question` conflict: critical, and its interview scores contested.
  public static func accountsConflict(_ question: QuestionScore, method: Method) -> Bool {
    guard question.critical, let low = question.scores.map(\.score).min(),
      let high = question.scores.map(\.score).max()
    else { return false }
    return high - low >= method.contestedSpread
  }
}

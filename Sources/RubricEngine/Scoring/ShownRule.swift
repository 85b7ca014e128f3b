/// Shown beats said: a question with reviewer evidence carrying a score is scored from that evidence, the
/// mean of its scores; the interviews' mean is kept as what was said. A question without such evidence is
/// scored from what was said.
public enum ShownRule {
  /// The mean of the scores the reviewer evidence carries; `nil` when none carries a score.
  public static func shown(_ evidence: [ReviewerEvidence]) -> Double? {
    let scores = evidence.compactMap(\.score)
    return scores.isEmpty ? nil : Double(scores.reduce(0, +)) / Double(scores.count)
  }

  /// The question's score: what was shown when there is any, otherwise what was said.
  public static func score(said: Double?, shown: Double?) -> Double? { shown ?? said }

  /// Whether the scores the reviewer evidence carries are the contested spread or more apart: what was
  /// shown disagrees with itself, and its mean hides that.
  public static func disagrees(_ evidence: [ReviewerEvidence], method: Method) -> Bool {
    let scores = evidence.compactMap(\.score)
    guard let low = scores.min(), let high = scores.max() else { return false }
    return high - low >= method.contestedSpread
  }
}

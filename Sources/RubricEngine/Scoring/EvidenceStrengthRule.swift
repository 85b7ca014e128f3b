/// Evidence strength of a lens: the share of its scale questions' weight scored from what was shown (a
/// document or an observation) rather than from what was said. A lens at 0 rests on assertion only.
public enum EvidenceStrengthRule {
  /// The shown share of the weight of `questions` (every scale question of the lens); 0 when they weigh
  /// nothing.
  public static func strength(_ questions: [QuestionScore]) -> Double {
    let total = questions.reduce(0) { $0 + $1.weight }
    guard total > 0 else { return 0 }
    return questions.filter { $0.shown != nil }.reduce(0) { $0 + $1.weight } / total
  }

  /// Whether a lens with this strength rests on what was said alone.
  public static func isAssertionOnly(_ strength: Double) -> Bool { strength <= 0 }
}

/// What would lift a lens one band: the smallest level that its lowest-scoring questions must all reach
/// (each question below it raised to it, none lowered), on the scale's tenths, for the lens to rate one band
/// better, with the critical-question rule taken into account. A lens that cannot be judged is lifted by
/// evidence, not scores, and a lens the reviewers adjusted keeps their rating whatever the scores: neither
/// has a lift.
public enum LiftRule {
  /// The smallest step the level moves by.
  static let step = 0.1

  /// The lift of `lens`, or `nil` when it is sound, cannot be judged, or no level reaches the next band.
  public static func lift(_ lens: LensScore, bands: [Band], method: Method) -> LensLift? {
    // An adjusted lens is rated by the reviewers: no change in the scores moves it.
    guard lens.adjustment == nil else { return nil }
    let current = lens.computedRating
    guard current == .unsound || current == .atRisk else { return nil }
    let target: Rating = current == .unsound ? .atRisk : .sound
    let top = method.maximumScore
    var level = step
    while level <= top + method.bandTolerance {
      let raised = raise(lens.questions, to: level)
      if rank(rating(raised, bands: bands, method: method)) >= rank(target) {
        let moved = lens.questions.compactMap { question in
          question.mean.flatMap {
            $0 < level - method.bandTolerance ? LensLift.Raise(question: question.id, from: $0) : nil
          }
        }
        return LensLift(lens: lens.id, target: target, level: level, raises: moved)
      }
      level = ((level + step) * 10).rounded() / 10
    }
    return nil
  }

  /// The questions with every mean below `level` raised to it.
  static func raise(_ questions: [QuestionScore], to level: Double) -> [QuestionScore] {
    questions.map { question in
      var question = question
      if let mean = question.mean, mean < level { question.mean = level }
      return question
    }
  }

  /// A lens's rating from its questions' means, as `Scoring` rates it once it has the evidence to be
  /// judged: unsound with a critical question below the at-risk band, else its score's band.
  public static func rating(_ questions: [QuestionScore], bands: [Band], method: Method) -> Rating {
    if !CriticalRule.below(questions, bands: bands, method: method).isEmpty { return .unsound }
    let scored = questions.filter { $0.mean != nil }
    let weight = scored.reduce(0) { $0 + $1.weight }
    guard weight > 0 else { return .insufficientEvidence }
    let score = scored.reduce(0) { $0 + $1.weight * ($1.mean ?? 0) } / weight
    return BandRule.rating(for: score, bands: bands, method: method)
  }

  static func rank(_ rating: Rating) -> Int {
    switch rating {
    case .sound: return 2
    case .atRisk: return 1
    case .unsound, .insufficientEvidence: return 0
    }
  }
}

import TestSupport
import Testing

@testable import RubricEngine

@Suite("What would lift a lens: the stated change lifts it one band, and any smaller change does not")
struct LiftRuleTests {
  static let bands = [
    Band(rating: .sound, min: 3), Band(rating: .atRisk, min: 2), Band(rating: .unsound, min: 0),
  ]

  static func lens(_ questions: [QuestionScore]) -> LensScore {
    let rating = LiftRule.rating(questions, bands: bands, method: .standard)
    return LensScore(
      id: "l", title: "Lens", gate: false, score: nil, computedRating: rating, rating: rating,
      adjustment: nil,
      bandRating: nil, criticalBelow: [], insufficientBecause: [], answeredCount: 1, askedCount: 1,
      coverage: 1,
      respondents: 2, contested: [], questions: questions)
  }

  @Test("over random lenses: applying the change reaches the band; the level a tenth lower does not")
  func property() {
    var random = SeededGenerator(seed: 17)
    var lifted = 0
    for _ in 0..<2000 {
      let count = Int.random(in: 1...7, using: &random)
      let questions = (0..<count).map { index in
        var question = QuestionScore(
          id: "q\(index)", weight: [0.5, 1, 1.5, 2][Int.random(in: 0...3, using: &random)],
          critical: Int.random(in: 0...3, using: &random) == 0, scores: [], notApplicable: 0, skipped: 0,
          mean: Bool.random(using: &random) || index == 0
            ? Double(Int.random(in: 0...40, using: &random)) / 10 : nil)
        question.mean = question.mean.map { min($0, 4) }
        return question
      }
      let lens = Self.lens(questions)
      guard let lift = LiftRule.lift(lens, bands: Self.bands, method: .standard) else {
        #expect(lens.computedRating == .sound || lens.computedRating == .insufficientEvidence)
        continue
      }
      lifted += 1
      let rank = { (rating: Rating) in LiftRule.rank(rating) }
      #expect(rank(lift.target) == rank(lens.computedRating) + 1)
      let after = LiftRule.rating(
        LiftRule.raise(questions, to: lift.level), bands: Self.bands, method: .standard)
      #expect(rank(after) >= rank(lift.target), "\(questions.map(\.mean)) to \(lift.level)")
      if lift.level > LiftRule.step {
        let lower = LiftRule.rating(
          LiftRule.raise(questions, to: lift.level - LiftRule.step), bands: Self.bands, method: .standard)
        #expect(rank(lower) < rank(lift.target), "\(questions.map(\.mean)) below \(lift.level)")
      }
      // Only questions below the level are raised, each from its score today.
      #expect(
        lift.raises.allSatisfy { raise in
          (questions.first { $0.id == raise.question }?.mean ?? 9) < lift.level
        })
    }
    #expect(lifted > 500)
  }

  @Test("a critical question below the at-risk band is raised to it first: the lens is at risk at 2.0")
  func critical() throws {
    let questions = [
      QuestionScore(id: "a", weight: 1, critical: true, scores: [], notApplicable: 0, skipped: 0, mean: 0.5),
      QuestionScore(id: "b", weight: 3, critical: false, scores: [], notApplicable: 0, skipped: 0, mean: 3.5),
    ]
    let lift = try #require(LiftRule.lift(Self.lens(questions), bands: Self.bands, method: .standard))
    #expect(lift.target == .atRisk && lift.level == 2.0 && lift.raises.map(\.question) == ["a"])
  }
}

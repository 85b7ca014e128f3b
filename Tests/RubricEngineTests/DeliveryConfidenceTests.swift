import Testing

@testable import RubricEngine

@Suite("Delivery confidence: each level from the verdict and the lens ratings, and the reviewer's adjustment")
struct DeliveryConfidenceTests {
  static func lens(_ id: String, _ rating: Rating, gate: Bool = false) -> LensScore {
    LensScore(
      id: id, title: id, gate: gate, score: 2, computedRating: rating, rating: rating, adjustment: nil,
      bandRating: rating, criticalBelow: [], insufficientBecause: [], answeredCount: 4, askedCount: 4,
      coverage: 1, respondents: 3, contested: [], questions: [])
  }

  static func level(_ ratings: [Rating], gate: Rating = .sound, method: Method = .standard)
    -> DeliveryConfidence
  {
    let lenses =
      [lens("gate", gate, gate: true)] + ratings.enumerated().map { lens("l\($0.offset)", $0.element) }
    let (verdict, _) = VerdictRule.verdict(for: lenses, method: method)
    return DeliveryConfidenceRule.computed(verdict: verdict, lenses: lenses, method: method)
  }

  @Test("Green, Amber/Green, Amber, Amber/Red and Red, each at its edge")
  func levels() {
    #expect(Self.level([.sound, .sound]) == .green)
    #expect(Self.level([.atRisk, .sound]) == .amberGreen)
    #expect(Self.level([.atRisk, .atRisk]) == .amber)
    #expect(Self.level([.insufficientEvidence, .sound]) == .amber)
    #expect(Self.level([.unsound, .sound]) == .amberRed)
    #expect(Self.level([.unsound, .unsound]) == .red)
    #expect(Self.level([.sound, .sound], gate: .unsound) == .red)
    // The method's parameters move the edges.
    #expect(Self.level([.atRisk, .atRisk], method: Method(amberGreenAtRisk: 2)) == .amberGreen)
    #expect(Self.level([.unsound, .unsound], method: Method(redUnsoundLenses: 3)) == .amberRed)
    #expect(Self.level([.unsound], method: Method(redUnsoundLenses: 1)) == .red)
  }

  @Test("the reviewer's level leads every output, the computed one kept beside it")
  func adjustment() throws {
    let rubric = Rubric(
      id: "r", version: "1.0.0", title: "R",
      scale: (0...4).map { ScaleLevel(value: $0, label: "\($0)") },
      bands: [Band(rating: .sound, min: 3), Band(rating: .atRisk, min: 2), Band(rating: .unsound, min: 0)],
      roles: [Role(id: "sponsor", title: "Sponsor")], lenses: [])
    let adjustment = ConfidenceAdjustment(
      level: .amberRed, reason: "A pilot first", date: "2026-12-08T00:00:00Z")
    let card = Scoring.scorecard(rubric: rubric, interviews: [], confidenceAdjustment: adjustment)
    #expect(card.deliveryConfidence == .amberRed)
    #expect(card.computedDeliveryConfidence != .amberRed)
    #expect(
      Scoring.scorecard(rubric: rubric, interviews: []).deliveryConfidence == card.computedDeliveryConfidence)
    let json = String(decoding: try DataFileEncoder.encode(card), as: UTF8.self)
    #expect(json.contains(#""deliveryConfidence" : "amber-red""#))
    #expect(json.contains(#""computedDeliveryConfidence" : ""#))
    #expect(json.contains(#""reason" : "A pilot first""#))
    for level in DeliveryConfidence.allCases {
      #expect(!level.meaning.isEmpty && !level.words.isEmpty)
      // Named by its id or by the words the outputs print, in any case.
      #expect(DeliveryConfidence(named: level.rawValue) == level)
      #expect(DeliveryConfidence(named: level.words.uppercased()) == level)
    }
    #expect(DeliveryConfidence(named: "amber green") == .amberGreen)
    #expect(DeliveryConfidence(named: "purple") == nil && DeliveryConfidence(named: "") == nil)
  }
}

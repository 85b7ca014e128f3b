import RubricEngine
import TestSupport
import Testing

/// Lens A (the gate): q1 (critical, weight 1) and q2 (weight 2). Lens B: q3 (critical) and q4.
/// Bands: sound from 3, at-risk from 2, unsound from 0; the standard method (contested spread 2, findings
/// below 2).
private let rubric = Fixtures.smallRubric([
  Lens(
    id: "a", title: "Lens A", summary: "s", gate: true,
    questions: [Fixtures.scaleQuestion("q1", critical: true), Fixtures.scaleQuestion("q2", weight: 2)]),
  Lens(
    id: "b", title: "Lens B", summary: "s",
    questions: [Fixtures.scaleQuestion("q3", critical: true), Fixtures.scaleQuestion("q4")]),
])

/// An interview scoring each question as given.
private func interview(_ name: String, _ role: String, _ scores: [String: Int]) -> Interview {
  var result = Interview(name: name, role: role, started: "t", updated: "t")
  for (question, score) in scores { result.answers[question] = .scored(score, evidence: nil, at: "t") }
  return result
}

/// Reviewer evidence on `question`.
private func evidence(
  _ id: Int, _ question: String, _ score: Int?, _ source: EvidenceSource = .document
) -> ReviewerEvidence {
  ReviewerEvidence(
    id: id, question: question, score: score, source: source, document: source == .document ? "doc" : nil,
    note: "n", date: "2026-11-23")
}

private let allThrees = [
  interview("A", "sponsor", ["q1": 3, "q2": 3, "q3": 3, "q4": 3]),
  interview("B", "product", ["q1": 3, "q2": 3, "q3": 3, "q4": 3]),
]

@Suite("Evidence rules: shown beats said, said vs shown, conflicting accounts, strength, hearsay")
struct EvidenceRulesTests {
  @Test("shown replaces said in the question's score and in the lens score; said is kept")
  func shownBeatsSaid() throws {
    // q2 said 3 and 3; shown 1 (a document) and 2 (an observation): shown 1.5.
    let card = Scoring.scorecard(
      rubric: rubric, interviews: allThrees,
      evidence: [evidence(1, "q2", 1), evidence(2, "q2", 2, .observed), evidence(3, "q2", nil)])
    let lens = try #require(card.lens("a"))
    let q2 = try #require(lens.question("q2"))
    #expect(q2.said == 3)
    #expect(q2.shown == 1.5)
    #expect(q2.mean == 1.5)
    #expect(q2.source == .document)
    #expect(q2.evidence.map(\.id) == [1, 2, 3])
    // Lens A = (1 × 3 + 2 × 1.5) / 3 = 2.0, at risk.
    #expect(lens.score == 2)
    #expect(lens.computedRating == .atRisk)
    // Evidence without a score informs and never scores.
    let informing = Scoring.scorecard(
      rubric: rubric, interviews: allThrees, evidence: [evidence(1, "q2", nil)])
    #expect(informing.lens("a")?.question("q2")?.shown == nil)
    #expect(informing.lens("a")?.question("q2")?.mean == 3)
    #expect(informing.lens("a")?.question("q2")?.source == .said)
    // Observed only.
    let observed = Scoring.scorecard(
      rubric: rubric, interviews: allThrees, evidence: [evidence(1, "q4", 2, .observed)])
    #expect(observed.lens("b")?.question("q4")?.source == .observed)
  }

  @Test("said vs shown: a gap of exactly the contested spread is a finding, one below it is not")
  func saidVersusShown() throws {
    // q4 said 3: shown 1 is 2 apart (the spread), shown 2 is 1 apart.
    let at = try #require(
      Scoring.scorecard(rubric: rubric, interviews: allThrees, evidence: [evidence(1, "q4", 1)]).lens("b")?
        .question("q4"))
    #expect(at.saidVsShown)
    #expect(at.isFinding)
    let below = try #require(
      Scoring.scorecard(rubric: rubric, interviews: allThrees, evidence: [evidence(1, "q4", 2)]).lens("b")?
        .question("q4"))
    #expect(!below.saidVsShown)
    #expect(!below.isFinding)
    // Shown above said by the spread is a gap too: what was shown contradicts what was said.
    let lows = [interview("A", "sponsor", ["q4": 1]), interview("B", "product", ["q4": 1])]
    let above = Scoring.scorecard(rubric: rubric, interviews: lows, evidence: [evidence(1, "q4", 3)])
    #expect(above.lens("b")?.question("q4")?.saidVsShown == true)
    // With a spread of 3, a gap of 2 is not one.
    var wide = rubric
    wide.method = Method(contestedSpread: 3)
    let card = Scoring.scorecard(rubric: wide, interviews: allThrees, evidence: [evidence(1, "q4", 1)])
    #expect(card.lens("b")?.question("q4")?.saidVsShown == false)
    // No interview score: nothing was said, so there is no gap.
    let silent = Scoring.scorecard(rubric: rubric, interviews: [], evidence: [evidence(1, "q4", 0)])
    #expect(silent.lens("b")?.question("q4")?.saidVsShown == false)
  }

  @Test("a contested critical question whose mean is exactly the at-risk minimum is a finding")
  func conflictingAccounts() throws {
    // q3 (critical) and q4 each scored 3 and 1: mean 2.0, the at-risk minimum, not below the threshold.
    let split = [
      interview("A", "sponsor", ["q3": 3, "q4": 3]), interview("B", "finance", ["q3": 1, "q4": 1]),
    ]
    let lens = try #require(Scoring.scorecard(rubric: rubric, interviews: split).lens("b"))
    let q3 = try #require(lens.question("q3"))
    #expect(q3.mean == 2)
    #expect(q3.accountsConflict)
    #expect(q3.isFinding)
    #expect(lens.criticalBelow.isEmpty)
    let q4 = try #require(lens.question("q4"))
    #expect(!q4.accountsConflict)
    #expect(!q4.isFinding)
    // Reviewer evidence with a score establishes the fact: the conflict is settled, and the question is
    // judged on what was shown.
    let settled = try #require(
      Scoring.scorecard(rubric: rubric, interviews: split, evidence: [evidence(1, "q3", 3)]).lens("b")?
        .question("q3"))
    #expect(!settled.accountsConflict)
    #expect(!settled.isFinding)
    let informed = Scoring.scorecard(rubric: rubric, interviews: split, evidence: [evidence(1, "q3", nil)])
    #expect(informed.lens("b")?.question("q3")?.accountsConflict == true)
    // 3 and 2 are not contested: no conflict.
    let close = [interview("A", "sponsor", ["q3": 3]), interview("B", "finance", ["q3": 2])]
    #expect(
      Scoring.scorecard(rubric: rubric, interviews: close).lens("b")?.question("q3")?.isFinding == false)
  }

  @Test("shown evidence that disagrees by the contested spread is flagged, its mean still the score")
  func shownDisagrees() throws {
    let card = Scoring.scorecard(
      rubric: rubric, interviews: allThrees,
      evidence: [evidence(1, "q4", 0), evidence(2, "q4", 4, .observed)])
    let q4 = try #require(card.lens("b")?.question("q4"))
    #expect(q4.shownDisagrees)
    #expect(q4.shown == 2)
    let close = Scoring.scorecard(
      rubric: rubric, interviews: allThrees, evidence: [evidence(1, "q4", 2), evidence(2, "q4", 3)])
    #expect(close.lens("b")?.question("q4")?.shownDisagrees == false)
  }

  @Test("an adjustment recorded before a critical question fell below the band awaits confirmation")
  func unconfirmedAdjustment() throws {
    // Sound when recorded (q3 said 3); then a document shows q3 at 0.
    let raised = Adjustment(lens: "b", rating: .sound, reason: "Looks fine", date: "2026-11-23")
    let before = try #require(
      Scoring.scorecard(rubric: rubric, interviews: allThrees, adjustments: [raised]).lens("b"))
    #expect(!before.adjustmentUnconfirmed)
    let after = try #require(
      Scoring.scorecard(
        rubric: rubric, interviews: allThrees, adjustments: [raised], evidence: [evidence(1, "q3", 0)]
      ).lens("b"))
    #expect(after.adjustedDespiteCritical == ["q3"])
    #expect(after.adjustmentUnconfirmed)
    var confirmed = raised
    confirmed.despiteCritical = true
    let later = try #require(
      Scoring.scorecard(
        rubric: rubric, interviews: allThrees, adjustments: [confirmed], evidence: [evidence(1, "q3", 0)]
      ).lens("b"))
    #expect(!later.adjustmentUnconfirmed)
  }

  @Test("evidence strength is the shown share of the lens's scale-question weight")
  func evidenceStrength() throws {
    // Lens A: q1 weighs 1, q2 weighs 2.
    func strength(_ entries: [ReviewerEvidence]) -> Double? {
      Scoring.scorecard(rubric: rubric, interviews: allThrees, evidence: entries).lens("a")?.evidenceStrength
    }
    #expect(strength([]) == 0)
    #expect(strength([evidence(1, "q2", 3)]) == 2.0 / 3.0)
    #expect(strength([evidence(1, "q1", 3, .observed)]) == 1.0 / 3.0)
    #expect(strength([evidence(1, "q1", 3), evidence(2, "q2", 3)]) == 1)
    // Evidence without a score shows nothing: the lens still rests on assertion.
    #expect(strength([evidence(1, "q1", nil)]) == 0)
    let card = Scoring.scorecard(rubric: rubric, interviews: allThrees)
    let lens = try #require(card.lens("a"))
    #expect(EvidenceStrengthRule.isAssertionOnly(lens.evidenceStrength))
    #expect(ReasonWords.evidenceStrength(of: lens) == "assertion only")
    let shown = try #require(
      Scoring.scorecard(rubric: rubric, interviews: allThrees, evidence: [evidence(1, "q2", 3)]).lens("a"))
    #expect(ReasonWords.evidenceStrength(of: shown) == "67% shown")
    #expect(
      ReasonWords.share(0.004) == "1%" && ReasonWords.share(0.996) == "99%" && ReasonWords.share(1) == "100%")
  }

  @Test("ready needs every critical question shown: capped at conditional, lifted by the evidence")
  func noGreenLightOnHearsay() {
    let asserted = Scoring.scorecard(rubric: rubric, interviews: allThrees)
    #expect(asserted.lenses.allSatisfy { $0.rating == .sound })
    #expect(asserted.verdict == .conditional)
    #expect(asserted.verdictReasons == [.criticalQuestionsAssertedOnly(["q1", "q3"])])
    #expect(asserted.criticalAssertedOnly == ["q1", "q3"])
    let half = Scoring.scorecard(rubric: rubric, interviews: allThrees, evidence: [evidence(1, "q1", 3)])
    #expect(half.verdict == .conditional)
    #expect(half.verdictReasons == [.criticalQuestionsAssertedOnly(["q3"])])
    let shown = Scoring.scorecard(
      rubric: rubric, interviews: allThrees,
      evidence: [evidence(1, "q1", 3), evidence(2, "q3", 4, .observed)])
    #expect(shown.verdict == .ready)
    #expect(shown.verdictReasons == [.everyLensSound])
    // Evidence that scores nothing does not lift it.
    let informing = Scoring.scorecard(
      rubric: rubric, interviews: allThrees, evidence: [evidence(1, "q1", nil), evidence(2, "q3", nil)])
    #expect(informing.verdict == .conditional)
    // A method that does not ask for it gives ready on what was said.
    var lenient = rubric
    lenient.method = Method(readyNeedsShownCritical: false)
    #expect(Scoring.scorecard(rubric: lenient, interviews: allThrees).verdict == .ready)
  }

  @Test("an adjustment above what a critical question allows is named, with the question and its score")
  func adjustedDespiteCritical() throws {
    // q1 scored 1 by both: below the at-risk band, so lens A is unsound whatever its score.
    let low = [
      interview("A", "sponsor", ["q1": 1, "q2": 4, "q3": 3, "q4": 3]),
      interview("B", "product", ["q1": 1, "q2": 4, "q3": 3, "q4": 3]),
    ]
    let raised = Adjustment(
      lens: "a", rating: .atRisk, reason: "Owner named since", date: "2026-11-23", despiteCritical: true)
    let lens = try #require(
      Scoring.scorecard(rubric: rubric, interviews: low, adjustments: [raised]).lens("a"))
    #expect(lens.computedRating == .unsound)
    #expect(lens.rating == .atRisk)
    #expect(lens.adjustedDespiteCritical == ["q1"])
    #expect(
      ReasonWords.adjustedDespiteCritical(of: lens) == ["adjusted despite critical question q1 scoring 1"])
    // Lowering, or rating unsound, overrides nothing.
    let lowered = Adjustment(lens: "a", rating: .unsound, reason: "r", date: "2026-11-23")
    #expect(
      Scoring.scorecard(rubric: rubric, interviews: low, adjustments: [lowered]).lens("a")?
        .adjustedDespiteCritical == [])
    #expect(CriticalRule.overridden(by: .sound, criticalBelow: ["q1"]) == ["q1"])
    #expect(CriticalRule.overridden(by: .insufficientEvidence, criticalBelow: ["q1"]) == [])
    #expect(CriticalRule.overridden(by: .sound, criticalBelow: []) == [])
  }

  @Test("adding reviewer evidence never changes respondents or coverage (property, 200 reviews)")
  func evidenceIsNotARespondent() {
    var generator = SeededGenerator(seed: 14)
    let questions = ["q1", "q2", "q3", "q4"]
    for round in 0..<200 {
      var interviews: [Interview] = []
      for index in 0..<Int.random(in: 0...4, using: &generator) {
        var scores: [String: Int] = [:]
        for question in questions where Bool.random(using: &generator) {
          scores[question] = Int.random(in: 0...4, using: &generator)
        }
        interviews.append(interview("P\(index)", ["sponsor", "finance", "product"][index % 3], scores))
      }
      let entries = (0..<Int.random(in: 0...6, using: &generator)).map { id in
        evidence(
          id + 1, questions[Int.random(in: 0..<4, using: &generator)],
          Bool.random(using: &generator) ? Int.random(in: 0...4, using: &generator) : nil,
          Bool.random(using: &generator) ? .document : .observed)
      }
      let without = Scoring.scorecard(rubric: rubric, interviews: interviews)
      let with = Scoring.scorecard(rubric: rubric, interviews: interviews, evidence: entries)
      for (plain, evidenced) in zip(without.lenses, with.lenses) {
        #expect(plain.respondents == evidenced.respondents, "round \(round)")
        #expect(plain.coverage == evidenced.coverage, "round \(round)")
        #expect(plain.answeredCount == evidenced.answeredCount, "round \(round)")
        #expect(plain.askedCount == evidenced.askedCount, "round \(round)")
        #expect(plain.insufficientBecause == evidenced.insufficientBecause, "round \(round)")
        #expect(plain.contested == evidenced.contested, "round \(round)")
        for (said, shown) in zip(plain.questions, evidenced.questions) {
          #expect(said.scores == shown.scores, "round \(round)")
          #expect(said.said == shown.said, "round \(round)")
        }
      }
      #expect(without.interviewCount == with.interviewCount)
      // Removing every entry gives exactly the scorecard without evidence.
      #expect(Scoring.scorecard(rubric: rubric, interviews: interviews, evidence: []) == without)
      // Without evidence, every question is scored from what was said, as before evidence existed.
      for question in without.lenses.flatMap(\.questions) {
        #expect(question.mean == question.said && question.shown == nil && question.source == .said)
        #expect(!question.saidVsShown)
      }
    }
  }
}

import RubricEngine
import TestSupport
import Testing

/// Lens A (the gate): q1 (critical) and q2 (weight 2), an outcome and an owner text question.
/// Lens B: q3 asked of finance only, and q4. Bands: sound from 3, at-risk from 2, unsound from 0.
private let rubric = Fixtures.smallRubric([
  Lens(
    id: "a", title: "Lens A", summary: "s", gate: true,
    questions: [
      Fixtures.scaleQuestion("q1", critical: true), Fixtures.scaleQuestion("q2", weight: 2),
      Question(id: "outcome", kind: .text, prompt: "p", help: "h", check: .outcome),
      Question(id: "owner", kind: .text, prompt: "p", help: "h", check: .owner),
    ]),
  Lens(
    id: "b", title: "Lens B", summary: "s",
    questions: [Fixtures.scaleQuestion("q3", roles: ["finance"]), Fixtures.scaleQuestion("q4")]),
])

/// An interview whose answers are given as "3", "n/a", "skip" or text, by question id.
private func interview(_ name: String, _ role: String, _ answers: [String: String]) -> Interview {
  var result = Interview(name: name, role: role, started: "t", updated: "t")
  for (question, value) in answers {
    switch value {
    case "n/a": result.answers[question] = .notApplicable(evidence: nil, at: "t")
    case "skip": result.answers[question] = .skipped(at: "t")
    default:
      if let score = Int(value) {
        result.answers[question] = .scored(score, evidence: nil, at: "t")
      } else {
        result.answers[question] = .text(value, at: "t")
      }
    }
  }
  return result
}

/// Reviewer evidence showing `question` at `score`, as observed.
private func shown(_ question: String, _ score: Int) -> ReviewerEvidence {
  ReviewerEvidence(
    id: 1, question: question, score: score, source: .observed, note: "seen", date: "2026-11-23")
}

/// The worked example of the scoring notes: three interviewees, every rule but the critical one exercised.
private let worked = [
  interview(
    "Dana Whitfield", "sponsor",
    [
      "q1": "3", "q2": "2", "q4": "4", "outcome": "Halve the claims backlog by 2027",
      "owner": "Dana Whitfield",
    ]),
  interview(
    "Bo Chen", "finance",
    [
      "q1": "1", "q2": "n/a", "q3": "2", "q4": "skip", "outcome": "halve the claims  backlog by 2027",
      "owner": "dana  whitfield",
    ]),
  interview(
    "Cy Park", "product",
    ["q1": "2", "q2": "4", "q4": "3", "outcome": "Launch the portal", "owner": "The steering committee"]),
]

@Suite("Scoring: hand-computed fixtures for every rule")
struct ScoringTests {
  @Test("question scores are means without n/a and skips; the lens score is their weighted mean")
  func means() throws {
    let card = Scoring.scorecard(rubric: rubric, interviews: worked)
    let a = try #require(card.lens("a"))
    // q1: (3 + 1 + 2) / 3 = 2; q2: (2 + 4) / 2 = 3, Bo's n/a left out; lens: (1×2 + 2×3) / (1 + 2) = 8/3.
    #expect(a.questions.map(\.mean) == [2, 3])
    #expect(a.score == 8.0 / 3.0)
    #expect(a.questions[1].notApplicable == 1)
    let b = try #require(card.lens("b"))
    // q3: 2 (Bo only); q4: (4 + 3) / 2 = 3.5, Bo's skip left out; lens: (2 + 3.5) / 2 = 2.75.
    #expect(b.questions.map(\.mean) == [2, 3.5])
    #expect(b.score == 2.75)
    #expect(b.questions[1].skipped == 1)
  }

  @Test("coverage counts scored and n/a answers over the scale questions each role is asked")
  func coverage() throws {
    let card = Scoring.scorecard(rubric: rubric, interviews: worked)
    // A: q1 and q2 asked of all three = 6; answered 6 (n/a counts). B: q3 asked of Bo only, q4 of all = 4; answered 3.
    #expect(card.lens("a")?.answeredCount == 6)
    #expect(card.lens("a")?.askedCount == 6)
    #expect(card.lens("a")?.coverage == 1)
    #expect(card.lens("b")?.answeredCount == 3)
    #expect(card.lens("b")?.askedCount == 4)
    #expect(card.lens("b")?.coverage == 0.75)
    #expect(card.lens("b")?.respondents == 3)
  }

  @Test(
    "ratings come from the first band at or below the score; a critical mean exactly at the at-risk edge is not below it"
  )
  func ratings() throws {
    let card = Scoring.scorecard(rubric: rubric, interviews: worked)
    #expect(card.lens("a")?.rating == .atRisk)
    #expect(card.lens("a")?.criticalBelow == [])
    #expect(card.lens("b")?.rating == .atRisk)
  }

  @Test("contested questions record the roles at each end, as the attribution rule shows them")
  func contested() throws {
    let card = Scoring.scorecard(rubric: rubric, interviews: worked)
    // Three interviewees in three roles: every role is pooled as "a stakeholder".
    let pooled = [Attributor.pooledLabel]
    #expect(
      card.lens("a")?.contested == [
        ContestedQuestion(question: "q1", min: 1, max: 3, minRoles: pooled, maxRoles: pooled),
        ContestedQuestion(question: "q2", min: 2, max: 4, minRoles: pooled, maxRoles: pooled),
      ])
    #expect(card.lens("b")?.contested == [])
  }

  @Test("owners are compared ignoring case and spacing; outcome statements are counted and checked")
  func agreement() {
    let card = Scoring.scorecard(rubric: rubric, interviews: worked)
    #expect(card.owners.distinct == 2)
    #expect(!card.owners.agreed)
    #expect(card.owners.names.map(\.name) == ["Dana Whitfield", "The steering committee"])
    #expect(card.owners.names.map(\.mentions) == [2, 1])
    #expect(card.owners.names[0].roles == [Attributor.pooledLabel])
    #expect(card.outcomes.statements.count == 3)
    #expect(card.outcomes.distinct == 2)
    #expect(card.outcomes.measurable == 1)
  }

  @Test("a gate lens that is not sound makes the verdict not-ready")
  func gateVerdict() {
    let card = Scoring.scorecard(rubric: rubric, interviews: worked)
    #expect(card.verdict == .notReady)
    #expect(card.verdictReasons == [.gateNotSound("a", .atRisk)])
    #expect(ReasonWords.verdictReasons(of: card) == ["Lens A, the gate, is at-risk, not sound"])
  }

  @Test("a critical question below the at-risk minimum makes the lens unsound whatever its score")
  func critical() throws {
    let interviews = [
      interview("A", "sponsor", ["q1": "1", "q2": "4", "q4": "4"]),
      interview("B", "product", ["q1": "2", "q2": "4", "q4": "4"]),
    ]
    let lens = try #require(Scoring.scorecard(rubric: rubric, interviews: interviews).lens("a"))
    // q1: 1.5, below 2; lens: (1.5 + 2×4) / 3 = 3.1667, a sound band.
    #expect(lens.bandRating == .sound)
    #expect(lens.criticalBelow == ["q1"])
    #expect(lens.rating == .unsound)
  }

  @Test("fewer than two respondents is insufficient evidence, whatever the score")
  func fewRespondents() throws {
    let interviews = [
      interview("A", "sponsor", ["q1": "4", "q2": "4", "q4": "4"]),
      interview("B", "product", ["q1": "n/a", "q2": "n/a", "q4": "4"]),
    ]
    let card = Scoring.scorecard(rubric: rubric, interviews: interviews)
    let a = try #require(card.lens("a"))
    #expect(a.score == 4)
    #expect(a.respondents == 1)
    #expect(a.coverage == 1)
    #expect(a.computedRating == .insufficientEvidence)
    #expect(a.insufficientBecause == [.tooFewRespondents(count: 1, needed: 2)])
    #expect(ReasonWords.insufficiency(of: a) == ["1 respondent, fewer than 2"])
    #expect(card.lens("b")?.rating == .sound)
    #expect(card.verdict == .notReady)
  }

  @Test("coverage below one half is insufficient evidence; exactly one half is enough")
  func lowCoverage() throws {
    let half = [
      interview("A", "sponsor", ["q1": "3", "q2": "skip", "q4": "3"]),
      interview("B", "product", ["q1": "3", "q2": "skip", "q4": "3"]),
    ]
    #expect(Scoring.scorecard(rubric: rubric, interviews: half).lens("a")?.coverage == 0.5)
    #expect(Scoring.scorecard(rubric: rubric, interviews: half).lens("a")?.rating == .sound)
    let less = half + [interview("C", "finance", ["q3": "3", "q4": "3"])]
    let lens = try #require(Scoring.scorecard(rubric: rubric, interviews: less).lens("a"))
    // A and B scored q1 and skipped q2; C, asked both, answered neither: 2 answered of 6 asked.
    #expect(lens.answeredCount == 2)
    #expect(lens.askedCount == 6)
    #expect(lens.rating == .insufficientEvidence)
    #expect(lens.insufficientBecause == [.lowCoverage(share: 2.0 / 6.0, needed: 0.5)])
    #expect(ReasonWords.insufficiency(of: lens) == ["coverage 33%, below 50%"])
  }

  @Test(
    "each verdict, from the lens ratings",
    arguments: [
      (["q1": "3", "q2": "3", "q4": "3"], Verdict.ready),
      (["q1": "3", "q2": "3", "q4": "2"], .conditional),
      (["q1": "3", "q2": "3", "q4": "1"], .notReady),
      (["q1": "3", "q2": "3", "q4": "skip"], .insufficientEvidence),
      (["q1": "2", "q2": "2", "q4": "3"], .notReady),
    ])
  func verdicts(answers: [String: String], verdict: Verdict) {
    let interviews = [interview("A", "sponsor", answers), interview("B", "product", answers)]
    // The critical q1 shown as it was said: the verdict comes from the lens ratings alone.
    let evidence = Int(answers["q1"] ?? "").map { [shown("q1", $0)] } ?? []
    #expect(Scoring.scorecard(rubric: rubric, interviews: interviews, evidence: evidence).verdict == verdict)
  }

  @Test("a score exactly on a band's minimum takes that band, and rounding noise never moves it down")
  func bandEdges() {
    let bands = rubric.bands
    #expect(BandRule.rating(for: 3, bands: bands) == .sound)
    #expect(BandRule.rating(for: 2, bands: bands) == .atRisk)
    #expect(BandRule.rating(for: 1.999, bands: bands) == .unsound)
    #expect(BandRule.rating(for: 0, bands: bands) == .unsound)
    // Three questions weighted 0.1, 0.2 and 0.3, all scored 3: the weighted mean computes as 2.9999999999999996.
    let noisy = (0.1 * 3 + 0.2 * 3 + 0.3 * 3) / (0.1 + 0.2 + 0.3)
    #expect(noisy < 3)
    #expect(BandRule.rating(for: noisy, bands: bands) == .sound)
  }

  @Test("an adjustment replaces the computed rating for the verdict, and both are kept")
  func adjustments() throws {
    let interviews = [
      interview("A", "sponsor", ["q1": "3", "q2": "3", "q4": "2"]),
      interview("B", "product", ["q1": "3", "q2": "3", "q4": "2"]),
    ]
    #expect(Scoring.scorecard(rubric: rubric, interviews: interviews).verdict == .conditional)
    let raised = Adjustment(lens: "b", rating: .sound, reason: "Exit terms confirmed", date: "2026-11-23")
    let card = Scoring.scorecard(
      rubric: rubric, interviews: interviews, adjustments: [raised], evidence: [shown("q1", 3)])
    #expect(card.verdict == .ready)
    #expect(card.lens("b")?.computedRating == .atRisk)
    #expect(card.lens("b")?.rating == .sound)
    #expect(card.lens("b")?.adjustment == raised)
    let lowered = Adjustment(
      lens: "a", rating: .unsound, reason: "Outcome contradicted in writing", date: "2026-11-23")
    #expect(
      Scoring.scorecard(rubric: rubric, interviews: interviews, adjustments: [lowered]).verdict == .notReady)
  }

  @Test("a lens nobody scored has no score and insufficient evidence")
  func unscored() throws {
    let card = Scoring.scorecard(rubric: rubric, interviews: [])
    let a = try #require(card.lens("a"))
    #expect(a.score == nil)
    #expect(a.rating == .insufficientEvidence)
    #expect(a.coverage == 0)
    #expect(card.verdict == .notReady)
  }
}

@Suite("Scoring: properties that hold for any review")
struct ScoringPropertyTests {
  static func randomInterviews(_ rubric: Rubric, count: Int, generator: inout SeededGenerator) -> [Interview]
  {
    (0..<count).map { index in
      let role = rubric.roles[Int.random(in: 0..<rubric.roles.count, using: &generator)].id
      var answers: [String: String] = [:]
      for question in rubric.questions where question.kind == .scale && question.applies(toRole: role) {
        switch Int.random(in: 0..<8, using: &generator) {
        case 0: answers[question.id] = "n/a"
        case 1: answers[question.id] = "skip"
        case 2: break
        default: answers[question.id] = String(Int.random(in: 0...4, using: &generator))
        }
      }
      return interview("Person \(index)", role, answers)
    }
  }

  @Test(
    "every score lies in 0...4; shuffling the interviews changes nothing; an all-n/a interviewee changes no score"
  )
  func properties() throws {
    let standard = try Fixtures.standardRubric()
    var generator = SeededGenerator(seed: 5)
    for round in 0..<60 {
      let interviews = Self.randomInterviews(
        standard, count: Int.random(in: 0...8, using: &generator), generator: &generator)
      let card = Scoring.scorecard(rubric: standard, interviews: interviews)
      for lens in card.lenses {
        #expect(lens.score.map { (0...4).contains($0) } ?? true, "round \(round): \(lens.id)")
        #expect((0...1).contains(lens.coverage))
        for question in lens.questions { #expect(question.mean.map { (0...4).contains($0) } ?? true) }
      }
      #expect(Scoring.scorecard(rubric: standard, interviews: interviews.shuffled(using: &generator)) == card)
      var silent = interview("Silent", standard.roles[round % standard.roles.count].id, [:])
      for question in standard.questions
      where question.kind == .scale && question.applies(toRole: silent.role) {
        silent.answers[question.id] = .notApplicable(evidence: nil, at: "t")
      }
      let withSilent = Scoring.scorecard(rubric: standard, interviews: interviews + [silent])
      #expect(withSilent.lenses.map(\.score) == card.lenses.map(\.score))
      #expect(
        withSilent.lenses.map { $0.questions.map(\.mean) } == card.lenses.map { $0.questions.map(\.mean) })
    }
  }
}

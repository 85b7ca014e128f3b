import RubricEngine

/// The report's content as JSON for other tools: the review, the scorecard, the findings with their
/// evidence, the disagreements, the outcome statements and the summary, attributed as the report is.
public struct ReportJSON: Encodable, Sendable {
  struct ReviewPart: Encodable {
    var client: String
    var program: String
    var decision: String
    var decisionDate: String?
    var decisionForum: String?
    var valueAtStake: String?
    var optionsConsidered: [String]?
    var consultants: [String]
    var rubric: RubricReference
    var date: String
    var attribution: String
  }

  struct StatementPart: Encodable {
    var text: String
    var source: String?
    var verdict: OutcomeVerdict
    var found: [OutcomeAssessment.Found]
    var missing: [OutcomeElement]
  }

  /// A lens's scores without who gave them: roles held by one person would identify them.
  struct LensPart: Encodable {
    var id: String
    var title: String
    var gate: Bool
    var score: Double?
    var rating: Rating
    var computedRating: Rating
    var adjustment: Adjustment?
    var coverage: Double
    var respondents: Int
    var findings: [ReportContent.Finding]
    var disagreements: [ReportContent.Disagreement]
    /// The share of the lens's weight scored from documents or observation.
    var evidenceStrength: Double
    var adjustedDespiteCritical: [String]
  }

  struct OwnerPart: Encodable {
    var distinct: Int
    var agreed: Bool
    var names: [String]
    /// The answers that named no owner, as said.
    var unnamed: [String]
  }

  var review: ReviewPart
  /// Present, and true, only for a draft written from too little evidence.
  var draft: Bool?
  var verdict: Verdict
  var verdictWords: String
  var deliveryConfidence: DeliveryConfidence
  var deliveryConfidenceWords: String
  var computedDeliveryConfidence: DeliveryConfidence
  var confidenceAdjustment: ConfidenceAdjustment?
  var headlines: [ReportContent.Headline]
  var conditions: [String]
  var lenses: [LensPart]
  var statements: [StatementPart]
  var owners: OwnerPart
  /// The documents the reviewers examined.
  var documents: [ReviewDocument]
  /// The critical questions that rest on what was said alone.
  var criticalAssertedOnly: [String]

  /// The JSON form of `content`, dated `date`.
  public init(content: ReportContent, date: String, draft: Bool = false) {
    self.draft = draft ? true : nil
    review = ReviewPart(
      client: content.review.client, program: content.review.program, decision: content.review.decision,
      decisionDate: content.review.decisionDate, decisionForum: content.review.decisionForum,
      valueAtStake: content.review.valueAtStake, optionsConsidered: content.review.optionsConsidered,
      consultants: content.review.consultants, rubric: content.review.rubric, date: date,
      attribution: content.attribution.rawValue)
    verdict = content.scorecard.verdict
    verdictWords = content.scorecard.verdict.words
    deliveryConfidence = content.scorecard.deliveryConfidence
    deliveryConfidenceWords = content.scorecard.deliveryConfidence.words
    computedDeliveryConfidence = content.scorecard.computedDeliveryConfidence
    confidenceAdjustment = content.scorecard.confidenceAdjustment
    headlines = content.headlines
    conditions = content.conditions
    lenses = content.scorecard.lenses.map { lens in
      LensPart(
        id: lens.id, title: lens.title, gate: lens.gate, score: lens.score.map { ($0 * 100).rounded() / 100 },
        rating: lens.rating, computedRating: lens.computedRating, adjustment: lens.adjustment,
        coverage: (lens.coverage * 100).rounded() / 100, respondents: lens.respondents,
        findings: content.findingsByLens[lens.id] ?? [],
        disagreements: content.disagreementsByLens[lens.id] ?? [],
        evidenceStrength: (lens.evidenceStrength * 100).rounded() / 100,
        adjustedDespiteCritical: lens.adjustedDespiteCritical)
    }
    documents = content.scorecard.documents
    criticalAssertedOnly = content.scorecard.criticalAssertedOnly
    let owners = content.scorecard.owners
    self.owners = OwnerPart(
      distinct: owners.distinct, agreed: owners.agreed, names: owners.names.map(\.name),
      unnamed: owners.unnamed.map(\.name))
    statements = content.statements.map {
      StatementPart(
        text: $0.text, source: $0.source, verdict: $0.assessment.verdict, found: $0.assessment.found,
        missing: $0.assessment.missing)
    }
  }
}

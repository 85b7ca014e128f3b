/// The scores of a review: every lens with how its score and rating were reached, where stakeholders
/// disagree, whether they name one owner and a measurable outcome, and the verdict.
public struct Scorecard: Equatable, Sendable {
  /// The method the review was scored by: its rubric's parameters. Outputs state thresholds from here.
  public var method: Method
  public var verdict: Verdict
  /// Why the verdict is what it is: the lenses that decided it.
  public var verdictReasons: [VerdictReason]
  /// The lenses in rubric order.
  public var lenses: [LensScore]
  public var owners: OwnerAgreement
  public var outcomes: OutcomeAgreement
  /// How many interviews were scored.
  public var interviewCount: Int
  /// The documents the reviewers examined (the register), in the order registered.
  public var documents: [ReviewDocument] = []
  /// The critical questions that rest on what was said alone (`HearsayRule`), in rubric order.
  public var criticalAssertedOnly: [String] = []
  /// How many entries of reviewer evidence were recorded.
  public var evidenceCount = 0
  /// The delivery confidence `DeliveryConfidenceRule` works out from the verdict and the lens ratings.
  public var computedDeliveryConfidence: DeliveryConfidence = .amber
  /// For each lens not sound that scores can lift, the smallest change that lifts it one band (`LiftRule`),
  /// in rubric order.
  public var lifts: [LensLift] = []
  /// The reviewer's judgement of it, when they recorded one.
  public var confidenceAdjustment: ConfidenceAdjustment?

  /// The delivery confidence the outputs lead with: the reviewer's, else the computed one.
  public var deliveryConfidence: DeliveryConfidence {
    confidenceAdjustment?.level ?? computedDeliveryConfidence
  }

  /// The score of the lens with this id.
  public func lens(_ id: String) -> LensScore? { lenses.first { $0.id == id } }
}

/// One lens's score, rating, evidence base and disagreements, with the parts the rating was reached from.
public struct LensScore: Equatable, Sendable {
  public var id: String
  public var title: String
  public var gate: Bool
  /// The weighted mean of the question scores; `nil` when no question has a score.
  public var score: Double?
  /// The rating the rules give, before any adjustment.
  public var computedRating: Rating
  /// The rating that counts: the reviewer's adjustment if there is one, otherwise the computed rating.
  public var rating: Rating
  public var adjustment: Adjustment?
  /// The rating the bands give the score, before the critical and evidence rules.
  public var bandRating: Rating?
  /// Critical questions scoring below the at-risk band's minimum.
  public var criticalBelow: [String]
  /// Why the lens lacks evidence, when it does.
  public var insufficientBecause: [InsufficiencyReason]
  /// Scale answers with a score or n/a, over scale questions asked.
  public var answeredCount: Int
  public var askedCount: Int
  /// `answeredCount / askedCount`, 0 when nothing was asked.
  public var coverage: Double
  /// Interviewees with at least one score in the lens.
  public var respondents: Int
  public var contested: [ContestedQuestion]
  /// Every scale question of the lens, in rubric order.
  public var questions: [QuestionScore]
  /// The share of the lens's scale-question weight scored from what was shown (`EvidenceStrengthRule`).
  public var evidenceStrength: Double = 0
  /// The critical questions below the at-risk band whose rule the reviewer's adjustment overrode
  /// (`CriticalRule.overridden`), empty when none did.
  public var adjustedDespiteCritical: [String] = []
  /// Whether the adjustment overrides a critical question without the reviewer having said so
  /// (`--despite-critical`): recorded before the question fell below the at-risk band, it awaits confirmation.
  public var adjustmentUnconfirmed: Bool {
    !adjustedDespiteCritical.isEmpty && adjustment?.despiteCritical == false
  }

  /// The score of the lens's question with this id.
  public func question(_ id: String) -> QuestionScore? { questions.first { $0.id == id } }
}

/// One question's scores: who gave which, and their mean.
public struct QuestionScore: Equatable, Sendable {
  public var id: String
  public var weight: Double
  public var critical: Bool
  /// Each score given, with the interviewee and role, ordered by the role as shown and then by score, so
  /// that the order says nothing of who gave which.
  public var scores: [RespondentScore]
  public var notApplicable: Int
  public var skipped: Int
  /// The question's score: what was shown when reviewer evidence carries a score, otherwise the mean of
  /// the scores said (`ShownRule`); `nil` when there is neither.
  public var mean: Double?
  /// Whether the question is a finding of the report (`FindingRule`).
  public var isFinding = false
  /// The mean of the scores the interviewees gave; `nil` when nobody gave one.
  public var said: Double?
  /// The mean of the scores the reviewer evidence carries; `nil` when none carries a score.
  public var shown: Double?
  /// The reviewer evidence recorded for the question, scored or not, in the order recorded.
  public var evidence: [ReviewerEvidence] = []
  /// Whether what was said and what was shown differ by the contested spread or more (`SaidVsShownRule`).
  public var saidVsShown = false
  /// Whether the question is critical and the interviewees' accounts conflict (`ConflictRule`).
  public var accountsConflict = false
  /// Whether the reviewer evidence's own scores are the contested spread or more apart (`ShownRule`).
  public var shownDisagrees = false

  /// Where the question's score comes from: `said` when no evidence carries a score, otherwise the source
  /// of the scored evidence (`document` when any was read in a document).
  public var source: EvidenceSource {
    let scored = evidence.filter { $0.score != nil }
    if scored.isEmpty { return .said }
    return scored.contains { $0.source == .document } ? .document : .observed
  }
}

/// A score given by one interviewee.
public struct RespondentScore: Equatable, Sendable {
  public var name: String
  public var role: String
  /// The role as the default attribution (`Attributor`, by role) shows it beside this score: the role id,
  /// "a stakeholder", or `nil` when nothing may be attributed.
  public var shownRole: String?
  public var score: Int
}

/// A question whose highest and lowest scores differ by the method's contested spread or more
/// (`ContestedRule`), with the roles at each end as the default attribution shows them
/// (`RespondentScore.shownRole`).
public struct ContestedQuestion: Equatable, Sendable, Encodable {
  public var question: String
  public var min: Int
  public var max: Int
  /// The shown roles that gave the lowest score, sorted, each once.
  public var minRoles: [String]
  /// The shown roles that gave the highest score, sorted, each once.
  public var maxRoles: [String]

  /// Creates a contested question.
  public init(question: String, min: Int, max: Int, minRoles: [String], maxRoles: [String]) {
    self.question = question
    self.min = min
    self.max = max
    self.minRoles = minRoles
    self.maxRoles = maxRoles
  }
}

/// Whether the interviewees name one person accountable for the outcome.
public struct OwnerAgreement: Equatable, Sendable {
  /// One name as given, with how many interviewees gave it and in which roles, as the default attribution
  /// shows them (`RespondentScore.shownRole`).
  public struct NamedOwner: Equatable, Sendable, Encodable {
    public var name: String
    public var mentions: Int
    public var roles: [String]
  }

  /// The `check: owner` questions read.
  public var questions: [String]
  /// The distinct names, most mentioned first, then alphabetically (never in the order they were heard).
  public var names: [NamedOwner]
  /// The answers that named no owner (`OwnerAnswerRule`: "not clear", "probably the COO"), as said, in
  /// the same order.
  public var unnamed: [NamedOwner] = []
  /// How many distinct owners were named; more than one is a finding.
  public var distinct: Int { names.count }
  /// Whether every interviewee who answered named the same single owner.
  public var agreed: Bool { names.count == 1 && unnamed.isEmpty }
}

/// How the outcome statements given compare: how many different ones, and how many are measurable.
public struct OutcomeAgreement: Equatable, Sendable {
  /// One statement as given, to which question, by whom (role), and the outcome checker's verdict.
  public struct Statement: Equatable, Sendable {
    public var text: String
    public var question: String
    public var name: String
    public var role: String
    /// The role as the default attribution shows it (see `RespondentScore.shownRole`).
    public var shownRole: String?
    public var assessment: OutcomeAssessment
  }

  /// The `check: outcome` questions read.
  public var questions: [String]
  /// Every statement given, ordered by the role as shown and then by text, never by name.
  public var statements: [Statement]
  /// How many different statements were given (compared ignoring case and spacing).
  public var distinct: Int
  /// How many of the different statements are measurable.
  public var measurable: Int
}

/// What a review is about: the client, the program, the decision under review (and when it hardens, who
/// takes it, what is at stake, the options weighed), who runs it, and which rubric (id and version) its
/// interviews answer. Stored as `review.json` in the review's folder.
public struct Review: Codable, Equatable, Sendable {
  /// The review file format this workbench reads and writes.
  public static let currentFormatVersion = 1

  public var formatVersion: Int
  public var client: String
  public var program: String
  /// The commitment being judged, in a sentence: "Sign the five-year platform contract with ...".
  public var decision: String
  public var consultants: [String]
  /// The day the commitment hardens, `YYYY-MM-DD`.
  public var decisionDate: String?
  /// Who takes the decision: the board, an investment committee.
  public var decisionForum: String?
  /// What is at stake, as the client states it: "£38m over 7 years".
  public var valueAtStake: String?
  /// The options the client weighed, each in a few words; `nil` when none was recorded.
  public var optionsConsidered: [String]?
  /// When the review was created (ISO 8601, UTC).
  public var created: String
  /// The rubric the review's snapshot `rubric.json` holds.
  public var rubric: RubricReference
  /// Reviewers' adjustments of lens ratings, at most one per lens.
  public var adjustments: [Adjustment]
  /// The reviewers' judgement of the delivery confidence over the computed one, if they recorded one.
  public var confidenceAdjustment: ConfidenceAdjustment?

  /// Creates a review record.
  public init(
    formatVersion: Int = Review.currentFormatVersion, client: String, program: String, decision: String,
    consultants: [String], created: String, rubric: RubricReference, adjustments: [Adjustment] = [],
    decisionDate: String? = nil, decisionForum: String? = nil, valueAtStake: String? = nil,
    optionsConsidered: [String]? = nil, confidenceAdjustment: ConfidenceAdjustment? = nil
  ) {
    self.confidenceAdjustment = confidenceAdjustment
    self.decisionDate = decisionDate
    self.decisionForum = decisionForum
    self.valueAtStake = valueAtStake
    self.optionsConsidered = optionsConsidered
    self.formatVersion = formatVersion
    self.client = client
    self.program = program
    self.decision = decision
    self.consultants = consultants
    self.created = created
    self.rubric = rubric
    self.adjustments = adjustments
  }
}

/// Names a rubric by id and version, so that a score can always be traced to the rubric it used.
public struct RubricReference: Codable, Equatable, Sendable {
  public var id: String
  public var version: String

  /// Creates a reference to a rubric.
  public init(id: String, version: String) {
    self.id = id
    self.version = version
  }

  /// A reference to `rubric`.
  public init(_ rubric: Rubric) {
    self.init(id: rubric.id, version: rubric.version)
  }
}

/// The outcome checker's reading of one statement: the verdict, the elements found (with the words that
/// showed them) and missing, the reasons in words, and a rewrite skeleton when the statement falls short.
public struct OutcomeAssessment: Codable, Equatable, Sendable {
  /// One element found, with the statement's own words that show it.
  public struct Found: Codable, Equatable, Sendable {
    public var element: OutcomeElement
    public var words: String
  }

  public var statement: String
  public var verdict: OutcomeVerdict
  /// The elements found, in the order of `OutcomeElement.allCases`.
  public var found: [Found]
  /// The elements not found, in the order of `OutcomeElement.allCases`.
  public var missing: [OutcomeElement]
  /// Why the verdict is what it is, each reason quoting the words that decided it.
  public var reasons: [String]
  /// The statement's words that decided the verdict.
  public var decidedBy: [String]
  /// The hypothesis form's slots, when the statement is written as a hypothesis.
  public var hypothesis: HypothesisReading?
  /// For an output or a vague statement, a hypothesis-form skeleton built from the statement's own words.
  public var rewrite: String?
  /// For an output statement checked with output-driven work allowed, whether it states its bet; `nil`
  /// otherwise.
  public var allowedOutput: AllowedOutput?

  /// Creates an assessment from its parts.
  public init(
    statement: String, verdict: OutcomeVerdict, found: [Found], missing: [OutcomeElement], reasons: [String],
    decidedBy: [String], hypothesis: HypothesisReading?, rewrite: String?
  ) {
    self.statement = statement
    self.verdict = verdict
    self.found = found
    self.missing = missing
    self.reasons = reasons
    self.decidedBy = decidedBy
    self.hypothesis = hypothesis
    self.rewrite = rewrite
  }

  /// Writes every field, `null` included, so that tools reading the JSON always find the same keys.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(statement, forKey: .statement)
    try container.encode(verdict, forKey: .verdict)
    try container.encode(found, forKey: .found)
    try container.encode(missing, forKey: .missing)
    try container.encode(reasons, forKey: .reasons)
    try container.encode(decidedBy, forKey: .decidedBy)
    try container.encode(hypothesis, forKey: .hypothesis)
    try container.encode(rewrite, forKey: .rewrite)
    try container.encode(allowedOutput, forKey: .allowedOutput)
  }

  /// The words found for `element`, if any.
  public func words(for element: OutcomeElement) -> String? {
    found.first { $0.element == element }?.words
  }
}

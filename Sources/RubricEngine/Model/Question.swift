/// A question the consultant asks, with what to listen for and how each score looks in evidence.
public struct Question: Codable, Equatable, Sendable, Identifiable {
  /// Unique within the rubric; interview files refer to questions by it.
  public var id: String
  public var kind: QuestionKind
  public var prompt: String
  /// What to listen for and why it matters; shown with `?` in the interview.
  public var help: String
  /// The role ids this question is asked of; `nil` means every role.
  public var roles: [String]?
  /// How much the question counts within its lens (default 1).
  public var weight: Double
  /// A critical question scoring low makes its lens unsound whatever the average.
  public var critical: Bool
  /// For `scale` questions: an observable description of the evidence at each scale value.
  public var anchors: [Int: String]?
  /// The finding written into the report when the question scores low.
  public var finding: String?
  /// What the report recommends when the question scores low.
  public var recommendation: String?
  /// For `text` questions: which automatic check reads the answer.
  public var check: TextCheck?
  /// For `scale` questions: the artefact measures that show it (the work as evidence).
  public var artefactSignals: [ArtefactSignal]?
  /// For `scale` questions: the shares of the outcome chain's sound nodes and links at which it scores 1 to 4
  /// (`ChainCheck.soundShare`, `ArtefactSignalRule.score`).
  public var chainSignal: [Double]?

  /// Creates a question; optional parts take the rubric format's defaults.
  public init(
    id: String, kind: QuestionKind, prompt: String, help: String, roles: [String]? = nil, weight: Double = 1,
    critical: Bool = false, anchors: [Int: String]? = nil, finding: String? = nil,
    recommendation: String? = nil, check: TextCheck? = nil, artefactSignals: [ArtefactSignal]? = nil,
    chainSignal: [Double]? = nil
  ) {
    self.id = id
    self.kind = kind
    self.prompt = prompt
    self.help = help
    self.roles = roles
    self.weight = weight
    self.critical = critical
    self.anchors = anchors
    self.finding = finding
    self.recommendation = recommendation
    self.check = check
    self.artefactSignals = artefactSignals
    self.chainSignal = chainSignal
  }

  /// Whether the question is asked of an interviewee holding `roleID`.
  public func applies(toRole roleID: String) -> Bool {
    roles.map { $0.contains(roleID) } ?? true
  }
}

/// How a question is answered.
public enum QuestionKind: String, Codable, Sendable, CaseIterable {
  /// A score on the method's scale (`Method.scale`) with the evidence heard.
  case scale
  /// Free text in the interviewee's words, such as the outcome statement.
  case text
}

/// The automatic check applied to a `text` answer.
public enum TextCheck: String, Codable, Sendable, CaseIterable {
  /// The answer is an outcome statement; the outcome checker judges it.
  case outcome
  /// The answer names the single person accountable for the outcome; scoring compares the names.
  case owner
}

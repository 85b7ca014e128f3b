/// One of the angles a review judges the decision from, such as outcome clarity, with its questions.
public struct Lens: Codable, Equatable, Sendable, Identifiable {
  public var id: String
  public var title: String
  /// One line saying what the lens judges; shown at the start of each lens in the interview.
  public var summary: String
  /// How much the lens counts relative to the others (default 1).
  public var weight: Double
  /// Whether the verdict cannot be better than this lens's rating allows (the outcome-clarity lens).
  public var gate: Bool
  public var questions: [Question]

  /// Creates a lens; `weight` and `gate` take the rubric format's defaults.
  public init(
    id: String, title: String, summary: String, weight: Double = 1, gate: Bool = false, questions: [Question]
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.weight = weight
    self.gate = gate
    self.questions = questions
  }

  /// The questions that apply to an interviewee holding `roleID`, in asking order.
  public func questions(forRole roleID: String) -> [Question] {
    questions.filter { $0.applies(toRole: roleID) }
  }
}

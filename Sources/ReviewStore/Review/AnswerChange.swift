import RubricEngine

/// An answer on disk that an import would replace with a different one.
public struct AnswerChange: Equatable, Sendable {
  public var name: String
  public var question: String
  public var old: Answer
  public var new: Answer

  /// Whether two answers say the same: the same status, score and text, whenever they were recorded.
  public static func same(_ lhs: Answer, _ rhs: Answer) -> Bool {
    lhs.status == rhs.status && lhs.score == rhs.score && lhs.text == rhs.text
  }
}

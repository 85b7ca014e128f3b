/// What an import did.
public struct ImportOutcome: Equatable, Sendable {
  /// The interviewees in the sheet, in its order.
  public var names: [String]
  /// How many of them are new to the review.
  public var newCount: Int
  /// Answers to questions the person had not answered (or had skipped).
  public var newAnswers = 0
  /// Answers that replaced a different answer on disk (only with `replace`).
  public var changedAnswers = 0
  /// Answers identical to those on disk (times aside): left as they were.
  public var unchangedAnswers = 0
}

/// When the commitment hardens, against the day of the report or the screen: a decision date already
/// passed is said, and so is one within the method's `decisionNoticeDays`, so that the client reads how
/// much time is left to act on the review.
public enum DecisionDateRule {
  /// Where the decision date stands.
  public enum Timing: Equatable, Sendable {
    /// The date has passed, this many days ago.
    case passed(days: Int)
    /// The date is today (0) or within the notice, this many days ahead.
    case near(days: Int)
    /// The date is further ahead than the notice.
    case ahead(days: Int)
  }

  /// The timing of `decisionDate` seen on `today` (both `YYYY-MM-DD`); `nil` when either is not a date.
  public static func timing(decisionDate: String, today: String, method: Method) -> Timing? {
    guard let days = CalendarDate.days(from: today, to: decisionDate) else { return nil }
    if days < 0 { return .passed(days: -days) }
    return days <= method.decisionNoticeDays ? .near(days: days) : .ahead(days: days)
  }
}

/// A reviewer's judgement overriding a lens's computed rating, with the reason and the date, recorded in
/// `review.json`. The verdict uses it; every output shows both ratings and the reason.
public struct Adjustment: Codable, Equatable, Sendable {
  /// The lens adjusted.
  public var lens: String
  public var rating: Rating
  /// Why, in the reviewer's words; the report quotes it.
  public var reason: String
  /// When it was recorded (ISO 8601, UTC).
  public var date: String

  /// Creates an adjustment.
  public init(lens: String, rating: Rating, reason: String, date: String) {
    self.lens = lens
    self.rating = rating
    self.reason = reason
    self.date = date
  }
}

/// A reviewer's judgement of the delivery confidence over the computed one, with the reason and the date,
/// recorded in `review.json` (`integrity adjust --confidence`).
public struct ConfidenceAdjustment: Codable, Equatable, Sendable {
  public var level: DeliveryConfidence
  /// Why, in the reviewer's words; the report quotes it.
  public var reason: String
  /// When it was recorded (ISO 8601, UTC).
  public var date: String

  /// Creates an adjustment.
  public init(level: DeliveryConfidence, reason: String, date: String) {
    self.level = level
    self.reason = reason
    self.date = date
  }
}

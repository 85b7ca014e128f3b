/// A reviewer's judgement overriding a lens's computed rating, with the reason and the date, recorded in
/// `review.json`. The verdict uses it; every output shows both ratings and the reason.
public struct Adjustment: Equatable, Sendable {
  /// The lens adjusted.
  public var lens: String
  public var rating: Rating
  /// Why, in the reviewer's words; the report quotes it.
  public var reason: String
  /// When it was recorded (ISO 8601, UTC).
  public var date: String
  /// Whether the reviewer rated the lens above what a critical question below the at-risk band allows,
  /// knowingly (`integrity adjust --despite-critical`).
  public var despiteCritical: Bool
  /// The lens's earlier adjustments, oldest first: adjusting a lens again keeps what it replaces.
  public var history: [Record]

  /// One earlier adjustment of the lens.
  public struct Record: Codable, Equatable, Sendable {
    public var rating: Rating
    public var reason: String
    public var date: String
    public var despiteCritical: Bool

    /// Creates a record.
    public init(rating: Rating, reason: String, date: String, despiteCritical: Bool = false) {
      self.rating = rating
      self.reason = reason
      self.date = date
      self.despiteCritical = despiteCritical
    }
  }

  /// Creates an adjustment.
  public init(
    lens: String, rating: Rating, reason: String, date: String, despiteCritical: Bool = false,
    history: [Record] = []
  ) {
    self.lens = lens
    self.rating = rating
    self.reason = reason
    self.date = date
    self.despiteCritical = despiteCritical
    self.history = history
  }

  /// This adjustment as a record of the history, once another replaces it.
  public var record: Record {
    Record(rating: rating, reason: reason, date: date, despiteCritical: despiteCritical)
  }
}

extension Adjustment: Codable {
  enum CodingKeys: String, CodingKey, CaseIterable {
    case lens, rating, reason, date, despiteCritical, history
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      lens: try container.decode(String.self, forKey: .lens),
      rating: try container.decode(Rating.self, forKey: .rating),
      reason: try container.decode(String.self, forKey: .reason),
      date: try container.decode(String.self, forKey: .date),
      despiteCritical: try container.decodeIfPresent(Bool.self, forKey: .despiteCritical) ?? false,
      history: try container.decodeIfPresent([Record].self, forKey: .history) ?? [])
  }

  /// Writes `despiteCritical` and `history` only when they say something, so that a review without them
  /// reads as it always has.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(lens, forKey: .lens)
    try container.encode(rating, forKey: .rating)
    try container.encode(reason, forKey: .reason)
    try container.encode(date, forKey: .date)
    if despiteCritical { try container.encode(true, forKey: .despiteCritical) }
    if !history.isEmpty { try container.encode(history, forKey: .history) }
  }
}

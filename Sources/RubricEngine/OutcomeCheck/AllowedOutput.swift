/// How an output statement fares when output-driven work is allowed (`check-outcome --allow-output`):
/// parity, compliance and like-for-like work may be output-driven "while explaining the bet and
/// hypothesis" (seed 004), so it is judged on whether it states its bet, not as a failed outcome.
public struct AllowedOutput: Codable, Equatable, Sendable {
  /// Whether the statement says what the work is expected to change, and how that will be known.
  public var betStated: Bool
  /// The statement's own words that state the bet, from its first cue ("we bet that", "so that",
  /// "because", "we expect") to the end of that sentence.
  public var bet: String?

  public init(betStated: Bool, bet: String?) {
    self.betStated = betStated
    self.bet = bet
  }

  /// Writes every field, `null` included.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(betStated, forKey: .betStated)
    try container.encode(bet, forKey: .bet)
  }
}

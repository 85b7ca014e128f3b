/// The parts of a well-formed outcome statement; the checker says which it found and which are missing.
public enum OutcomeElement: String, Codable, Sendable, CaseIterable {
  /// Who changes: a customer, user or business actor.
  case who
  /// The behaviour or condition that changes.
  case change
  /// The measure that shows the change.
  case metric
  /// Where the measure stands today.
  case baseline
  /// Where it should get to.
  case target
  /// By when.
  case timeframe
  /// What must not get worse on the way ("without increasing ...").
  case guardrail

  /// The element in words, for readable output.
  public var title: String {
    switch self {
    case .who: return "who changes"
    case .change: return "the change"
    case .metric: return "metric"
    case .baseline: return "baseline"
    case .target: return "target"
    case .timeframe: return "timeframe"
    case .guardrail: return "guardrail"
    }
  }
}

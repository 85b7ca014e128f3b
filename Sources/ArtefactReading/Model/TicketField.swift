/// The fields seed 003 asks every ticket to carry, found in an item's description.
public enum TicketField: String, Codable, CaseIterable, Sendable {
  /// Names the product metric the work expects to influence.
  case outcomeObjective
  /// Ties the change to the outcome metric ("We believe that if we X, then Y will Z, measured by M ...").
  case hypothesis
  /// A measurable signal and a timeframe for evaluation.
  case successCriteria
  /// Limits that must not degrade: performance, security, reliability.
  case guardrails
  /// How to roll out, measure and roll back: feature flags, canaries, telemetry.
  case experimentPlan

  /// The field in words, as the outputs name it.
  public var title: String {
    switch self {
    case .outcomeObjective: return "outcome objective"
    case .hypothesis: return "hypothesis"
    case .successCriteria: return "success criteria"
    case .guardrails: return "guardrails"
    case .experimentPlan: return "experiment plan"
    }
  }
}

/// The elements the checker finds in a statement: the parts of a well-formed outcome statement (`parts`,
/// which it says are found or missing), and the telling measures that make one fall short (`outputMeasure`,
/// `undefinedMeasure`), which it reports only when found.
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
  /// The result that would show the bet wrong ("We will know we are wrong if ...", "we will stop if ...").
  case falsifier
  /// A count of what the team produces or does ("story points", "tickets closed", "test coverage"): doing
  /// the work guarantees it.
  case outputMeasure
  /// A top-line business total with no defined measure ("revenue", "costs"): which revenue, counted how?
  case undefinedMeasure

  /// The parts of a well-formed outcome statement, in order: each is either found or missing.
  public static let parts: [OutcomeElement] = [
    .who, .change, .metric, .baseline, .target, .timeframe, .guardrail, .falsifier,
  ]

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
    case .falsifier: return "falsifier"
    case .outputMeasure: return "output measure"
    case .undefinedMeasure: return "undefined measure"
    }
  }
}

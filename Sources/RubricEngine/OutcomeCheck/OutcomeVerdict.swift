/// What an outcome statement is, as the outcome checker reads it.
public enum OutcomeVerdict: String, Codable, Sendable, CaseIterable {
  /// A deliverable the team controls ("Launch the new portal"), not a change the customer experiences.
  case output
  /// A change in words only: no measure and target that would show it happened ("Make claims world-class").
  case vague
  /// A change in a named measure with a target ("Cut loan approval from 5 days to 1 by March").
  case measurable
}

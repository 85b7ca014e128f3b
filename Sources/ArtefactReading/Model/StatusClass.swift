/// Where an item stands, whatever its tool calls the state.
public enum StatusClass: String, Codable, CaseIterable, Sendable {
  case done
  case inProgress
  case notStarted
  case cancelled
}

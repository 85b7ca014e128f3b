/// A stakeholder role interviewed in a review, such as `sponsor` or `finance`.
public struct Role: Codable, Equatable, Sendable, Identifiable {
  public var id: String
  public var title: String

  /// Creates a role.
  public init(id: String, title: String) {
    self.id = id
    self.title = title
  }
}

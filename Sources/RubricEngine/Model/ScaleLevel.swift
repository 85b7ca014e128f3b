/// One value of the method's scale (`Method.scale`) with its short label, such as `3` "Largely in place".
public struct ScaleLevel: Codable, Equatable, Sendable {
  public var value: Int
  public var label: String
  /// What the level means in general, in a phrase, for the report's method (optional).
  public var description: String?

  /// Creates a scale level.
  public init(value: Int, label: String, description: String? = nil) {
    self.value = value
    self.label = label
    self.description = description
  }
}

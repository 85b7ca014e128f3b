/// One value of the 0-4 scale with its short label, such as `3` "Largely in place".
public struct ScaleLevel: Codable, Equatable, Sendable {
  public var value: Int
  public var label: String

  /// Creates a scale level.
  public init(value: Int, label: String) {
    self.value = value
    self.label = label
  }
}

/// One positional argument of a command, such as `DIR`.
public struct CommandArgument: Sendable {
  /// The name the synopsis gives it, such as `DIR` or `FILE.csv`.
  public var name: String
  /// What it is.
  public var value: ValueKind
  /// Whether it may be left out.
  public var optional: Bool
  /// Whether more than one may be given.
  public var repeats: Bool
  /// What it is for, in a sentence or two.
  public var help: String

  /// Creates an argument.
  public init(
    _ name: String, _ value: ValueKind, optional: Bool = false, repeats: Bool = false, help: String
  ) {
    self.name = name
    self.value = value
    self.optional = optional
    self.repeats = repeats
    self.help = help
  }

  /// The review folder, the first argument of most commands.
  public static let reviewFolder = CommandArgument("DIR", .directory, help: "The review folder")
}

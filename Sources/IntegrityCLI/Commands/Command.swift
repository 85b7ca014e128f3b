/// A command of `integrity`: its name, its help, and the function that runs it.
public struct Command: Sendable {
  /// The words that call it, such as `rubric lint`.
  public var name: String
  /// One line for the command list.
  public var summary: String
  /// The synopsis, such as `integrity rubric lint FILE...`.
  public var usage: String
  /// Arguments, options and examples, shown by `integrity help COMMAND`.
  public var details: String
  /// Runs the command on its arguments (the words after its name).
  public var run: @Sendable (inout ArgumentScanner, CommandContext) throws(CommandError) -> ExitCode

  /// Creates a command.
  public init(
    name: String, summary: String, usage: String, details: String,
    run: @escaping @Sendable (inout ArgumentScanner, CommandContext) throws(CommandError) -> ExitCode
  ) {
    self.name = name
    self.summary = summary
    self.usage = usage
    self.details = details
    self.run = run
  }

  /// The full help text of the command.
  public var helpText: String {
    var text = "\(summary)\n\nUsage: \(usage)\n"
    if !details.isEmpty { text += "\n" + details + "\n" }
    text += "\n  -h, --help    Show this help\n"
    return text
  }
}

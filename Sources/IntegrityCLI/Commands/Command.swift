/// A command of `integrity`: its name, what it takes, its help, and the function that runs it.
///
/// `arguments` and `options` are the command table: the help, the manual and the shell completions are
/// made from them, and a test checks that `run` reads exactly the options declared.
public struct Command: Sendable {
  /// The words that call it, such as `rubric lint`.
  public var name: String
  /// One line for the command list.
  public var summary: String
  /// The synopsis, such as `integrity rubric lint FILE...`.
  public var usage: String
  /// The positional arguments, in order.
  public var arguments: [CommandArgument]
  /// Every option `run` reads (besides `-h, --help`, which every command takes).
  public var options: [CommandOption]
  /// Rules and examples, shown by `integrity help COMMAND` after the arguments and options.
  public var details: String
  /// Whether the command is left out of the help, the manual and the completions (a helper of the
  /// completion scripts).
  public var hidden: Bool
  /// Runs the command on its arguments (the words after its name).
  public var run: @Sendable (inout ArgumentScanner, CommandContext) throws(CommandError) -> ExitCode

  /// Creates a command.
  public init(
    name: String, summary: String, usage: String, arguments: [CommandArgument] = [],
    options: [CommandOption] = [], details: String, hidden: Bool = false,
    run: @escaping @Sendable (inout ArgumentScanner, CommandContext) throws(CommandError) -> ExitCode
  ) {
    self.name = name
    self.summary = summary
    self.usage = usage
    self.arguments = arguments
    self.options = options
    self.details = details
    self.hidden = hidden
    self.run = run
  }

  /// The option every command takes.
  public static let helpOption = CommandOption.flag("help", short: "h", help: "Show this help")

  /// The declared option called `--name`, or `-name` for a one-letter name.
  public func option(named name: String) -> CommandOption? {
    options.first { "--" + $0.name == name || $0.short.map { "-" + String($0) } == name }
  }

  /// The full help text of the command, in lines of at most 80 columns (a longer word stands alone).
  public var helpText: String {
    var text = HelpColumns.prose(summary)
    text += "\n" + HelpColumns.usage(usage)
    if !arguments.isEmpty {
      text += "\nArguments:\n" + HelpColumns.render(arguments.map { ($0.name, $0.help) })
    }
    text += "\nOptions:\n" + HelpColumns.render((options + [Self.helpOption]).map { ($0.label, $0.fullHelp) })
    if !details.isEmpty { text += "\n" + HelpColumns.prose(details) }
    return text
  }
}

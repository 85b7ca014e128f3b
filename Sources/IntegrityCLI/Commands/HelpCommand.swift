extension Command {
  /// `integrity help [COMMAND]`: the overview, or one command's help.
  static let help = Command(
    name: "help",
    summary: "Show the list of commands, or one command's arguments, options and examples",
    usage: "integrity help [COMMAND]",
    arguments: [
      CommandArgument(
        "COMMAND", .command, optional: true, repeats: true,
        help: "A command, such as score or rubric lint; without it, the list of commands")
    ],
    details: """
      integrity help COMMAND prints the same as integrity COMMAND --help. The manual has every command
      in one page: integrity manual | man -l -

      Examples:
        integrity help
        integrity help rubric lint
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    try CommandLineInterface.help(arguments.positionals(), context: context)
  }
}

extension Command {
  /// `integrity manual`: the manual page.
  static let manual = Command(
    name: "manual",
    summary: "Print the manual page (roff, section 1): every command, its options, the exit codes",
    usage: "integrity manual",
    details: """
      Examples:
        integrity manual | man -l -
        mkdir -p ~/.local/share/man/man1
        integrity manual > ~/.local/share/man/man1/integrity.1
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    _ = try arguments.positionals(minimum: 0, maximum: 0, names: "")
    context.standardOutput.write(
      ManualPage.page(commands: CommandLineInterface.commands, version: CommandLineInterface.version))
    return .success
  }
}

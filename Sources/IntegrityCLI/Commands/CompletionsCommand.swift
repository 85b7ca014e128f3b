extension Command {
  /// `integrity completions bash|zsh|fish`: the completion script for a shell.
  static let completions = Command(
    name: "completions",
    summary: "Print a shell completion script (bash, zsh or fish) for commands, options and values",
    usage: "integrity completions bash|zsh|fish",
    arguments: [
      CommandArgument(
        "SHELL", .choices(CompletionScript.Shell.allCases.map(\.rawValue)),
        help: "The shell: " + CompletionScript.Shell.allCases.map(\.rawValue).joined(separator: ", "))
    ],
    details: """
      The script completes commands, options, the values of options with a fixed set (ratings, formats,
      attributions), and the roles, lens ids and interviewee names of the review folder named on the
      line (read by the script through integrity itself, which writes nothing while completing).

      Install (then open a new shell; for zsh, add 'source ~/.zsh/integrity.zsh' to ~/.zshrc):
        dir=~/.local/share/bash-completion/completions
        mkdir -p $dir && integrity completions bash > $dir/integrity
        integrity completions zsh > ~/.zsh/integrity.zsh
        integrity completions fish > ~/.config/fish/completions/integrity.fish
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let words = try arguments.positionals(
      minimum: 1, maximum: 1, names: "SHELL: name the shell (bash, zsh or fish)")
    guard let shell = CompletionScript.Shell(rawValue: words[0]) else {
      throw .usage(
        "unknown shell '\(words[0])'; use "
          + CompletionScript.Shell.allCases.map(\.rawValue).joined(separator: ", "),
        command: "completions")
    }
    context.standardOutput.write(
      CompletionScript.script(for: shell, commands: CommandLineInterface.commands))
    return .success
  }
}

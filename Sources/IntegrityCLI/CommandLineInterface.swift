import RubricEngine

/// The `integrity` program as a library: finds the command named by the arguments, runs it, and turns
/// every outcome into an exit code. `main.swift` only builds the live context and calls `run`.
public enum CommandLineInterface {
  /// The workbench version printed by `integrity --version`.
  public static let version = "0.1.0"

  /// Every command, in the order the help lists them: the command table the help, the manual and the
  /// shell completions are made from. Hidden commands (helpers of the completion scripts) come last.
  public static let commands: [Command] = [
    .demo, .initialise, .reviewSet, .interview, .intervieweeRename, .intervieweeRemove, .intervieweeRestore,
    .status,
    .documentAdd, .documentList, .documentRemove, .evidenceAdd, .evidenceList, .evidenceRemove,
    .artefactCheck, .artefactImport, .artefactList, .artefactShow, .artefactRemove,
    .chainAdd, .chainEdit, .chainRemove, .chainShow, .chainCheck, .chainDraft,
    .score, .adjust, .report, .importAnswers, .exportAnswers,
    .checkOutcome,
    .rubricLint,
    .rubricShow,
    .help, .completions, .manual,
    .complete,
  ]

  /// The commands the help, the manual and the completions show.
  static var visibleCommands: [Command] { commands.filter { !$0.hidden } }

  /// Runs `integrity` with `arguments` (without the program name) and returns the exit code.
  public static func run(arguments: [String], context: CommandContext) -> ExitCode {
    do {
      return try dispatch(arguments, context: context)
    } catch {
      switch error {
      case .usage(let message, let command):
        context.standardError.line(ScreenText.fit("integrity: \(message)", width: context.screenWidth))
        let helpCommand = command.map { "integrity help \($0)" } ?? "integrity --help"
        context.standardError.line("Run '\(helpCommand)' for usage.")
        return .usage
      case .failure(let message):
        context.standardError.line(ScreenText.fit("integrity: \(message)", width: context.screenWidth))
        return .failure
      case .locked(let message):
        context.standardError.line(ScreenText.fit("integrity: \(message)", width: context.screenWidth))
        return .locked
      }
    }
  }

  static func dispatch(_ arguments: [String], context: CommandContext) throws(CommandError) -> ExitCode {
    guard let first = arguments.first else {
      context.standardOutput.write(ScreenText.fit(overview, width: context.screenWidth))
      return .success
    }
    switch first {
    case "--help", "-h":
      context.standardOutput.write(ScreenText.fit(overview, width: context.screenWidth))
      return .success
    case "--version":
      context.standardOutput.line("integrity \(version)")
      return .success
    default:
      break
    }
    if first.hasPrefix("-") {
      throw .usage(
        "unknown option \(first); options go after the command, or use --help or --version", command: nil)
    }
    let (command, rest) = try resolve(arguments)
    var scanner = ArgumentScanner(rest, command: command.name)
    if try scanner.flag("help", short: "h") {
      context.standardOutput.write(ScreenText.fit(command.helpText, width: context.screenWidth))
      return .success
    }
    return try command.run(&scanner, context)
  }

  /// The command named by the first one or two words, and the arguments after its name.
  static func resolve(_ arguments: [String]) throws(CommandError) -> (Command, [String]) {
    let first = aliases[arguments[0]] ?? arguments[0]
    if let command = commands.first(where: { $0.name == first }) {
      return (command, Array(arguments.dropFirst()))
    }
    let subcommands = commands.filter { $0.name.hasPrefix(first + " ") }
    if !subcommands.isEmpty {
      let names = subcommands.map { String($0.name.dropFirst(first.count + 1)) }
      guard arguments.count > 1, !arguments[1].hasPrefix("-") else {
        if arguments.count > 1, arguments[1] == "--help" || arguments[1] == "-h" {
          throw .usage("'\(first)' needs a subcommand: \(names.joined(separator: ", "))", command: first)
        }
        throw .usage("'\(first)' needs a subcommand: \(names.joined(separator: ", "))", command: first)
      }
      let name = first + " " + arguments[1]
      if let command = subcommands.first(where: { $0.name == name }) {
        return (command, Array(arguments.dropFirst(2)))
      }
      throw unknownCommand(name)
    }
    throw unknownCommand(first)
  }

  /// Other spellings of a command's first word: `artifact` is `artefact`.
  static let aliases = ["artifact": "artefact"]

  static func unknownCommand(_ name: String) -> CommandError {
    var message = "unknown command '\(name)'"
    let candidates = visibleCommands.map(\.name) + groups
    if let guess = NearestName.suggestion(for: name, among: candidates) {
      message += "; did you mean '\(guess)'?"
    }
    return .usage(message, command: nil)
  }

  /// The first words of two-word commands, such as `rubric`.
  static var groups: [String] {
    var seen: [String] = []
    for command in visibleCommands {
      let words = command.name.split(separator: " ")
      if words.count > 1, !seen.contains(String(words[0])) { seen.append(String(words[0])) }
    }
    return seen
  }

  static func help(_ words: [String], context: CommandContext) throws(CommandError) -> ExitCode {
    guard !words.isEmpty else {
      context.standardOutput.write(ScreenText.fit(overview, width: context.screenWidth))
      return .success
    }
    let name = words.joined(separator: " ")
    if let command = visibleCommands.first(where: { $0.name == name }) {
      context.standardOutput.write(ScreenText.fit(command.helpText, width: context.screenWidth))
      return .success
    }
    if groups.contains(name) {
      context.standardOutput.write(ScreenText.fit(groupHelp(name), width: context.screenWidth))
      return .success
    }
    throw unknownCommand(name)
  }

  static func groupHelp(_ group: String) -> String {
    var text = "Commands under '\(group)':\n\n"
    text += commandList(visibleCommands.filter { $0.name.hasPrefix(group + " ") })
    text += "\nRun 'integrity help \(group) SUBCOMMAND' for a command's options and examples.\n"
    return text
  }

  /// The text of `integrity --help`, in lines of at most 80 columns.
  static var overview: String {
    var text = "integrity \(version): the Decision Integrity Workbench\n\n"
    text += HelpColumns.prose(
      "Judges whether a client is ready to commit to a major program of work, from stakeholder "
        + "interviews, through seven lenses: outcome clarity, decision basis integrity, decision rights, "
        + "operating-model fit, lock-in points, risk and cost allocation, and governance readiness. Works "
        + "offline; nothing is sent over a network.")
    text += "\nUsage: integrity COMMAND [ARGUMENTS] [OPTIONS]\n\nCommands:\n\n"
    text += commandList(visibleCommands)
    text += "\nOptions:\n"
    text += HelpColumns.render([
      ("-h, --help", "Show this help (also: integrity help COMMAND, integrity COMMAND --help)"),
      ("--version", "Print the version"),
    ])
    text += "\nExit codes:\n\n"
    for code in ExitCode.allCases {
      let number = String(code.rawValue)
      let lines = HelpColumns.wrap(code.meaning, width: HelpColumns.width - 1 - 7)
      text +=
        "  " + number + String(repeating: " ", count: 5 - number.count)
        + lines.joined(
          separator: "\n" + String(repeating: " ", count: 7)) + "\n"
    }
    text += "\nRun 'integrity help COMMAND' for a command's arguments, options and examples.\n"
    return text
  }

  /// Each command's synopsis, then its summary indented below it, wrapped to 80 columns.
  static func commandList(_ commands: [Command]) -> String {
    var text = ""
    for command in commands {
      text += HelpColumns.synopsis(command.usage, lead: "  ", continuation: 4)
      let summary = HelpColumns.wrap(command.summary, width: HelpColumns.width - 1 - 6)
      text += summary.map { String(repeating: " ", count: 6) + $0 + "\n" }.joined()
    }
    return text
  }
}

import Foundation
import IntegrityCLI
import RubricEngine
import TestSupport
import Testing

@Suite("The command table: every option a command reads is declared, and the help is made from it")
struct CommandTableTests {
  static let undeclared = "--zz-undeclared-option"

  /// A value for an option or argument of `kind` that the command accepts as far as its scanning goes.
  static func sample(_ kind: ValueKind) -> String {
    switch kind {
    case .choices(let words): return words[0]
    case .role: return "sponsor"
    case .lens: return "outcome-clarity"
    case .interviewee: return "Dana Whitfield"
    case .date: return "2026-11-23"
    case .file: return "answers.csv"
    case .directory: return "r"
    case .text: return "Some text"
    case .command: return "score"
    }
  }

  /// Runs `command` with every declared option given (and an undeclared one) on a scanner that records
  /// what the command asks for; commands scan all their options before their positionals, so the run
  /// stops at the first option nobody asked for, the undeclared one when every declared one was read.
  static func scan(_ command: Command) -> (asked: [String], error: CommandError?) {
    var words: [String] = []
    for option in command.options {
      words.append("--" + option.name)
      if let value = option.value { words.append(sample(value)) }
    }
    words.append(undeclared)
    words += command.arguments.filter { !$0.optional }.map { sample($0.value) }
    var scanner = ArgumentScanner(words, command: command.name)
    let context = CommandContext.testing(
      standardOutput: BufferSink(), standardError: BufferSink(), readStandardInputBytes: { [] },
      fileSystem: InMemoryFileSystem.withStandardRubric(), environment: [:],
      makeTerminal: { ScriptedTerminal(lines: []) }, locateStandardRubric: { nil })
    do {
      _ = try command.run(&scanner, context)
      return (scanner.askedOptions, nil)
    } catch {
      return (scanner.askedOptions, error)
    }
  }

  @Test("every command reads exactly the options it declares, with the same short forms")
  func declaredOptionsAreRead() {
    #expect(CommandLineInterface.commands.count >= 15)
    for command in CommandLineInterface.commands {
      let declared = command.options.map { "--" + $0.name + ($0.short.map { " -" + String($0) } ?? "") }
      let (asked, error) = Self.scan(command)
      #expect(
        error == .usage("unknown option \(Self.undeclared)", command: command.name),
        "\(command.name) did not stop at the undeclared option, after reading every declared one: \(String(describing: error))"
      )
      #expect(
        Set(asked) == Set(declared),
        "\(command.name): reads \(asked.sorted()) but declares \(declared.sorted())")
      #expect(asked.count == Set(asked).count, "\(command.name) asks for an option twice: \(asked)")
    }
  }

  @Test("the recording scanner catches a command that reads an option it does not declare, or the reverse")
  func theCheckCanFail() {
    let reads = Command(
      name: "probe", summary: "", usage: "", options: [.flag("json", help: "")], details: ""
    ) { (arguments: inout ArgumentScanner, _) throws(CommandError) -> ExitCode in
      _ = try arguments.flag("json")
      _ = try arguments.option("secret")
      _ = try arguments.positionals()
      return .success
    }
    let read = Self.scan(reads)
    #expect(read.asked == ["--json", "--secret"])
    #expect(read.error == .usage("unknown option \(Self.undeclared)", command: "probe"))
    let declaresMore = Command(
      name: "probe", summary: "", usage: "", options: [.flag("json", help: ""), .flag("all", help: "")],
      details: ""
    ) { (arguments: inout ArgumentScanner, _) throws(CommandError) -> ExitCode in
      _ = try arguments.flag("json")
      _ = try arguments.positionals()
      return .success
    }
    let more = Self.scan(declaresMore)
    #expect(more.asked == ["--json"])
    #expect(more.error == .usage("unknown option --all", command: "probe"))
  }

  @Test("each command's help lists its arguments and every declared option with what it does")
  func helpFromTheTable() {
    for command in CommandLineInterface.commands where !command.hidden {
      let run = CommandRun(command.name.split(separator: " ").map(String.init) + ["--help"])
      #expect(run.exitCode == .success)
      let words = run.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(words.hasPrefix(command.summary + " Usage: " + command.usage + " "), "\(command.name)")
      for option in command.options + [Command.helpOption] {
        // A label too long for the column stands on a line of its own, its help under it.
        #expect(
          run.standardOutput.contains("\n  " + option.label + "  ")
            || run.standardOutput.contains("\n  " + option.label + "\n"),
          "\(command.name) --help lacks \(option.label)")
        let help = option.fullHelp.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains(help), "\(command.name) --help lacks '\(help)'")
      }
      for argument in command.arguments {
        #expect(
          run.standardOutput.contains("\n  " + argument.name + " "), "\(command.name): \(argument.name)")
      }
      for line in run.standardOutput.split(separator: "\n") where line.count > 80 {
        #expect(!line.trimmingCharacters(in: .whitespaces).contains(" "), "\(command.name): \(line)")
      }
    }
  }

  @Test("the overview and the group help fit 80 columns and list every visible command")
  func overviewFits() {
    for arguments in [["--help"], ["help", "rubric"]] {
      let run = CommandRun(arguments)
      #expect(run.exitCode == .success)
      for line in run.standardOutput.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }
    let words = CommandRun(["--help"]).standardOutput.split(whereSeparator: \.isWhitespace).joined(
      separator: " ")
    for command in CommandLineInterface.commands {
      #expect(words.contains(command.usage + " " + command.summary) == !command.hidden, "\(command.name)")
    }
  }

  @Test("integrity help help says how to use help; help lists it among the commands")
  func helpHelp() {
    let run = CommandRun(["help", "help"])
    #expect(run.exitCode == .success)
    #expect(
      run.standardOutput.hasPrefix(
        "Show the list of commands, or one command's arguments, options and examples\n\n"
          + "Usage: integrity help [COMMAND]\n"))
    #expect(run.standardOutput.contains("integrity help rubric lint"))
    #expect(CommandRun(["help", "--help"]).standardOutput == run.standardOutput)
    #expect(CommandRun(["help"]).standardOutput.contains("\n  integrity help [COMMAND]\n"))
    #expect(!CommandRun(["help"]).standardOutput.contains("__complete"))
  }

  /// A review with one interview, for commands that must open one before checking their values.
  static func review() throws -> InMemoryFileSystem {
    let files = InMemoryFileSystem.withStandardRubric()
    try CommandRun.succeeding(
      ["init", "r", "--client", "Acme", "--program", "Claims", "--decision", "Sign it"], fileSystem: files)
    try CommandRun.succeeding(
      ["interview", "r", "--name", "Dana Whitfield", "--role", "sponsor"], fileSystem: files,
      terminal: ScriptedTerminal(lines: ["Cut claim time", "3", "A memo", "q"]))
    return files
  }

  @Test("a value outside an option's declared choices is refused (exit 64) naming every choice")
  func choicesAreTheOnesChecked() throws {
    var checked = 0
    for command in CommandLineInterface.commands {
      for option in command.options {
        guard case .choices(let words) = option.value else { continue }
        var arguments = command.name.split(separator: " ").map(String.init)
        for other in command.options where !other.isFlag && other.name != option.name {
          arguments += ["--" + other.name, Self.sample(other.value ?? .text)]
        }
        arguments += ["--" + option.name, "no-such-choice"]
        arguments += command.arguments.filter { !$0.optional }.map { Self.sample($0.value) }
        let run = CommandRun(arguments, fileSystem: try Self.review())
        #expect(run.exitCode == .usage, "\(arguments): \(run.standardError)")
        #expect(run.standardError.contains("no-such-choice"), "\(arguments): \(run.standardError)")
        for word in words {
          #expect(
            run.standardError.contains(word), "\(arguments) does not name \(word): \(run.standardError)")
        }
        checked += 1
      }
    }
    #expect(checked >= 4)
  }
}

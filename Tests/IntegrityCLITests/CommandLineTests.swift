import Foundation
import IntegrityCLI
import TestSupport
import Testing

@Suite("Command-line conventions: help, version, usage errors")
struct CommandLineTests {
  @Test("--help, -h, help and no arguments print the overview with the exit codes, and exit 0")
  func overview() {
    for arguments in [["--help"], ["-h"], ["help"], []] {
      let run = CommandRun(arguments)
      #expect(run.exitCode == .success)
      #expect(run.standardOutput.contains("Usage: integrity COMMAND"))
      #expect(run.standardOutput.contains("rubric lint FILE..."))
      #expect(run.standardOutput.contains("64   usage error"))
      #expect(run.standardOutput.contains("75   locked"))
      #expect(run.standardError.isEmpty)
    }
  }

  @Test("--version prints the version and exits 0")
  func version() {
    let run = CommandRun(["--version"])
    #expect(run.exitCode == .success)
    #expect(run.standardOutput == "integrity \(CommandLineInterface.version)\n")
  }

  @Test("help COMMAND and COMMAND --help print the same command help")
  func commandHelp() {
    let viaHelp = CommandRun(["help", "rubric", "lint"])
    let viaFlag = CommandRun(["rubric", "lint", "--help"])
    let viaShort = CommandRun(["rubric", "lint", "-h"])
    #expect(viaHelp.exitCode == .success)
    #expect(viaHelp.standardOutput.contains("Usage: integrity rubric lint FILE..."))
    #expect(viaHelp.standardOutput == viaFlag.standardOutput)
    #expect(viaHelp.standardOutput == viaShort.standardOutput)
    let group = CommandRun(["help", "rubric"])
    #expect(group.exitCode == .success)
    #expect(group.standardOutput.contains("integrity rubric show"))
  }

  @Test(
    "usage errors print what is wrong and a hint to stderr, and exit 64",
    arguments: [
      (
        ["rubrc"],
        "integrity: unknown command 'rubrc'; did you mean 'rubric'?\nRun 'integrity --help' for usage.\n"
      ),
      (
        ["rubric", "lnt"],
        "integrity: unknown command 'rubric lnt'; did you mean 'rubric lint'?\nRun 'integrity --help' for usage.\n"
      ),
      (
        ["rubric"],
        "integrity: 'rubric' needs a subcommand: lint, show\nRun 'integrity help rubric' for usage.\n"
      ),
      (
        ["rubric", "lint"],
        "integrity: missing FILE: name at least one rubric file\nRun 'integrity help rubric lint' for usage.\n"
      ),
      (
        ["rubric", "show", "--jsn"],
        "integrity: unknown option --jsn; did you mean --json?\nRun 'integrity help rubric show' for usage.\n"
      ),
      (
        ["rubric", "show", "a", "b"],
        "integrity: unexpected argument 'b'\nRun 'integrity help rubric show' for usage.\n"
      ),
      (
        ["--verbose"],
        "integrity: unknown option --verbose; options go after the command, or use --help or --version\nRun 'integrity --help' for usage.\n"
      ),
      (["help", "nothing"], "integrity: unknown command 'nothing'\nRun 'integrity --help' for usage.\n"),
    ])
  func usageErrors(arguments: [String], message: String) {
    let run = CommandRun(arguments)
    #expect(run.exitCode == .usage)
    #expect(run.standardError == message)
    #expect(run.standardOutput.isEmpty)
  }
}

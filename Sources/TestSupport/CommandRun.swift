import Foundation
import IntegrityCLI
import ReviewStore
import TerminalInterview

/// The result of running `integrity` in-process: its exit code and everything it wrote.
public struct CommandRun {
  /// The time commands see in tests: 2026-11-23 09:00:00 UTC.
  public static let testTime = Date(timeIntervalSince1970: 1_795_424_400)

  public var exitCode: ExitCode
  public var standardOutput: String
  public var standardError: String

  /// Runs `integrity arguments` against `fileSystem`, with `standardInput` as its input, `terminal` for
  /// interviews, a fixed clock, and, unless told otherwise, the repository's standard rubric as the bundled one.
  public init(
    _ arguments: [String], fileSystem: any FileSystem = LocalFileSystem(), standardInput: String = "",
    terminal: (any Terminal)? = nil, environment: [String: String] = [:],
    standardRubricPath: String? = RepositoryPaths.standardRubric.path
  ) {
    let output = BufferSink()
    let error = BufferSink()
    let context = CommandContext(
      standardOutput: output, standardError: error, readStandardInput: { Array(standardInput.utf8) },
      fileSystem: fileSystem, environment: environment, now: { CommandRun.testTime },
      makeTerminal: { terminal ?? ScriptedTerminal(lines: []) }, locateStandardRubric: { standardRubricPath })
    exitCode = CommandLineInterface.run(arguments: arguments, context: context)
    standardOutput = output.text
    standardError = error.text
  }
}

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
  /// - Parameters:
  ///   - standardInputSource: gives standard input piece by piece instead of `standardInput` (an empty piece
  ///     ends it), for inputs too large to hold, such as an endless one.
  ///   - screenWidth: the width screens are laid out for; by default wider than any line, so that tests read
  ///     messages whole (tests of the layout give 80 or less).
  ///   - onTerminal: keeps the output as a terminal would show it, as when standard output and error are one.
  public init(
    _ arguments: [String], fileSystem: any FileSystem = LocalFileSystem(), standardInput: String = "",
    standardInputSource: (() -> [UInt8])? = nil, terminal: (any Terminal)? = nil,
    environment: [String: String] = [:], screenWidth: Int = RepositoryPaths.unwrappedWidth,
    standardRubricPath: String? = RepositoryPaths.standardRubric.path,
    onTerminal: Bool = false
  ) {
    let output = BufferSink(rendersForTerminal: onTerminal)
    let error = BufferSink(rendersForTerminal: onTerminal)
    var remaining = ArraySlice(standardInput.utf8)
    let pieces = {
      let piece = Array(remaining.prefix(4096))
      remaining = remaining.dropFirst(piece.count)
      return piece
    }
    let context = CommandContext.testing(
      standardOutput: output, standardError: error, readStandardInputBytes: standardInputSource ?? pieces,
      fileSystem: fileSystem, environment: environment, now: { CommandRun.testTime },
      makeTerminal: { terminal ?? ScriptedTerminal(lines: []) }, screenWidth: screenWidth,
      locateStandardRubric: { standardRubricPath })
    exitCode = CommandLineInterface.run(arguments: arguments, context: context)
    standardOutput = output.text
    standardError = error.text
  }
}

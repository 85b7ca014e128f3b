import IntegrityCLI
import ReviewStore
import TerminalInterview

extension CommandRun {
  /// A setup command that did not succeed: the test stops here instead of going on from a review that was
  /// never made, and says why.
  public struct SetupFailure: Error, CustomStringConvertible {
    public var arguments: [String]
    public var exitCode: ExitCode
    /// What the command wrote, standard error first.
    public var output: String

    public var description: String {
      "setup `integrity \(arguments.joined(separator: " "))` exited \(exitCode.rawValue): \(output)"
    }
  }

  /// Runs a command a test builds on (init, import, an interview) and throws `SetupFailure` unless it exits 0.
  @discardableResult
  public static func succeeding(
    _ arguments: [String], fileSystem: any FileSystem, standardInput: String = "",
    terminal: (any Terminal)? = nil
  ) throws(SetupFailure) -> CommandRun {
    let run = CommandRun(arguments, fileSystem: fileSystem, standardInput: standardInput, terminal: terminal)
    guard run.exitCode == .success else {
      throw SetupFailure(
        arguments: arguments, exitCode: run.exitCode, output: run.standardError + run.standardOutput)
    }
    return run
  }
}

import ExampleReview
import Foundation
import ReviewStore
import RubricResources
import TerminalInterview

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Everything a command touches in the world, passed in so that tests can run commands without a real
/// terminal or disk: output streams, standard input, files, environment variables and the bundled rubric.
public struct CommandContext {
  /// Where results go.
  public var standardOutput: any TextSink
  /// Where errors, warnings and hints go.
  public var standardError: any TextSink
  /// Reads the whole of standard input, for arguments given as `-`.
  public var readStandardInput: () -> [UInt8]
  /// Whether standard input is a terminal: commands that read it then ask for arguments instead of waiting.
  public var standardInputIsTerminal: Bool
  public var fileSystem: any FileSystem
  public var environment: [String: String]
  /// The current time.
  public var now: () -> Date
  /// The terminal an interview talks to: a line editor on a real terminal, plain lines on piped input.
  public var makeTerminal: () -> any Terminal
  /// Whether standard output is a terminal (for colour and layout).
  public var standardOutputIsTerminal: Bool
  /// Finds the standard rubric shipped with the workbench (`nil` when the installation lacks it). A function,
  /// so that commands which never need the rubric, such as `--help`, do no file work at start-up.
  public var locateStandardRubric: () -> String?
  /// Finds the example review shipped with the workbench, for `integrity demo`.
  public var locateExampleReview: () -> String?

  /// Creates a context from its parts.
  public init(
    standardOutput: any TextSink, standardError: any TextSink, readStandardInput: @escaping () -> [UInt8],
    standardInputIsTerminal: Bool = false,
    fileSystem: any FileSystem, environment: [String: String], now: @escaping () -> Date = Date.init,
    makeTerminal: @escaping () -> any Terminal = { PipedTerminal() }, standardOutputIsTerminal: Bool = false,
    locateStandardRubric: @escaping () -> String?, locateExampleReview: @escaping () -> String? = { nil }
  ) {
    self.locateExampleReview = locateExampleReview
    self.now = now
    self.makeTerminal = makeTerminal
    self.standardOutputIsTerminal = standardOutputIsTerminal
    self.standardOutput = standardOutput
    self.standardError = standardError
    self.readStandardInput = readStandardInput
    self.standardInputIsTerminal = standardInputIsTerminal
    self.fileSystem = fileSystem
    self.environment = environment
    self.locateStandardRubric = locateStandardRubric
  }

  /// The current time as the data files record it: ISO 8601, UTC, to the second.
  public func timestamp() -> String {
    now().formatted(.iso8601)
  }

  /// The real process: its standard streams, the local disk, its environment and the rubric beside the binary.
  public static func live() -> CommandContext {
    CommandContext(
      standardOutput: FileDescriptorSink(descriptor: STDOUT_FILENO),
      standardError: FileDescriptorSink(descriptor: STDERR_FILENO),
      readStandardInput: { FileHandle.standardInput.readDataToEndOfFile().map { $0 } },
      standardInputIsTerminal: isatty(STDIN_FILENO) == 1,
      fileSystem: LocalFileSystem(),
      environment: ProcessInfo.processInfo.environment,
      now: Date.init,
      makeTerminal: {
        // A dumb terminal cannot move the cursor, so it gets the plain line-by-line terminal.
        TerminalPlatform.isTerminal(STDIN_FILENO) && TerminalPlatform.isTerminal(STDOUT_FILENO)
          && ProcessInfo.processInfo.environment["TERM"] != "dumb"
          ? RawTerminal() as any Terminal : PipedTerminal()
      },
      standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1,
      locateStandardRubric: { BundledRubric.standardRubricPath(executablePath: Bundle.main.executablePath) },
      locateExampleReview: { BundledExample.folderPath(executablePath: Bundle.main.executablePath) })
  }
}

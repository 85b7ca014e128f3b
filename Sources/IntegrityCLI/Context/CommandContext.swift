import Foundation
import ReviewStore
import TerminalInterview

/// Everything a command touches in the world, passed in so that tests can run commands without a real
/// terminal or disk: output streams, standard input, files, environment variables, the clock, the programs it
/// starts and the bundled rubric. It has no defaults: the real one is built in the executable's `main.swift`,
/// and tests build theirs (TestSupport's `CommandContext.testing`), so a library never reaches for the world.
public struct CommandContext {
  /// Where results go.
  public var standardOutput: any TextSink
  /// Where errors, warnings and hints go.
  public var standardError: any TextSink
  /// The next bytes of standard input as they arrive, or none at its end. Commands read it through
  /// `readStandardInput(limit:)` and `standardInputLines(maximumLength:)`, which never hold more than a limit.
  public var readStandardInputBytes: () -> [UInt8]
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
  /// The columns screens are laid out for: the terminal's width, or `COLUMNS`, or 80 (`screenWidth(...)`).
  public var screenWidth: Int
  /// Finds the standard rubric shipped with the workbench (`nil` when the installation lacks it). A function,
  /// so that commands which never need the rubric, such as `--help`, do no file work at start-up.
  public var locateStandardRubric: () -> String?
  /// Finds the example review shipped with the workbench, for `integrity demo`.
  public var locateExampleReview: () -> String?
  /// Whether standard error is a terminal: progress of long work is shown there only then.
  public var standardErrorIsTerminal: Bool
  /// Writes progress to standard error as it is (its `\r` must reach the terminal); never data.
  public var writeProgress: (String) -> Void
  /// Runs a shell script (`/bin/sh -c`) with arguments (`$1`...) in an environment, in the foreground of the
  /// terminal, and waits for it to end: the consultant's editor.
  public var runInForeground: (String, [String], [String: String]) -> ForegroundProcess.Outcome

  /// Creates a context from its parts, every one given.
  public init(
    standardOutput: any TextSink, standardError: any TextSink,
    readStandardInputBytes: @escaping () -> [UInt8], standardInputIsTerminal: Bool,
    fileSystem: any FileSystem, environment: [String: String], now: @escaping () -> Date,
    makeTerminal: @escaping () -> any Terminal, standardOutputIsTerminal: Bool, screenWidth: Int,
    locateStandardRubric: @escaping () -> String?, locateExampleReview: @escaping () -> String?,
    standardErrorIsTerminal: Bool, writeProgress: @escaping (String) -> Void,
    runInForeground: @escaping (String, [String], [String: String]) -> ForegroundProcess.Outcome
  ) {
    self.standardErrorIsTerminal = standardErrorIsTerminal
    self.writeProgress = writeProgress
    self.locateExampleReview = locateExampleReview
    self.now = now
    self.makeTerminal = makeTerminal
    self.standardOutputIsTerminal = standardOutputIsTerminal
    self.screenWidth = screenWidth
    self.standardOutput = standardOutput
    self.standardError = standardError
    self.readStandardInputBytes = readStandardInputBytes
    self.standardInputIsTerminal = standardInputIsTerminal
    self.fileSystem = fileSystem
    self.environment = environment
    self.locateStandardRubric = locateStandardRubric
    self.runInForeground = runInForeground
  }

  /// The current time as the data files record it: ISO 8601, UTC, to the second.
  public func timestamp() -> String {
    now().formatted(.iso8601)
  }

  /// A progress line for long work called `label`, shown on standard error only when it is a terminal.
  func progress(_ label: String) -> ProgressLine {
    ProgressLine(
      label: label, enabled: standardErrorIsTerminal, after: ProgressLine.delay(in: environment), now: now,
      write: writeProgress)
  }
}

// MARK: - The screen's width

extension CommandContext {
  /// Writes a message for the person at the terminal to standard output, fitted to the screen's width.
  public func say(_ text: String) {
    standardOutput.line(ScreenText.fit(text, width: screenWidth))
  }

  /// Writes a warning, hint or note to standard error, fitted to the screen's width.
  public func warn(_ text: String) {
    standardError.line(ScreenText.fit(text, width: screenWidth))
  }

  /// The width to lay screens out for: the terminal's own when standard output is one, else `COLUMNS` when it
  /// holds a positive number, else 80.
  public static func screenWidth(terminalColumns: Int?, environment: [String: String]) -> Int {
    if let terminalColumns, terminalColumns > 0 { return terminalColumns }
    if let columns = environment["COLUMNS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
      columns > 0
    {
      return min(columns, 1000)
    }
    return ScreenText.defaultWidth
  }
}

// MARK: - Standard input, within limits

extension CommandContext {
  /// All of standard input, or `nil` as soon as it goes past `limit` bytes (what lies beyond is never read),
  /// so that `/dev/zero` or an endless pipe is refused instead of filling memory.
  public func readStandardInput(limit: Int) -> [UInt8]? {
    var bytes: [UInt8] = []
    while true {
      let piece = readStandardInputBytes()
      if piece.isEmpty { return bytes }
      guard piece.count <= limit - bytes.count else { return nil }
      bytes += piece
    }
  }

  /// Standard input line by line, each line at most `maximumLength` bytes.
  public func standardInputLines(maximumLength: Int) -> StandardInputLines {
    StandardInputLines(read: readStandardInputBytes, maximumLength: maximumLength)
  }
}

/// Standard input read one line at a time, as the lines are needed: memory holds one line at most.
public struct StandardInputLines {
  private let read: () -> [UInt8]
  private var splitter: LineSplitter
  private var ended = false

  init(read: @escaping () -> [UInt8], maximumLength: Int) {
    self.read = read
    splitter = LineSplitter(maximumLength: maximumLength)
  }

  /// The next line or `.tooLong`, or `nil` at the end of the input.
  public mutating func next() -> LineSplitter.Piece? {
    while true {
      if let piece = ended ? splitter.remainder() : splitter.nextLine() { return piece }
      if ended { return nil }
      let bytes = read()
      if bytes.isEmpty { ended = true } else { splitter.append(bytes) }
    }
  }
}

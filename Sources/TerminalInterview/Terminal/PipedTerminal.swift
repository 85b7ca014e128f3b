import RubricEngine

/// The interview on piped input: the same prompts, lines read one at a time from standard input, each echoed
/// after its prompt so that a transcript reads like the screen. End of input stops; nothing waits forever, and
/// a line longer than any answer can be (`/dev/zero` gives one) stops the interview instead of filling memory.
public final class PipedTerminal: Terminal {
  /// The longest line read, in bytes: the longest text an answer may hold.
  public static let maximumLineLength = Answer.maximumTextBytes

  private let input: Int32
  private let output: Int32
  private var lines = LineSplitter(maximumLength: PipedTerminal.maximumLineLength)
  private var ended = false
  /// Whether each line read is written back after its prompt: not when a terminal's own echo showed it.
  private let echoes: Bool

  /// Creates a terminal reading `input` and writing `output` (file descriptors it does not own). A line is
  /// echoed unless both are terminals, where the terminal itself showed it as it was typed (plain mode, and
  /// `TERM=dumb`).
  public init(input: Int32 = 0, output: Int32 = 1) {
    self.input = input
    self.output = output
    echoes = !(TerminalPlatform.isTerminal(input) && TerminalPlatform.isTerminal(output))
  }

  public var isInteractive: Bool { false }

  public func write(_ text: String) {
    TerminalPlatform.write(text, to: output)
  }

  public func readLine(prompt: String, initial: String) -> TerminalInput {
    write(prompt)
    if TerminalPlatform.takeInterrupt() { return interrupted() }
    while true {
      if let piece = ended ? lines.remainder() : lines.nextLine() {
        switch piece {
        case .line(let line): return echo(line)
        case .tooLong:
          write("\n")
          return .lineTooLong(maximumLength: Self.maximumLineLength)
        }
      }
      if ended {
        write("\n")
        return .endOfInput
      }
      switch TerminalPlatform.read(input) {
      case .bytes(let bytes): lines.append(bytes)
      case .endOfInput, .failed: ended = true
      case .interrupted: return interrupted()
      }
    }
  }

  private func echo(_ line: String) -> TerminalInput {
    if echoes { write(TerminalText.visible(line) + "\n") }
    return .line(line)
  }

  private func interrupted() -> TerminalInput {
    write("\n")
    return .interrupted
  }
}

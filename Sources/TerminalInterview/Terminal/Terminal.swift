/// The interview's window on the person at the keyboard: write text, read one line. A protocol so that the
/// same interview runs in a real terminal, on piped input, and under a script in tests.
public protocol Terminal: AnyObject {
  /// Whether a person types at a terminal: the line editor and `$EDITOR` are available.
  var isInteractive: Bool { get }
  /// Writes text as it is.
  func write(_ text: String)
  /// Shows `prompt` and reads one line. The prompt may hold line feeds: the line is typed after its last
  /// line. In a terminal the line starts as `initial`, editable; piped input cannot be pre-filled, so
  /// callers treat an empty line as "keep".
  func readLine(prompt: String, initial: String) -> TerminalInput
  /// The same terminal in plain mode (`--plain`, for a screen reader): lines read as the terminal gives them,
  /// with no cursor movement. Itself for a terminal that is plain already.
  var plain: any Terminal { get }
}

extension Terminal {
  public var plain: any Terminal { self }
}

/// What reading a line gave.
public enum TerminalInput: Equatable, Sendable {
  /// A line, without its line ending.
  case line(String)
  /// The input ended (Ctrl-D on an empty line, or the end of a piped file): stop, keep everything.
  case endOfInput
  /// Ctrl-C: stop, keep everything, exit 130.
  case interrupted
  /// Piped input gave a line longer than `maximumLength` bytes, longer than any answer can be: stop, keep
  /// everything before it, exit 1.
  case lineTooLong(maximumLength: Int)
}

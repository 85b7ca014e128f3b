import TerminalInterview

/// Where a command writes its text: standard output or error for real, a buffer in tests.
public protocol TextSink: AnyObject {
  /// Writes `text`; callers add their own newlines.
  func write(_ text: String)
}

extension TextSink {
  /// Writes `text` followed by a newline.
  public func line(_ text: String = "") {
    write(text + "\n")
  }
}

/// A sink writing straight to a file descriptor, such as standard output (1) or standard error (2).
///
/// On a terminal every text goes through `TerminalText.visibleLines`, so that nothing from data (a name, a key
/// of a damaged file, a rubric's prompt) can drive the terminal, whichever command printed it; into a file or
/// a pipe the bytes stay exactly as the command wrote them.
public final class FileDescriptorSink: TextSink {
  private let descriptor: Int32
  private let isTerminal: Bool

  /// Creates a sink for an open file descriptor it does not own.
  public init(descriptor: Int32) {
    self.descriptor = descriptor
    isTerminal = TerminalPlatform.isTerminal(descriptor)
  }

  public func write(_ text: String) {
    TerminalPlatform.write(isTerminal ? TerminalText.visibleLines(text) : text, to: descriptor)
  }
}

/// A sink that keeps what was written, for tests and for commands that build text before deciding where it goes.
public final class BufferSink: TextSink {
  /// Everything written so far.
  public private(set) var text = ""
  private let rendersForTerminal: Bool

  /// Creates an empty buffer; one that `rendersForTerminal` keeps what a `FileDescriptorSink` would show
  /// on a terminal.
  public init(rendersForTerminal: Bool = false) {
    self.rendersForTerminal = rendersForTerminal
  }

  public func write(_ text: String) {
    self.text += rendersForTerminal ? TerminalText.visibleLines(text) : text
  }
}

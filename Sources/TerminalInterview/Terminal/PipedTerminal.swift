/// The interview on piped input: the same prompts, lines read one at a time from standard input, each echoed
/// after its prompt so that a transcript reads like the screen. End of input stops; nothing waits forever.
public final class PipedTerminal: Terminal {
  private let input: Int32
  private let output: Int32
  private var buffer: [UInt8] = []
  private var ended = false

  /// Creates a terminal reading `input` and writing `output` (file descriptors it does not own).
  public init(input: Int32 = 0, output: Int32 = 1) {
    self.input = input
    self.output = output
  }

  public var isInteractive: Bool { false }

  public func write(_ text: String) {
    TerminalPlatform.write(text, to: output)
  }

  public func readLine(prompt: String, initial: String) -> TerminalInput {
    write(prompt)
    if TerminalPlatform.takeInterrupt() { return interrupted() }
    while true {
      if let newline = buffer.firstIndex(of: 0x0A) {
        var line = Array(buffer[..<newline])
        buffer.removeSubrange(...newline)
        if line.last == 0x0D { line.removeLast() }
        return echo(String(decoding: line, as: UTF8.self))
      }
      if ended {
        guard !buffer.isEmpty else {
          write("\n")
          return .endOfInput
        }
        let line = String(decoding: buffer, as: UTF8.self)
        buffer = []
        return echo(line)
      }
      switch TerminalPlatform.read(input) {
      case .bytes(let bytes): buffer += bytes
      case .endOfInput, .failed: ended = true
      case .interrupted: return interrupted()
      }
    }
  }

  private func echo(_ line: String) -> TerminalInput {
    write(TerminalText.visible(line) + "\n")
    return .line(line)
  }

  private func interrupted() -> TerminalInput {
    write("\n")
    return .interrupted
  }
}

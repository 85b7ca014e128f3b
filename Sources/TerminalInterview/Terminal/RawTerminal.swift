/// A real terminal: each answer is typed in a line editor (arrows, Home/End, Backspace/Delete, Ctrl-A/E/U/W/K)
/// in raw mode, which is left again after every line, so the terminal is restored on every way out.
public final class RawTerminal: Terminal {
  private let input: Int32
  private let output: Int32
  private var decoder = KeyDecoder()

  /// Creates a terminal on `input` and `output`, which must be terminals.
  public init(input: Int32 = 0, output: Int32 = 1) {
    self.input = input
    self.output = output
  }

  public var isInteractive: Bool { true }

  public var plain: any Terminal { PipedTerminal(input: input, output: output) }

  public func write(_ text: String) {
    TerminalPlatform.write(text, to: output)
  }

  public func readLine(prompt: String, initial: String) -> TerminalInput {
    if TerminalPlatform.takeInterrupt() { return .interrupted }
    _ = TerminalPlatform.takeContinued()
    guard TerminalPlatform.enterRawMode(input) else {
      return PipedTerminal(input: input, output: output).readLine(prompt: prompt, initial: initial)
    }
    defer { TerminalPlatform.leaveRawMode(input) }
    var editor = LineEditor(initial: initial)
    // A prompt of several lines: all but the last are written once, and the line is edited after the last.
    let lead = prompt.lastIndex(of: "\n").map { prompt[...$0] } ?? ""
    write(String(lead))
    var renderer = LineRenderer(prompt: String(prompt.dropFirst(lead.count)))
    write(renderer.render(editor, columns: TerminalPlatform.columns(output)))
    while true {
      if TerminalPlatform.takeContinued() {
        // Stopped from outside (kill -TSTP) and continued: the screen may have been used meanwhile.
        renderer.restart()
        write("\r\n" + renderer.render(editor, columns: TerminalPlatform.columns(output)))
      }
      let result: TerminalPlatform.ReadResult
      if decoder.hasPending, !TerminalPlatform.waitForInput(input, milliseconds: 50) {
        result = .bytes([])
      } else {
        result = TerminalPlatform.read(input)
      }
      var keys: [Key]
      switch result {
      case .bytes(let bytes):
        keys = decoder.keys(from: bytes)
        if bytes.isEmpty { keys += decoder.flush() }
      case .endOfInput, .failed:
        write(renderer.finish(editor, columns: TerminalPlatform.columns(output)))
        return .endOfInput
      case .interrupted:
        write(renderer.finish(editor, columns: TerminalPlatform.columns(output)))
        return .interrupted
      }
      for key in keys {
        let previous = editor
        let outcome = editor.apply(key)
        let columns = TerminalPlatform.columns(output)
        switch outcome {
        case .editing:
          if editor != previous { write(renderer.render(editor, after: previous, columns: columns)) }
        case .suspended:
          // Ctrl-Z: the terminal as the shell left it, stopped; after `fg`, raw mode again and the line anew.
          write(renderer.finish(editor, columns: columns))
          TerminalPlatform.suspend(input)
          renderer.restart()
          write(renderer.render(editor, columns: TerminalPlatform.columns(output)))
        case .submitted(let line):
          write(renderer.finish(editor, columns: columns))
          return .line(line)
        case .endOfInput:
          write(renderer.finish(editor, columns: columns))
          return .endOfInput
        case .interrupted:
          write(renderer.finish(editor, columns: columns) + "^C\n")
          return .interrupted
        }
      }
    }
  }
}

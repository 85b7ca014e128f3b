import TerminalInterview

/// A terminal that answers prompts from a script and records everything written, prompts included, so that
/// an interview can be read back as the screen a person would have seen.
public final class ScriptedTerminal: Terminal {
  /// What each read gives, in order; when the script runs out, input ends.
  public var script: [TerminalInput]
  /// Everything written.
  public private(set) var transcript = ""
  /// The prompts shown, in order, with the initial text each line started with.
  public private(set) var prompts: [(prompt: String, initial: String)] = []
  public let isInteractive: Bool

  /// Creates a terminal answering with `lines`, then ending the input (or with `ending` instead).
  public init(lines: [String], ending: TerminalInput = .endOfInput, isInteractive: Bool = false) {
    script = lines.map(TerminalInput.line) + [ending]
    self.isInteractive = isInteractive
  }

  public func write(_ text: String) {
    transcript += text
  }

  public func readLine(prompt: String, initial: String) -> TerminalInput {
    prompts.append((prompt, initial))
    transcript += prompt
    guard !script.isEmpty else { return .endOfInput }
    let input = script.removeFirst()
    if case .line(let line) = input { transcript += TerminalText.visible(line) + "\n" }
    return input
  }
}

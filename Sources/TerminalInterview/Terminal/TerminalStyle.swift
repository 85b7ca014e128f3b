/// Bold and colour for the interview screen, or nothing: styles are used only on a terminal, with `NO_COLOR`
/// unset or empty and `TERM` not `dumb`.
public struct TerminalStyle: Sendable, Equatable {
  /// Whether escape sequences are written at all.
  public var isEnabled: Bool

  /// Creates a style that writes escape sequences only when `isEnabled`.
  public init(isEnabled: Bool) {
    self.isEnabled = isEnabled
  }

  /// The style for an output that `isTerminal` or not, in `environment`.
  public static func forOutput(isTerminal: Bool, environment: [String: String]) -> TerminalStyle {
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    let dumb = environment["TERM"] == "dumb"
    return TerminalStyle(isEnabled: isTerminal && !noColor && !dumb)
  }

  public func bold(_ text: String) -> String { wrap(text, "1") }
  public func dim(_ text: String) -> String { wrap(text, "2") }
  public func heading(_ text: String) -> String { wrap(text, "1;36") }
  public func warning(_ text: String) -> String { wrap(text, "1;33") }
  public func good(_ text: String) -> String { wrap(text, "1;32") }

  private func wrap(_ text: String, _ code: String) -> String {
    isEnabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}

/// Why a command stopped. Usage errors exit 64 with a hint; failures of the work exit 1.
public enum CommandError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The command line was wrong; `command` names the command whose help to point at.
  case usage(String, command: String?)
  /// The work could not be done; the message says what, where and what to do.
  case failure(String)

  public var description: String {
    switch self {
    case .usage(let message, _), .failure(let message): return message
    }
  }
}

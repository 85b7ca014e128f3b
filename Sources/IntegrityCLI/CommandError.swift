import ReviewStore

/// Why a command stopped. Usage errors exit 64 with a hint; failures of the work exit 1; a lock held
/// elsewhere exits 75.
public enum CommandError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The command line was wrong; `command` names the command whose help to point at.
  case usage(String, command: String?)
  /// The work could not be done; the message says what, where and what to do.
  case failure(String)
  /// Another process holds what the command needs; exits 75.
  case locked(String)

  public var description: String {
    switch self {
    case .usage(let message, _), .failure(let message), .locked(let message): return message
    }
  }
}

extension CommandError {
  /// The command error for a review folder's error: a lock exits 75, everything else is a failure of the work.
  init(_ error: ReviewStoreError) {
    switch error {
    case .locked: self = .locked(error.description)
    default: self = .failure(error.description)
    }
  }
}

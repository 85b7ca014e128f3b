/// The exit codes of `integrity`, documented in `integrity --help` and the README; scripts rely on them.
public enum ExitCode: Int32, Sendable, CaseIterable {
  /// The command did what was asked.
  case success = 0
  /// The work failed: invalid data, lint problems, a statement that is not measurable.
  case failure = 1
  /// The command line was wrong: unknown command or option, missing or extra argument.
  case usage = 64
  /// The review or interview is locked by another running `integrity`.
  case locked = 75
  /// Interrupted by Ctrl-C; everything answered so far was kept.
  case interrupted = 130

  /// What the code means, for the help text.
  public var meaning: String {
    switch self {
    case .success: return "success"
    case .failure: return "the work failed: invalid data, lint problems, a statement that is not measurable"
    case .usage: return "usage error: unknown command or option, missing or extra argument"
    case .locked: return "locked: another integrity process holds the interview or file"
    case .interrupted: return "interrupted (Ctrl-C); answers given so far are kept"
    }
  }
}

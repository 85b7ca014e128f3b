/// Runs a program in the foreground of the terminal, as a shell runs a command: in the interview's own
/// process group, which the shell made the terminal's foreground group, so the program reads the terminal,
/// gets Ctrl-C and Ctrl-Z, and a shell's `fg` resumes it. (Foundation's `Process` puts a child in a process
/// group of its own that the terminal does not know, so an editor reading the terminal is stopped at once.)
///
/// Ctrl-C while the program runs is the program's: the interview's own record of it is cleared afterwards.
/// Ctrl-Z stops the program and the interview together, as one job, and `fg` continues both. The calls that
/// start and wait for the program are `TerminalPlatform`'s.
public enum ForegroundProcess {
  /// How the program ended.
  public enum Outcome: Equatable, Sendable {
    /// It exited with this status (`/bin/sh` gives 127 for a command it cannot find).
    case exited(Int32)
    /// A signal ended it.
    case killed(signal: Int32)
    /// It could not be started: the reason from the system.
    case notStarted(String)
  }

  /// Runs `/bin/sh -c script` with `arguments` as `$1`... in `environment`, and waits for it to end.
  public static func runShell(_ script: String, arguments: [String], environment: [String: String]) -> Outcome
  {
    run(
      "/bin/sh", arguments: ["sh", "-c", script, "sh"] + arguments,
      environment: environment.map { "\($0.key)=\($0.value)" })
  }

  static func run(_ path: String, arguments: [String], environment: [String]) -> Outcome {
    let outcome = TerminalPlatform.runInForeground(path, arguments: arguments, environment: environment)
    // A Ctrl-C typed into the program was the program's.
    _ = TerminalPlatform.takeInterrupt()
    return outcome
  }
}

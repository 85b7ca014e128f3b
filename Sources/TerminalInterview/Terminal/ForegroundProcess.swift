#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a program in the foreground of the terminal, as a shell runs a command: in the interview's own
/// process group, which the shell made the terminal's foreground group, so the program reads the terminal,
/// gets Ctrl-C and Ctrl-Z, and a shell's `fg` resumes it. (Foundation's `Process` puts a child in a process
/// group of its own that the terminal does not know, so an editor reading the terminal is stopped at once.)
///
/// Ctrl-C while the program runs is the program's: the interview's own record of it is cleared afterwards.
/// Ctrl-Z stops the program and the interview together, as one job, and `fg` continues both. Every platform
/// call for child processes is here.
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
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // The child starts with every signal at its default action and none blocked, whatever the interview set.
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signalNumber in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP, SIGTTIN, SIGTTOU, SIGCONT, SIGPIPE] {
      sigaddset(&defaults, signalNumber)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var noneBlocked = sigset_t()
    sigemptyset(&noneBlocked)
    posix_spawnattr_setsigmask(&attributes, &noneBlocked)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var child = pid_t()
    let started = posix_spawn(&child, path, nil, &attributes, &argv, &envp)
    guard started == 0 else { return .notStarted(String(cString: strerror(started))) }
    let outcome = wait(for: child)
    // A Ctrl-C typed into the program was the program's.
    _ = TerminalPlatform.takeInterrupt()
    return outcome
  }

  /// Waits for `child` to end. A stop is not an end: when Ctrl-Z stops the job the interview is stopped with
  /// it, and when only the program was stopped (a `kill -STOP` from elsewhere) the interview goes on waiting.
  static func wait(for child: pid_t) -> Outcome {
    var status: Int32 = 0
    while true {
      let result = waitpid(child, &status, WUNTRACED)
      if result < 0 {
        if errno == EINTR { continue }
        return .notStarted(String(cString: strerror(errno)))
      }
      let low = status & 0x7F
      if low == 0 { return .exited((status >> 8) & 0xFF) }
      if low == 0x7F { continue }  // stopped: wait for it to continue and end
      return .killed(signal: low)
    }
  }
}

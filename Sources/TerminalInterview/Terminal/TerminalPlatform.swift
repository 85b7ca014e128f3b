#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every operating-system call of the interview module (terminal modes, signals, reads and writes, child
/// processes), fenced in one place. Where Linux and macOS spell a call differently the two spellings stand
/// side by side here and nowhere else.
///
/// Signal handlers cannot capture context, so the few values they need (the terminal settings to restore,
/// whether Ctrl-C arrived) live here as process-wide state: the one place in the libraries that has any.
public enum TerminalPlatform {
  // MARK: - Standard streams

  /// The file descriptor of standard input.
  public static let standardInput: Int32 = STDIN_FILENO
  /// The file descriptor of standard output.
  public static let standardOutput: Int32 = STDOUT_FILENO
  /// The file descriptor of standard error.
  public static let standardError: Int32 = STDERR_FILENO

  // MARK: - Process-wide state for signal handlers

  nonisolated(unsafe) private static var savedSettings = termios()
  nonisolated(unsafe) private static var rawSettings = termios()
  nonisolated(unsafe) private static var rawModeActive: sig_atomic_t = 0
  nonisolated(unsafe) private static var interruptReceived: sig_atomic_t = 0
  nonisolated(unsafe) private static var continuedReceived: sig_atomic_t = 0
  nonisolated(unsafe) private static var suspendAction = sigaction()

  // MARK: - Signals

  /// Installs the handlers (and unblocks their signals): Ctrl-C (SIGINT) is recorded and interrupts a blocking read, so the interview can
  /// stop cleanly; SIGTERM, SIGHUP and SIGQUIT restore the terminal before the process ends as they ask.
  public static func installSignalHandlers() {
    // A parent may have started the process with signals blocked (a test runner's threads do): the ones the
    // interview and its job control rely on are let through.
    var needed = sigset_t()
    sigemptyset(&needed)
    for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGCHLD] {
      sigaddset(&needed, signalNumber)
    }
    pthread_sigmask(SIG_UNBLOCK, &needed, nil)

    var interrupt = action { _ in TerminalPlatform.interruptReceived = 1 }
    sigaction(SIGINT, &interrupt, nil)

    var ending = action { signalNumber in
      TerminalPlatform.restoreFromSignal()
      signal(signalNumber, SIG_DFL)
      raise(signalNumber)
    }
    for signalNumber in [SIGTERM, SIGHUP, SIGQUIT] { sigaction(signalNumber, &ending, nil) }

    // SIGTSTP from outside (kill -TSTP, or Ctrl-Z while the terminal is not raw): the terminal restored, the
    // process stopped inside the handler (SA_NODEFER lets the re-raised signal through), and after SIGCONT
    // raw mode again, with a record that the line must be drawn anew.
    suspendAction = action { _ in
      let wasRaw = TerminalPlatform.rawModeActive != 0
      TerminalPlatform.restoreFromSignal()
      signal(SIGTSTP, SIG_DFL)
      raise(SIGTSTP)
      sigaction(SIGTSTP, &TerminalPlatform.suspendAction, nil)
      if wasRaw {
        tcsetattr(STDIN_FILENO, TCSANOW, &TerminalPlatform.rawSettings)
        TerminalPlatform.rawModeActive = 1
      }
      TerminalPlatform.continuedReceived = 1
    }
    suspendAction.sa_flags = Int32(SA_NODEFER)
    sigaction(SIGTSTP, &suspendAction, nil)
  }

  /// A signal action running `handler` (or `SIG_DFL`), with no flags and no signals blocked while it runs.
  private static func action(_ handler: (@convention(c) (Int32) -> Void)?) -> sigaction {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = handler
    #elseif canImport(Darwin)
      action.__sigaction_u.__sa_handler = handler
    #endif
    action.sa_flags = 0
    sigemptyset(&action.sa_mask)
    return action
  }

  /// Whether the process was stopped and continued since the last call (the screen may have changed
  /// meanwhile); clears the record.
  public static func takeContinued() -> Bool {
    defer { continuedReceived = 0 }
    return continuedReceived != 0
  }

  /// Ctrl-Z in raw mode, where the terminal sends no signal: the terminal restored, the process stopped with
  /// SIGTSTP's default action as any terminal program is, and after the shell's `fg` (SIGCONT) raw mode again.
  /// The caller redraws its line.
  static func suspend(_ descriptor: Int32) {
    let wasRaw = rawModeActive != 0
    leaveRawMode(descriptor)
    var installed = sigaction()
    var standard = action(SIG_DFL)
    sigaction(SIGTSTP, &standard, &installed)
    raise(SIGTSTP)
    sigaction(SIGTSTP, &installed, nil)
    if wasRaw { _ = enterRawMode(descriptor) }
    _ = takeContinued()
  }

  /// Whether Ctrl-C arrived since the last call; clears the record.
  public static func takeInterrupt() -> Bool {
    defer { interruptReceived = 0 }
    return interruptReceived != 0
  }

  // MARK: - Terminal modes

  /// Whether `descriptor` is a terminal.
  public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

  /// Puts the terminal on `descriptor` into raw mode: keys arrive one by one, unechoed, Ctrl-C as a byte.
  /// Output processing stays on, so "\n" still starts a new line.
  static func enterRawMode(_ descriptor: Int32) -> Bool {
    var settings = termios()
    guard tcgetattr(descriptor, &settings) == 0 else { return false }
    savedSettings = settings
    settings.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
    settings.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR | ISTRIP | BRKINT)
    #if os(Linux)
      settings.c_cc.6 = 1  // VMIN: a read returns after one byte
      settings.c_cc.5 = 0  // VTIME: no timer
    #else
      settings.c_cc.16 = 1
      settings.c_cc.17 = 0
    #endif
    rawSettings = settings
    rawModeActive = 1
    return tcsetattr(descriptor, TCSAFLUSH, &settings) == 0
  }

  /// Restores the settings saved by `enterRawMode`.
  static func leaveRawMode(_ descriptor: Int32) {
    guard rawModeActive != 0 else { return }
    tcsetattr(descriptor, TCSAFLUSH, &savedSettings)
    rawModeActive = 0
  }

  /// Async-signal-safe restore, for the signal handlers.
  private static func restoreFromSignal() {
    if rawModeActive != 0 {
      tcsetattr(STDIN_FILENO, TCSANOW, &savedSettings)
      rawModeActive = 0
    }
  }

  /// The width of the terminal on `descriptor`, or 80 when it cannot be told.
  public static func columns(of descriptor: Int32) -> Int { columns(descriptor) }

  static func columns(_ descriptor: Int32) -> Int {
    var size = winsize()
    guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
    return Int(size.ws_col)
  }

  // MARK: - Reading and writing

  /// Waits up to `milliseconds` for `descriptor` to have input.
  static func waitForInput(_ descriptor: Int32, milliseconds: Int32) -> Bool {
    var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&poller, 1, milliseconds) > 0
  }

  /// What one `read` gave.
  enum ReadResult {
    case bytes([UInt8])
    case endOfInput
    case interrupted
    case failed
  }

  /// Reads what is available on `descriptor`, up to 4 KB, into a buffer that is never zeroed first.
  static func read(_ descriptor: Int32) -> ReadResult {
    while true {
      var failure: Int32 = 0
      let bytes = [UInt8](unsafeUninitializedCapacity: 4096) { buffer, count in
        let got = systemRead(descriptor, buffer.baseAddress, buffer.count)
        if got < 0 { failure = errno }
        count = max(got, 0)
      }
      if !bytes.isEmpty { return .bytes(bytes) }
      if failure == 0 { return .endOfInput }
      if failure == EINTR {
        if takeInterrupt() { return .interrupted }
        // Continued after a stop: nothing read, so the caller can draw its line anew.
        if continuedReceived != 0 { return .bytes([]) }
        continue
      }
      return .failed
    }
  }

  /// The next bytes available on `descriptor` (waiting for some), or none at the end of its input or when it
  /// cannot be read.
  public static func readAvailable(_ descriptor: Int32) -> [UInt8] {
    while true {
      switch read(descriptor) {
      case .bytes(let bytes) where bytes.isEmpty: continue
      case .bytes(let bytes): return bytes
      case .endOfInput, .failed, .interrupted: return []
      }
    }
  }

  /// Writes all of `text` to `descriptor`, as it is.
  public static func write(_ text: String, to descriptor: Int32) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return systemWrite(descriptor, base + offset, raw.count - offset)
      }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return }
      offset += written
    }
  }

  // `read` and `write` are also this namespace's own names, so the C library's are called by module.
  private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int
  {
    #if canImport(Glibc)
      Glibc.read(descriptor, buffer, count)
    #elseif canImport(Darwin)
      Darwin.read(descriptor, buffer, count)
    #endif
  }

  private static func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.write(descriptor, buffer, count)
    #elseif canImport(Darwin)
      Darwin.write(descriptor, buffer, count)
    #endif
  }

  // MARK: - Child processes

  /// Runs `path` with `arguments` (from its own name on) and `environment` (`NAME=value` entries) in this
  /// process's group, which keeps the terminal's foreground, and waits for it to end. The child starts with
  /// every signal at its default action and none blocked, whatever the interview set.
  static func runInForeground(_ path: String, arguments: [String], environment: [String])
    -> ForegroundProcess.Outcome
  {
    #if canImport(Glibc)
      var attributes = posix_spawnattr_t()
    #elseif canImport(Darwin)
      var attributes: posix_spawnattr_t? = nil
    #endif
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
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
    return wait(for: child)
  }

  /// Waits for `child` to end. A stop is not an end: when Ctrl-Z stops the job the interview is stopped with
  /// it, and when only the program was stopped (a `kill -STOP` from elsewhere) the interview goes on waiting.
  private static func wait(for child: pid_t) -> ForegroundProcess.Outcome {
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

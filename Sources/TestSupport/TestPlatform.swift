#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every operating-system call of the test support, fenced in one place as the libraries' are: the
/// pseudo-terminal a program under test runs in, reading its output, and ending it.
enum TestPlatform {
  // MARK: - Pseudo-terminals

  /// A new pseudo-terminal `columns` wide and 40 rows high: its master and slave descriptors, or why not.
  static func openPseudoTerminal(columns: UInt16) -> Result<(master: Int32, slave: Int32), PlatformFailure> {
    var master: Int32 = -1
    var slave: Int32 = -1
    var size = winsize(ws_row: 40, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&master, &slave, nil, nil, &size) == 0 else { return .failure(.last) }
    return .success((master, slave))
  }

  /// How many bytes wait to be read on `descriptor`, or `nil` when it cannot be told.
  static func bytesWaiting(on descriptor: Int32) -> Int? {
    var waiting: Int32 = 0
    guard ioctl(descriptor, UInt(FIONREAD), &waiting) == 0 else { return nil }
    return Int(waiting)
  }

  // MARK: - Descriptors

  /// The next bytes on `descriptor`, up to 4 KB, waiting for some; empty at its end or when it fails (a
  /// pseudo-terminal gives EIO once the program has ended).
  static func readSome(_ descriptor: Int32) -> [UInt8] {
    while true {
      var interrupted = false
      let bytes = [UInt8](unsafeUninitializedCapacity: 4096) { buffer, count in
        let got = read(descriptor, buffer.baseAddress, buffer.count)
        interrupted = got < 0 && errno == EINTR
        count = max(got, 0)
      }
      if !interrupted { return bytes }
    }
  }

  /// Closes `descriptor`.
  static func closeDescriptor(_ descriptor: Int32) {
    close(descriptor)
  }

  // MARK: - Processes and time

  /// Ends the process `pid` at once, as a crash or `kill -9` would.
  static func killHard(_ pid: Int32) {
    kill(pid, SIGKILL)
  }

  /// Sleeps for `microseconds`.
  static func pause(microseconds: UInt32) {
    usleep(microseconds)
  }
}

/// An operating-system call of the test support failed with this `errno`.
struct PlatformFailure: Error {
  let code: Int32

  /// The failure the last call left in `errno`.
  static var last: PlatformFailure {
    PlatformFailure(code: errno)
  }
}

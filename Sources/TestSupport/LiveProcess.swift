import Foundation

/// A running program that a test talks to: it writes input, waits for output to show a text, and can kill
/// the program. Input and output go through pipes, or through a pseudo-terminal when the program must see a
/// real terminal.
public final class LiveProcess: @unchecked Sendable {
  /// How the program's standard streams are connected.
  public enum Connection {
    case pipes
    /// A pseudo-terminal of the given width; the program's stdin, stdout and stderr are its slave side.
    case pseudoTerminal(columns: UInt16)
  }

  public let process = Process()
  private let lock = NSLock()
  private var buffer = Data()
  /// Whether the reading thread met the end of the output (pipes: every writer closed it).
  private var readerEnded = false
  private var writeHandle: FileHandle
  private var readHandle: FileHandle
  /// The slave side of the pseudo-terminal, kept open so its settings can be read after the program ends.
  public private(set) var terminalDescriptor: Int32 = -1

  /// Starts `executable` with `arguments` in `directory`.
  public init(
    _ executable: URL, _ arguments: [String], in directory: URL? = nil, connection: Connection = .pipes,
    environment: [String: String]? = nil
  ) throws {
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    process.environment = RepositoryPaths.testEnvironment(environment)
    switch connection {
    case .pipes:
      let input = Pipe()
      let output = Pipe()
      process.standardInput = input
      process.standardOutput = output
      process.standardError = output
      writeHandle = input.fileHandleForWriting
      readHandle = output.fileHandleForReading
    case .pseudoTerminal(let columns):
      let (master, slave): (Int32, Int32)
      switch TestPlatform.openPseudoTerminal(columns: columns) {
      case .success(let pair): (master, slave) = pair
      case .failure(let failure):
        throw NSError(
          domain: "LiveProcess", code: Int(failure.code),
          userInfo: [NSLocalizedDescriptionKey: "openpty failed"])
      }
      let slaveHandle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
      process.standardInput = slaveHandle
      process.standardOutput = slaveHandle
      process.standardError = slaveHandle
      writeHandle = FileHandle(fileDescriptor: master, closeOnDealloc: true)
      readHandle = writeHandle
      terminalDescriptor = slave
    }
    try process.run()
    // Reads with read(2): FileHandle stops the process on the EIO a pseudo-terminal gives once the program ends.
    let descriptor = readHandle.fileDescriptor
    Thread.detachNewThread { [weak self] in
      while true {
        let chunk = TestPlatform.readSome(descriptor)
        guard let self else { return }
        guard !chunk.isEmpty else {
          self.lock.lock()
          self.readerEnded = true
          self.lock.unlock()
          return
        }
        self.lock.lock()
        self.buffer.append(contentsOf: chunk)
        self.lock.unlock()
      }
    }
  }

  deinit {
    if process.isRunning { TestPlatform.killHard(process.processIdentifier) }
    if terminalDescriptor >= 0 { TestPlatform.closeDescriptor(terminalDescriptor) }
  }

  /// Everything the program wrote so far, as text.
  public var output: String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: buffer, as: UTF8.self)
  }

  /// Sends text (or raw bytes through `send(bytes:)`) to the program's input.
  public func send(_ text: String) {
    send(bytes: Array(text.utf8))
  }

  /// Sends bytes to the program's input.
  public func send(bytes: [UInt8]) {
    writeHandle.write(Data(bytes))
  }

  /// Closes the program's input, as the end of a piped file does.
  public func closeInput() {
    try? writeHandle.close()
  }

  /// Waits until the output after `offset` contains `text`; returns the offset just past it, or `nil` on
  /// timeout or when the program ended without writing it.
  public func waitFor(_ text: String, after offset: Int = 0, timeout: TimeInterval = 10) -> Int? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let current = output
      if offset <= current.count {
        let tail = current.dropFirst(offset)
        if let range = tail.range(of: text) {
          return current.distance(from: current.startIndex, to: range.upperBound)
        }
      }
      if !process.isRunning, output.count == current.count { return nil }
      TestPlatform.pause(microseconds: 2_000)
    }
    return nil
  }

  /// Waits for the program to end and returns its exit status (or the signal that ended it, negated).
  public func waitForExit(timeout: TimeInterval = 20) -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning {
      if Date() > deadline { return nil }
      TestPlatform.pause(microseconds: 2_000)
    }
    drain(until: deadline)
    return process.terminationReason == .uncaughtSignal
      ? -process.terminationStatus : process.terminationStatus
  }

  /// Waits, once the program has ended, until the reading thread has taken everything it wrote: the end of
  /// the pipe, or (a pseudo-terminal stays open on our side) no byte left waiting in it.
  private func drain(until deadline: Date) {
    let descriptor = readHandle.fileDescriptor
    while Date() < deadline {
      lock.lock()
      let ended = readerEnded
      lock.unlock()
      if ended { return }
      if terminalDescriptor >= 0 {
        if (TestPlatform.bytesWaiting(on: descriptor) ?? 0) == 0 {
          // The last bytes may be taken but not yet appended: give the thread a moment.
          TestPlatform.pause(microseconds: 20_000)
          return
        }
      }
      TestPlatform.pause(microseconds: 2_000)
    }
  }

  /// Ends the program at once with SIGKILL, as a crash or `kill -9` would.
  public func killHard() {
    TestPlatform.killHard(process.processIdentifier)
    _ = waitForExit()
  }

  /// The output with terminal escape sequences removed, for reading the screen as text.
  public var screenText: String {
    output.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
  }
}

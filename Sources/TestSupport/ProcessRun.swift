import Foundation

/// The result of running a program as a separate process: exit status and everything it wrote.
public struct ProcessRun {
  public var status: Int32
  public var standardOutput: String
  /// What it wrote to standard output, as bytes.
  public var standardOutputData: Data
  public var standardError: String

  /// Runs `executable` with `arguments` in `directory`, feeding it `standardInput`, and waits for it.
  public init(
    _ executable: URL, _ arguments: [String], in directory: URL? = nil, standardInput: String = "",
    environment: [String: String]? = nil
  ) throws {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    process.environment = RepositoryPaths.testEnvironment(environment)
    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    input.fileHandleForWriting.write(Data(standardInput.utf8))
    try input.fileHandleForWriting.close()
    // Read both pipes before waiting, so a chatty child never blocks on a full pipe.
    let errorData = ErrorCollector(error.fileHandleForReading)
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    status = process.terminationStatus
    standardOutputData = outputData
    standardOutput = String(decoding: outputData, as: UTF8.self)
    standardError = String(decoding: errorData.wait(), as: UTF8.self)
  }
}

/// Reads a pipe to its end on a background thread.
private final class ErrorCollector: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}

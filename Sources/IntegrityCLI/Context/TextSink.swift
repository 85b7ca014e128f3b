#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command writes its text: standard output or error for real, a buffer in tests.
public protocol TextSink: AnyObject {
  /// Writes `text` as it is; callers add their own newlines.
  func write(_ text: String)
}

extension TextSink {
  /// Writes `text` followed by a newline.
  public func line(_ text: String = "") {
    write(text + "\n")
  }
}

/// A sink writing straight to a file descriptor, such as standard output (1) or standard error (2).
public final class FileDescriptorSink: TextSink {
  private let descriptor: Int32

  /// Creates a sink for an open file descriptor it does not own.
  public init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  public func write(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        #if canImport(Glibc)
          return Glibc.write(descriptor, base + offset, buffer.count - offset)
        #else
          return Darwin.write(descriptor, base + offset, buffer.count - offset)
        #endif
      }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return }
      offset += written
    }
  }
}

/// A sink that keeps what was written, for tests and for commands that build text before deciding where it goes.
public final class BufferSink: TextSink {
  /// Everything written so far.
  public private(set) var text = ""

  /// Creates an empty buffer.
  public init() {}

  public func write(_ text: String) {
    self.text += text
  }
}

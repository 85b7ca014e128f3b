/// Cuts bytes into lines as they arrive, looking at each byte once, and refuses a line as soon as it is
/// longer than `maximumLength` bytes: reading stays linear in the input and memory stays bounded by the limit,
/// however long a line or endless an input (`/dev/zero`) is. Pure, so that both are tested without a pipe.
public struct LineSplitter: Sendable {
  /// What the bytes so far give.
  public enum Piece: Equatable, Sendable {
    /// A line, without its line ending (`\n` or `\r\n`).
    case line(String)
    /// The line being read is longer than the limit; nothing more is read.
    case tooLong
  }

  /// The longest line accepted, in bytes, without its line ending.
  public let maximumLength: Int
  /// How many bytes have been looked at for a line ending, in all; each byte is looked at once.
  public private(set) var scannedByteCount = 0

  private var buffer: [UInt8] = []
  /// Where the line being read starts in `buffer`.
  private var start = 0
  /// How far `buffer` has been looked through for a line ending.
  private var scanned = 0
  private var refused = false

  /// Creates a splitter refusing lines longer than `maximumLength` bytes.
  public init(maximumLength: Int) {
    self.maximumLength = maximumLength
  }

  /// Adds bytes that arrived.
  public mutating func append(_ bytes: [UInt8]) {
    guard !refused else { return }
    // Lines already taken are dropped once they are at least half the buffer, so each byte is copied a
    // bounded number of times.
    if start > 0, start * 2 >= buffer.count {
      buffer.removeSubrange(0..<start)
      scanned -= start
      start = 0
    }
    buffer += bytes
  }

  /// The next whole line, `.tooLong` once the line being read passes the limit, or `nil` until more arrives.
  public mutating func nextLine() -> Piece? {
    guard !refused else { return .tooLong }
    let found = buffer[scanned...].firstIndex(of: 0x0A)
    scannedByteCount += (found.map { $0 + 1 } ?? buffer.count) - scanned
    guard let found else {
      scanned = buffer.count
      // One byte more than the limit may be the `\r` of a `\r\n` still to come.
      if buffer.count - start > maximumLength + 1 { return refuse() }
      return nil
    }
    scanned = found + 1
    var end = found
    if end > start, buffer[end - 1] == 0x0D { end -= 1 }
    guard end - start <= maximumLength else { return refuse() }
    let line = String(decoding: buffer[start..<end], as: UTF8.self)
    start = scanned
    return .line(line)
  }

  /// At the end of the input: the last line when it had no line ending, `.tooLong`, or `nil` when none is left.
  public mutating func remainder() -> Piece? {
    if let piece = nextLine() { return piece }
    guard start < buffer.count else { return nil }
    guard buffer.count - start <= maximumLength else { return refuse() }
    let line = String(decoding: buffer[start...], as: UTF8.self)
    start = buffer.count
    return .line(line)
  }

  private mutating func refuse() -> Piece {
    refused = true
    buffer = []
    start = 0
    scanned = 0
    return .tooLong
  }
}

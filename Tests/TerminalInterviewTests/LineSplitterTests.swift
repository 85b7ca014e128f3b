import TerminalInterview
import Testing

@Suite("Cutting piped input into lines")
struct LineSplitterTests {
  /// Every piece `bytes` gives when fed `chunk` bytes at a time, then ended.
  static func pieces(_ bytes: [UInt8], chunk: Int, maximumLength: Int = 100) -> [LineSplitter.Piece] {
    var splitter = LineSplitter(maximumLength: maximumLength)
    var pieces: [LineSplitter.Piece] = []
    var offset = 0
    while offset < bytes.count {
      splitter.append(Array(bytes[offset..<min(bytes.count, offset + chunk)]))
      offset += chunk
      while let piece = splitter.nextLine() {
        pieces.append(piece)
        if piece == .tooLong { return pieces }
      }
    }
    while let piece = splitter.remainder() {
      pieces.append(piece)
      if piece == .tooLong { break }
    }
    return pieces
  }

  @Test(
    "LF and CRLF lines and a last line without an ending, however the bytes arrive",
    arguments: [1, 2, 3, 7, 4096])
  func lines(chunk: Int) {
    #expect(
      Self.pieces(Array("3\r\nmemo\n\nlast".utf8), chunk: chunk)
        == [.line("3"), .line("memo"), .line(""), .line("last")])
  }

  @Test("a line of exactly the limit is read; one byte more is refused, with or without its ending")
  func limit() {
    let exact = [UInt8](repeating: 0x61, count: 10)
    #expect(
      Self.pieces(exact + [0x0D, 0x0A], chunk: 3, maximumLength: 10) == [
        .line(String(repeating: "a", count: 10))
      ])
    #expect(Self.pieces(exact, chunk: 3, maximumLength: 10) == [.line(String(repeating: "a", count: 10))])
    #expect(Self.pieces(exact + [0x61, 0x0A], chunk: 3, maximumLength: 10) == [.tooLong])
    #expect(Self.pieces(exact + [0x61], chunk: 3, maximumLength: 10) == [.tooLong])
  }

  @Test("an endless line without a newline is refused once past the limit, holding no more than the limit")
  func endless() {
    var splitter = LineSplitter(maximumLength: 64 * 1024)
    var reads = 0
    var piece: LineSplitter.Piece?
    while piece == nil {
      splitter.append([UInt8](repeating: 0, count: 4096))
      reads += 1
      piece = splitter.nextLine()
    }
    #expect(piece == .tooLong)
    #expect(reads == 17)
    splitter.append([UInt8](repeating: 0, count: 4096))
    #expect(splitter.nextLine() == .tooLong)
  }

  @Test("each byte is looked at once: a 1 MB line read 4 KB at a time is scanned 1 MB, not 128 GB")
  func linear() {
    let size = 1024 * 1024
    var splitter = LineSplitter(maximumLength: size)
    for _ in 0..<(size / 4096) {
      splitter.append([UInt8](repeating: 0x61, count: 4096))
      #expect(splitter.nextLine() == nil)
    }
    splitter.append([0x0A] + Array("next\n".utf8))
    #expect(splitter.nextLine() == .line(String(repeating: "a", count: size)))
    #expect(splitter.nextLine() == .line("next"))
    #expect(splitter.scannedByteCount == size + 6)
  }
}

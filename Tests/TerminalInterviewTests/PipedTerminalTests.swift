import Foundation
import TerminalInterview
import Testing

@Suite("Piped input")
struct PipedTerminalTests {
  /// A piped terminal reading `input` through a real pipe, writing to another; returns what it read and wrote.
  static func read(_ input: [UInt8], reads: Int) -> (inputs: [TerminalInput], written: String) {
    let inPipe = Pipe()
    let outPipe = Pipe()
    inPipe.fileHandleForWriting.write(Data(input))
    try? inPipe.fileHandleForWriting.close()
    let terminal = PipedTerminal(
      input: inPipe.fileHandleForReading.fileDescriptor, output: outPipe.fileHandleForWriting.fileDescriptor)
    let inputs = (0..<reads).map { _ in terminal.readLine(prompt: "> ", initial: "ignored") }
    try? outPipe.fileHandleForWriting.close()
    let written = String(decoding: outPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return (inputs, written)
  }

  @Test("reads line by line, CRLF or LF, a last line without a newline, then the end of input for good")
  func lines() {
    let result = Self.read(Array("3\r\nmemo\nlast".utf8), reads: 5)
    #expect(result.inputs == [.line("3"), .line("memo"), .line("last"), .endOfInput, .endOfInput])
    #expect(result.written == "> 3\n> memo\n> last\n> \n> \n")
  }

  @Test("echoes what it read with control characters made visible")
  func echo() {
    let result = Self.read(Array("a\u{1B}[2Jb\n".utf8), reads: 1)
    #expect(result.inputs == [.line("a\u{1B}[2Jb")])
    #expect(result.written == "> a^[[2Jb\n")
  }

  @Test("a line longer than any answer stops the reading: /dev/zero ends at once, without filling memory")
  func endlessLine() throws {
    let zero = open("/dev/zero", O_RDONLY)
    try #require(zero >= 0)
    defer { close(zero) }
    let outPipe = Pipe()
    let terminal = PipedTerminal(input: zero, output: outPipe.fileHandleForWriting.fileDescriptor)
    let limit = PipedTerminal.maximumLineLength
    #expect(terminal.readLine(prompt: "> ", initial: "") == .lineTooLong(maximumLength: limit))
    #expect(terminal.readLine(prompt: "> ", initial: "") == .lineTooLong(maximumLength: limit))
    try? outPipe.fileHandleForWriting.close()
    #expect(String(decoding: outPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "> \n> \n")
  }

  @Test("empty input ends at once")
  func empty() {
    #expect(Self.read([], reads: 1).inputs == [.endOfInput])
  }
}

import Foundation
import IntegrityCLI
import RubricEngine
import TestSupport
import Testing

/// Standard input is read within the limit of what it holds, as `/dev/zero` or an endless pipe would test it.
@Suite("Standard input is read within limits")
struct StandardInputLimitTests {
  /// An endless input of `byte`, counting what it gave.
  final class EndlessInput {
    let piece: [UInt8]
    private(set) var given = 0

    init(_ byte: UInt8 = 0, pieceSize: Int = 64 * 1024) {
      piece = [UInt8](repeating: byte, count: pieceSize)
    }

    func read() -> [UInt8] {
      given += piece.count
      return piece
    }
  }

  @Test("import - refuses input past 64 MB, having read no more than that, and imports nothing")
  func importLimit() {
    let files = InMemoryFileSystem.withStandardRubric()
    #expect(
      CommandRun(["init", "r", "--client", "A", "--program", "B", "--decision", "C"], fileSystem: files)
        .exitCode == .success, "the setup init")
    let before = files.files
    let input = EndlessInput(0x61)
    let run = CommandRun(["import", "r", "-"], fileSystem: files, standardInputSource: input.read)
    #expect(run.exitCode == .failure)
    #expect(run.standardError.contains("<stdin>: standard input goes on past 64 MB"))
    #expect(run.standardError.contains("nothing was imported"))
    #expect(input.given <= 64 * 1024 * 1024 + input.piece.count)
    #expect(files.files == before)
  }

  @Test(
    "a rubric on standard input is refused past 5 MB: rubric lint -, rubric show -, init --rubric -",
    arguments: [
      ["rubric", "lint", "-"], ["rubric", "show", "-"],
      ["init", "r", "--rubric", "-", "--client", "A", "--program", "B", "--decision", "C"],
    ])
  func rubricLimit(arguments: [String]) {
    let files = InMemoryFileSystem.withStandardRubric()
    let before = files.files
    let input = EndlessInput(0x20)
    let run = CommandRun(arguments, fileSystem: files, standardInputSource: input.read)
    #expect(run.exitCode == .failure)
    #expect(
      (run.standardOutput + run.standardError).contains(
        "<stdin>: cannot read the file: standard input goes on past 5 MB, and rubrics larger than that are refused"
      ))
    #expect(input.given <= RubricDecoder.maximumFileSize + input.piece.count)
    #expect(files.files == before)
  }

  @Test("check-outcome refuses a statement line past 256 KB, having read no more than that")
  func checkOutcomeLine() {
    let input = EndlessInput()
    let run = CommandRun(["check-outcome"], standardInputSource: input.read)
    #expect(run.exitCode == .failure)
    #expect(run.standardError.contains("<stdin>:1: the line is longer than 256 KB"))
    #expect(input.given <= Answer.maximumTextBytes + 2 * input.piece.count)
    let after = CommandRun(
      ["check-outcome"],
      standardInput: "Launch the portal\n" + String(repeating: "x", count: Answer.maximumTextBytes + 1) + "\n"
    )
    #expect(after.exitCode == .failure)
    #expect(after.standardOutput.hasPrefix("Statement:  \"Launch the portal\""))
    #expect(after.standardError.contains("<stdin>:2: the line is longer than 256 KB"))
  }

  @Test(
    "check-outcome prints each assessment as its line is read; --json streamed equals the array encoded whole"
  )
  func checkOutcomeStreams() throws {
    let statements = [
      "Launch the new customer portal", "Halve the claims backlog by 2027.",
      "We believe that if we add self-service, then customers will renew online, measured by online renewals "
        + "from 20% to 40% within 12 months. We will know we are wrong if calls rise.",
      "Make claims handling world-class",
    ]
    let input = statements.joined(separator: "\n") + "\n"
    let streamed = CommandRun(["check-outcome", "--json"], standardInput: input)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let whole = String(
      decoding: try encoder.encode(statements.map { OutcomeChecker().check($0) }), as: UTF8.self)
    #expect(streamed.standardOutput == whole + "\n")
    let text = CommandRun(["check-outcome"], standardInput: input)
    #expect(text.standardOutput == CommandRun(["check-outcome"] + statements).standardOutput)
    #expect(text.standardOutput.hasSuffix("2 of 4 statements measurable.\n"))
  }
}

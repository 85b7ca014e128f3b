import Foundation
import IntegrityCLI
import ReviewStore
import TestSupport
import Testing

/// The progress line of long reads: on a terminal only, after about a second, cleared at the end.
@Suite("Progress on standard error")
struct ProgressLineTests {
  /// A review of `count` interviewees in memory.
  static func review(_ count: Int) throws -> InMemoryFileSystem {
    let files = InMemoryFileSystem.withStandardRubric()
    try CommandRun.succeeding(
      ["init", "r", "--client", "A", "--program", "P", "--decision", "D"], fileSystem: files)
    var sheet = "name,role,question,answer,evidence\n"
    for index in 0..<count { sheet += "Person \(index),sponsor,oc-measurable,2,\n" }
    files.add("a.csv", bytes: Array(sheet.utf8))
    try CommandRun.succeeding(["import", "r", "a.csv"], fileSystem: files)
    return files
  }

  /// Runs `arguments` with a clock that moves `step` seconds each time it is read, and returns what was
  /// written as progress and to standard error.
  static func run(
    _ arguments: [String], files: InMemoryFileSystem, terminal: Bool, step: TimeInterval
  ) -> (progress: String, standardError: String, exitCode: ExitCode) {
    var progress = ""
    var time = CommandRun.testTime
    let errors = BufferSink()
    let context = CommandContext.testing(
      standardOutput: BufferSink(), standardError: errors, readStandardInputBytes: { [] },
      fileSystem: files, environment: [:],
      now: {
        time = time.addingTimeInterval(step)
        return time
      },
      locateStandardRubric: { RepositoryPaths.standardRubric.path },
      standardErrorIsTerminal: terminal, writeProgress: { progress += $0 })
    let code = CommandLineInterface.run(arguments: arguments, context: context)
    return (progress, errors.text, code)
  }

  @Test(
    "a slow read on a terminal draws one line redrawn with \\r and clears it at the end",
    arguments: [
      ["status", "r"], ["score", "r"], ["report", "r", "-o", "-"], ["import", "r", "a.csv"],
    ])
  func onTerminal(arguments: [String]) throws {
    let files = try Self.review(40)
    let result = Self.run(arguments, files: files, terminal: true, step: 0.5)
    #expect(result.exitCode == .success, "\(result.standardError)")
    #expect(result.progress.hasPrefix("\r"))
    #expect(result.progress.contains(" of 40 ("))
    #expect(!result.progress.contains("\n"))
    // The last thing written blanks the line and returns to its start.
    #expect(result.progress.hasSuffix(" \r"))
    let lastLine = result.progress.split(separator: "\r").last.map(String.init) ?? ""
    #expect(lastLine.allSatisfy { $0 == " " })
  }

  @Test("nothing is drawn when standard error is not a terminal, or when the work is quick")
  func offTerminal() throws {
    let files = try Self.review(40)
    #expect(Self.run(["status", "r"], files: files, terminal: false, step: 0.5).progress.isEmpty)
    #expect(Self.run(["status", "r"], files: files, terminal: true, step: 0.0001).progress.isEmpty)
  }
}

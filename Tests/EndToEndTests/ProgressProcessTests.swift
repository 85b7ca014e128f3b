import Foundation
import TestSupport
import Testing

/// Progress as a real process shows it: on a pseudo-terminal, and never into a pipe.
@Suite("Progress of the built binary", .serialized)
struct ProgressProcessTests {
  static var binary: URL { RepositoryPaths.integrityBinary }

  @Test("a large import and status show progress on a terminal and write no progress byte into a pipe")
  func largeReview() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let review = folder.path + "/r"
    let made = try ProcessRun(
      Self.binary, ["init", review, "--client", "A", "--program", "P", "--decision", "D"])
    #expect(made.status == 0)
    var sheet = "name,role,question,answer,evidence\n"
    for index in 0..<3000 {
      for question in ["oc-measurable", "oc-single-owner", "oc-shared-definition"] {
        sheet += "Person \(index),sponsor,\(question),2,evidence \(index)\n"
      }
    }
    let path = folder.path + "/big.csv"
    try sheet.write(toFile: path, atomically: false, encoding: .utf8)

    let piped = try ProcessRun(Self.binary, ["import", review, path])
    #expect(piped.status == 0, "\(piped.standardError)")
    #expect(piped.standardError.isEmpty)
    #expect(!piped.standardOutput.contains("\r"))
    let status = try ProcessRun(Self.binary, ["status", review])
    #expect(status.standardError.isEmpty)

    // The line waits a second before it appears; on a fast machine the whole import takes less, so the
    // test asks for no wait (INTEGRITY_PROGRESS_DELAY), as a consultant's slow disk would give.
    var environment = ProcessInfo.processInfo.environment
    environment["INTEGRITY_PROGRESS_DELAY"] = "0"
    let live = try LiveProcess(
      Self.binary, ["import", review, path], connection: .pseudoTerminal(columns: 80),
      environment: environment)
    #expect(live.waitForExit(timeout: 120) == 0)
    // Reading the interviews or importing into them: both show their line.
    let shown = live.output.contains("\rReading interviews: ") || live.output.contains("\rImporting: ")
    #expect(shown, "\(live.output.suffix(300))")
    #expect(live.output.contains(" of 3000 ("))
    #expect(live.output.contains("Imported 9000 answers (0 new, 0 changed, 9000 unchanged)"))
  }
}

import Foundation
import TestSupport
import Testing

@Suite("Golden files: compared, and a recording run records and fails")
struct GoldenFileTests {
  static let recording = [GoldenFile.recordVariable: "1"]

  @Test("with RECORD_SNAPSHOTS=1 the file is written and the comparison fails, changed or not")
  func recordingFails() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let url = URL(fileURLWithPath: folder.path + "/new/screen.txt")
    let recorded = GoldenFile.mismatch("first\nsecond\n", file: url, environment: Self.recording)
    #expect(
      recorded == "Recorded new golden file \(url.path); review its diff and re-run without RECORD_SNAPSHOTS")
    #expect(try String(contentsOf: url, encoding: .utf8) == "first\nsecond\n")
    // Recording what is already there fails too: a run with the variable set never passes.
    #expect(GoldenFile.mismatch("first\nsecond\n", file: url, environment: Self.recording) != nil)
    // The recorded file is then what an ordinary run compares with.
    #expect(GoldenFile.mismatch("first\nsecond\n", file: url, environment: [:]) == nil)
  }

  @Test("without RECORD_SNAPSHOTS a difference names the first differing line; a missing file fails")
  func comparing() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let url = URL(fileURLWithPath: folder.path + "/screen.txt")
    #expect(GoldenFile.mismatch("a\n", file: url, environment: [:])?.contains("is missing") == true)
    try Data("a\nb\nc\n".utf8).write(to: url)
    for other in ["0", "", "yes"] {
      let message = GoldenFile.mismatch(
        "a\nB\nc\n", file: url, environment: [GoldenFile.recordVariable: other])
      #expect(message?.hasPrefix("screen.txt differs at line 2:\n  expected: b\n  actual:   B\n") == true)
    }
    #expect(try String(contentsOf: url, encoding: .utf8) == "a\nb\nc\n")
  }

  @Test("CI never sets RECORD_SNAPSHOTS")
  func continuousIntegration() throws {
    let script = try String(
      contentsOf: RepositoryPaths.root.appendingPathComponent(".ci/run"), encoding: .utf8)
    #expect(!script.contains(GoldenFile.recordVariable))
  }
}

import Foundation

/// Compares generated text with a committed golden file. With `RECORD_SNAPSHOTS=1` in the environment it
/// rewrites the file instead and fails, as swift-argument-parser's snapshots do, so that a recording run
/// can never pass (nor CI with the variable set); golden files are never edited by hand.
public enum GoldenFile {
  /// The environment variable that records golden files.
  public static let recordVariable = "RECORD_SNAPSHOTS"

  /// `nil` when `actual` matches the file at `url`, otherwise a message for the test to report: the first
  /// differing line, or, when recording, that the file was recorded and the tests must be run again.
  /// - Parameter environment: where `RECORD_SNAPSHOTS` is looked up; the process's own by default.
  public static func mismatch(
    _ actual: String, file url: URL, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    if environment[recordVariable] == "1" {
      do {
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
      } catch {
        return "could not record \(url.path): \(error)"
      }
      return "Recorded new golden file \(url.path); review its diff and re-run without \(recordVariable)"
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return "golden file \(url.path) is missing; run the tests with \(recordVariable)=1 to create it"
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != actual else { return nil }
    let expectedLines = expected.components(separatedBy: "\n")
    let actualLines = actual.components(separatedBy: "\n")
    let index =
      zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(expectedLines.count, actualLines.count)
    let want = index < expectedLines.count ? expectedLines[index] : "<end of file>"
    let got = index < actualLines.count ? actualLines[index] : "<end of output>"
    return """
      \(url.lastPathComponent) differs at line \(index + 1):
        expected: \(want)
        actual:   \(got)
      Rerun with \(recordVariable)=1 if the change is intended, and review the diff.
      """
  }
}

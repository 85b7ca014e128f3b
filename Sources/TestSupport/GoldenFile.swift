import Foundation

/// Compares generated text with a committed golden file. With `RECORD_SNAPSHOTS=1` in the environment it
/// rewrites the file instead, so golden files are never edited by hand.
public enum GoldenFile {
  /// `nil` when `actual` matches the file at `url` (or was recorded), otherwise a message with the first
  /// differing line, for the test to report.
  public static func mismatch(_ actual: String, file url: URL) -> String? {
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      do {
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
        return nil
      } catch {
        return "could not record \(url.path): \(error)"
      }
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return "golden file \(url.path) is missing; run the tests with RECORD_SNAPSHOTS=1 to create it"
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
      Rerun with RECORD_SNAPSHOTS=1 if the change is intended, and review the diff.
      """
  }
}

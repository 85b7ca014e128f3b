import Foundation

/// Finds the rubric files that ship with the workbench.
///
/// SwiftPM copies this folder's rubrics into a resource bundle beside the `integrity` binary. The bundle is
/// looked up here rather than through the generated `Bundle.module`, which stops the program when the bundle
/// is missing; a missing bundle is instead reported as an error that says how to fix the installation.
public enum BundledRubric {
  /// The file name of the standard Decision Integrity rubric.
  public static let standardFileName = "decision-integrity.json"

  /// The name SwiftPM gives the resource bundle of this target.
  public static let bundleName = "DecisionIntegrity_RubricResources"

  /// The path of the standard rubric shipped beside the executable at `executablePath`, or `nil` when the
  /// bundle is not there (for example, a binary copied without its `.resources` folder).
  public static func standardRubricPath(executablePath: String?) -> String? {
    guard let executablePath else { return nil }
    let executable = URL(fileURLWithPath: executablePath)
    let folders = [
      executable.deletingLastPathComponent(),
      executable.resolvingSymlinksInPath().deletingLastPathComponent(),
    ]
    let manager = FileManager.default
    for folder in folders {
      let candidates = [
        folder.appendingPathComponent("\(bundleName).resources/\(standardFileName)"),
        folder.appendingPathComponent("\(bundleName).bundle/Contents/Resources/\(standardFileName)"),
        folder.appendingPathComponent("\(bundleName).bundle/\(standardFileName)"),
      ]
      if let found = candidates.first(where: { manager.isReadableFile(atPath: $0.path) }) {
        return found.path
      }
    }
    return nil
  }
}

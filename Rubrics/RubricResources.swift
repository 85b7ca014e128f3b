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
    resourcePath(standardFileName, bundle: bundleName, executablePath: executablePath)
  }

  /// The path of `item` in the resource bundle `bundle` beside the executable at `executablePath` (or beside
  /// the file it links to), in the layouts SwiftPM uses on Linux and on macOS.
  public static func resourcePath(_ item: String, bundle: String, executablePath: String?) -> String? {
    guard let executablePath else { return nil }
    let executable = URL(fileURLWithPath: executablePath)
    let folders = [
      executable.deletingLastPathComponent(),
      executable.resolvingSymlinksInPath().deletingLastPathComponent(),
    ]
    let manager = FileManager.default
    for folder in folders {
      let candidates = [
        folder.appendingPathComponent("\(bundle).resources/\(item)"),
        folder.appendingPathComponent("\(bundle).bundle/Contents/Resources/\(item)"),
        folder.appendingPathComponent("\(bundle).bundle/\(item)"),
      ]
      if let found = candidates.first(where: { manager.fileExists(atPath: $0.path) }) {
        return found.path
      }
    }
    return nil
  }
}

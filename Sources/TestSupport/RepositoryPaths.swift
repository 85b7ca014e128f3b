import Foundation

/// Where things are in this repository, found from this file's own path so tests work from any directory.
public enum RepositoryPaths {
  /// The repository root.
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `Rubrics/decision-integrity.json`, the single source of the standard rubric.
  public static var standardRubric: URL { root.appendingPathComponent("Rubrics/decision-integrity.json") }

  /// The built `integrity` binary of the current build configuration, beside the test bundle.
  public static var integrityBinary: URL {
    productsDirectory.appendingPathComponent("integrity")
  }

  /// The folder SwiftPM builds products into (the one holding the test bundle).
  public static var productsDirectory: URL {
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      return bundle.bundleURL.deletingLastPathComponent()
    }
    return Bundle.main.bundleURL
  }

  /// The environment a test runs a program in: `environment`, or the test's own, with `COLUMNS` set wide
  /// (unless given) so that messages arrive one to a line however narrow the terminal running the tests is.
  /// Tests of the layout itself give `COLUMNS` or run in a pseudo-terminal of a set width.
  public static func testEnvironment(_ environment: [String: String]?) -> [String: String] {
    var result = environment ?? ProcessInfo.processInfo.environment
    if result["COLUMNS"] == nil { result["COLUMNS"] = String(unwrappedWidth) }
    return result
  }

  /// A screen width no line of a test's output reaches.
  public static let unwrappedWidth = 100_000
}

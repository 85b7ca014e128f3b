import RubricResources

/// Finds the example review that ships with the workbench: a fictional insurer's claims-platform decision,
/// five interviews, used by `integrity demo` and regenerated into `Reports/` by the tests.
public enum BundledExample {
  /// The example's folder name in the bundle.
  public static let folderName = "northwind-claimsnext"

  /// The name SwiftPM gives the resource bundle of this target.
  public static let bundleName = "DecisionIntegrity_ExampleReview"

  /// The example review's folder beside the executable at `executablePath`, or `nil` when it is missing.
  public static func folderPath(executablePath: String?) -> String? {
    BundledRubric.resourcePath(folderName, bundle: bundleName, executablePath: executablePath)
  }
}

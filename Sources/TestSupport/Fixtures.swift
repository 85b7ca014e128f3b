import Foundation
import RubricEngine

/// Values tests build reviews from.
public enum Fixtures {
  /// The standard rubric, read from `Rubrics/`.
  public static func standardRubric() throws -> Rubric {
    let bytes = try [UInt8](Data(contentsOf: RepositoryPaths.standardRubric))
    return try RubricDecoder().decode(bytes, file: "decision-integrity.json")
  }

  /// A scale question for a hand-built rubric: anchors "Level 0" to "Level 4", finding "f", recommendation "r".
  public static func scaleQuestion(
    _ id: String, weight: Double = 1, critical: Bool = false, roles: [String]? = nil
  ) -> Question {
    let anchors = Dictionary(uniqueKeysWithValues: (0...4).map { ($0, "Level \($0)") })
    return Question(
      id: id, kind: .scale, prompt: id, help: "h", roles: roles, weight: weight, critical: critical,
      anchors: anchors, finding: "f", recommendation: "r")
  }

  /// A hand-built rubric "t" 1.0.0 of `lenses`: the 0-4 scale labelled L0 to L4, bands sound from 3, at-risk
  /// from 2 and unsound from 0, and the roles sponsor, finance and product.
  public static func smallRubric(_ lenses: [Lens]) -> Rubric {
    Rubric(
      id: "t", version: "1.0.0", title: "T", scale: (0...4).map { ScaleLevel(value: $0, label: "L\($0)") },
      bands: [Band(rating: .sound, min: 3), Band(rating: .atRisk, min: 2), Band(rating: .unsound, min: 0)],
      roles: ["sponsor", "finance", "product"].map { Role(id: $0, title: $0) }, lenses: lenses)
  }

  /// A review record for the standard rubric.
  public static func review(_ rubric: Rubric) -> Review {
    Review(
      client: "Acme Insurance", program: "Claims platform", decision: "Sign the 5-year contract",
      consultants: ["R. Okafor"], created: "2026-11-23T09:00:00Z", rubric: RubricReference(rubric))
  }

  /// A temporary folder on the real disk, removed by `remove()`.
  public final class TemporaryFolder {
    public let path: String

    /// Creates an empty folder under the system's temporary folder.
    public init() throws {
      path =
        FileManager.default.temporaryDirectory.appendingPathComponent("integrity-test-\(UUID().uuidString)")
        .path
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Deletes the folder and everything in it.
    public func remove() {
      try? FileManager.default.removeItem(atPath: path)
    }

    deinit { remove() }
  }
}

extension Fixtures.TemporaryFolder {
  /// A new review `r` in this folder, made by the built binary's `integrity init`; its path.
  public func newReview() throws -> String {
    let review = path + "/r"
    let run = try ProcessRun(
      RepositoryPaths.integrityBinary, ["init", review, "--client", "A", "--program", "P", "--decision", "D"])
    guard run.status == 0 else {
      throw NSError(
        domain: "Fixtures", code: Int(run.status), userInfo: [NSLocalizedDescriptionKey: run.standardError])
    }
    return review
  }
}

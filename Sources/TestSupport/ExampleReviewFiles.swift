import Foundation
import RubricEngine

/// The bundled example review, read from its source folder.
public enum ExampleReviewFiles {
  /// The example's folder in the repository.
  public static var folder: URL {
    RepositoryPaths.root.appendingPathComponent("Sources/ExampleReview/northwind-claimsnext")
  }

  /// The example's review record.
  public static func review() throws -> Review {
    try ReviewDecoder().decode(
      [UInt8](Data(contentsOf: folder.appendingPathComponent("review.json"))), file: "review.json")
  }

  /// The example's interviews, checked against the standard rubric.
  public static func interviews() throws -> [Interview] {
    let rubric = try Fixtures.standardRubric()
    let interviews = folder.appendingPathComponent("interviews")
    return try FileManager.default.contentsOfDirectory(atPath: interviews.path).sorted().map { name in
      let url = interviews.appendingPathComponent(name)
      return try InterviewDecoder(rubric: rubric).decode([UInt8](Data(contentsOf: url)), file: name)
    }
  }

  /// The example's document register.
  public static func documents() throws -> DocumentRegister {
    try DocumentRegisterDecoder().decode(
      [UInt8](Data(contentsOf: folder.appendingPathComponent("documents.json"))), file: "documents.json")
  }

  /// The example's reviewer evidence, checked against the standard rubric and the register.
  public static func evidence() throws -> EvidenceLog {
    try EvidenceLogDecoder(
      rubric: try Fixtures.standardRubric(), documents: Set(try documents().documents.map(\.id))
    )
    .decode([UInt8](Data(contentsOf: folder.appendingPathComponent("evidence.json"))), file: "evidence.json")
  }

  /// The example's outcome chain.
  public static func chain() throws -> OutcomeChain {
    try OutcomeChainDecoder().decode(
      [UInt8](Data(contentsOf: folder.appendingPathComponent("outcome-chain.json"))),
      file: "outcome-chain.json")
  }
}

/// Where a piece of evidence comes from: what an interviewee said, what the reviewer read in a named
/// document, or what the reviewer saw (a meeting, a dashboard, a system, an artefact).
public enum EvidenceSource: String, Codable, CaseIterable, Sendable {
  /// An interviewee's answer: every interview answer.
  case said
  /// The reviewer read it in a document of the review's register (`documents.json`).
  case document
  /// The reviewer saw it.
  case observed

  /// The sources a reviewer records in `evidence.json`: what was shown, never what was said.
  public static let shown: [EvidenceSource] = [.document, .observed]
}

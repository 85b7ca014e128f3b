/// What an artefact of the programme is: its backlog, its roadmap, or its OKR sheet (the work as evidence).
public enum ArtefactKind: String, Codable, CaseIterable, Sendable {
  case backlog
  case roadmap
  case okrs

  /// The kind as a heading says it: "Backlog", "Roadmap", "OKRs".
  public var title: String {
    switch self {
    case .backlog: return "Backlog"
    case .roadmap: return "Roadmap"
    case .okrs: return "OKRs"
    }
  }
}

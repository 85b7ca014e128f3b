/// What an artefact is: the programme's backlog, its roadmap, or its OKR sheet.
public enum ArtefactKind: String, Codable, CaseIterable, Sendable {
  case backlog
  case roadmap
  case okrs
}

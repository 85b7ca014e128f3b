/// What an artefact of the programme is: its backlog, its roadmap, or its OKR sheet (the work as evidence).
public enum ArtefactKind: String, Codable, CaseIterable, Sendable {
  case backlog
  case roadmap
  case okrs
}

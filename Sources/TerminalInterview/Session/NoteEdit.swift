/// What opening a note in the consultant's editor gave.
public enum NoteEdit: Equatable, Sendable {
  /// The editor exited normally; the note as it left it.
  case edited(String)
  /// The editor could not run, failed or was killed: why, for the screen. The note stays as it was.
  case failed(String)
}

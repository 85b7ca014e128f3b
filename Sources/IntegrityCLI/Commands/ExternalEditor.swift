import ReviewStore
import RubricEngine
import TerminalInterview

/// Opens a long evidence note in the consultant's editor (`$VISUAL`, `$EDITOR`, or `vi`), in the foreground of
/// the terminal as a shell would run it. The note's file stays inside the review's own `interviews/` folder,
/// hidden, and is removed when the editor closes.
struct ExternalEditor {
  let context: CommandContext
  let folder: ReviewFolder
  let slug: String

  /// The edited note, or why there is none: the editor could not start, was not found, failed or was killed.
  func edit(_ text: String) -> NoteEdit {
    let path = folder.interviewsPath + "/." + slug + ".evidence.txt"
    do {
      try context.fileSystem.write(Array(text.utf8), to: path)
    } catch {
      return .failed("Cannot open the editor: \(error).")
    }
    defer { try? context.fileSystem.removeFile(at: path) }
    let editor =
      [context.environment["VISUAL"], context.environment["EDITOR"]].compactMap { $0 }
      .first { !$0.isEmpty } ?? "vi"
    let named = "The editor '\(TerminalText.visible(editor))'"
    let unchanged = "the note was not changed."
    switch context.runInForeground(editor + " \"$1\"", [path], context.environment) {
    case .notStarted(let reason):
      return .failed("\(named) could not be started (\(reason)); \(unchanged)")
    case .killed(let signal):
      return .failed("\(named) was ended by signal \(signal); \(unchanged)")
    case .exited(127):
      return .failed(
        "\(named) was not found (set VISUAL or EDITOR to an editor's command, such as nano or vim); "
          + unchanged)
    case .exited(126):
      return .failed("\(named) could not be run (is it executable?); \(unchanged)")
    case .exited(let status) where status > 128 && status < 128 + 32:
      // The shell's way of saying that the command it ran was ended by a signal.
      return .failed("\(named) was ended by signal \(status - 128); \(unchanged)")
    case .exited(let status) where status != 0:
      return .failed("\(named) exited with \(status); \(unchanged)")
    case .exited:
      break
    }
    do throws(FileSystemError) {
      let bytes = try context.fileSystem.readFile(
        at: path, limit: DataFile.maximumSize, followingLinks: false)
      return .edited(String(decoding: bytes, as: UTF8.self))
    } catch {
      return .failed("Cannot read the note back: \(error.reason); \(unchanged)")
    }
  }
}

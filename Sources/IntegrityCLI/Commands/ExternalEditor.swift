import Foundation
import ReviewStore
import RubricEngine

/// Opens a long evidence note in the consultant's editor (`$VISUAL`, `$EDITOR`, or `vi`). The note's file
/// stays inside the review's own `interviews/` folder, hidden, and is removed when the editor closes.
struct ExternalEditor {
  let context: CommandContext
  let folder: ReviewFolder
  let slug: String

  /// The edited text, or `nil` when the editor could not run or exited with an error.
  func edit(_ text: String) -> String? {
    let path = folder.interviewsPath + "/." + slug + ".evidence.txt"
    do {
      try context.fileSystem.write(Array(text.utf8), to: path)
    } catch {
      context.standardError.line("integrity: cannot open the editor: \(error)")
      return nil
    }
    defer { try? context.fileSystem.removeFile(at: path) }
    let editor =
      [context.environment["VISUAL"], context.environment["EDITOR"]].compactMap { $0 }
      .first { !$0.isEmpty } ?? "vi"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", editor + " \"$1\"", "sh", path]
    do {
      try process.run()
      process.waitUntilExit()
    } catch {
      context.standardError.line("integrity: cannot start the editor '\(editor)': \(error)")
      return nil
    }
    guard process.terminationStatus == 0 else {
      context.standardError.line(
        "integrity: the editor '\(editor)' exited with \(process.terminationStatus); the note was not changed"
      )
      return nil
    }
    do throws(FileSystemError) {
      let bytes = try context.fileSystem.readFile(
        at: path, limit: DataFile.maximumSize, followingLinks: false)
      return String(decoding: bytes, as: UTF8.self)
    } catch {
      context.standardError.line(
        "integrity: cannot read the note back: \(error.reason); the note was not changed")
      return nil
    }
  }
}

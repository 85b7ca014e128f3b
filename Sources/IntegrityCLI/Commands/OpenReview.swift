import Foundation
import ReviewStore
import RubricEngine

/// A review folder opened for a command: the folder, its record and its rubric snapshot.
struct OpenReview {
  var folder: ReviewFolder
  var review: Review
  var rubric: Rubric

  /// Opens the review in `path`.
  /// - Throws: a failure naming the file and every problem when the folder is not a usable review.
  init(_ path: String, context: CommandContext) throws(CommandError) {
    do throws(ReviewStoreError) {
      folder = try ReviewFolder.open(at: path, using: context.fileSystem)
      review = try folder.review()
      rubric = try folder.rubric(for: review)
    } catch {
      throw CommandError(error)
    }
  }
}

/// Quotes `text` for a POSIX shell, so that a command suggested to the user can be pasted as it is.
func shellQuoted(_ text: String) -> String {
  let safe = text.unicodeScalars.allSatisfy {
    ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
      || "-_./".unicodeScalars.contains($0)
  }
  return safe && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

import RubricEngine

/// Why a review folder could not be created, read or written. Each case names the place and what to do.
public enum ReviewStoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// `integrity init` was pointed at a folder that already holds a review.
  case reviewExists(path: String)
  /// The folder exists and is not empty, and is not a review: init will not mix a review into it.
  case folderNotEmpty(path: String)
  /// The folder holds no `review.json`.
  case notAReview(path: String)
  /// A data file of the review is not valid; every problem is listed.
  case invalidFile(DataFileError)
  /// The review's `rubric.json` is not the rubric its `review.json` names.
  case rubricMismatch(path: String, expected: RubricReference, found: RubricReference)
  /// Reading or writing a file failed.
  case fileSystem(FileSystemError)
  /// Another process holds what this command needs: `what` names it ("the interview of Ana Lima",
  /// "review.json"), `holder` is what the other process said it is doing ("an import"), when known.
  case locked(what: String, pid: Int32?, holder: String?)
  /// Saving would make a data file larger than any command reads back; nothing was saved.
  case wouldBeTooLarge(path: String, size: Int, limit: Int)
  /// A file in a review folder is not one the workbench wrote or reads (`reason` says why).
  case unexpectedFile(path: String, reason: String)
  /// `-o` names a file that the review itself keeps, or a place inside its data folders.
  case outputIsReviewData(path: String)
  /// `-o` (or the default output) names a file the workbench did not write, or one edited since.
  case outputNotOurs(path: String, reason: String)

  public var description: String {
    switch self {
    case .reviewExists(let path):
      return
        "\(path) already holds a review; it was left untouched. Choose a new folder, or continue it with "
        + "integrity interview \(path) ..."
    case .folderNotEmpty(let path):
      return "\(path) exists and is not empty; create the review in a new or empty folder"
    case .notAReview(let path):
      return
        "\(path) is not a review folder (it has no review.json); create one with integrity init \(path) ..."
    case .invalidFile(let error):
      return error.description
    case .rubricMismatch(let path, let expected, let found):
      return "\(path): holds rubric \(found.id) \(found.version) but review.json names \(expected.id) "
        + "\(expected.version); restore the rubric snapshot from version control"
    case .fileSystem(let error):
      return error.description
    case .locked(let what, let pid, let holder):
      var process = holder ?? "another integrity command"
      if let pid { process += " (process \(pid))" }
      return "\(what) is in use by \(process); let it finish, or quit it there, and try again "
        + "(if that process is gone, its lock is freed automatically)"
    case .wouldBeTooLarge(let path, let size, let limit):
      return "\(path): saving would make the file \(size) bytes, over the \(ByteCount.words(limit)) that "
        + "every command reads back; nothing was saved. Shorten the longest text in it"
    case .unexpectedFile(let path, let reason):
      return "\(path): \(reason)"
    case .outputIsReviewData(let path):
      return "\(path) is one of the review's own data files (or inside its data folders): choose another "
        + "file with -o"
    case .outputNotOurs(let path, let reason):
      return "\(path) exists and \(reason): choose another file with -o, or replace it with --force"
    }
  }
}

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
  /// Another process is interviewing this person, or importing into the review.
  case locked(name: String, pid: Int32?)

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
    case .locked(let name, let pid):
      let holder = pid.map { "process \($0)" } ?? "another process"
      return "the interview of \(name) is open in \(holder); finish or quit it there first "
        + "(if that process is gone, its lock is freed automatically)"
    }
  }
}

import RubricEngine

/// Why a review folder could not be created, read or written. Each case names the place and what to do.
public enum ReviewStoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// `integrity init` was pointed at a folder that already holds a review.
  case reviewExists(path: String)
  /// The folder exists and is not empty, and is not a review: init will not mix a review into it.
  case folderNotEmpty(path: String)
  /// The folder a new review would go in does not exist (or is not a folder).
  case parentMissing(path: String, parent: String)
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

  /// Nobody of that name is interviewed in the review; `interviewed` lists who is.
  case unknownInterviewee(name: String, review: String, interviewed: [String])
  /// A rename to, or a restore of, a name that another interview of the review already holds.
  case alreadyInterviewed(name: String, path: String)
  /// No removed interview of that name is kept in the review's `.removed/` folder.
  case notRemoved(name: String, review: String, removed: [String])
  /// Several removed interviews of that name are kept: `copies` lists their files, one must be chosen.
  case severalRemoved(name: String, review: String, copies: [String])
  /// An import would replace answers already in the review with different ones; nothing was imported.
  case wouldReplaceAnswers([AnswerChange])
  /// A document of that id is already in the review's register.
  case documentRegistered(id: String, path: String)
  /// No document of that id is in the register; `registered` lists the ids that are.
  case unknownDocument(id: String, path: String, registered: [String])
  /// The document cannot be removed: the listed reviewer evidence cites it.
  case documentCited(id: String, evidence: [Int])
  /// No reviewer evidence of that number is recorded; `recorded` lists the numbers that are.
  case unknownEvidence(id: Int, path: String, recorded: [Int])
  /// A change the command asked for that the file cannot take, said in the command's words.
  case refused(String)
  /// An artefact of that id is already imported.
  case artefactImported(id: String, path: String)
  /// The same file (by its SHA-256) is already imported under another id: its evidence would count twice.
  case sameArtefact(id: String, path: String)
  /// No artefact of that id is imported; `imported` lists the ids that are.
  case unknownArtefact(id: String, review: String, imported: [String])

  public var description: String {
    switch self {
    case .reviewExists(let path):
      return
        "\(path) already holds a review; it was left untouched. Choose a new folder, or continue it with "
        + "integrity interview \(path) ..."
    case .parentMissing(let path, let parent):
      return
        "cannot create \(path): the folder \(parent) does not exist; create it first (mkdir -p \(parent)) "
        + "or choose another place"
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
    case .unknownInterviewee(let name, let review, let interviewed):
      guard !interviewed.isEmpty else { return "nobody is interviewed in \(review) yet, so not \(name)" }
      return "nobody named \(name) is interviewed in \(review); interviewed: "
        + Self.list(interviewed)
    case .alreadyInterviewed(let name, let path):
      return "\(name) is already interviewed (\(path)); nothing was changed. Choose another name, or "
        + "rename or remove that interview first"
    case .notRemoved(let name, let review, let removed):
      guard !removed.isEmpty else { return "no removed interview is kept in \(review)/.removed/" }
      return "no removed interview of \(name) is kept in \(review)/.removed/; removed: " + Self.list(removed)
    case .severalRemoved(let name, let review, let copies):
      return "\(copies.count) removed interviews of \(name) are kept in \(review)/.removed/: "
        + copies.joined(separator: ", ") + "; nothing was restored. Choose one with --file FILE"
    case .documentRegistered(let id, let path):
      return "a document with id \(id) is already registered in \(path); nothing was changed. Choose another "
        + "id, or remove that document first"
    case .unknownDocument(let id, let path, let registered):
      guard !registered.isEmpty else { return "no document is registered in \(path) yet, so not \(id)" }
      var message = "no document \(id) is registered in \(path)"
      if let guess = NearestName.suggestion(for: id, among: registered) {
        message += " (did you mean \(guess)?)"
      }
      return message + "; registered: " + Self.list(registered)
    case .documentCited(let id, let evidence):
      let numbers = evidence.map(String.init)
      return
        "document \(id) is cited by reviewer evidence \(Self.list(numbers)); nothing was removed. Remove "
        + "\(evidence.count == 1 ? "that entry" : "those entries") first (integrity evidence remove DIR --id N)"
    case .unknownEvidence(let id, let path, let recorded):
      guard !recorded.isEmpty else { return "no reviewer evidence is recorded in \(path) yet, so not \(id)" }
      return "no reviewer evidence number \(id) is recorded in \(path); recorded: "
        + Self.list(recorded.map(String.init)) + " (integrity evidence list DIR shows them)"
    case .artefactImported(let id, let path):
      return "an artefact \(id) is already imported (\(path)); nothing was changed. Choose another --id, or "
        + "remove it first (integrity artefact remove DIR \(id))"
    case .refused(let message):
      return message
    case .sameArtefact(let id, let path):
      return
        "this file is already imported as \(id) (\(path), the same SHA-256); nothing was changed, so that "
        + "its evidence does not count twice. To import it again, remove it first (integrity artefact remove DIR \(id))"
    case .unknownArtefact(let id, let review, let imported):
      guard !imported.isEmpty else { return "no artefact is imported in \(review) yet, so not \(id)" }
      var message = "no artefact \(id) is imported in \(review)"
      if let guess = NearestName.suggestion(for: id, among: imported) {
        message += " (did you mean \(guess)?)"
      }
      return message + "; imported: " + Self.list(imported)
    case .wouldReplaceAnswers(let changes):
      return "\(changes.count) \(changes.count == 1 ? "answer" : "answers") in the sheet would replace "
        + "different answers already in the review; nothing was imported. Check them, then import again "
        + "with --replace to replace them"
    }
  }

  /// Names for a message: the first few, then how many more.
  static func list(_ names: [String]) -> String {
    let shown = 10
    let head = names.prefix(shown).joined(separator: ", ")
    return names.count > shown ? head + " and \(names.count - shown) more" : head
  }
}

import ReviewStore
import RubricEngine

extension Command {
  /// `integrity document remove DIR --id ID`: takes a document out of the register.
  static let documentRemove = Command(
    name: "document remove",
    summary: "Remove a document from the register (refused while evidence cites it)",
    usage: "integrity document remove DIR --id ID",
    arguments: [.reviewFolder],
    options: [.value("id", "ID", .text, help: "The document's id, as integrity document list shows it")],
    details: """
      Refused while reviewer evidence cites the document: remove that evidence first (integrity evidence
      remove DIR --id N), so that no finding is left resting on a document the report no longer lists.

      Example:
        integrity document remove acme-review --id board-paper
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let command = "document remove"
    let id = try arguments.option("id")
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    guard let id else { throw .usage("--id is required: the document to remove", command: command) }
    let opened = try OpenReview(directory, context: context)
    let removed: ReviewDocument
    do throws(ReviewStoreError) {
      removed = try opened.folder.updateEvidenceRecords(rubric: opened.rubric, holder: "a document removal") {
        register, log throws(ReviewStoreError) in
        guard let index = register.documents.firstIndex(where: { $0.id == id }) else {
          throw .unknownDocument(
            id: id, path: opened.folder.documentsPath, registered: register.documents.map(\.id))
        }
        let citing = log.evidence.filter { $0.document == id }.map(\.id)
        guard citing.isEmpty else { throw .documentCited(id: id, evidence: citing) }
        return register.documents.remove(at: index)
      }
    } catch {
      throw CommandError(error)
    }
    context.say("Removed \(removed.id) (\(removed.title)) from the register.")
    return .success
  }
}

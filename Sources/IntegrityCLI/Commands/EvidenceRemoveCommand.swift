import ReviewStore
import RubricEngine

extension Command {
  /// `integrity evidence remove DIR --id N`: takes one entry out of the reviewer's evidence.
  static let evidenceRemove = Command(
    name: "evidence remove",
    summary: "Remove one entry of the reviewer's evidence by its number",
    usage: "integrity evidence remove DIR --id N",
    arguments: [.reviewFolder],
    options: [.value("id", "N", .text, help: "The entry's number, as integrity evidence list shows it")],
    details: """
      Numbers are never reused: the next entry recorded takes a new one.

      Example:
        integrity evidence remove acme-review --id 3
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let command = "evidence remove"
    let idText = try arguments.option("id")
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    guard let idText else { throw .usage("--id is required: the entry's number", command: command) }
    guard let id = Int(idText), id > 0 else {
      throw .usage("--id takes the entry's number, such as 3; '\(idText)' is not one", command: command)
    }
    let opened = try OpenReview(directory, context: context)
    let removed: ReviewerEvidence
    do throws(ReviewStoreError) {
      removed = try opened.folder.updateEvidenceRecords(rubric: opened.rubric, holder: "an evidence removal")
      {
        _, log throws(ReviewStoreError) in
        guard let index = log.evidence.firstIndex(where: { $0.id == id }) else {
          throw .unknownEvidence(id: id, path: opened.folder.evidencePath, recorded: log.evidence.map(\.id))
        }
        return log.evidence.remove(at: index)
      }
    } catch {
      throw CommandError(error)
    }
    context.say("Removed evidence \(removed.id) on \(removed.question) (\(removed.source.rawValue)).")
    return .success
  }
}

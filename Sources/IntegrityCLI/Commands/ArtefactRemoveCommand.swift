import ReviewStore
import RubricEngine

extension Command {
  /// `integrity artefact remove DIR ID`: takes an artefact and the evidence it added out of the review.
  static let artefactRemove = Command(
    name: "artefact remove",
    summary: "Remove an imported artefact and the observed evidence it added",
    usage: "integrity artefact remove DIR ID",
    arguments: [
      .reviewFolder,
      CommandArgument("ID", .text, help: "The artefact's id, as integrity artefact list shows it"),
    ],
    options: [],
    details: """
      Example:
        integrity artefact remove acme-review backlog
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let words = try arguments.positionals(minimum: 2, maximum: 2, names: "DIR and ID")
    let opened = try OpenReview(words[0], context: context)
    let removed: [Int]
    do throws(ReviewStoreError) {
      removed = try opened.folder.removeArtefact(
        id: words[1], rubric: opened.rubric, holder: "an artefact removal")
    } catch {
      throw CommandError(error)
    }
    context.say(
      "Removed \(words[1])"
        + (removed.isEmpty
          ? "." : " and its evidence (numbers \(removed.map(String.init).joined(separator: ", "))).")
    )
    return .success
  }
}

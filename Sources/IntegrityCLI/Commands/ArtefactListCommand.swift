import ArtefactReading
import ReviewStore
import RubricEngine

extension Command {
  /// `integrity artefact list DIR [--json]`: the imported artefacts.
  static let artefactList = Command(
    name: "artefact list",
    summary: "List the artefacts imported into the review, with their item counts",
    usage: "integrity artefact list DIR [--json]",
    arguments: [.reviewFolder],
    options: [
      .flag("json", help: "Print the list as JSON: id, kind, format, title, source, imported, itemCount")
    ],
    details: """
      Example:
        integrity artefact list acme-review
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let json = try arguments.flag("json")
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    let opened = try OpenReview(directory, context: context)
    var artefacts: [StoredArtefact] = []
    var problems: [String] = []
    do throws(ReviewStoreError) {
      for id in try opened.folder.artefactIDs() {
        do throws(ReviewStoreError) {
          artefacts.append(try opened.folder.artefact(id: id))
        } catch {
          problems.append(error.description)
        }
      }
    } catch {
      throw CommandError(error)
    }
    if json {
      struct Entry: Encodable {
        var id: String
        var kind: ArtefactKind
        var format: ArtefactFormat
        var title: String
        var source: String
        var sha256: String
        var imported: String
        var itemCount: Int
      }
      let entries = artefacts.map {
        Entry(
          id: $0.id, kind: $0.kind, format: $0.format, title: $0.title, source: $0.source, sha256: $0.sha256,
          imported: $0.imported, itemCount: $0.items.count)
      }
      try printJSON(entries, what: "the list", context: context)
    } else if artefacts.isEmpty && problems.isEmpty {
      context.standardOutput.line("No artefact imported in \(opened.folder.path) yet.")
      context.standardOutput.line(
        "Import one: integrity artefact import \(shellQuoted(directory)) FILE --kind backlog")
    } else {
      var rows = [["Id", "Kind", "Items", "Imported", "Title"]]
      for artefact in artefacts {
        rows.append([
          artefact.id, artefact.kind.rawValue, String(artefact.items.count), artefact.imported,
          artefact.title,
        ])
      }
      context.standardOutput.write(
        TextTable(rows: rows, rightAligned: [2], wrapping: 4).render(width: context.screenWidth).joined(
          separator: "\n")
          + "\n")
    }
    for problem in problems { context.warn(problem) }
    return problems.isEmpty ? .success : .failure
  }
}

import ArtefactReading
import ReviewStore
import RubricEngine

extension Command {
  /// `integrity artefact show DIR ID [--json] [--items CLASS]`: one imported artefact's measures.
  static let artefactShow = Command(
    name: "artefact show",
    summary: "Show an imported artefact's measures, and its items of one class",
    usage: "integrity artefact show DIR ID [--json] [--items output|vague|measurable|done-without-metric]",
    arguments: [
      .reviewFolder,
      CommandArgument("ID", .text, help: "The artefact's id, as integrity artefact list shows it"),
    ],
    options: [
      .flag("json", help: "Print the measures as JSON, as integrity artefact check --json does"),
      .value(
        "items", "CLASS", .choices(artefactItemClasses),
        help: "Also list the items of one class: output, vague, measurable or done-without-metric"),
    ],
    details: """
      Example:
        integrity artefact show acme-review backlog --items done-without-metric
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let json = try arguments.flag("json")
    let itemsClass = try arguments.option("items")
    let words = try arguments.positionals(minimum: 2, maximum: 2, names: "DIR and ID")
    if let itemsClass, !artefactItemClasses.contains(itemsClass) {
      throw .usage(
        "unknown class '\(itemsClass)'; use \(artefactItemClasses.joined(separator: ", "))",
        command: "artefact show")
    }
    let opened = try OpenReview(words[0], context: context)
    let artefact: StoredArtefact
    do throws(ReviewStoreError) {
      artefact = try opened.folder.artefact(id: words[1])
    } catch {
      throw CommandError(error)
    }
    let reading = ArtefactReading(
      kind: artefact.kind, format: artefact.format, items: artefact.items,
      unknownStates: artefact.unknownStates,
      skippedRows: [], cutDescriptions: [])
    try writeArtefact(reading, title: artefact.title, json: json, itemsClass: itemsClass, context: context)
    return .success
  }
}

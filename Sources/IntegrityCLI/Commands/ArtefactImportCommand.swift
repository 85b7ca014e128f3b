import ArtefactReading
import ReviewStore
import RubricEngine

extension Command {
  /// `integrity artefact import DIR FILE --kind KIND [--format F] [--id ID] [--title TEXT]`: reads the
  /// programme's work into the review as observed evidence.
  static let artefactImport = Command(
    name: "artefact import",
    summary: "Import a backlog, roadmap or OKR export into the review: its measures become observed evidence",
    usage: "integrity artefact import DIR FILE --kind backlog|roadmap|okrs [--format FORMAT] [--id ID] "
      + "[--title TEXT] [--skip-bad-rows] [--title-column NAME] [--description-column NAME] "
      + "[--status-column NAME] [--type-column NAME]",
    arguments: [
      .reviewFolder,
      CommandArgument(
        "FILE", .file, help: "The export, as integrity artefact check reads it; - reads standard input"),
    ],
    options: [
      .value(
        "kind", "KIND", .choices(ArtefactKind.allCases.map(\.rawValue)), help: "backlog, roadmap or okrs"),
      .value(
        "format", "FORMAT", .choices(ArtefactFormat.allCases.map(\.rawValue)),
        help: "auto (the default), jira, azure-devops, linear, github, lines or csv"),
      .value("id", "ID", .text, help: "The id the review knows it by (default: the kind, such as backlog)"),
      .value("title", "TEXT", .text, help: "Its title in the report (default: the file's name)"),
      .flag("skip-bad-rows", help: "Import the rows that can be read and list the others"),
    ] + artefactColumnOptions,
    details: """
      The items are kept in DIR/artefacts/ID.json: keys, titles, types, states, labels, parents and the
      words that showed each ticket field, never a description and never a person. Each rubric question
      whose artefactSignals name the kind gets observed evidence scored from the measure (see
      Rubrics/README.md), beside what the stakeholders said; integrity artefact remove takes both away.

      Example:
        integrity artefact import acme-review jira-export.csv --kind backlog
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let command = "artefact import"
    let kindText = try arguments.option("kind")
    let formatText = try arguments.option("format")
    let idText = try arguments.option("id")
    let titleText = try arguments.option("title").map { text throws(CommandError) in
      try acceptedText(text, rule: .title, option: "--title", command: command)
    }
    let skipBadRows = try arguments.flag("skip-bad-rows")
    let columns = try artefactColumns(&arguments)
    let words = try arguments.positionals(minimum: 2, maximum: 2, names: "DIR and FILE")
    let (directory, file) = (words[0], words[1])
    guard let kindText else { throw .usage("--kind is required: backlog, roadmap or okrs", command: command) }
    guard let kind = ArtefactKind(rawValue: kindText) else {
      throw .usage("unknown kind '\(kindText)'; use backlog, roadmap or okrs", command: command)
    }
    let format = try artefactFormat(formatText, columns: columns, command: command)
    let id = idText ?? kind.rawValue
    if let problem = ReviewDocument.idProblem(id) {
      throw .failure(
        "--id \(problem.replacingOccurrences(of: "a document id", with: "an artefact id")); nothing was written"
      )
    }
    let opened = try OpenReview(directory, context: context)
    let (reading, sha256) = try readArtefactHashing(
      file, reader: ArtefactReader(kind: kind, format: format, columns: columns, skipBadRows: skipBadRows),
      context: context)
    let source = file == "-" ? "standard input" : String(file.split(separator: "/").last ?? Substring(file))
    let day = ReportWriter.day(of: context.now())
    let stored = StoredArtefact(
      id: id, title: titleText ?? (file == "-" ? kind.title : source), source: source, sha256: sha256,
      imported: day, reading: reading)
    let evidence = ArtefactEvidence.entries(for: stored, rubric: opened.rubric, date: day)
    let numbers: [Int]
    do throws(ReviewStoreError) {
      numbers = try opened.folder.importArtefact(
        stored, evidence: evidence, rubric: opened.rubric, holder: "an artefact import")
    } catch {
      throw CommandError(error)
    }
    context.say(
      "Imported \(id): \(reading.items.count) \(reading.items.count == 1 ? "item" : "items") read as "
        + "\(ArtefactEvidence.formatName(reading.format)), in \(opened.folder.artefactPath(id: id)).")
    if !reading.skippedRows.isEmpty {
      context.say(
        "Skipped \(reading.skippedRows.count) bad \(reading.skippedRows.count == 1 ? "row" : "rows").")
    }
    if evidence.isEmpty {
      context.say(
        reading.items.isEmpty
          ? "The file has no items, so it shows nothing: no evidence added."
          : "No question of the rubric reads a \(kind.rawValue)'s measures (artefactSignals): no evidence added."
      )
    } else {
      context.say(
        "Observed evidence added (\(numbers.count == 1 ? "number" : "numbers") "
          + "\(numbers.map(String.init).joined(separator: ", "))):")
      for entry in evidence {
        context.say("  \(entry.question): \(entry.score.map(String.init) ?? "-") · \(entry.note)")
      }
    }
    context.say("Next: integrity score \(shellQuoted(directory))")
    return .success
  }
}

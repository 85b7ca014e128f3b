import ArtefactReading
import ReviewStore
import RubricEngine

extension Command {
  /// The options that name the columns of a CSV that is none of the known exports.
  static let artefactColumnOptions: [CommandOption] = [
    .value("title-column", "NAME", .text, help: "For another CSV: the column of the item's title"),
    .value("description-column", "NAME", .text, help: "For another CSV: the column of its description"),
    .value("status-column", "NAME", .text, help: "For another CSV: the column of its state"),
    .value("type-column", "NAME", .text, help: "For another CSV: the column of its type"),
  ]

  /// The column choice those options make.
  static func artefactColumns(_ arguments: inout ArgumentScanner) throws(CommandError) -> ColumnChoice {
    ColumnChoice(
      title: try arguments.option("title-column"), description: try arguments.option("description-column"),
      status: try arguments.option("status-column"), type: try arguments.option("type-column"))
  }

  /// The classes `--items` lists.
  static let artefactItemClasses = ["output", "vague", "measurable", "done-without-metric"]

  /// `integrity artefact check FILE [--kind KIND] [--format FORMAT] [--json]`: reads a backlog, roadmap
  /// or OKR sheet with no review and prints its measures.
  static let artefactCheck = Command(
    name: "artefact check",
    summary:
      "Read a backlog, roadmap or OKR export and say, with numbers, whether the work is about outcomes",
    usage: "integrity artefact check FILE [--kind backlog|roadmap|okrs] [--format FORMAT] [--json] "
      + "[--items CLASS] [--skip-bad-rows] [--title-column NAME] [--description-column NAME] "
      + "[--status-column NAME] [--type-column NAME]",
    arguments: [
      CommandArgument(
        "FILE", .file,
        help:
          "The export: Jira or Azure DevOps or Linear CSV, GitHub issues JSON, another CSV, or a text file "
          + "of one item per line; - reads standard input")
    ],
    options: [
      .value(
        "kind", "KIND", .choices(ArtefactKind.allCases.map(\.rawValue)),
        help: "What the file is: backlog (the default), roadmap or okrs"),
      .value(
        "format", "FORMAT", .choices(ArtefactFormat.allCases.map(\.rawValue)),
        help: "auto (the default: detected from the header), jira, azure-devops, linear, github, lines or csv"
      ),
      .flag("json", help: "Print the measures as JSON (counts; fields in the README)"),
      .value(
        "items", "CLASS", .choices(artefactItemClasses),
        help: "Also list the items of one class: output, vague, measurable or done-without-metric"),
      .flag("skip-bad-rows", help: "Read the rows that can be read and list the others, instead of refusing"),
    ] + artefactColumnOptions,
    details: """
      Every item's title is read by the outcome checker (output, vague or measurable), and its
      description for the fields seed 003 asks every ticket to carry: an outcome objective, a
      hypothesis, success criteria, guardrails and an experiment plan. Done items with neither an
      outcome objective nor success criteria are counted: shipped with no metric plan. Only keys,
      titles, types, states, labels and parents are read; person columns (assignee, reporter, ...) and
      descriptions are never kept. Nothing is written.

      Examples:
        integrity artefact check jira-export.csv
        integrity artefact check roadmap.md --kind roadmap
        gh issue list --json number,title,body,state,labels > issues.json
        integrity artefact check issues.json
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let command = "artefact check"
    let kindText = try arguments.option("kind")
    let formatText = try arguments.option("format")
    let json = try arguments.flag("json")
    let itemsClass = try arguments.option("items")
    let skipBadRows = try arguments.flag("skip-bad-rows")
    let columns = try artefactColumns(&arguments)
    let file = try arguments.positionals(minimum: 1, maximum: 1, names: "FILE: name the export")[0]
    let kind =
      try kindText.map { text throws(CommandError) in
        guard let kind = ArtefactKind(rawValue: text) else {
          throw .usage("unknown kind '\(text)'; use backlog, roadmap or okrs", command: command)
        }
        return kind
      } ?? .backlog
    let format = try artefactFormat(formatText, columns: columns, command: command)
    if let itemsClass, !artefactItemClasses.contains(itemsClass) {
      throw .usage(
        "unknown class '\(itemsClass)'; use \(artefactItemClasses.joined(separator: ", "))", command: command)
    }
    let reading = try readArtefact(
      file, reader: ArtefactReader(kind: kind, format: format, columns: columns, skipBadRows: skipBadRows),
      context: context)
    try writeArtefact(reading, title: file, json: json, itemsClass: itemsClass, context: context)
    return .success
  }

  /// The format `--format` names; without it, detected, or a plain CSV when columns are named.
  static func artefactFormat(_ text: String?, columns: ColumnChoice, command: String) throws(CommandError)
    -> ArtefactFormat
  {
    guard let text else { return columns.isEmpty ? .auto : .csv }
    guard let format = ArtefactFormat(rawValue: text) else {
      throw .usage(
        "unknown format '\(text)'; use \(ArtefactFormat.allCases.map(\.rawValue).joined(separator: ", "))",
        command: command)
    }
    return format
  }

  /// Prints a reading's measures, as text or JSON, with the items of `itemsClass` when it is given.
  static func writeArtefact(
    _ reading: ArtefactReading, title: String, json: Bool, itemsClass: String?, context: CommandContext
  ) throws(CommandError) {
    let listed = itemsClass.map { artefactItems(reading.items, class: $0) }
    if json {
      try printJSON(ArtefactJSON(reading, items: listed), what: "the measures", context: context)
      return
    }
    context.standardOutput.write(ArtefactText.render(reading, file: title, width: context.screenWidth))
    if let listed, let itemsClass {
      context.standardOutput.write(
        "\n\(listed.count) \(itemsClass) \(listed.count == 1 ? "item" : "items"):\n")
      context.standardOutput.write(ArtefactText.itemLines(listed, width: context.screenWidth))
    }
  }

  /// The items of a class `--items` names.
  static func artefactItems(_ items: [ArtefactItem], class name: String) -> [ArtefactItem] {
    switch name {
    case "done-without-metric": return items.filter(\.doneWithoutMetric)
    default: return items.filter { $0.verdict.rawValue == name }
    }
  }

  /// The reading of an export: a file read a piece at a time, or standard input for `-`.
  /// - Throws: a failure naming the file and what is wrong, with every bad row on standard error.
  static func readArtefact(_ file: String, reader: ArtefactReader, context: CommandContext)
    throws(CommandError) -> ArtefactReading
  {
    try readArtefactHashing(file, reader: reader, context: context).reading
  }

  /// The reading of an export and the SHA-256 of its bytes, both from one read.
  static func readArtefactHashing(_ file: String, reader: ArtefactReader, context: CommandContext)
    throws(CommandError) -> (reading: ArtefactReading, sha256: String)
  {
    var reader = reader
    var failure: ArtefactError?
    var hash = SHA256()
    if file == "-" {
      guard let bytes = context.readStandardInput(limit: ArtefactReader.maximumWholeFileSize) else {
        throw .failure(
          "<stdin>: standard input goes on past the \(ArtefactReader.maximumWholeFileSize / 1024 / 1024) MB an export may have"
        )
      }
      hash.update(bytes)
      do throws(ArtefactError) { try reader.feed(bytes) } catch { failure = error }
    } else {
      do throws(FileSystemError) {
        try context.fileSystem.readPieces(at: file) { piece in
          guard failure == nil else { return }
          hash.update(piece)
          do throws(ArtefactError) { try reader.feed(piece) } catch { failure = error }
        }
      } catch {
        throw .failure("\(file): cannot read the file: \(error.reason)")
      }
    }
    do throws(ArtefactError) {
      if let failure { throw failure }
      return (try reader.finish(), hash.finalHex())
    } catch {
      if case .badRows(let rows) = error {
        for row in rows.prefix(50) { context.warn("\(file):\(row.line): \(row.message)") }
        if rows.count > 50 { context.warn("and \(rows.count - 50) more") }
      }
      throw .failure("\(file): \(error.description)")
    }
  }
}

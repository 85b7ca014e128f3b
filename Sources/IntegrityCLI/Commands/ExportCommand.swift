import ReviewStore
import RubricEngine

extension Command {
  /// `integrity export DIR --format csv [-o FILE]`: every answer as a spreadsheet.
  /// The formats `export` writes.
  static let exportFormats = ["csv"]

  static let exportAnswers = Command(
    name: "export",
    summary: "Export every answer (name,role,question,answer,evidence), or the reviewer evidence, as CSV",
    usage: "integrity export DIR --format csv [--evidence] [-o FILE] [--force]",
    arguments: [.reviewFolder],
    options: [
      .value("format", "FORMAT", .choices(exportFormats), help: "The format; csv is the one there is"),
      .value(
        "output", short: "o", "FILE", .file,
        help: "Write to FILE instead of standard output (- is standard output)"),
      .flag(
        "evidence",
        help: "Export the reviewer evidence instead (question,source,document,score,note,date), as integrity "
          + "import reads it"),
      .flag("force", help: "Replace an existing FILE that integrity did not write, or one edited since"),
    ],
    details: """
      The columns are those integrity import reads, so exporting and importing into a fresh review gives
      the same answers. A cell starting with = + - @, a tab or a carriage return is written with a
      leading ' so that a spreadsheet shows it as text instead of running it; import removes that '.
      The file holds confidential interview answers: keep it with the review.

      With --evidence, the reviewer evidence of DIR/evidence.json is exported instead, one row per entry.

      Examples:
        integrity export acme-review --format csv -o acme-answers.csv
        integrity export acme-review --evidence -o acme-evidence.csv
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let format = try arguments.option("format") ?? exportFormats[0]
    let output = try arguments.option("output", short: "o")
    let force = try arguments.flag("force")
    let evidence = try arguments.flag("evidence")
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    guard exportFormats.contains(format) else {
      throw .usage("unknown format '\(format)'; the export format is csv", command: "export")
    }
    let opened = try OpenReview(directory, context: context)
    if evidence {
      let (_, log) = try opened.shownEvidence()
      let text = EvidenceSheet.document(of: log).text()
      try write(text, to: output, force: force, opened: opened, context: context)
      if let output, output != "-" {
        context.warn("Wrote \(log.evidence.count) reviewer evidence entries to \(output).")
      }
      return .success
    }
    var interviews: [Interview] = []
    let reading = context.progress("Reading interviews")
    defer { reading.finish() }
    do throws(ReviewStoreError) {
      for (_, result) in try opened.folder.interviews(rubric: opened.rubric, progress: reading.update) {
        interviews.append(try result.get())
      }
    } catch {
      throw .failure("\(error)\nNothing was exported: fix or move aside the interview file above first.")
    }
    let text = AnswerSheet.document(of: interviews, rubric: opened.rubric).text()
    try write(text, to: output, force: force, opened: opened, context: context)
    if let output, output != "-" {
      let rows = text.split(separator: "\r\n").count - 1
      context.warn("Wrote \(rows) answers from \(interviews.count) interviews to \(output).")
    }
    return .success
  }

  /// Writes an export to `output` (recorded as the workbench's output, never over a file it did not
  /// write without `force`), or to standard output for none or `-`.
  static func write(
    _ text: String, to output: String?, force: Bool, opened: OpenReview, context: CommandContext
  ) throws(CommandError) {
    guard let output, output != "-" else {
      context.standardOutput.write(text)
      return
    }
    do throws(ReviewStoreError) {
      _ = try opened.folder.writeOutputs(
        [OutputFile(path: output, bytes: Array(text.utf8))], force: force, recorded: context.timestamp())
    } catch {
      if case .locked = error { throw CommandError(error) }
      throw .failure(error.description + "; nothing was written")
    }
  }
}

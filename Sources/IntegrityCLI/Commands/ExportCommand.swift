import ReviewStore
import RubricEngine

extension Command {
  /// `integrity export DIR --format csv [-o FILE]`: every answer as a spreadsheet.
  /// The formats `export` writes.
  static let exportFormats = ["csv"]

  static let exportAnswers = Command(
    name: "export",
    summary: "Export every answer as CSV (name,role,question,answer,evidence)",
    usage: "integrity export DIR --format csv [-o FILE] [--force]",
    arguments: [.reviewFolder],
    options: [
      .value("format", "FORMAT", .choices(exportFormats), help: "The format; csv is the one there is"),
      .value(
        "output", short: "o", "FILE", .file,
        help: "Write to FILE instead of standard output (- is standard output)"),
      .flag("force", help: "Replace an existing FILE that integrity did not write, or one edited since"),
    ],
    details: """
      The columns are those integrity import reads, so exporting and importing into a fresh review gives
      the same answers. A cell starting with = + - @, a tab or a carriage return is written with a
      leading ' so that a spreadsheet shows it as text instead of running it; import removes that '.
      The file holds confidential interview answers: keep it with the review.

      Example:
        integrity export acme-review --format csv -o acme-answers.csv
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let format = try arguments.option("format") ?? exportFormats[0]
    let output = try arguments.option("output", short: "o")
    let force = try arguments.flag("force")
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    guard exportFormats.contains(format) else {
      throw .usage("unknown format '\(format)'; the export format is csv", command: "export")
    }
    let opened = try OpenReview(directory, context: context)
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
    if let output, output != "-" {
      do throws(ReviewStoreError) {
        _ = try opened.folder.writeOutputs(
          [OutputFile(path: output, bytes: Array(text.utf8))], force: force, recorded: context.timestamp())
      } catch {
        if case .locked = error { throw CommandError(error) }
        throw .failure(error.description + "; nothing was written")
      }
      let rows = text.split(separator: "\r\n").count - 1
      context.warn("Wrote \(rows) answers from \(interviews.count) interviews to \(output).")
    } else {
      context.standardOutput.write(text)
    }
    return .success
  }
}

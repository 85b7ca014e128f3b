import RubricEngine

extension Command {
  /// `integrity rubric lint FILE...`: checks rubric files and lists every problem, one per line.
  static let rubricLint = Command(
    name: "rubric lint",
    summary: "Check rubric files and list every problem, one per line",
    usage: "integrity rubric lint FILE...",
    arguments: [
      CommandArgument(
        "FILE", .file, repeats: true,
        help: "A rubric file (JSON; JSON5 comments and trailing commas allowed); - reads standard input")
    ],
    details: """
      A valid file prints one line: its id, version, lenses and questions. An invalid one prints every
      problem as FILE:LINE:COLUMN: message (the file is not JSON) or FILE: $.json.path: message.
      Exits 0 when every file is valid, 1 when any has a problem.

      Example:
        integrity rubric lint Rubrics/decision-integrity.json
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let files = try arguments.positionals(
      minimum: 1, maximum: .max, names: "FILE: name at least one rubric file")
    var invalidFiles = 0
    var problemCount = 0
    for file in files {
      do throws(DataFileError) {
        let rubric = try RubricSelection.read(file, in: context)
        let questionCount = rubric.questions.count
        context.say(
          "\(RubricSelection.displayName(of: file)): ok: \(rubric.id) \(rubric.version), "
            + "\(rubric.lenses.count) \(rubric.lenses.count == 1 ? "lens" : "lenses"), "
            + "\(questionCount) \(questionCount == 1 ? "question" : "questions")")
      } catch {
        invalidFiles += 1
        problemCount += error.lines.count
        for line in error.lines { context.say(line) }
      }
    }
    guard invalidFiles == 0 else {
      context.warn(
        "\(problemCount) \(problemCount == 1 ? "problem" : "problems") in \(invalidFiles) of \(files.count) "
          + "\(files.count == 1 ? "file" : "files")")
      return .failure
    }
    return .success
  }
}

import ReviewStore
import RubricEngine

extension Command {
  /// `integrity evidence list DIR [--question ID] [--json]`: the reviewer's evidence.
  static let evidenceList = Command(
    name: "evidence list",
    summary: "List the reviewer's evidence, for the review or one question",
    usage: "integrity evidence list DIR [--question ID] [--json]",
    arguments: [.reviewFolder],
    options: [
      .value("question", "ID", .text, help: "Only the evidence on this question"),
      .flag("json", help: "Print the evidence as JSON: the entries of evidence.json"),
    ],
    details: """
      Lists each entry's number (what integrity evidence remove --id takes), question, source, document,
      score, date and note.

      Example:
        integrity evidence list acme-review --question oc-measurable
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let question = try arguments.option("question")
    let json = try arguments.flag("json")
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    let opened = try OpenReview(directory, context: context)
    if let question,
      let problem = EvidenceLogDecoder.questionProblem(
        question, in: opened.rubric, questions: opened.rubric.questionsByID())
    {
      throw .failure("--question: \(problem)")
    }
    let (_, log) = try opened.shownEvidence()
    let entries = log.evidence.filter { question == nil || $0.question == question }
    if json {
      let listed = EvidenceLog(formatVersion: log.formatVersion, evidence: entries)
      try printJSON(listed, what: "the evidence", context: context)
      return .success
    }
    guard !entries.isEmpty else {
      context.standardOutput.line(
        question.map { "No reviewer evidence on \($0) yet." }
          ?? "No reviewer evidence in \(opened.folder.path) yet.")
      context.standardOutput.line(
        "Record some: integrity evidence add \(shellQuoted(directory)) --question ID --source document "
          + "--document ID --score N --note TEXT")
      return .success
    }
    // One entry a paragraph: its number, question, source, score and date, then the note indented under it.
    var lines: [String] = []
    for entry in entries {
      var parts = [entry.question, entry.source.rawValue + (entry.document.map { " (\($0))" } ?? "")]
      parts.append(entry.score.map { "score \($0)" } ?? "no score")
      parts.append(entry.date)
      if let reviewer = entry.reviewer { parts.append(reviewer) }
      if let artefact = entry.artefact { parts.append("from artefact \(artefact)") }
      lines.append("  \(entry.id). " + parts.joined(separator: " · "))
      lines += entry.note.split(separator: "\n").map { "       " + $0 }
    }
    context.standardOutput.write(
      ScreenText.fit(lines, width: context.screenWidth).joined(separator: "\n") + "\n")
    return .success
  }
}

import ReviewStore
import RubricEngine

extension Command {
  /// `integrity evidence add DIR --question ID --source document|observed [--document ID] [--score N]
  /// --note TEXT`: records what a document or an observation shows for one question.
  static let evidenceAdd = Command(
    name: "evidence add",
    summary: "Record what a document or an observation shows for a question (shown beats said)",
    usage: "integrity evidence add DIR --question ID --source document|observed [--document ID] [--score N] "
      + "--note TEXT [--date YYYY-MM-DD] [--reviewer NAME]",
    arguments: [.reviewFolder],
    options: [
      .value("question", "ID", .text, help: "The rubric's scale question the evidence bears on"),
      .value(
        "source", "SOURCE", .choices(EvidenceSource.shown.map(\.rawValue)),
        help: "document (read in a registered document) or observed (seen: a meeting, a dashboard, a system)"),
      .value("document", "ID", .text, help: "The registered document it was read in (required for document)"),
      .value(
        "score", "N", .text,
        help: "The score the evidence supports on the rubric's scale; leave it out for evidence that informs "
          + "without scoring"),
      .value("note", "TEXT", .text, help: "What the evidence shows, in words the report can quote"),
      .value("date", "YYYY-MM-DD", .date, help: "When it was found (default: today)"),
      .value("reviewer", "NAME", .text, help: "Who recorded it"),
    ],
    details: """
      Reviewer evidence is kept in DIR/evidence.json, numbered. It is not a respondent: it never counts
      toward a lens's respondents or coverage. A question with evidence carrying a score is scored from it
      (the mean of its evidence scores); what the interviewees said is kept and shown beside it, and a gap
      of the contested spread or more between the two is a said-vs-shown finding.

      Examples:
        integrity evidence add acme-review --question oc-measurable \\
          --source document --document business-case --score 1 \\
          --note "Benefits are features delivered; no measure"
        integrity evidence add acme-review --question gr-outcome-reviews \\
          --source observed --score 3 \\
          --note "The 12 November steering reviewed the benefit tracker"
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let command = "evidence add"
    let question = try arguments.option("question")
    let sourceText = try arguments.option("source")
    let document = try arguments.option("document")
    let scoreText = try arguments.option("score")
    let note = try acceptedText(arguments.option("note"), rule: .note, option: "--note", command: command)
    let date = try arguments.option("date")
    let reviewer = try arguments.option("reviewer").map { text throws(CommandError) in
      try acceptedText(text, rule: .name, option: "--reviewer", command: command)
    }
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    guard let question else { throw .usage("--question is required: the question's id", command: command) }
    guard let sourceText else {
      throw .usage("--source is required: document or observed", command: command)
    }
    guard let source = EvidenceSource(rawValue: sourceText), source != .said else {
      throw .usage(EvidenceLogDecoder.sourceProblem(sourceText), command: command)
    }
    if source == .document && document == nil {
      throw .usage(
        "--document is required with --source document: the registered document's id", command: command)
    }
    if source == .observed && document != nil {
      throw .usage(
        "--document goes with --source document: what was read in a document is document evidence",
        command: command)
    }
    let day = try date.map { text throws(CommandError) in
      try pastDate(text, context: context, command: command)
    }
    let opened = try OpenReview(directory, context: context)
    let scale = opened.rubric.method.scale
    var score: Int?
    if let scoreText {
      guard let value = opened.rubric.method.score(scoreText), scale.contains(value) else {
        throw .failure(
          "--score \(scoreText) is not a score of the scale \(opened.rubric.method.scaleText); give a whole "
            + "number of the scale, or leave --score out for evidence that informs without scoring; nothing was "
            + "written")
      }
      score = value
    }
    if let problem = EvidenceLogDecoder.questionProblem(
      question, in: opened.rubric, questions: opened.rubric.questionsByID())
    {
      throw .failure("--question: \(problem); nothing was written")
    }
    let recorded: ReviewerEvidence
    do throws(ReviewStoreError) {
      recorded = try opened.folder.updateEvidenceRecords(rubric: opened.rubric, holder: "an evidence add") {
        register, log throws(ReviewStoreError) in
        if let document, register.document(id: document) == nil {
          throw .unknownDocument(
            id: document, path: opened.folder.documentsPath, registered: register.documents.map(\.id))
        }
        let entry = ReviewerEvidence(
          id: log.nextID, question: question, score: score, source: source, document: document, note: note,
          date: day ?? ReportWriter.day(of: context.now()), reviewer: reviewer)
        log.append(entry)
        return entry
      }
    } catch {
      throw CommandError(error)
    }
    let shown = score.map { "scores \(question) \($0)" } ?? "informs \(question) without a score"
    let place = document.map { " (\($0))" } ?? ""
    context.say("Recorded evidence \(recorded.id): \(source.rawValue)\(place) \(shown).")
    context.say("Saved in \(opened.folder.evidencePath).")
    context.say("Next: integrity score \(shellQuoted(directory))")
    return .success
  }
}

/// Reads `evidence.json`, the reviewer's evidence, and checks every entry against the review's rubric (a
/// scale question, a score on its scale) and document register (a cited document must be registered),
/// reporting every problem with its JSON path, line and column.
public struct EvidenceLogDecoder: Sendable {
  static let keys = EvidenceLog.CodingKeys.allCases.map(\.rawValue)
  static let entryKeys = ReviewerEvidence.CodingKeys.allCases.map(\.rawValue)

  public let rubric: Rubric
  /// The ids of the registered documents, when the register could be read; `nil` leaves citations
  /// unchecked (the register's own problems are reported on their own).
  public let documents: Set<String>?

  /// Creates a decoder for the evidence of a review of `rubric` with these registered documents.
  public init(rubric: Rubric, documents: Set<String>?) {
    self.rubric = rubric
    self.documents = documents
  }

  /// The evidence in `bytes`: an object `{formatVersion, evidence: [...]}`, or the list of entries alone.
  /// - Throws: `DataFileError` naming `file` and every problem.
  public func decode(_ bytes: [UInt8], file: String) throws(DataFileError) -> EvidenceLog {
    let root = try DataFile.parse(bytes, file: file)
    var reader = JSONReader()
    let log = read(root, reader: &reader)
    guard let log, reader.problems.isEmpty else { throw .invalid(file: file, problems: reader.problems) }
    return log
  }

  func read(_ root: JSONValue, reader: inout JSONReader) -> EvidenceLog? {
    let elements: [(value: JSONValue, path: JSONPath)]?
    var formatVersion = EvidenceLog.currentFormatVersion
    var lastID = 0
    if case .array = root.content {
      elements = reader.list(root, at: .root)
    } else {
      guard let object = reader.object(root, at: .root, allowedKeys: Self.keys) else { return nil }
      formatVersion = reader.formatVersion(object, current: EvidenceLog.currentFormatVersion)
      elements = reader.list(object, "evidence", required: true, allowEmpty: true)
      lastID = reader.integer(object, "lastID", required: false) ?? 0
      if lastID < 0 {
        reader.report(
          "expected a whole number of 0 or more, found \(lastID)", at: object.path.appending("lastID"))
      }
    }
    guard let elements else { return nil }
    let questions = rubric.questionsByID()
    var entries: [ReviewerEvidence] = []
    var seen: Set<Int> = []
    var complete = true
    for (value, path) in elements {
      guard let item = reader.object(value, at: path, allowedKeys: Self.entryKeys) else {
        complete = false
        continue
      }
      let id = reader.integer(item, "id")
      if let id, id < 1 {
        reader.report("expected a positive whole number, found \(id)", at: path.appending("id"))
      } else if let id, !seen.insert(id).inserted {
        reader.report("a second entry with id \(id); ids are unique", at: path.appending("id"))
      }
      let question = reader.string(item, "question")
      if let question, let problem = Self.questionProblem(question, in: rubric, questions: questions) {
        reader.report(problem, at: path.appending("question"))
      }
      let score = reader.integer(item, "score", required: false)
      if let score, !rubric.method.scale.contains(score) {
        reader.report(
          "score \(score) is outside the scale \(rubric.method.scaleText); give a score of the scale, or null "
            + "for evidence that informs without scoring", at: path.appending("score"))
      }
      let sourceText = reader.string(item, "source")
      let source = sourceText.flatMap(EvidenceSource.init(rawValue:))
      if let sourceText, source == nil || source == .said {
        reader.report(Self.sourceProblem(sourceText), at: path.appending("source"))
      }
      let document = reader.string(item, "document", required: false)
      if let document, let documents, !documents.contains(document) {
        reader.report(Self.documentProblem(document, among: documents), at: path.appending("document"))
      } else if source == .observed, document != nil {
        reader.report(
          "observed evidence names no document: what was read in a document is source \"document\"",
          at: path.appending("document"))
      } else if source == .document, document == nil {
        reader.report(
          "document evidence names the document it was read in: add \"document\" with the id of a "
            + "registered document", at: path.appending("document"))
      }
      let note = reader.text(item, "note", rule: .note)
      let date = reader.string(item, "date")
      if let date, !CalendarDate.isValid(date) {
        reader.report(CalendarDate.problem(date), at: path.appending("date"))
      }
      let reviewer = reader.text(item, "reviewer", rule: .name, required: false)
      let artefact = reader.string(item, "artefact", required: false)
      if let artefact, let problem = ReviewDocument.idProblem(artefact) {
        reader.report(
          problem.replacingOccurrences(of: "document id", with: "artefact id"), at: path.appending("artefact")
        )
      }
      guard let id, let question, let source, source != .said, let note, let date else {
        complete = false
        continue
      }
      entries.append(
        ReviewerEvidence(
          id: id, question: question, score: score, source: source, document: document, note: note,
          date: date,
          reviewer: reviewer, artefact: artefact))
    }
    return complete ? EvidenceLog(formatVersion: formatVersion, evidence: entries, lastID: lastID) : nil
  }

  /// What is wrong with `question` as the question of reviewer evidence, or `nil`: it must be a scale
  /// question of the rubric.
  public static func questionProblem(_ question: String, in rubric: Rubric, questions: [String: Question])
    -> String?
  {
    guard let found = questions[question] else {
      var message = "the rubric has no question \"\(question.prefix(80))\""
      if let guess = NearestName.suggestion(for: question, among: rubric.questions.map(\.id)) {
        message += "; did you mean \"\(guess)\"?"
      }
      return message
    }
    guard found.kind == .scale else {
      return "\"\(question)\" is a text question; reviewer evidence scores scale questions"
    }
    return nil
  }

  /// What a source that reviewer evidence cannot have is told.
  public static func sourceProblem(_ text: String) -> String {
    let shown = EvidenceSource.shown.map(\.rawValue).joined(separator: " or ")
    if text == EvidenceSource.said.rawValue {
      return "reviewer evidence is \(shown); what was said is recorded in the interviews"
    }
    return "unknown source \"\(text.prefix(80))\"; use \(shown)"
  }

  /// What a citation of an unregistered document is told.
  public static func documentProblem(_ document: String, among documents: Set<String>) -> String {
    let message = "no document \"\(document.prefix(80))\" in the register (documents.json)"
    if let guess = NearestName.suggestion(for: document, among: documents.sorted()) {
      return message + "; did you mean \"\(guess)\"?"
    }
    return message + "; register it with integrity document add, or correct the id"
  }
}

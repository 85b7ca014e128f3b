import RubricEngine

/// The spreadsheet form of the reviewer's evidence, one row per entry: `question,source,document,score,note,date`.
/// `source` is `document` or `observed`; `document` is the id of a registered document (required for
/// `document` evidence); `score` is a score of the method's scale, or empty for evidence that informs
/// without scoring; `date` is `YYYY-MM-DD`.
public enum EvidenceSheet {
  /// The header row, exactly as other tools expect it.
  public static let header = ["question", "source", "document", "score", "note", "date"]

  /// One entry read from a sheet, before it is numbered.
  public struct Row: Equatable, Sendable {
    public var line: Int
    public var question: String
    public var source: EvidenceSource
    public var document: String?
    public var score: Int?
    public var note: String
    public var date: String

    /// Whether `entry` records the same evidence (its number and reviewer aside).
    public func matches(_ entry: ReviewerEvidence) -> Bool {
      entry.question == question && entry.source == source && entry.document == document
        && entry.score == score && entry.note == note && entry.date == date
    }
  }

  // MARK: Writing

  /// The sheet of `log`, in the log's order, every cell a spreadsheet would run as a formula neutralised.
  /// Evidence an imported artefact gave is left out: it comes with the artefact, not with a sheet.
  public static func document(of log: EvidenceLog) -> CSVDocument {
    var records = [CSVDocument.Record(fields: header, line: 1)]
    for entry in log.evidence where entry.artefact == nil {
      let fields = [
        entry.question, entry.source.rawValue, entry.document ?? "", entry.score.map(String.init) ?? "",
        entry.note, entry.date,
      ]
      records.append(CSVDocument.Record(fields: fields.map(FormulaCell.neutralised), line: records.count + 1))
    }
    return CSVDocument(records: records)
  }

  // MARK: Reading

  /// Whether `document` starts with this sheet's header.
  public static func hasHeader(_ document: CSVDocument) -> Bool {
    document.records.first.map(normalisedHeader) == header
  }

  /// The entries of a sheet, every row checked against `rubric` and the registered `documents`; all
  /// problems are returned at once, and nothing is returned when there is one. Cells are read as the
  /// answer sheet reads them (trimmed, a neutralised formula restored), so an exported sheet reads back as
  /// it was.
  /// - Parameter today: with a day `YYYY-MM-DD`, a row dated after it is refused.
  public static func read(
    _ document: CSVDocument, rubric: Rubric, documents: Set<String>, today: String? = nil
  ) -> Result<[Row], AnswerSheet.Problems> {
    guard let headerRecord = document.records.first else {
      return .failure(
        AnswerSheet.Problems(rows: [
          AnswerSheet.RowProblem(
            line: 1, message: "the file is empty; the first row must be " + header.joined(separator: ","))
        ]))
    }
    guard normalisedHeader(headerRecord) == header else {
      return .failure(
        AnswerSheet.Problems(rows: [
          AnswerSheet.RowProblem(
            line: headerRecord.line,
            message: "the header is \"\(headerRecord.fields.joined(separator: ","))\"; it must be "
              + header.joined(separator: ","))
        ]))
    }
    let questions = rubric.questionsByID()
    var rows: [Row] = []
    var problems: [AnswerSheet.RowProblem] = []
    for record in document.records.dropFirst() {
      guard record.fields.count == header.count else {
        problems.append(
          AnswerSheet.RowProblem(
            line: record.line,
            message: "\(record.fields.count) fields; every row has \(header.count): "
              + header.joined(separator: ",")))
        continue
      }
      let question = AnswerSheet.identifier(record.fields[0])
      let sourceText = AnswerSheet.identifier(record.fields[1])
      let documentID = AnswerSheet.identifier(record.fields[2])
      let scoreText = AnswerSheet.identifier(record.fields[3])
      let note = TextRule.note.cleaned(AnswerSheet.text(record.fields[4]))
      let date = AnswerSheet.identifier(record.fields[5])
      var rowProblems: [String] = []
      if let problem = EvidenceLogDecoder.questionProblem(question, in: rubric, questions: questions) {
        rowProblems.append(problem)
      }
      let source = EvidenceSource(rawValue: sourceText)
      if source == nil || source == .said {
        rowProblems.append(EvidenceLogDecoder.sourceProblem(sourceText))
      }
      if !documentID.isEmpty, !documents.contains(documentID) {
        rowProblems.append(EvidenceLogDecoder.documentProblem(documentID, among: documents))
      } else if !documentID.isEmpty, source == .observed {
        rowProblems.append(
          "observed evidence names no document: what was read in a document is source document")
      } else if documentID.isEmpty, source == .document {
        rowProblems.append(
          "document evidence names the document it was read in: give its id in the document column")
      }
      var score: Int?
      if !scoreText.isEmpty {
        score = rubric.method.score(scoreText)
        if score == nil {
          rowProblems.append(
            "score \"\(scoreText.prefix(80))\" is not on the scale \(rubric.method.scaleText); give a score of "
              + "the scale, or leave it empty for evidence that informs without scoring")
        }
      }
      if note.isEmpty {
        rowProblems.append("the note is empty; say what the evidence shows")
      } else if let problem = TextRule.note.problem(with: note, required: false) {
        rowProblems.append("the note " + problem)
      }
      if !CalendarDate.isValid(date) {
        rowProblems.append("the date " + CalendarDate.problem(date))
      } else if let today, date > today {
        rowProblems.append(
          "the date \(date) is after today (\(today)): evidence records what was read or seen")
      }
      guard rowProblems.isEmpty, let source else {
        problems += rowProblems.map { AnswerSheet.RowProblem(line: record.line, message: $0) }
        continue
      }
      rows.append(
        Row(
          line: record.line, question: question, source: source,
          document: documentID.isEmpty ? nil : documentID,
          score: score, note: note, date: date))
    }
    return problems.isEmpty ? .success(rows) : .failure(AnswerSheet.Problems(rows: problems))
  }

  static func normalisedHeader(_ record: CSVDocument.Record) -> [String] {
    record.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
  }
}

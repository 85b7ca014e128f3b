import RubricEngine

/// The spreadsheet form of a review's answers, one row per answer: `name,role,question,answer,evidence`.
/// `answer` is a score of the method's scale (`Method.scale`, 0-4), `n/a`, the text of a text question, or empty for a skipped question.
public enum AnswerSheet {
  /// The largest answer sheet read (a file or standard input).
  public static let maximumFileSize = 64 * 1024 * 1024

  /// The header row, exactly as other tools expect it.
  public static let header = ["name", "role", "question", "answer", "evidence"]

  /// One interviewee's answers read from a sheet.
  public struct Interviewee: Equatable, Sendable {
    public var name: String
    public var role: String
    /// The answers by question id, in the order of the sheet.
    public var answers: [(question: String, answer: Answer)]

    public static func == (lhs: Interviewee, rhs: Interviewee) -> Bool {
      lhs.name == rhs.name && lhs.role == rhs.role
        && lhs.answers.map(\.question) == rhs.answers.map(\.question)
        && lhs.answers.map(\.answer) == rhs.answers.map(\.answer)
    }
  }

  /// A bad row: its line and what is wrong with it.
  public struct RowProblem: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public var description: String { "line \(line): \(message)" }
  }

  /// Every bad row of a sheet.
  public struct Problems: Error, Equatable, Sendable {
    public var rows: [RowProblem]
  }

  // MARK: Writing

  /// The sheet of `interviews`: interviewees by name, answers in the rubric's asking order, every cell that
  /// a spreadsheet would run as a formula neutralised (see `FormulaCell`).
  public static func document(of interviews: [Interview], rubric: Rubric) -> CSVDocument {
    var records = [CSVDocument.Record(fields: header, line: 1)]
    let sorted = interviews.map { (key: Interview.normalisedName($0.name), interview: $0) }
      .sorted { $0.key < $1.key }.map(\.interview)
    for interview in sorted {
      for question in rubric.questions {
        guard let answer = interview.answers[question.id] else { continue }
        let fields = [interview.name, interview.role, question.id] + cells(of: answer)
        records.append(
          CSVDocument.Record(fields: fields.map(FormulaCell.neutralised), line: records.count + 1))
      }
    }
    return CSVDocument(records: records)
  }

  static func cells(of answer: Answer) -> [String] {
    switch answer.status {
    case .scored: return [String(answer.score ?? 0), answer.text ?? ""]
    case .notApplicable: return ["n/a", answer.text ?? ""]
    case .text: return [answer.text ?? "", ""]
    case .skipped: return ["", ""]
    }
  }

  // MARK: Reading

  /// The interviewees and answers of a sheet, every row checked against `rubric` and the interviews already
  /// in the review; all problems are returned at once, and nothing is returned when there is one. Cells are
  /// trimmed, then a neutralised formula is restored (see `FormulaCell`), so an exported sheet reads back
  /// as it was. Linear in the rows: each name is normalised once and people are looked up by that key.
  public static func read(
    _ document: CSVDocument, rubric: Rubric, existing: [Interview], recorded: String
  ) -> Result<[Interviewee], Problems> {
    var problems: [RowProblem] = []
    guard let headerRecord = document.records.first else {
      return .failure(
        Problems(rows: [
          RowProblem(
            line: 1, message: "the file is empty; the first row must be " + header.joined(separator: ","))
        ]))
    }
    let given = headerRecord.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    guard given == header else {
      return .failure(
        Problems(rows: [
          RowProblem(
            line: headerRecord.line,
            message:
              "the header is \"\(headerRecord.fields.joined(separator: ","))\"; it must be \(header.joined(separator: ","))"
          )
        ]))
    }
    var interviewees: [Interviewee] = []
    var intervieweeIndex: [String: Int] = [:]
    var seen: [String: Int] = [:]
    let questions = rubric.questionsByID()
    // A sheet repeats each name on every row of that person's answers: each distinct name is normalised once.
    var normalisedNames: [String: String] = [:]
    var existingByName: [String: Interview] = [:]
    for interview in existing where existingByName[Interview.normalisedName(interview.name)] == nil {
      existingByName[Interview.normalisedName(interview.name)] = interview
    }
    for record in document.records.dropFirst() {
      guard record.fields.count == header.count else {
        problems.append(
          RowProblem(
            line: record.line,
            message: "\(record.fields.count) fields; every row has 5: \(header.joined(separator: ","))"))
        continue
      }
      // What the cell says (trimmed, a neutralised formula restored), then cleaned as every way in is.
      let name = TextRule.name.cleaned(identifier(record.fields[0]))
      let role = identifier(record.fields[1])
      let questionID = identifier(record.fields[2])
      let answerText = text(record.fields[3])
      let evidence = TextRule.evidence.cleaned(text(record.fields[4]))
      var rowProblems: [String] = []
      if name.isEmpty { rowProblems.append("the name is empty") }
      if let problem = TextRule.name.problem(with: name, required: false) {
        rowProblems.append("the name " + problem)
      }
      if let problem = TextRule.evidence.problem(with: evidence, required: false) {
        rowProblems.append("the evidence " + problem)
      }
      if rubric.role(id: role) == nil {
        rowProblems.append(
          "unknown role \"\(role)\"; the rubric's roles are \(rubric.roles.map(\.id).joined(separator: ", "))"
        )
      }
      let question = questions[questionID]
      if question == nil {
        var message = "the rubric has no question \"\(questionID)\""
        if let guess = NearestName.suggestion(for: questionID, among: rubric.questions.map(\.id)) {
          message += "; did you mean \"\(guess)\"?"
        }
        rowProblems.append(message)
      } else if let question, rubric.role(id: role) != nil, !question.applies(toRole: role) {
        rowProblems.append("question \"\(questionID)\" is not asked of the role \(role)")
      }
      let normalised: String
      if let known = normalisedNames[name] {
        normalised = known
      } else {
        normalised = Interview.normalisedName(name)
        normalisedNames[name] = normalised
      }
      if let question, !name.isEmpty {
        let key = normalised + "\u{0}" + question.id
        if let first = seen[key] {
          rowProblems.append(
            "a second answer from \(name) to \"\(question.id)\" (the first is on line \(first))")
        }
        seen[key] = seen[key] ?? record.line
      }
      if let existingInterview = existingByName[normalised],
        existingInterview.role != role,
        !name.isEmpty
      {
        rowProblems.append("\(name) is in the review as \(existingInterview.role), not \(role)")
      }
      if let index = intervieweeIndex[normalised], interviewees[index].role != role {
        let other = interviewees[index]
        rowProblems.append("\(name) appears with two roles, \(other.role) and \(role)")
      }
      var answer: Answer?
      if let question {
        switch parseAnswer(
          answerText, evidence: evidence, question: question, method: rubric.method, recorded: recorded)
        {
        case .success(let parsed): answer = parsed
        case .failure(let message): rowProblems.append(message.text)
        }
      }
      guard rowProblems.isEmpty, let answer, let question else {
        problems += rowProblems.map { RowProblem(line: record.line, message: $0) }
        continue
      }
      if let index = intervieweeIndex[normalised] {
        interviewees[index].answers.append((question.id, answer))
      } else {
        intervieweeIndex[normalised] = interviewees.count
        interviewees.append(Interviewee(name: name, role: role, answers: [(question.id, answer)]))
      }
    }
    return problems.isEmpty ? .success(interviewees) : .failure(Problems(rows: problems))
  }

  /// A name, role or question cell as read: trimmed of spaces and tabs, a neutralised formula restored, and
  /// trimmed again, since these identify and are never stored with space at either end.
  static func identifier(_ cell: String) -> String {
    FormulaCell.restored(cell.trimmingSpaces()).trimmingSpaces()
  }

  /// An answer or evidence cell as read: trimmed of white space and line breaks, then a neutralised formula
  /// restored, so that text exported with a leading tab or carriage return comes back with it.
  static func text(_ cell: String) -> String {
    FormulaCell.restored(cell.trimmingSpacesAndNewlines())
  }

  struct Message: Error {
    var text: String
  }

  /// The answer in `trimmed`, the answer cell as `text(_:)` reads it.
  static func parseAnswer(
    _ trimmed: String, evidence: String, question: Question, method: Method, recorded: String
  ) -> Result<Answer, Message> {
    let scale = method.scaleText
    switch question.kind {
    case .text:
      let trimmed = TextRule.evidence.cleaned(trimmed)
      if let problem = TextRule.evidence.problem(with: trimmed, required: false) {
        return .failure(Message(text: "the answer " + problem))
      }
      guard evidence.isEmpty else {
        return .failure(
          Message(
            text:
              "\"\(question.id)\" is a text question: put the answer in the answer column and leave evidence empty"
          ))
      }
      return .success(trimmed.isEmpty ? .skipped(at: recorded) : .text(trimmed, at: recorded))
    case .scale:
      switch trimmed.lowercased() {
      case "":
        return evidence.isEmpty
          ? .success(.skipped(at: recorded))
          : .failure(Message(text: "evidence without an answer; give a score \(scale) or n/a"))
      case "n/a": return .success(.notApplicable(evidence: evidence, at: recorded))
      default:
        if let score = method.score(trimmed) {
          return .success(.scored(score, evidence: evidence, at: recorded))
        }
        return .failure(
          Message(text: "answer \"\(trimmed)\" to scale question \"\(question.id)\" is not \(scale) or n/a"))
      }
    }
  }
}

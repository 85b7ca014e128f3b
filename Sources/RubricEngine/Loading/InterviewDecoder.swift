/// Reads an interview file and checks it against the review's rubric: every answer must belong to a
/// question the rubric has, in a form that question takes.
public struct InterviewDecoder: Sendable {
  static let keys = ["formatVersion", "name", "role", "interviewer", "started", "updated", "answers"]
  static let answerKeys = ["status", "score", "text", "recorded"]

  /// The rubric the interview answers.
  public let rubric: Rubric
  /// The rubric's questions by id, looked up once per answer.
  let questions: [String: Question]

  /// Creates a decoder for interviews of `rubric`.
  public init(rubric: Rubric) {
    self.rubric = rubric
    questions = rubric.questionsByID()
  }

  /// The interview in `bytes`.
  /// - Throws: `DataFileError` naming `file` and every problem.
  public func decode(_ bytes: [UInt8], file: String) throws(DataFileError) -> Interview {
    let root = try DataFile.parse(bytes, file: file)
    var reader = JSONReader()
    let interview = read(root, reader: &reader)
    guard let interview, reader.problems.isEmpty else {
      throw .invalid(file: file, problems: reader.problems)
    }
    return interview
  }

  func read(_ root: JSONValue, reader: inout JSONReader) -> Interview? {
    guard let object = reader.object(root, at: .root, allowedKeys: Self.keys) else { return nil }
    let formatVersion = reader.formatVersion(object, current: Interview.currentFormatVersion, required: true)
    let name = reader.text(object, "name", rule: .name)
    let role = reader.string(object, "role")
    if let role, rubric.role(id: role) == nil {
      reader.report(
        "unknown role \"\(role)\"; the rubric's roles are \(rubric.roles.map(\.id).joined(separator: ", "))",
        at: object.path.appending("role"))
    }
    let interviewer = reader.text(object, "interviewer", rule: .name, required: false)
    let started = reader.string(object, "started")
    let updated = reader.string(object, "updated")
    var answers: [String: Answer]? = [:]
    if let value = reader.member(object, "answers", required: true) {
      answers = readAnswers(value, at: object.path.appending("answers"), reader: &reader)
    } else {
      answers = nil
    }
    guard let name, let role, let started, let updated, let answers else { return nil }
    return Interview(
      formatVersion: formatVersion, name: name, role: role, interviewer: interviewer, started: started,
      updated: updated, answers: answers)
  }

  func readAnswers(_ value: JSONValue, at path: JSONPath, reader: inout JSONReader) -> [String: Answer]? {
    guard case .object(let members) = value.content else {
      reader.report("expected an object, found \(value.kindName)", at: path, near: value)
      return nil
    }
    var answers: [String: Answer] = [:]
    var complete = true
    for member in members {
      let answerPath = path.appending(member.key)
      guard let question = questions[member.key] else {
        var message = "the rubric has no question \"\(member.key)\""
        if let guess = NearestName.suggestion(for: member.key, among: rubric.questions.map(\.id)) {
          message += "; did you mean \"\(guess)\"?"
        }
        reader.report(message, at: answerPath, position: member.keyPosition)
        complete = false
        continue
      }
      guard let answer = readAnswer(member.value, at: answerPath, question: question, reader: &reader) else {
        complete = false
        continue
      }
      answers[member.key] = answer
    }
    return complete ? answers : nil
  }

  func readAnswer(_ value: JSONValue, at path: JSONPath, question: Question, reader: inout JSONReader)
    -> Answer?
  {
    guard let object = reader.object(value, at: path, allowedKeys: Self.answerKeys) else { return nil }
    let statusText = reader.string(object, "status")
    let status = statusText.flatMap(Answer.Status.init(rawValue:))
    if let statusText, status == nil {
      reader.report(
        "unknown status \"\(statusText)\"; use \(Answer.Status.allCases.map(\.rawValue).joined(separator: ", "))",
        at: path.appending("status"))
    }
    let recorded = reader.string(object, "recorded")
    let text = reader.text(object, "text", rule: .evidence, required: status == .text)
    var score: Int?
    if object.has("score") {
      score = reader.integer(object, "score")
      if let value = score, !RubricDecoder.scaleValues.contains(value) {
        let scale = RubricDecoder.scaleValues
        reader.report(
          "score \(value) is outside the scale; scores run from \(scale.lowerBound) to \(scale.upperBound)",
          at: path.appending("score"))
        return nil
      }
    }
    guard let status, let recorded else { return nil }
    switch (status, question.kind) {
    case (.scored, .scale):
      guard score != nil else {
        let scale = RubricDecoder.scaleValues
        reader.report(
          "a scored answer needs a score from \(scale.lowerBound) to \(scale.upperBound)",
          at: path.appending("score"))
        return nil
      }
    case (.text, .text), (.skipped, _), (.notApplicable, .scale):
      if score != nil {
        reader.report("only a scored answer has a score", at: path.appending("score"))
        return nil
      }
    case (.scored, .text), (.notApplicable, .text):
      reader.report(
        "\"\(question.id)\" is a text question; its answer has status \"text\" or \"skipped\"",
        at: path.appending("status"))
      return nil
    case (.text, .scale):
      reader.report(
        "\"\(question.id)\" is a scale question; its answer has status \"scored\", \"not-applicable\" or \"skipped\"",
        at: path.appending("status"))
      return nil
    }
    return Answer(status: status, score: score, text: text, recorded: recorded)
  }
}

import RubricEngine

/// Counts of an interview's answers, for the messages at its end.
struct InterviewSummary {
  var answered = 0
  var notApplicable = 0
  var skipped = 0
  var asked: Int

  init(interview: Interview, rubric: Rubric) {
    let questions = rubric.questions.filter { $0.applies(toRole: interview.role) }
    asked = questions.count
    for question in questions {
      switch interview.answers[question.id]?.status {
      case .scored?, .text?: answered += 1
      case .notApplicable?: notApplicable += 1
      case .skipped?: skipped += 1
      case nil: break
      }
    }
  }

  var text: String {
    "\(answered) answered, \(notApplicable) not applicable, \(skipped) skipped, of \(asked) questions"
  }
}

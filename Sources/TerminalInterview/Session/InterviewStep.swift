import RubricEngine

/// One question in an interview's walk, with where it stands: its lens, its number within the lens and
/// overall, among the questions that apply to the interviewee's role.
public struct InterviewStep: Sendable {
  public var lens: Lens
  public var question: Question
  /// Position in the walk, from 0.
  public var position: Int
  /// Number within its lens (from 1) and how many of the lens's questions the role is asked.
  public var numberInLens: Int
  public var countInLens: Int
  /// Number among every question the role is asked (from 1), and how many that is.
  public var numberOverall: Int
  public var countOverall: Int

  /// The steps for an interviewee holding `role`, in asking order, limited to one lens when `lensID` is given.
  public static func steps(of rubric: Rubric, role: String, lensID: String? = nil) -> [InterviewStep] {
    let total = rubric.lenses.reduce(0) { $0 + $1.questions(forRole: role).count }
    var steps: [InterviewStep] = []
    var overall = 0
    for lens in rubric.lenses {
      let questions = lens.questions(forRole: role)
      for (offset, question) in questions.enumerated() {
        overall += 1
        guard lensID == nil || lensID == lens.id else { continue }
        steps.append(
          InterviewStep(
            lens: lens, question: question, position: steps.count, numberInLens: offset + 1,
            countInLens: questions.count, numberOverall: overall, countOverall: total))
      }
    }
    return steps
  }
}

import RubricEngine

/// What `integrity status --json` prints: the review, each interview with its counts by lens, the files
/// that cannot be read, and each lens's respondents against the method's minimum. Field by field in the
/// README.
struct StatusJSON: Encodable {
  struct ReviewPart: Encodable {
    var folder: String
    var client: String
    var program: String
    var decision: String
    var decisionDate: String?
    var decisionForum: String?
    var valueAtStake: String?
    var optionsConsidered: [String]?
    var rubric: RubricReference
  }

  struct LensCount: Encodable {
    var lens: String
    var answered: Int
    var asked: Int
  }

  struct InterviewPart: Encodable {
    var name: String
    var role: String
    var file: String
    var started: String
    var updated: String
    var answered: Int
    var notApplicable: Int
    var skipped: Int
    var asked: Int
    var lenses: [LensCount]
  }

  struct UnreadablePart: Encodable {
    var file: String
    var problem: String
  }

  struct LensPart: Encodable {
    var id: String
    var title: String
    var respondents: Int
    var enoughRespondents: Bool
  }

  struct StrayPart: Encodable {
    var count: Int
    var bytes: Int
  }

  var review: ReviewPart
  var interviewCount: Int
  var interviews: [InterviewPart]
  var unreadable: [UnreadablePart]
  var minimumRespondents: Int
  var lenses: [LensPart]
  var strayTemporaries: StrayPart

  init(
    folder: String, review: Review, rubric: Rubric, interviews: [(file: String, interview: Interview)],
    scorecard: Scorecard, unreadable: [StatusText.Unreadable], strays: [(path: String, size: Int)]
  ) {
    self.review = ReviewPart(
      folder: folder, client: review.client, program: review.program, decision: review.decision,
      decisionDate: review.decisionDate, decisionForum: review.decisionForum,
      valueAtStake: review.valueAtStake,
      optionsConsidered: review.optionsConsidered,
      rubric: review.rubric)
    let sorted = interviews.sorted {
      ($0.interview.role, Interview.normalisedName($0.interview.name))
        < ($1.interview.role, Interview.normalisedName($1.interview.name))
    }
    interviewCount = sorted.count
    self.interviews = sorted.map { file, interview in
      let summary = InterviewSummary(interview: interview, rubric: rubric)
      let lenses = rubric.lenses.compactMap { lens -> LensCount? in
        let questions = lens.questions(forRole: interview.role)
        guard !questions.isEmpty else { return nil }
        let answered = questions.filter { interview.answers[$0.id]?.isAnswered == true }.count
        return LensCount(lens: lens.id, answered: answered, asked: questions.count)
      }
      return InterviewPart(
        name: interview.name, role: interview.role, file: file, started: interview.started,
        updated: interview.updated, answered: summary.answered, notApplicable: summary.notApplicable,
        skipped: summary.skipped, asked: summary.asked, lenses: lenses)
    }
    self.unreadable = unreadable.map { UnreadablePart(file: $0.file, problem: $0.problem) }
    minimumRespondents = scorecard.method.minimumRespondents
    lenses = scorecard.lenses.map {
      LensPart(
        id: $0.id, title: $0.title, respondents: $0.respondents,
        enoughRespondents: EvidenceRule.hasEnoughRespondents($0, method: scorecard.method))
    }
    strayTemporaries = StrayPart(count: strays.count, bytes: strays.reduce(0) { $0 + $1.size })
  }
}

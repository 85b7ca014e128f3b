/// The scoring rules, as pure functions from a rubric, the interviews and the reviewer's adjustments to a
/// scorecard. Every number can be traced: `LensScore` keeps the parts each rating was reached from.
public enum Scoring {
  /// Scores below a band's minimum by less than this count as at the minimum: sums of decimal weights carry
  /// rounding noise that must not move a lens across a band edge.
  static let tolerance = 1e-9

  /// A lens needs at least this many respondents to be judged.
  public static let minimumRespondents = 2
  /// A lens needs at least this share of its scale questions answered (scored or n/a) to be judged.
  public static let minimumCoverage = 0.5

  /// The scorecard of a review. The order of `interviews` and of their answers never changes the result.
  public static func scorecard(rubric: Rubric, interviews: [Interview], adjustments: [Adjustment] = [])
    -> Scorecard
  {
    let sorted = interviews.sorted {
      (Interview.normalisedName($0.name), $0.name, $0.role) < (
        Interview.normalisedName($1.name), $1.name, $1.role
      )
    }
    let attributor = Attribution.roles.attributor(rubric: rubric, interviews: sorted)
    let lenses = rubric.lenses.map { lens in
      score(
        lens, rubric: rubric, interviews: sorted, attributor: attributor,
        adjustment: adjustments.first { $0.lens == lens.id })
    }
    let (verdict, reasons) = verdict(for: lenses)
    return Scorecard(
      verdict: verdict, verdictReasons: reasons, lenses: lenses,
      owners: owners(rubric: rubric, interviews: sorted, attributor: attributor),
      outcomes: outcomes(rubric: rubric, interviews: sorted, attributor: attributor),
      interviewCount: interviews.count)
  }

  // MARK: Lenses

  static func score(
    _ lens: Lens, rubric: Rubric, interviews: [Interview], attributor: Attributor, adjustment: Adjustment?
  ) -> LensScore {
    let scaleQuestions = lens.questions.filter { $0.kind == .scale }
    var questionScores: [QuestionScore] = []
    var asked = 0
    var answered = 0
    var respondentNames: Set<Int> = []
    for question in scaleQuestions {
      var scores: [RespondentScore] = []
      var notApplicable = 0
      var skipped = 0
      for (index, interview) in interviews.enumerated() where question.applies(toRole: interview.role) {
        asked += 1
        guard let answer = interview.answers[question.id] else { continue }
        switch answer.status {
        case .scored:
          answered += 1
          if let score = answer.score {
            scores.append(
              RespondentScore(
                name: interview.name, role: interview.role,
                shownRole: attributor.roleValue(interview.role, question: question.id), score: score))
            respondentNames.insert(index)
          }
        case .notApplicable:
          answered += 1
          notApplicable += 1
        case .skipped:
          skipped += 1
        case .text:
          break
        }
      }
      // Stable: among equal labels and scores the name order remains, and is invisible.
      scores = scores.enumerated().sorted {
        ($0.element.shownRole ?? "", $0.element.score, $0.offset)
          < ($1.element.shownRole ?? "", $1.element.score, $1.offset)
      }.map(\.element)
      let mean = scores.isEmpty ? nil : Double(scores.reduce(0) { $0 + $1.score }) / Double(scores.count)
      questionScores.append(
        QuestionScore(
          id: question.id, weight: question.weight, critical: question.critical, scores: scores,
          notApplicable: notApplicable, skipped: skipped, mean: mean))
    }
    let scored = questionScores.filter { $0.mean != nil }
    let totalWeight = scored.reduce(0) { $0 + $1.weight }
    let score = scored.isEmpty ? nil : scored.reduce(0) { $0 + $1.weight * ($1.mean ?? 0) } / totalWeight
    let coverage = asked == 0 ? 0 : Double(answered) / Double(asked)
    let bandRating = score.map { rating(for: $0, bands: rubric.bands) }
    let atRiskMinimum = rubric.bands.first { $0.rating == .atRisk }?.min ?? 0
    let criticalBelow = questionScores.filter { question in
      question.critical && (question.mean.map { $0 < atRiskMinimum - tolerance } ?? false)
    }.map(\.id)
    var insufficient: [String] = []
    if respondentNames.count < minimumRespondents {
      insufficient.append(
        "\(respondentNames.count) \(respondentNames.count == 1 ? "respondent" : "respondents"), fewer than "
          + "\(minimumRespondents)")
    }
    if Double(answered) < minimumCoverage * Double(asked) || asked == 0 {
      insufficient.append("coverage \(percent(coverage)), below \(percent(minimumCoverage))")
    }
    let computed: Rating
    if !insufficient.isEmpty {
      computed = .insufficientEvidence
    } else if !criticalBelow.isEmpty {
      computed = .unsound
    } else {
      computed = bandRating ?? .insufficientEvidence
    }
    return LensScore(
      id: lens.id, title: lens.title, gate: lens.gate, score: score, computedRating: computed,
      rating: adjustment?.rating ?? computed, adjustment: adjustment, bandRating: bandRating,
      criticalBelow: criticalBelow, insufficientBecause: insufficient, answeredCount: answered,
      askedCount: asked,
      coverage: coverage, respondents: respondentNames.count, contested: contested(questionScores),
      questions: questionScores)
  }

  /// The rating of the first band whose minimum is at or below `score`.
  public static func rating(for score: Double, bands: [Band]) -> Rating {
    bands.first { $0.min <= score + tolerance }?.rating ?? .unsound
  }

  static func contested(_ questions: [QuestionScore]) -> [ContestedQuestion] {
    questions.compactMap { question in
      guard let low = question.scores.map(\.score).min(), let high = question.scores.map(\.score).max(),
        high - low >= 2
      else { return nil }
      let roles = { (value: Int) in
        Array(Set(question.scores.filter { $0.score == value }.compactMap(\.shownRole))).sorted()
      }
      return ContestedQuestion(
        question: question.id, min: low, max: high, minRoles: roles(low), maxRoles: roles(high))
    }
  }

  // MARK: Verdict

  static func verdict(for lenses: [LensScore]) -> (Verdict, [String]) {
    var reasons: [String] = []
    for lens in lenses where lens.rating == .unsound {
      reasons.append("\(lens.title) is unsound")
    }
    for lens in lenses where lens.gate && lens.rating != .sound && lens.rating != .unsound {
      reasons.append("\(lens.title), the gate, is \(lens.rating.rawValue), not sound")
    }
    if !reasons.isEmpty { return (.notReady, reasons) }
    let insufficient = lenses.filter { $0.rating == .insufficientEvidence }
    if !insufficient.isEmpty {
      return (.insufficientEvidence, insufficient.map { "\($0.title) has insufficient evidence" })
    }
    let atRisk = lenses.filter { $0.rating == .atRisk }
    if !atRisk.isEmpty { return (.conditional, atRisk.map { "\($0.title) is at risk" }) }
    return (.ready, ["every lens is sound"])
  }

  // MARK: Agreement on text answers

  static func owners(rubric: Rubric, interviews: [Interview], attributor: Attributor) -> OwnerAgreement {
    let questions = rubric.questions.filter { $0.check == .owner }.map(\.id)
    // Names by their folded form, in order of first mention, with each spelling given and the roles.
    var groups: [(key: String, spellings: [String], roles: [String])] = []
    for interview in interviews {
      for question in questions {
        guard let answer = interview.answers[question], answer.status == .text, let text = answer.text else {
          continue
        }
        let key = Interview.normalisedName(text)
        guard !key.isEmpty else { continue }
        let spelling = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let roles = attributor.roleValue(interview.role, question: question).map { [$0] } ?? []
        if let index = groups.firstIndex(where: { $0.key == key }) {
          groups[index].spellings.append(spelling)
          for role in roles where !groups[index].roles.contains(role) { groups[index].roles.append(role) }
        } else {
          groups.append((key, [spelling], roles))
        }
      }
    }
    let names = groups.map { group in
      OwnerAgreement.NamedOwner(
        name: preferredSpelling(group.spellings), mentions: group.spellings.count, roles: group.roles.sorted()
      )
    }
    // Ties by the name given, not by who gave it first: interviewees are read in name order, and the order
    // would tell who named whom.
    let ranked = names.sorted {
      ($1.mentions, Interview.normalisedName($0.name), $0.name) < (
        $0.mentions, Interview.normalisedName($1.name), $1.name
      )
    }
    return OwnerAgreement(questions: questions, names: ranked)
  }

  /// The spelling of a name to show: the one given most often, then the one with the most capitals
  /// ("Dana Whitfield" over "dana whitfield"), then the first.
  static func preferredSpelling(_ spellings: [String]) -> String {
    let counts = Dictionary(spellings.map { ($0, 1) }, uniquingKeysWith: +)
    let capitals = { (text: String) in text.filter(\.isUppercase).count }
    return spellings.enumerated().min { lhs, rhs in
      let left = (counts[lhs.element] ?? 0, capitals(lhs.element), -lhs.offset)
      let right = (counts[rhs.element] ?? 0, capitals(rhs.element), -rhs.offset)
      return left > right
    }?.element ?? ""
  }

  static func outcomes(rubric: Rubric, interviews: [Interview], attributor: Attributor) -> OutcomeAgreement {
    let questions = rubric.questions.filter { $0.check == .outcome }.map(\.id)
    let checker = OutcomeChecker()
    var statements: [OutcomeAgreement.Statement] = []
    for interview in interviews {
      for question in questions {
        guard let answer = interview.answers[question], answer.status == .text, let text = answer.text,
          !text.allSatisfy(\.isWhitespace)
        else { continue }
        statements.append(
          OutcomeAgreement.Statement(
            text: text, question: question, name: interview.name, role: interview.role,
            shownRole: attributor.roleValue(interview.role, question: question),
            assessment: checker.check(text)))
      }
    }
    statements = statements.enumerated().sorted {
      ($0.element.shownRole ?? "", $0.element.text, $0.offset) < (
        $1.element.shownRole ?? "", $1.element.text, $1.offset
      )
    }.map(\.element)
    var distinct: [String: OutcomeVerdict] = [:]
    for statement in statements {
      distinct[Interview.normalisedName(statement.text)] = statement.assessment.verdict
    }
    return OutcomeAgreement(
      questions: questions, statements: statements, distinct: distinct.count,
      measurable: distinct.values.filter { $0 == .measurable }.count)
  }

  /// A share as a whole percentage, rounded down, so that coverage just short of a threshold never shows
  /// as reaching it (0.499 is 49%, not 50%).
  public static func percent(_ fraction: Double) -> String {
    "\(Int((fraction * 100 + 1e-9).rounded(.down)))%"
  }
}

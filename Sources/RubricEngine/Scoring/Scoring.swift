/// The scoring, as pure functions from a rubric, the interviews and the reviewer's adjustments to a
/// scorecard. Every number can be traced: `LensScore` keeps the parts each rating was reached from. The rules
/// themselves are one file each (`BandRule`, `CriticalRule`, `EvidenceRule`, `ContestedRule`, `FindingRule`,
/// `VerdictRule`), with their parameters in the rubric's `Method`.
public enum Scoring {
  /// The scorecard of a review. The order of `interviews` and of their answers never changes the result.
  /// - Parameters:
  ///   - evidence: the reviewer's evidence (`evidence.json`): what documents and observation show.
  ///   - documents: the register of documents examined (`documents.json`), shown by the outputs.
  public static func scorecard(
    rubric: Rubric, interviews: [Interview], adjustments: [Adjustment] = [],
    evidence: [ReviewerEvidence] = [],
    documents: [ReviewDocument] = [], confidenceAdjustment: ConfidenceAdjustment? = nil
  ) -> Scorecard {
    let sorted = Interview.sortedByName(interviews)
    let attributor = Attribution.roles.attributor(rubric: rubric, interviews: sorted)
    var evidenceByQuestion: [String: [ReviewerEvidence]] = [:]
    for entry in evidence { evidenceByQuestion[entry.question, default: []].append(entry) }
    let lenses = rubric.lenses.map { lens in
      score(
        lens, rubric: rubric, interviews: sorted, attributor: attributor,
        adjustment: adjustments.first { $0.lens == lens.id }, evidence: evidenceByQuestion)
    }
    let (verdict, reasons) = VerdictRule.verdict(for: lenses, method: rubric.method)
    return Scorecard(
      method: rubric.method, verdict: verdict, verdictReasons: reasons, lenses: lenses,
      owners: owners(rubric: rubric, interviews: sorted, attributor: attributor),
      outcomes: outcomes(rubric: rubric, interviews: sorted, attributor: attributor),
      interviewCount: interviews.count, documents: documents,
      criticalAssertedOnly: HearsayRule.assertedOnly(lenses), evidenceCount: evidence.count,
      computedDeliveryConfidence: DeliveryConfidenceRule.computed(
        verdict: verdict, lenses: lenses, method: rubric.method),
      lifts: lenses.compactMap { LiftRule.lift($0, bands: rubric.bands, method: rubric.method) },
      confidenceAdjustment: confidenceAdjustment)
  }

  // MARK: Lenses

  static func score(
    _ lens: Lens, rubric: Rubric, interviews: [Interview], attributor: Attributor, adjustment: Adjustment?,
    evidence: [String: [ReviewerEvidence]] = [:]
  ) -> LensScore {
    let method = rubric.method
    let scaleQuestions = lens.questions.filter { $0.kind == .scale }
    // One pass over the interviews, each read once while it is in the cache, for all the lens's questions.
    var tallies = scaleQuestions.map {
      QuestionScore(
        id: $0.id, weight: $0.weight, critical: $0.critical, scores: [], notApplicable: 0, skipped: 0,
        mean: nil)
    }
    var asked = 0
    var answered = 0
    var respondents = 0
    // What each role is asked, with the role as shown beside its scores: worked out once per role.
    var plans: [String: [(index: Int, id: String, shownRole: String?)]] = [:]
    for interview in interviews {
      let plan =
        plans[interview.role]
        ?? scaleQuestions.enumerated().filter { $0.element.applies(toRole: interview.role) }.map {
          ($0.offset, $0.element.id, attributor.roleValue(interview.role, question: $0.element.id))
        }
      plans[interview.role] = plan
      var responded = false
      for (index, id, shownRole) in plan {
        asked += 1
        guard let answer = interview.answers[id] else { continue }
        switch answer.status {
        case .scored:
          answered += 1
          if let score = answer.score {
            tallies[index].scores.append(
              RespondentScore(name: interview.name, role: interview.role, shownRole: shownRole, score: score))
            responded = true
          }
        case .notApplicable:
          answered += 1
          tallies[index].notApplicable += 1
        case .skipped:
          tallies[index].skipped += 1
        case .text:
          break
        }
      }
      if responded { respondents += 1 }
    }
    let questionScores = tallies.map { tally in
      var question = tally
      // Stable: among equal labels and scores the name order remains, and is invisible.
      question.scores = tally.scores.sortedStably { SortKey($0.shownRole ?? "", $0.score) }
      question.said =
        question.scores.isEmpty
        ? nil : Double(question.scores.reduce(0) { $0 + $1.score }) / Double(question.scores.count)
      question.evidence = evidence[question.id] ?? []
      question.shown = ShownRule.shown(question.evidence)
      question.mean = ShownRule.score(said: question.said, shown: question.shown)
      question.saidVsShown = SaidVsShownRule.isGap(said: question.said, shown: question.shown, method: method)
      question.accountsConflict = ConflictRule.accountsConflict(question, method: method)
      question.shownDisagrees = ShownRule.disagrees(question.evidence, method: method)
      question.isFinding = FindingRule.isFinding(question, method: method)
      return question
    }
    let scored = questionScores.filter { $0.mean != nil }
    let totalWeight = scored.reduce(0) { $0 + $1.weight }
    let score = scored.isEmpty ? nil : scored.reduce(0) { $0 + $1.weight * ($1.mean ?? 0) } / totalWeight
    let bandRating = score.map { BandRule.rating(for: $0, bands: rubric.bands, method: method) }
    let criticalBelow = CriticalRule.below(questionScores, bands: rubric.bands, method: method)
    let insufficient = EvidenceRule.insufficiency(
      respondents: respondents, answered: answered, asked: asked, method: method)
    // The same rating `LiftRule` works out what would change, once the lens has the evidence to be judged.
    let computed =
      insufficient.isEmpty
      ? LiftRule.rating(questionScores, bands: rubric.bands, method: method) : .insufficientEvidence
    return LensScore(
      id: lens.id, title: lens.title, gate: lens.gate, score: score, computedRating: computed,
      rating: adjustment?.rating ?? computed, adjustment: adjustment, bandRating: bandRating,
      criticalBelow: criticalBelow, insufficientBecause: insufficient, answeredCount: answered,
      askedCount: asked, coverage: EvidenceRule.coverage(answered: answered, asked: asked),
      respondents: respondents, contested: ContestedRule.contested(questionScores, method: method),
      questions: questionScores, evidenceStrength: EvidenceStrengthRule.strength(questionScores),
      adjustedDespiteCritical: CriticalRule.overridden(by: adjustment?.rating, criticalBelow: criticalBelow))
  }

  // MARK: Agreement on text answers

  static func owners(rubric: Rubric, interviews: [Interview], attributor: Attributor) -> OwnerAgreement {
    let questions = rubric.questions.filter { $0.check == .owner }.map(\.id)
    // Names by their folded form, in order of first mention, with each spelling given and the roles.
    var groups: [(key: String, spellings: [String], roles: [String])] = []
    var groupIndex: [String: Int] = [:]
    for interview in interviews {
      for question in questions {
        guard let answer = interview.answers[question], answer.status == .text, let text = answer.text else {
          continue
        }
        let key = Interview.normalisedName(text)
        guard !key.isEmpty else { continue }
        let spelling = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let roles = attributor.roleValue(interview.role, question: question).map { [$0] } ?? []
        if let index = groupIndex[key] {
          groups[index].spellings.append(spelling)
          for role in roles where !groups[index].roles.contains(role) { groups[index].roles.append(role) }
        } else {
          groupIndex[key] = groups.count
          groups.append((key, [spelling], roles))
        }
      }
    }
    let answers = groups.map { group in
      OwnerAgreement.NamedOwner(
        name: preferredSpelling(group.spellings), mentions: group.spellings.count, roles: group.roles.sorted()
      )
    }
    // Ties by the name given, not by who gave it first: interviewees are read in name order, and the order
    // would tell who named whom.
    let ranked = answers.sorted {
      ($1.mentions, Interview.normalisedName($0.name), $0.name) < (
        $0.mentions, Interview.normalisedName($1.name), $1.name
      )
    }
    return OwnerAgreement(
      questions: questions, names: ranked.filter { !OwnerAnswerRule.namesNoOwner($0.name) },
      unnamed: ranked.filter { OwnerAnswerRule.namesNoOwner($0.name) })
  }

  /// The spelling of a name to show: the one given most often, then the one with the most capitals
  /// ("Dana Whitfield" over "dana whitfield"), then the first.
  static func preferredSpelling(_ spellings: [String]) -> String {
    var counts: [String: Int] = [:]
    var distinct: [String] = []
    for spelling in spellings {
      if counts[spelling] == nil { distinct.append(spelling) }
      counts[spelling, default: 0] += 1
    }
    // Each different spelling once, in the order first given: the first wins a tie.
    let capitals = { (text: String) in text.filter(\.isUppercase).count }
    return distinct.enumerated().min { lhs, rhs in
      let left = (counts[lhs.element] ?? 0, capitals(lhs.element), -lhs.offset)
      let right = (counts[rhs.element] ?? 0, capitals(rhs.element), -rhs.offset)
      return left > right
    }?.element ?? ""
  }

  static func outcomes(rubric: Rubric, interviews: [Interview], attributor: Attributor) -> OutcomeAgreement {
    let questions = rubric.questions.filter { $0.check == .outcome }.map(\.id)
    let checker = OutcomeChecker()
    // The check is a pure function of the text: many interviewees giving the same statement check it once.
    var checked: [String: OutcomeAssessment] = [:]
    var statements: [OutcomeAgreement.Statement] = []
    for interview in interviews {
      for question in questions {
        guard let answer = interview.answers[question], answer.status == .text, let text = answer.text,
          !text.allSatisfy(\.isWhitespace)
        else { continue }
        let assessment = checked[text] ?? checker.check(text)
        checked[text] = assessment
        statements.append(
          OutcomeAgreement.Statement(
            text: text, question: question, name: interview.name, role: interview.role,
            shownRole: attributor.roleValue(interview.role, question: question), assessment: assessment))
      }
    }
    statements = statements.sortedStably { SortKey($0.shownRole ?? "", $0.text) }
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

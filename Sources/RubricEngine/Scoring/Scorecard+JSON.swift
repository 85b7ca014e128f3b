/// The scorecard as JSON for other tools: the fields `integrity score --json` promises (`verdict`, and per lens
/// `id`, `title`, `score`, `rating`, `computedRating`, `coverage`, `respondents`, `contested`), and more.
/// Scores and coverage carry two decimals; interviewees appear never by name, and by role only as the default
/// attribution allows (`Attributor`): a role fewer than two hold shows as "a stakeholder", or as `null`.
extension Scorecard: Encodable {
  enum Key: String, CodingKey {
    case verdict, verdictWords, verdictReasons, interviews, lenses, owners, outcomes
    case documents, reviewerEvidence, criticalAssertedOnly
    case deliveryConfidence, computedDeliveryConfidence, deliveryConfidenceWords, confidenceAdjustment
    case lifts
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(verdict, forKey: .verdict)
    try container.encode(verdict.words, forKey: .verdictWords)
    try container.encode(deliveryConfidence, forKey: .deliveryConfidence)
    try container.encode(computedDeliveryConfidence, forKey: .computedDeliveryConfidence)
    try container.encode(deliveryConfidence.words, forKey: .deliveryConfidenceWords)
    try container.encodeIfPresent(confidenceAdjustment, forKey: .confidenceAdjustment)
    try container.encode(lifts, forKey: .lifts)
    try container.encode(ReasonWords.verdictReasons(of: self), forKey: .verdictReasons)
    try container.encode(interviewCount, forKey: .interviews)
    try container.encode(lenses, forKey: .lenses)
    try container.encode(owners, forKey: .owners)
    try container.encode(outcomes, forKey: .outcomes)
    try container.encode(documents, forKey: .documents)
    try container.encode(evidenceCount, forKey: .reviewerEvidence)
    try container.encode(criticalAssertedOnly, forKey: .criticalAssertedOnly)
  }

  /// `value` rounded to two decimals, as the JSON reports scores.
  static func twoDecimals(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}

extension LensScore: Encodable {
  enum Key: String, CodingKey {
    case id, title, gate, score, rating, computedRating, adjustment, bandRating, criticalBelow,
      insufficientBecause
    case coverage, answered, asked, respondents, contested, questions
    case evidenceStrength, adjustedDespiteCritical, adjustmentUnconfirmed
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(gate, forKey: .gate)
    try container.encode(score.map(Scorecard.twoDecimals), forKey: .score)
    try container.encode(rating, forKey: .rating)
    try container.encode(computedRating, forKey: .computedRating)
    try container.encode(adjustment, forKey: .adjustment)
    try container.encode(bandRating, forKey: .bandRating)
    try container.encode(criticalBelow, forKey: .criticalBelow)
    try container.encode(ReasonWords.insufficiency(of: self), forKey: .insufficientBecause)
    try container.encode(Scorecard.twoDecimals(coverage), forKey: .coverage)
    try container.encode(answeredCount, forKey: .answered)
    try container.encode(askedCount, forKey: .asked)
    try container.encode(respondents, forKey: .respondents)
    try container.encode(contested, forKey: .contested)
    try container.encode(questions, forKey: .questions)
    try container.encode(Scorecard.twoDecimals(evidenceStrength), forKey: .evidenceStrength)
    try container.encode(adjustedDespiteCritical, forKey: .adjustedDespiteCritical)
    try container.encode(adjustmentUnconfirmed, forKey: .adjustmentUnconfirmed)
  }
}

extension QuestionScore: Encodable {
  enum Key: String, CodingKey {
    case id, weight, critical, mean, scores, notApplicable, skipped
    case said, shown, source, evidence, saidVsShown, accountsConflict, shownDisagrees, finding
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(id, forKey: .id)
    try container.encode(weight, forKey: .weight)
    try container.encode(critical, forKey: .critical)
    try container.encode(mean.map(Scorecard.twoDecimals), forKey: .mean)
    try container.encode(scores, forKey: .scores)
    try container.encode(notApplicable, forKey: .notApplicable)
    try container.encode(skipped, forKey: .skipped)
    try container.encode(said.map(Scorecard.twoDecimals), forKey: .said)
    try container.encode(shown.map(Scorecard.twoDecimals), forKey: .shown)
    try container.encode(source, forKey: .source)
    try container.encode(evidence, forKey: .evidence)
    try container.encode(saidVsShown, forKey: .saidVsShown)
    try container.encode(accountsConflict, forKey: .accountsConflict)
    try container.encode(shownDisagrees, forKey: .shownDisagrees)
    try container.encode(isFinding, forKey: .finding)
  }
}

extension RespondentScore: Encodable {
  enum Key: String, CodingKey { case role, score }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(shownRole, forKey: .role)
    try container.encode(score, forKey: .score)
  }
}

extension OwnerAgreement: Encodable {
  enum Key: String, CodingKey { case questions, distinct, agreed, names, unnamed }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(questions, forKey: .questions)
    try container.encode(distinct, forKey: .distinct)
    try container.encode(agreed, forKey: .agreed)
    try container.encode(names, forKey: .names)
    try container.encode(unnamed, forKey: .unnamed)
  }
}

extension OutcomeAgreement: Encodable {
  enum Key: String, CodingKey { case questions, given, distinct, measurable, statements }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(questions, forKey: .questions)
    try container.encode(statements.count, forKey: .given)
    try container.encode(distinct, forKey: .distinct)
    try container.encode(measurable, forKey: .measurable)
    try container.encode(statements, forKey: .statements)
  }
}

extension OutcomeAgreement.Statement: Encodable {
  enum Key: String, CodingKey { case text, role, verdict, missing }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(text, forKey: .text)
    try container.encode(shownRole, forKey: .role)
    try container.encode(assessment.verdict, forKey: .verdict)
    try container.encode(assessment.missing, forKey: .missing)
  }
}

import ArtefactReading
import Foundation
import RubricEngine

/// The client report's words for what the scorecard holds as values: ratings, verdict reasons, why a lens
/// lacks evidence, and the method's thresholds. Every sentence of the report that states a rule or a
/// threshold is made here, from the scorecard and its `Method`, never from a literal.
enum ReportWords {
  // MARK: Attribution

  /// Said once in the method where the report leaves a quote's source out.
  static let unattributedQuotes =
    "Quotes and scores are not attributed where the only attribution that would keep the speaker "
    + "anonymous is \"a stakeholder\": a role held by fewer than two interviewees would name the person, and "
    + "\"a stakeholder\" under every quote would say nothing."

  // MARK: Delivery confidence

  /// The delivery confidence as page one leads with it: the level, what it means, and, when the reviewers
  /// set it over the computed one, that they did and why.
  static func deliveryConfidence(_ card: Scorecard) -> String {
    var text = "**Delivery confidence: \(card.deliveryConfidence.words).** " + card.deliveryConfidence.meaning
    if let adjustment = card.confidenceAdjustment, adjustment.level != card.computedDeliveryConfidence {
      text +=
        " The reviewers set this level; the scorecard alone gives \(card.computedDeliveryConfidence.words). "
        + "Their reason: " + MarkdownText.inline(adjustment.reason)
      if !adjustment.reason.hasSuffix(".") { text += "." }
    }
    return text
  }

  /// The delivery-confidence rule as the method states it, from the method's parameters.
  static func deliveryConfidenceRule(_ method: Method) -> String {
    "The delivery confidence follows from the verdict: Green when the review is ready; Amber/Green when it is "
      + "ready with conditions and at most \(method.amberGreenAtRisk) \(method.amberGreenAtRisk == 1 ? "lens is" : "lenses are") "
      + "at risk, Amber when more are, or when some lens lacks the evidence to be judged; Red when it is not "
      + "ready and the gate lens or at least \(method.redUnsoundLenses) lenses are unsound, Amber/Red otherwise. "
      + "The reviewers may set another level with a reason, which the summary then gives. A decision date "
      + "within \(method.decisionNoticeDays) days of the report is said to be near."
  }

  // MARK: The decision

  /// The decision's date, forum, value and options, as the executive summary opens: each a paragraph,
  /// none for what the review does not record; the date said against the report's `today`, with a
  /// warning when it has passed or is near (`DecisionDateRule`).
  static func decision(_ review: Review, today: String, method: Method) -> [String] {
    var lines: [String] = []
    let plural = { (days: Int) in "\(days) \(days == 1 ? "day" : "days")" }
    var sentence = ""
    if let forum = review.decisionForum {
      sentence = "**To be decided by** " + MarkdownText.inline(withoutFinalStop(forum))
    }
    if let date = review.decisionDate {
      let day = longDate(date)
      sentence += sentence.isEmpty ? "**The decision is due** " : ", "
      switch DecisionDateRule.timing(decisionDate: date, today: today, method: method) {
      case .passed(let days):
        sentence +=
          "**on \(day), \(plural(days)) before this report: the date has passed.** If the commitment is already "
          + "made, this review can only inform what follows it"
      case .near(let days):
        sentence +=
          "**on \(day), " + (days == 0 ? "the day of this report" : "in \(plural(days))")
          + ":** little time is left to act on this review before the commitment hardens"
      case .ahead(let days):
        sentence += "on \(day), in \(plural(days))"
      case nil:
        sentence += "on \(day)"
      }
    }
    if !sentence.isEmpty { lines.append(sentence + ".") }
    if let value = review.valueAtStake {
      lines.append("**Value at stake.** " + MarkdownText.inline(withoutFinalStop(value)) + ".")
    }
    if let options = review.optionsConsidered, !options.isEmpty {
      lines.append(
        "**Options considered.** "
          + options.map { MarkdownText.inline(withoutFinalStop($0)) }.joined(separator: "; ")
          + ".")
    }
    return lines
  }

  /// "31 March 2027" for `2027-03-31`.
  static func longDate(_ date: String) -> String {
    let parts = date.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, (1...12).contains(parts[1]) else { return date }
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December",
    ]
    return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
  }

  // MARK: Verdict

  /// The verdict's reasons in a sentence or two, naming exactly the lenses of `card.verdictReasons`.
  static func verdictExplanation(_ card: Scorecard) -> String {
    let title = { (id: String) in MarkdownText.inline((card.lens(id)?.title ?? id).lowercased()) }
    var unsound: [String] = []
    var gates: [String] = []
    var insufficient: [String] = []
    var atRisk: [String] = []
    var everySound = false
    var asserted: [String] = []
    for reason in card.verdictReasons {
      switch reason {
      case .unsoundLens(let id): unsound.append(title(id))
      case .gateNotSound(let id, let given):
        let gate = MarkdownText.inline(card.lens(id)?.title ?? id)
        gates.append("\(gate), the gate, is \(rating(given).lowercased()), not sound.")
      case .insufficientLens(let id): insufficient.append(title(id))
      case .atRiskLens(let id): atRisk.append(title(id))
      case .everyLensSound: everySound = true
      case .criticalQuestionsAssertedOnly(let ids): asserted = ids
      }
    }
    var sentences: [String] = []
    if !unsound.isEmpty {
      sentences.append(
        (unsound.count == 1 ? "One lens is unsound: " : "\(count(unsound.count)) lenses are unsound: ")
          + sentence(unsound) + ".")
    }
    sentences += gates
    if !insufficient.isEmpty {
      sentences.append("There is too little evidence to judge " + sentence(insufficient) + ".")
    }
    if !atRisk.isEmpty {
      sentences.append(
        (atRisk.count == 1 ? "One lens is at risk: " : "\(count(atRisk.count)) lenses are at risk: ")
          + sentence(atRisk) + "; the others are sound.")
    }
    if everySound { sentences.append("Every lens is sound.") }
    if !asserted.isEmpty {
      sentences.append(
        "The verdict cannot be ready while "
          + (asserted.count == 1
            ? "a critical question rests" : "\(number(asserted.count)) critical questions rest")
          + " on what stakeholders said alone, with no document or observation to score "
          + (asserted.count == 1 ? "it" : "them") + " (listed in the appendix).")
    }
    return sentences.joined(separator: " ")
  }

  // MARK: Headlines

  static let noMeasurableOutcomeTitle = "No stakeholder stated a measurable outcome"

  static func noMeasurableOutcomeDetail(_ outcomes: OutcomeAgreement) -> String {
    let count = outcomes.statements.count
    return
      "\(counted(count, "outcome statement", "outcome statements")) \(count == 1 ? "was" : "were") given, "
      + "\(outcomes.distinct) of them different; none names a change in a measure with a target."
  }

  /// A count and its noun as a sentence opens with it: a number word up to twelve ("Five outcome
  /// statements"), beyond that "In all, 14 outcome statements", so that no sentence starts with a numeral.
  static func counted(_ count: Int, _ one: String, _ many: String) -> String {
    let words = [
      "No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
    ]
    let noun = count == 1 ? one : many
    return count < words.count ? words[count] + " " + noun : "In all, \(count) \(noun)"
  }

  static func ownerTitle(_ owners: OwnerAgreement) -> String {
    owners.distinct == 0 ? "Nobody could name the owner of the outcome" : "No single accountable owner"
  }

  static func ownerDetail(_ owners: OwnerAgreement) -> String {
    let unknown = owners.unnamed.reduce(0) { $0 + $1.mentions }
    let unsure =
      unknown == 0
      ? "" : " " + counted(unknown, "answer", "answers") + " named no owner."
    switch owners.distinct {
    case 0: return "No interviewee named a person accountable for the outcome." + unsure
    case 1: return "One owner was named, but not by everyone who answered." + unsure
    default:
      return counted(owners.distinct, "person or body", "different people or bodies")
        + " were named as accountable for the outcome." + unsure
    }
  }

  /// The answers that named no owner, as the report lists them: "no owner known (said: "Not clear")".
  static func unnamedOwners(_ owners: OwnerAgreement) -> [String] {
    owners.unnamed.map { answer in
      "no owner known (said: “" + MarkdownText.inline(answer.name) + "”"
        + (answer.mentions > 1 ? ", \(times(answer.mentions))" : "") + ")"
    }
  }

  /// A finding's line under its headline: whether its question is critical, its score on the scale and
  /// where the score comes from, and whether accounts conflict.
  static func findingDetail(_ finding: ReportContent.Finding, _ method: Method) -> String {
    var text =
      (finding.critical ? "A critical question, scored " : "Scored ") + "\(score(finding.score, of: method))"
    let places = finding.shownBy.filter { $0.score != nil }.map(shownPlace).reduce(into: [String]()) {
      list, place in
      if !list.contains(place) { list.append(place) }
    }
    if finding.shown != nil, !places.isEmpty {
      text += " from " + sentence(places)
    }
    if finding.accountsConflict, let conflict = finding.conflict {
      text += "; accounts conflict, with scores from \(conflict.low) to \(conflict.high)"
    }
    return text + "."
  }

  /// The said-vs-shown pattern, never attributed: "Stakeholders described this at 2.0 of 4; the Board
  /// paper shows 0 of 4: ...". Plain text, as every headline detail is (the report escapes it).
  static func saidVsShownDetail(_ finding: ReportContent.Finding, _ method: Method) -> String {
    let said = finding.said.map { score($0, of: method) } ?? "-"
    let shown = finding.shown.map { score($0, of: method) } ?? "-"
    // One interviewee's score is no pattern of stakeholders: it is said as what the interview gave.
    var text =
      finding.saidBy == 1
      ? "The interview put this at \(said); " : "Stakeholders described this at \(said) on average; "
    let scored = finding.shownBy.filter { $0.score != nil }
    if let first = scored.first {
      text += shownSubject(first) + " \(scored.count > 1 ? "show" : "shows") \(shown)"
      if scored.count > 1 { text += " with " + sentence(scored.dropFirst().map(shownSubject)) }
      text += ": " + sentence(scored.map(\.note).map(withoutFinalStop)) + "."
    } else {
      text += "what was shown scores \(shown)."
    }
    return text
  }

  /// Who or what showed it, as the subject of a sentence, in plain text: "“Outline business case”,
  /// version 2.1,", "the reviewers' observation".
  static func shownSubject(_ shown: ReportContent.Shown) -> String {
    if let artefact = shown.artefact { return "the programme's own work, “" + artefact + "”," }
    guard shown.source == .document, let document = shown.document else {
      return "the reviewers' observation"
    }
    return "“" + document + "”" + (shown.version.map { ", version \($0)," } ?? "")
  }

  /// "“Outline business case” (version 2.1)", "“ClaimsNext backlog”" or "the reviewers' observation", after
  /// "from".
  static func shownPlace(_ shown: ReportContent.Shown) -> String {
    if let artefact = shown.artefact { return "“" + artefact + "”" }
    guard shown.source == .document, let document = shown.document else {
      return "the reviewers' observation"
    }
    return "“" + document + "”" + (shown.version.map { " (version \($0))" } ?? "")
  }

  /// A finding's recommendation: where accounts conflict and nothing shown settles it, first establish the
  /// fact from a document.
  static func recommendation(_ finding: ReportContent.Finding) -> String {
    guard finding.accountsConflict, finding.shown == nil else { return finding.recommendation }
    let establish =
      "Establish the fact from a document (the contract, the business case, the minutes) before relying on "
      + "either account."
    return finding.recommendation.isEmpty ? establish : establish + " " + finding.recommendation
  }

  /// `text` without a full stop at its end, to join it into a sentence.
  static func withoutFinalStop(_ text: String) -> String {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.hasSuffix(".") ? String(trimmed.dropLast()) : trimmed
  }

  /// Where a lens's evidence comes from, for its rating paragraph.
  static func evidenceStrength(_ lens: LensScore) -> String {
    EvidenceStrengthRule.isAssertionOnly(lens.evidenceStrength)
      ? "It rests on assertion only: no document or observation was recorded for its questions."
      : "\(Scoring.percent(lens.evidenceStrength)) of its weight is scored from documents or observation."
  }

  // MARK: Evidence

  /// What to gather before a lens can be judged, with what it has now.
  static func evidenceToGather(_ lens: LensScore, method: Method) -> String {
    "Gather enough evidence to judge \(lens.title.lowercased()): at least "
      + "\(number(method.minimumRespondents)) stakeholders scoring it and \(share(method.minimumCoverage)) "
      + "of its questions answered (now \(lens.respondents) and \(Scoring.percent(lens.coverage)))."
  }

  /// The draft notice's reason: no lens has the respondents the method needs.
  static func draftReason(_ method: Method) -> String {
    "No lens has the \(method.minimumRespondents) respondents with a score that the method needs to judge it, "
      + "so no rating below is a finding yet. Not for decision."
  }

  // MARK: Scale and thresholds

  /// "2.3 of 4": a score with one decimal, out of the scale's top.
  static func score(_ value: Double, of method: Method) -> String {
    "\(oneDecimal(value)) out of \(method.scale.upperBound)"
  }

  /// "No question scored below 2 of 4": there is no finding.
  static func noFinding(_ method: Method) -> String {
    "scored below \(threshold(method.findingThreshold)) of \(method.scale.upperBound)"
  }

  /// The method's rules in the appendix: ratings, the critical, evidence and contested rules and the
  /// verdict rule, every threshold from `method` and the rubric's bands.
  static func rules(rubric: Rubric, method: Method) -> String {
    let gate = rubric.gateLens.map { "*\(MarkdownText.inline($0.title))*, the gate," } ?? "the gate lens"
    return
      "A question's score is the mean of the scores given; not applicable and skipped answers are left out. "
      + "A lens's score is the weighted mean of its question scores. Ratings: \(bands(rubric.bands)). "
      + "A critical question scoring below \(oneDecimal(BandRule.atRiskMinimum(rubric.bands))) makes its lens "
      + "unsound; a lens with fewer than \(method.minimumRespondents) respondents or under "
      + "\(Scoring.percent(method.minimumCoverage)) coverage has insufficient evidence to judge. A question is "
      + "contested when its scores are \(method.contestedSpread) or more apart. The client is not ready to "
      + "commit if any lens is unsound or \(gate) is not sound; the reviewers may adjust a lens's rating, with "
      + "a reason, and the report shows both."
  }

  /// The evidence rules in the appendix: sources, shown beats said, said vs shown, conflicting accounts,
  /// evidence strength and the hearsay rule, every threshold from `method`.
  static func evidenceRules(_ method: Method) -> String {
    var text =
      "Besides what stakeholders said, the reviewers recorded what documents and observation showed. Where "
      + "such evidence carries a score, the question is scored from it (the mean of its scores) and what was "
      + "said is shown beside it; where the two are \(method.contestedSpread) or more apart, the question is a "
      + "finding stated as a pattern, never attributed to a person. A critical question whose stakeholders' "
      + "scores are \(method.contestedSpread) or more apart is a finding whatever its mean. Reviewer evidence "
      + "never counts toward respondents or coverage. A lens's evidence is the share of its weight scored from "
      + "documents or observation."
    if method.readyNeedsShownCritical {
      text += " The verdict cannot be ready while any critical question rests on what was said alone."
    }
    return text
  }

  /// What a finding rests on, for the appendix, in plain text: "a document (Outline business case)",
  /// "observation", "interviews alone".
  static func restsOn(_ finding: ReportContent.Finding) -> String { restsOn(finding.shownBy) }

  /// What evidence of a question rests on, from what was shown of it.
  static func restsOn(_ shownBy: [ReportContent.Shown]) -> String {
    let scored = shownBy.filter { $0.score != nil }
    guard !scored.isEmpty else { return "interviews alone" }
    var titles: [String] = []
    for shown in scored where shown.source == .document {
      if let title = shown.document, !titles.contains(title) { titles.append(title) }
    }
    let observed = scored.contains { $0.source == .observed && $0.artefact == nil }
    var work: [String] = []
    for shown in scored {
      if let artefact = shown.artefact, !work.contains(artefact) { work.append(artefact) }
    }
    var parts: [String] = []
    if !titles.isEmpty {
      parts.append((titles.count == 1 ? "a document (" : "documents (") + sentence(titles) + ")")
    }
    if !work.isEmpty { parts.append("the work (" + sentence(work) + ")") }
    if observed { parts.append("observation") }
    return sentence(parts)
  }

  /// "sound from 3.0, at risk from 2.0, unsound from 0.0".
  static func bands(_ bands: [Band]) -> String {
    bands.map { "\(rating($0.rating).lowercased()) from \(oneDecimal($0.min))" }.joined(separator: ", ")
  }

  // MARK: The work as evidence

  /// "Items with a hypothesis": a measure's row in the report.
  static func itemsWith(_ field: TicketField) -> String {
    switch field {
    case .outcomeObjective: return "Items with an outcome objective"
    case .hypothesis: return "Items with a hypothesis"
    case .successCriteria: return "Items with success criteria"
    case .guardrails: return "Items with guardrails"
    case .experimentPlan: return "Items with an experiment plan"
    }
  }

  // MARK: Words and numbers

  static func rating(_ rating: Rating) -> String {
    switch rating {
    case .sound: return "Sound"
    case .atRisk: return "At risk"
    case .unsound: return "Unsound"
    case .insufficientEvidence: return "Insufficient evidence"
    }
  }

  static func verdict(_ verdict: OutcomeVerdict) -> String {
    switch verdict {
    case .measurable: return "Measurable"
    case .vague: return "Vague"
    case .output: return "Output, not outcome"
    }
  }

  /// "One", "Two", ... at the start of a sentence; digits from 11.
  static func count(_ number: Int) -> String {
    let words = ["No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"]
    return number < words.count ? words[number] : String(number)
  }

  /// "two", "three", ... within a sentence; digits from 11.
  static func number(_ value: Int) -> String {
    let words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    return value >= 0 && value < words.count ? words[value] : String(value)
  }

  /// "half", "a quarter", or a percentage.
  static func share(_ value: Double) -> String {
    switch value {
    case 0.5: return "half"
    case 0.25: return "a quarter"
    case 0.75: return "three quarters"
    case 1: return "all"
    default: return Scoring.percent(value)
    }
  }

  static func times(_ number: Int) -> String {
    switch number {
    case 1: return "once"
    case 2: return "twice"
    default: return "\(number) times"
    }
  }

  /// "a", "a and b", "a, b and c".
  static func sentence(_ items: [String]) -> String {
    ReasonWords.sentence(items)
  }

  static func oneDecimal(_ value: Double) -> String { String(format: "%.1f", value) }

  /// A threshold as written: "2" for a whole number, "1.5" otherwise.
  static func threshold(_ value: Double) -> String {
    value.rounded() == value && abs(value) < 1e9 ? String(Int(value)) : String(value)
  }
}

/// The plain words of the scorecard's reasons, as the JSON gives them and the score screen prints them:
/// stable, short and lower-case, for tools and reviewers. The client report words them for the client in
/// its own `ReportWords`.
public enum ReasonWords {
  /// What lifts a lens one band: "Outcome clarity becomes at risk when oc-measurable (now 0.5) and
  /// oc-shared-definition (now 1.6) reach 2.0".
  public static func lift(_ lift: LensLift, in card: Scorecard) -> String {
    let title = card.lens(lift.lens)?.title ?? lift.lens
    let target = lift.target == .atRisk ? "at risk" : lift.target.rawValue
    let raised = lift.raises.map { "\($0.question) (now \(String(format: "%.1f", $0.from)))" }
    return "\(title) becomes \(target) when \(sentence(raised)) \(raised.count == 1 ? "reaches" : "reach") "
      + String(format: "%.1f", lift.level)
  }

  /// Which lenses must move for the verdict to improve, from the verdict rule's reasons.
  public static func verdictChange(_ card: Scorecard) -> String? {
    let title = { (id: String) in card.lens(id)?.title ?? id }
    switch card.verdict {
    case .notReady:
      let unsound = card.lenses.filter { $0.rating == .unsound }.map(\.title)
      let gate = card.lenses.first { $0.gate && $0.rating != .sound }
      var needs: [String] = []
      if !unsound.isEmpty { needs.append("no lens is unsound (today \(sentence(unsound)))") }
      if let gate { needs.append("\(gate.title), the gate, is sound") }
      return "The verdict improves on not ready only when " + needs.joined(separator: " and ")
    case .insufficientEvidence:
      let lenses = card.lenses.filter { $0.rating == .insufficientEvidence }.map(\.title)
      return
        "The verdict can be given once \(sentence(lenses)) \(lenses.count == 1 ? "has" : "have") the evidence "
        + "to be judged"
    case .conditional:
      let atRisk = card.verdictReasons.compactMap { reason -> String? in
        if case .atRiskLens(let id) = reason { return title(id) }
        return nil
      }
      return atRisk.isEmpty
        ? "The verdict becomes ready once the critical questions are shown by a document or an observation"
        : "The verdict becomes ready once \(sentence(atRisk)) \(atRisk.count == 1 ? "is" : "are") sound"
    case .ready:
      return nil
    }
  }

  /// "a, b and c": a list as every output words it.
  public static func sentence(_ items: [String]) -> String {
    items.count <= 1
      ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
  }

  /// One verdict reason, naming the lens by its title in `card`.
  public static func verdict(_ reason: VerdictReason, in card: Scorecard) -> String {
    let title = { (id: String) in card.lens(id)?.title ?? id }
    switch reason {
    case .unsoundLens(let id): return "\(title(id)) is unsound"
    case .gateNotSound(let id, let rating): return "\(title(id)), the gate, is \(rating.rawValue), not sound"
    case .insufficientLens(let id): return "\(title(id)) has insufficient evidence"
    case .atRiskLens(let id): return "\(title(id)) is at risk"
    case .everyLensSound: return "every lens is sound"
    case .criticalQuestionsAssertedOnly(let ids):
      return "critical \(ids.count == 1 ? "question" : "questions") \(ids.joined(separator: ", ")) "
        + "\(ids.count == 1 ? "rests" : "rest") on what was said alone: no document or observation scores "
        + (ids.count == 1 ? "it" : "them")
    }
  }

  /// Every verdict reason of `card`, in order.
  public static func verdictReasons(of card: Scorecard) -> [String] {
    card.verdictReasons.map { verdict($0, in: card) }
  }

  /// One reason a lens lacks evidence.
  public static func insufficiency(_ reason: InsufficiencyReason) -> String {
    switch reason {
    case .tooFewRespondents(let count, let needed):
      return "\(count) \(count == 1 ? "respondent" : "respondents"), fewer than \(needed)"
    case .lowCoverage(let share, let needed):
      return "coverage \(Scoring.percent(share)), below \(Scoring.percent(needed))"
    }
  }

  /// Every reason `lens` lacks evidence, in order.
  public static func insufficiency(of lens: LensScore) -> [String] {
    lens.insufficientBecause.map(insufficiency)
  }

  /// A lens's evidence strength: the shown share of its weight, or "assertion only".
  public static func evidenceStrength(of lens: LensScore) -> String {
    EvidenceStrengthRule.isAssertionOnly(lens.evidenceStrength)
      ? "assertion only" : "\(share(lens.evidenceStrength)) shown"
  }

  /// A share as a whole percentage, rounded as the JSON rounds it, but never 0% or 100% for a share that
  /// is neither.
  public static func share(_ value: Double) -> String {
    let percent = Int((value * 100).rounded())
    return "\(value > 0 && value < 1 ? min(99, max(1, percent)) : percent)%"
  }

  /// "adjusted despite critical question ID scoring N" for each critical question the lens's adjustment
  /// overrode, in rubric order.
  public static func adjustedDespiteCritical(of lens: LensScore) -> [String] {
    lens.adjustedDespiteCritical.map { id in
      "adjusted despite critical question \(id) scoring \(score(lens.question(id)?.mean))"
    }
  }

  /// What was said and what was shown on `question`: "said 2.4, shown 1".
  public static func saidAndShown(_ question: QuestionScore) -> String {
    "said \(score(question.said)), shown \(score(question.shown))"
  }

  /// Where the scored evidence of `question` was found: "in Outline business case and by observation";
  /// `nil` when no evidence carries a score.
  public static func shownWhere(_ question: QuestionScore, documents: [ReviewDocument]) -> String? {
    var places: [String] = []
    for entry in question.evidence where entry.score != nil {
      let place =
        entry.source == .document
        ? "in " + (entry.document.map { id in documents.first { $0.id == id }?.title ?? id } ?? "a document")
        : "by observation"
      if !places.contains(place) { places.append(place) }
    }
    guard let last = places.last else { return nil }
    return places.count == 1 ? last : places.dropLast().joined(separator: ", ") + " and " + last
  }

  /// A score as the reasons write it: whole, or with up to two decimals; "-" for none.
  public static func score(_ value: Double?) -> String {
    guard let value else { return "-" }
    let hundredths = Int((value * 100).rounded())
    let (whole, fraction) = (hundredths / 100, hundredths % 100)
    if fraction == 0 { return String(whole) }
    if fraction % 10 == 0 { return "\(whole).\(fraction / 10)" }
    return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}

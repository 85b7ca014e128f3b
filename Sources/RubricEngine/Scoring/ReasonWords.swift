/// The plain words of the scorecard's reasons, as the JSON gives them and the score screen prints them:
/// stable, short and lower-case, for tools and reviewers. The client report words them for the client in
/// its own `ReportWords`.
public enum ReasonWords {
  /// One verdict reason, naming the lens by its title in `card`.
  public static func verdict(_ reason: VerdictReason, in card: Scorecard) -> String {
    let title = { (id: String) in card.lens(id)?.title ?? id }
    switch reason {
    case .unsoundLens(let id): return "\(title(id)) is unsound"
    case .gateNotSound(let id, let rating): return "\(title(id)), the gate, is \(rating.rawValue), not sound"
    case .insufficientLens(let id): return "\(title(id)) has insufficient evidence"
    case .atRiskLens(let id): return "\(title(id)) is at risk"
    case .everyLensSound: return "every lens is sound"
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
}

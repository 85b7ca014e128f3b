/// Why a lens has too little evidence to be judged, as values: what was found and what the method needs.
public enum InsufficiencyReason: Equatable, Sendable {
  /// Fewer interviewees gave the lens a score than the method needs (`Method.minimumRespondents`).
  case tooFewRespondents(count: Int, needed: Int)
  /// Less of the lens's scale questions were answered than the method needs (`Method.minimumCoverage`).
  case lowCoverage(share: Double, needed: Double)
}

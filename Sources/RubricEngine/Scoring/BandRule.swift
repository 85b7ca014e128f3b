/// The band rule: a lens score takes the rating of the first band, highest first, whose minimum it reaches,
/// within the method's tolerance.
public enum BandRule {
  /// The rating of the first band whose minimum is at or below `score`.
  public static func rating(for score: Double, bands: [Band], method: Method = .standard) -> Rating {
    bands.first { $0.min <= score + method.bandTolerance }?.rating ?? .unsound
  }

  /// The at-risk band's minimum: the score below which a critical question makes its lens unsound.
  public static func atRiskMinimum(_ bands: [Band]) -> Double {
    bands.first { $0.rating == .atRisk }?.min ?? 0
  }
}

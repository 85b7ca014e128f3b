/// Said versus shown: when what the interviewees said (their mean) and what the reviewer's evidence shows
/// differ by the method's contested spread or more, the question is a finding, stated as a pattern and
/// never attributed to a person. "When activity and outcome diverge, trust the outcome" (seed 000): the
/// question is scored from what was shown (`ShownRule`).
public enum SaidVsShownRule {
  /// Whether `said` and `shown` are at least the contested spread apart.
  public static func isGap(said: Double?, shown: Double?, method: Method) -> Bool {
    guard let said, let shown else { return false }
    return abs(said - shown) + method.bandTolerance >= Double(method.contestedSpread)
  }
}

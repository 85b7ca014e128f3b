/// The delivery confidence the scorecard shows, worked out from the verdict and the lens ratings:
/// - ready: Green;
/// - ready with conditions: Amber/Green with at most the method's `amberGreenAtRisk` lenses at risk, else
///   Amber;
/// - insufficient evidence: Amber (what cannot be judged cannot be assured);
/// - not ready: Red when the gate lens is unsound or at least the method's `redUnsoundLenses` lenses are,
///   else Amber/Red.
public enum DeliveryConfidenceRule {
  /// The computed level.
  public static func computed(verdict: Verdict, lenses: [LensScore], method: Method) -> DeliveryConfidence {
    switch verdict {
    case .ready:
      return .green
    case .conditional:
      let atRisk = lenses.filter { $0.rating == .atRisk }.count
      return atRisk <= method.amberGreenAtRisk ? .amberGreen : .amber
    case .insufficientEvidence:
      return .amber
    case .notReady:
      let unsound = lenses.filter { $0.rating == .unsound }
      return unsound.count >= method.redUnsoundLenses || unsound.contains(where: \.gate) ? .red : .amberRed
    }
  }
}

/// The verdict rule, applied to the lens ratings in rubric order:
/// - not ready when any lens is unsound, or the gate lens is anything but sound;
/// - otherwise insufficient evidence when any lens cannot be judged;
/// - otherwise ready with conditions when any lens is at risk;
/// - otherwise ready.
public enum VerdictRule {
  /// The verdict and the lenses that decided it.
  public static func verdict(for lenses: [LensScore]) -> (Verdict, [VerdictReason]) {
    var reasons: [VerdictReason] = lenses.filter { $0.rating == .unsound }.map { .unsoundLens($0.id) }
    for lens in lenses where lens.gate && lens.rating != .sound && lens.rating != .unsound {
      reasons.append(.gateNotSound(lens.id, lens.rating))
    }
    if !reasons.isEmpty { return (.notReady, reasons) }
    let insufficient = lenses.filter { $0.rating == .insufficientEvidence }
    if !insufficient.isEmpty { return (.insufficientEvidence, insufficient.map { .insufficientLens($0.id) }) }
    let atRisk = lenses.filter { $0.rating == .atRisk }
    if !atRisk.isEmpty { return (.conditional, atRisk.map { .atRiskLens($0.id) }) }
    return (.ready, [.everyLensSound])
  }
}

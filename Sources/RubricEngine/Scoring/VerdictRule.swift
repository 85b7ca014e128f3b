/// The verdict rule, applied to the lens ratings in rubric order:
/// - not ready when any lens is unsound, or the gate lens is anything but sound;
/// - otherwise insufficient evidence when any lens cannot be judged;
/// - otherwise ready with conditions when any lens is at risk;
/// - otherwise ready, unless a critical question rests on what was said alone (`HearsayRule`, when the
///   method's `readyNeedsShownCritical` is set): then ready with conditions.
public enum VerdictRule {
  /// The verdict and the lenses (and questions) that decided it.
  public static func verdict(for lenses: [LensScore], method: Method = .standard) -> (
    Verdict, [VerdictReason]
  ) {
    var reasons: [VerdictReason] = lenses.filter { $0.rating == .unsound }.map { .unsoundLens($0.id) }
    for lens in lenses where lens.gate && lens.rating != .sound && lens.rating != .unsound {
      reasons.append(.gateNotSound(lens.id, lens.rating))
    }
    if !reasons.isEmpty { return (.notReady, reasons) }
    let insufficient = lenses.filter { $0.rating == .insufficientEvidence }
    if !insufficient.isEmpty { return (.insufficientEvidence, insufficient.map { .insufficientLens($0.id) }) }
    let asserted = method.readyNeedsShownCritical ? HearsayRule.assertedOnly(lenses) : []
    let hearsay: [VerdictReason] = asserted.isEmpty ? [] : [.criticalQuestionsAssertedOnly(asserted)]
    let atRisk = lenses.filter { $0.rating == .atRisk }
    if !atRisk.isEmpty { return (.conditional, atRisk.map { .atRiskLens($0.id) } + hearsay) }
    if !hearsay.isEmpty { return (.conditional, hearsay) }
    return (.ready, [.everyLensSound])
  }
}

/// No green light on hearsay: the verdict `ready` requires every critical question to have been shown
/// (reviewer evidence from a document or an observation, with a score); otherwise the verdict is at most
/// `conditional`. Set by the method's `readyNeedsShownCritical`.
public enum HearsayRule {
  /// The critical questions of `lenses` scored from what was said alone (or not at all), in rubric order.
  public static func assertedOnly(_ lenses: [LensScore]) -> [String] {
    lenses.flatMap { $0.questions.filter { $0.critical && $0.shown == nil }.map(\.id) }
  }
}

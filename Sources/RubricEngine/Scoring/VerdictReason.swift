/// Why a review's verdict is what it is: one value per lens that decided it, never a sentence. Each output
/// words these in its own way (`ReasonWords` for the JSON and the screen; the report has its own).
public enum VerdictReason: Equatable, Sendable {
  /// The lens with this id is unsound.
  case unsoundLens(String)
  /// The gate lens with this id is rated `Rating`, neither sound nor unsound.
  case gateNotSound(String, Rating)
  /// The lens with this id has insufficient evidence to be judged.
  case insufficientLens(String)
  /// The lens with this id is at risk.
  case atRiskLens(String)
  /// Every lens is sound.
  case everyLensSound
  /// These critical questions (ids, in rubric order) rest on what was said alone: no document or
  /// observation shows them, so the verdict is at most ready with conditions (`HearsayRule`).
  case criticalQuestionsAssertedOnly([String])

  /// The lens the reason names, if it names one.
  public var lens: String? {
    switch self {
    case .unsoundLens(let id), .gateNotSound(let id, _), .insufficientLens(let id), .atRiskLens(let id):
      return id
    case .everyLensSound, .criticalQuestionsAssertedOnly:
      return nil
    }
  }
}

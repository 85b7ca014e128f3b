/// Whether the client is ready to commit, as the scoring rules decide it from the lens ratings.
public enum Verdict: String, Codable, Sendable, CaseIterable {
  /// A lens is unsound, or the gate lens (outcome clarity) is not sound.
  case notReady = "not-ready"
  /// Some lens has too little evidence to judge.
  case insufficientEvidence = "insufficient-evidence"
  /// Every lens is judged and none is unsound, but some are at risk.
  case conditional
  /// Every lens is sound.
  case ready

  /// The verdict in words, as the report and the score table say it.
  public var words: String {
    switch self {
    case .notReady: return "Not ready to commit"
    case .insufficientEvidence: return "Insufficient evidence to judge"
    case .conditional: return "Ready to commit with conditions"
    case .ready: return "Ready to commit"
    }
  }
}

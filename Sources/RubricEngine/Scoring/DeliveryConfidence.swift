/// How confident the reviewers are that the programme will deliver what the commitment is for, on the
/// five-level scale assurance reviews use. Worked out by `DeliveryConfidenceRule` from the verdict and the
/// lens ratings; a reviewer may set it otherwise, with a reason (`ConfidenceAdjustment`).
public enum DeliveryConfidence: String, Codable, Sendable, CaseIterable {
  case green
  case amberGreen = "amber-green"
  case amber
  case amberRed = "amber-red"
  case red

  /// The level named by `text`: its id (`amber-green`) or its words (`Amber/Green`, `amber green`), in any
  /// case.
  public init?(named text: String) {
    let key = text.lowercased().split(whereSeparator: { $0 == "/" || $0 == " " || $0 == "-" }).joined(
      separator: "-")
    guard let level = Self.allCases.first(where: { $0.rawValue == key }) else { return nil }
    self = level
  }

  /// The level as assurance reviews write it: "Amber/Green".
  public var words: String {
    switch self {
    case .green: return "Green"
    case .amberGreen: return "Amber/Green"
    case .amber: return "Amber"
    case .amberRed: return "Amber/Red"
    case .red: return "Red"
    }
  }

  /// What the level means, in this workbench's words.
  public var meaning: String {
    switch self {
    case .green:
      return
        "The programme is set up to deliver what the commitment is for: every lens is sound, and nothing "
        + "found stands in the way."
    case .amberGreen:
      return "Delivery looks likely: the gaps found are few and can be closed in the normal course of the "
        + "work, though someone must own closing them."
    case .amber:
      return
        "Delivery is possible but not assured: several gaps, or gaps the evidence cannot yet settle, need "
        + "attention and a named owner before the commitment."
    case .amberRed:
      return
        "Delivery is in doubt: serious gaps must be closed before the commitment, and it is not yet clear "
        + "that they can be in time."
    case .red:
      return
        "Delivery as committed looks unachievable: gaps in the programme's foundations must be closed, or "
        + "the commitment rethought, before it is made."
    }
  }
}

/// A statement read against the hypothesis form: "We believe that if we X, then Y will Z, measured by M
/// within T. We will know we are wrong if A."
public struct HypothesisReading: Codable, Equatable, Sendable {
  /// One slot of the form, with the statement's words for it or `nil` when empty.
  public struct Slot: Codable, Equatable, Sendable {
    public var slot: HypothesisSlot
    public var words: String?
  }

  /// Every slot in the order of the form.
  public var slots: [Slot]

  /// The slots the statement fills.
  public var filled: [HypothesisSlot] { slots.filter { $0.words != nil }.map(\.slot) }
  /// The slots the statement leaves empty.
  public var empty: [HypothesisSlot] { slots.filter { $0.words == nil }.map(\.slot) }
}

/// The slots of the hypothesis form, named by their letters in the template.
public enum HypothesisSlot: String, Codable, Sendable, CaseIterable {
  /// X: the change the team makes (the bet).
  case bet = "X"
  /// Y: who changes.
  case who = "Y"
  /// Z: the behaviour that changes.
  case behaviour = "Z"
  /// M: the measure.
  case measure = "M"
  /// T: the time within which it should show.
  case timeframe = "T"
  /// A: the signal that would show the bet is wrong.
  case signal = "A"

  /// The slot in words.
  public var title: String {
    switch self {
    case .bet: return "the change we make (X)"
    case .who: return "who changes (Y)"
    case .behaviour: return "the behaviour that changes (Z)"
    case .measure: return "the measure (M)"
    case .timeframe: return "the timeframe (T)"
    case .signal: return "the signal we are wrong (A)"
    }
  }
}

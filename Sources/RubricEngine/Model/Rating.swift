/// How sound a lens is judged to be.
public enum Rating: String, Codable, Sendable, CaseIterable, Comparable {
  case sound
  case atRisk = "at-risk"
  case unsound
  /// Too few respondents or answers to judge; never a band of the rubric.
  case insufficientEvidence = "insufficient-evidence"

  /// The ratings a rubric's bands may use.
  public static let bandRatings: [Rating] = [.sound, .atRisk, .unsound]

  /// Ratings order from best to worst, with insufficient evidence last.
  public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.rank < rhs.rank }

  private var rank: Int {
    switch self {
    case .sound: return 0
    case .atRisk: return 1
    case .unsound: return 2
    case .insufficientEvidence: return 3
    }
  }
}

/// The status class of a tool's state: Jira's, Azure DevOps' (Agile, Scrum and CMMI processes), Linear's,
/// GitHub's and the words people write in roadmaps. A state it does not know is `notStarted`, and is
/// reported as unknown so that the reading says so.
public enum StatusClassifier {
  static let done: Set<String> = [
    "done", "closed", "resolved", "released", "shipped", "completed", "complete", "delivered", "deployed",
    "live", "in production", "merged", "finished", "accepted", "fixed", "launched", "achieved", "met",
  ]
  static let cancelled: Set<String> = [
    "cancelled", "canceled", "removed", "won't do", "wont do", "won't fix", "wont fix", "duplicate",
    "rejected", "not planned", "abandoned", "obsolete", "declined", "dropped", "descoped", "invalid",
  ]
  static let inProgress: Set<String> = [
    "in progress", "active", "doing", "in review", "review", "code review", "in code review", "testing",
    "in test", "in testing", "qa", "in qa", "committed", "started", "in development", "development",
    "in dev", "blocked", "on hold", "ready for review", "ready for qa", "ready for test", "implementing",
    "reopened", "in flight", "underway", "under way", "wip", "at risk", "on track", "off track", "building",
  ]
  static let notStarted: Set<String> = [
    "to do", "todo", "open", "new", "backlog", "proposed", "approved", "selected for development", "triage",
    "ready", "not started", "planned", "idea", "ideas", "next", "later", "now", "draft", "pending",
    "ready for development", "ready for dev", "refinement", "icebox", "unstarted", "future", "design",
  ]

  /// Resolutions that say a closed item was not done (Jira's, GitHub's stateReason).
  public static let notDoneResolutions: Set<String> = [
    "won't do", "wont do", "won't fix", "wont fix", "duplicate", "cannot reproduce", "can't reproduce",
    "declined", "rejected", "incomplete", "obsolete", "not planned", "not a bug", "abandoned", "invalid",
  ]

  /// The class of `state`, and whether the state was known; an empty or missing state is not started, and
  /// known (nothing was said).
  public static func classify(_ state: String?) -> (status: StatusClass, known: Bool) {
    let key = normalised(state ?? "")
    if key.isEmpty { return (.notStarted, true) }
    if done.contains(key) { return (.done, true) }
    if cancelled.contains(key) { return (.cancelled, true) }
    if inProgress.contains(key) { return (.inProgress, true) }
    if notStarted.contains(key) { return (.notStarted, true) }
    return (.notStarted, false)
  }

  /// `state` lower-cased, with typographic apostrophes made plain, emoji and punctuation at either end
  /// dropped, and spaces, hyphens and underscores made single spaces: "Won’t Do", "WONT_DO", "✅ Done".
  static func normalised(_ state: String) -> String {
    var words: [String] = []
    var current = ""
    for scalar in state.lowercased().unicodeScalars {
      let character: Unicode.Scalar = scalar == "\u{2019}" ? "'" : scalar
      if character.properties.isAlphabetic || character.properties.numericType != nil || character == "'" {
        current.unicodeScalars.append(character)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words.joined(separator: " ")
  }
}

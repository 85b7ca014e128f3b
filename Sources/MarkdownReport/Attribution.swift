import RubricEngine

/// How a report attributes what was said. By role (the default), a role held by only one interviewee is
/// shown as "a stakeholder", so that no quote can be traced to one person.
public enum Attribution: String, Sendable, CaseIterable {
  /// The interviewee's role title, or "a stakeholder" for a role only one interviewee holds.
  case roles
  /// Nothing: quotes and scores stand unattributed.
  case anonymous
  /// The interviewee's name and role.
  case names

  /// The attributions for a review: who is shown how.
  public func attributor(rubric: Rubric, interviews: [Interview]) -> Attributor {
    Attributor(attribution: self, rubric: rubric, interviews: interviews)
  }
}

/// Names the source of a quote or a score under an attribution rule.
public struct Attributor: Sendable {
  let attribution: Attribution
  let roleTitles: [String: String]
  let holders: [String: Int]

  init(attribution: Attribution, rubric: Rubric, interviews: [Interview]) {
    self.attribution = attribution
    roleTitles = Dictionary(uniqueKeysWithValues: rubric.roles.map { ($0.id, $0.title) })
    holders = Dictionary(interviews.map { ($0.role, 1) }, uniquingKeysWith: +)
  }

  /// The source of something said by `name` in `role`, or `nil` when nothing is attributed.
  public func source(name: String, role: String) -> String? {
    switch attribution {
    case .anonymous: return nil
    case .names: return "\(name), \(roleTitles[role] ?? role)"
    case .roles: return roleLabel(role)
    }
  }

  /// A role as it may be shown: its title when several interviewees hold it, otherwise "a stakeholder";
  /// `nil` when nothing is attributed.
  public func roleLabel(_ role: String) -> String? {
    switch attribution {
    case .anonymous: return nil
    case .names, .roles:
      if attribution == .roles && (holders[role] ?? 0) < 2 { return "a stakeholder" }
      return roleTitles[role] ?? role
    }
  }

  /// The roles at one end of a contested question, as they may be shown, each once.
  public func roleLabels(_ roles: [String]) -> [String] {
    var seen: [String] = []
    for label in roles.compactMap(roleLabel) where !seen.contains(label) { seen.append(label) }
    return seen
  }
}

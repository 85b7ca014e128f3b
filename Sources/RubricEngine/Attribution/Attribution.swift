/// How what was said is attributed in what a client sees. By role (the default), every label shown beside a
/// quote or a score stands for at least two interviewees; see `Attributor` for the rule.
public enum Attribution: String, Sendable, CaseIterable {
  /// The interviewee's role title where at least two interviewees asked the question hold it, otherwise
  /// "a stakeholder", a pool of at least two; nothing when only one interviewee was asked.
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

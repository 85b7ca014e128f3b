/// Names the source of a quote or a score under an attribution, so that by role no label can be traced to
/// one person.
///
/// The rule (`visibility(holders:)`) is k-anonymous with k = 2, and is applied per question, among the
/// interviewees who answered it with a score or a text (the rubric says which roles are asked, and the
/// report's method lists the interviews by role, so a reader can work out who could have answered; one
/// who was asked and skipped hides no one):
/// - a role at least two of them hold is shown by its title;
/// - the other roles are pooled as "a stakeholder"; if that pool would hold one person, it is widened by the
///   shown role with the fewest holders (ties: the first role id in alphabetical order), so that it holds
///   at least three;
/// - when the question was put to one interviewee only, nothing can hide who answered, and nothing is
///   attributed: no label at all.
///
/// Where every answer to a question is listed (`score --json`, `score --explain`, the outcome statements),
/// the lists are ordered by label, never by name, so that a reader who knows who was interviewed cannot
/// read identities off the order.
public struct Attributor: Sendable {
  /// How a role may be shown beside something one of its holders said or scored.
  public enum Visibility: Sendable, Equatable {
    /// By its own title: at least two interviewees asked hold it.
    case role
    /// As `Attributor.pooledLabel`, a pool of at least two interviewees.
    case pooled
    /// Not at all: only one interviewee was asked.
    case hidden
  }

  /// The label of the pool of roles too small to show.
  public static let pooledLabel = "a stakeholder"
  /// How many interviewees a label shown beside a quote or a score stands for, at least.
  public static let minimumHolders = 2

  public let attribution: Attribution
  let roleTitles: [String: String]
  /// The visibility of each role among all the interviewees, for what no one question asked.
  let overall: [String: Visibility]
  /// The visibility of each role among the interviewees each question was put to, by question id.
  let byQuestion: [String: [String: Visibility]]

  /// The attributions of `interviews` under `attribution`.
  public init(attribution: Attribution, rubric: Rubric, interviews: [Interview]) {
    self.attribution = attribution
    roleTitles = Dictionary(rubric.roles.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    let holders = Dictionary(interviews.map { ($0.role, 1) }, uniquingKeysWith: +)
    overall = Self.visibility(holders: holders)
    var byQuestion: [String: [String: Visibility]] = [:]
    // Per question, only those who gave something that can be shown (a score or a text answer) count: an
    // interviewee asked who skipped it, or found it not applicable, hides no one who answered.
    for question in rubric.questions {
      var answered: [String: Int] = [:]
      for interview in interviews where question.applies(toRole: interview.role) {
        guard let status = interview.answers[question.id]?.status, status == .scored || status == .text
        else { continue }
        answered[interview.role, default: 0] += 1
      }
      byQuestion[question.id] = Self.visibility(holders: answered)
    }
    self.byQuestion = byQuestion
  }

  /// The rule: how each role may be shown, given how many of the interviewees who could have said a thing
  /// hold it. Every label it allows stands for at least `minimumHolders` of them.
  public static func visibility(holders: [String: Int]) -> [String: Visibility] {
    let present = holders.filter { $0.value > 0 }
    guard present.values.reduce(0, +) >= minimumHolders else { return present.mapValues { _ in .hidden } }
    var result = present.mapValues { $0 >= minimumHolders ? Visibility.role : .pooled }
    var pooled = present.filter { result[$0.key] == .pooled }.values.reduce(0, +)
    // A pool of one would name its only member to anyone who can count the roles.
    while pooled > 0, pooled < minimumHolders,
      let smallest = present.filter({ result[$0.key] == .role }).min(by: {
        ($0.value, $0.key) < ($1.value, $1.key)
      })
    {
      result[smallest.key] = .pooled
      pooled += smallest.value
    }
    return result
  }

  /// How `role` may be shown beside an answer to `question` (`nil`: something no one question asked).
  public func visibility(of role: String, question: String?) -> Visibility {
    let table = question.flatMap { byQuestion[$0] } ?? overall
    return table[role] ?? .hidden
  }

  /// The source of what `name`, in `role`, said or scored on `question`, as the report shows it;
  /// `nil` when nothing is attributed.
  public func source(name: String, role: String, question: String?) -> String? {
    switch attribution {
    case .anonymous: return nil
    case .names: return "\(name), \(roleTitles[role] ?? role)"
    case .roles:
      switch visibility(of: role, question: question) {
      case .role: return roleTitles[role] ?? role
      case .pooled: return Self.pooledLabel
      case .hidden: return nil
      }
    }
  }

  /// `role` as the scorecard's data shows it beside an answer to `question`: the role id, the pooled label,
  /// or `nil` when nothing is attributed.
  public func roleValue(_ role: String, question: String?) -> String? {
    switch attribution {
    case .anonymous: return nil
    case .names: return role
    case .roles:
      switch visibility(of: role, question: question) {
      case .role: return role
      case .pooled: return Self.pooledLabel
      case .hidden: return nil
      }
    }
  }
}

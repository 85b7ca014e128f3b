import RubricEngine

/// The counts of a set of items: verdicts, ticket fields, status classes and done items with no metric
/// plan. Counts, never shares: shares are worked out from them where they are shown.
public struct ArtefactCounts: Equatable, Sendable {
  public var itemCount = 0
  public var verdicts: [OutcomeVerdict: Int] = [:]
  public var fields: [TicketField: Int] = [:]
  /// Items carrying all five ticket fields.
  public var allFive = 0
  public var status: [StatusClass: Int] = [:]
  /// Done items with neither an outcome objective nor success criteria (seed 003's first misalignment signal).
  public var doneWithoutMetric = 0

  /// Creates the counts of `items`.
  public init(_ items: some Sequence<ArtefactItem>) {
    for item in items { add(item) }
  }

  mutating func add(_ item: ArtefactItem) {
    itemCount += 1
    verdicts[item.verdict, default: 0] += 1
    for found in item.fields { fields[found.field, default: 0] += 1 }
    if item.hasAllFields { allFive += 1 }
    status[item.statusClass, default: 0] += 1
    if item.doneWithoutMetric { doneWithoutMetric += 1 }
  }

  /// The count of a verdict, a field or a status class (0 when none).
  public func count(_ verdict: OutcomeVerdict) -> Int { verdicts[verdict] ?? 0 }
  public func count(_ field: TicketField) -> Int { fields[field] ?? 0 }
  public func count(_ status: StatusClass) -> Int { self.status[status] ?? 0 }
}

extension ArtefactCounts: Encodable {
  enum Key: String, CodingKey { case itemCount, verdicts, fields, status, doneWithoutMetric }
  enum VerdictKey: String, CodingKey { case output, vague, measurable }
  enum FieldKey: String, CodingKey {
    case outcomeObjective, hypothesis, successCriteria, guardrails, experimentPlan, allFive
  }
  enum StatusKey: String, CodingKey { case done, inProgress, notStarted, cancelled }

  /// The fields `artefact check --json` promises, every count present (0 included).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(itemCount, forKey: .itemCount)
    var verdictContainer = container.nestedContainer(keyedBy: VerdictKey.self, forKey: .verdicts)
    try verdictContainer.encode(count(.output), forKey: .output)
    try verdictContainer.encode(count(.vague), forKey: .vague)
    try verdictContainer.encode(count(.measurable), forKey: .measurable)
    var fieldContainer = container.nestedContainer(keyedBy: FieldKey.self, forKey: .fields)
    for field in TicketField.allCases {
      if let key = FieldKey(rawValue: field.rawValue) { try fieldContainer.encode(count(field), forKey: key) }
    }
    try fieldContainer.encode(allFive, forKey: .allFive)
    var statusContainer = container.nestedContainer(keyedBy: StatusKey.self, forKey: .status)
    for status in StatusClass.allCases {
      if let key = StatusKey(rawValue: status.rawValue) {
        try statusContainer.encode(count(status), forKey: key)
      }
    }
    try container.encode(doneWithoutMetric, forKey: .doneWithoutMetric)
  }
}

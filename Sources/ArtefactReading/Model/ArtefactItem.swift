import RubricEngine

/// One item of an artefact as the review keeps it: never its description, never a person. Only the key,
/// the title, the type, the status, the labels and the parent are read from the export, and the words that
/// showed each ticket field.
public struct ArtefactItem: Codable, Equatable, Sendable {
  /// The tool's key ("CLM-142", "#87"), or the line number for a line list.
  public var key: String
  public var title: String
  /// The item's type as the tool names it, lower-cased ("epic", "story", "user story"); `nil` where the
  /// format has none.
  public var type: String?
  /// The state as the tool names it ("In Review").
  public var status: String?
  public var statusClass: StatusClass
  public var labels: [String]
  public var parent: String?
  /// The group a line list puts the item under (its heading).
  public var group: String?
  /// The outcome checker's verdict on the title.
  public var verdict: OutcomeVerdict
  /// The ticket fields found, each with the words that showed it.
  public var fields: [FoundField]

  /// A ticket field found, with the words (cut to a sentence) that showed it.
  public struct FoundField: Codable, Equatable, Sendable {
    public var field: TicketField
    public var words: String
  }

  /// Creates an item.
  public init(
    key: String, title: String, type: String? = nil, status: String? = nil, statusClass: StatusClass,
    labels: [String] = [], parent: String? = nil, group: String? = nil, verdict: OutcomeVerdict,
    fields: [FoundField] = []
  ) {
    self.key = key
    self.title = title
    self.type = type
    self.status = status
    self.statusClass = statusClass
    self.labels = labels
    self.parent = parent
    self.group = group
    self.verdict = verdict
    self.fields = fields
  }

  /// Whether the item carries `field`.
  public func has(_ field: TicketField) -> Bool { fields.contains { $0.field == field } }

  /// Whether it carries all five ticket fields.
  public var hasAllFields: Bool { TicketField.allCases.allSatisfy(has) }

  /// Seed 003's first misalignment signal: done, with neither an outcome objective nor success criteria.
  public var doneWithoutMetric: Bool {
    statusClass == .done && !has(.outcomeObjective) && !has(.successCriteria)
  }
}

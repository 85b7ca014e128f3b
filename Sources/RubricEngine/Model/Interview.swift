/// One stakeholder's interview: who, in which role, and their answers by question id.
/// Stored as `interviews/<slug>.json` in the review's folder.
public struct Interview: Codable, Equatable, Sendable {
  /// The interview file format this workbench reads and writes.
  public static let currentFormatVersion = 1

  public var formatVersion: Int
  /// The interviewee's name as the consultant typed it; never used as a path.
  public var name: String
  /// The interviewee's role id in the review's rubric.
  public var role: String
  public var interviewer: String?
  /// When the interview started and was last changed (ISO 8601, UTC).
  public var started: String
  public var updated: String
  /// The answers, by question id.
  public var answers: [String: Answer]

  /// Creates an interview.
  public init(
    formatVersion: Int = Interview.currentFormatVersion, name: String, role: String,
    interviewer: String? = nil,
    started: String, updated: String, answers: [String: Answer] = [:]
  ) {
    self.formatVersion = formatVersion
    self.name = name
    self.role = role
    self.interviewer = interviewer
    self.started = started
    self.updated = updated
    self.answers = answers
  }

  /// Whether `other` names the same person: names compared as `normalisedName` folds them.
  public func isSamePerson(as otherName: String) -> Bool {
    Self.normalisedName(name) == Self.normalisedName(otherName)
  }

  /// A name folded for comparison: cleaned as every way in cleans a name (`TextRule.name`: NFC, control
  /// characters removed, white space collapsed and trimmed), then lowercased.
  public static func normalisedName(_ name: String) -> String {
    TextRule.name.cleaned(name).lowercased()
  }

  /// `interviews` in name order (by `normalisedName`, then the name as given, then the role), each name
  /// folded once rather than on every comparison. Everything that lists interviewees uses this order.
  public static func sortedByName(_ interviews: [Interview]) -> [Interview] {
    interviews.map { (key: normalisedName($0.name), interview: $0) }.sorted {
      ($0.key, $0.interview.name, $0.interview.role) < ($1.key, $1.interview.name, $1.interview.role)
    }.map(\.interview)
  }
}

/// One answer to one question.
public struct Answer: Codable, Equatable, Sendable {
  /// What kind of answer it is.
  public enum Status: String, Codable, Sendable, CaseIterable {
    /// A score on the method's scale (`Method.scale`), with optional evidence.
    case scored
    /// The question does not apply to this interviewee; evidence may say why.
    case notApplicable = "not-applicable"
    /// Asked and skipped: it still counts as unanswered.
    case skipped
    /// The answer to a `text` question.
    case text
  }

  public var status: Status
  /// The score, for `scored` answers.
  public var score: Int?
  /// What the interviewee said: the answer itself for `text`, the supporting evidence otherwise.
  public var text: String?
  /// When it was recorded (ISO 8601, UTC).
  public var recorded: String

  /// Creates an answer; use the static constructors for each status.
  public init(status: Status, score: Int? = nil, text: String? = nil, recorded: String) {
    self.status = status
    self.score = score
    self.text = text
    self.recorded = recorded
  }

  /// A score with the evidence heard (empty evidence is stored as none).
  public static func scored(_ score: Int, evidence: String?, at time: String) -> Answer {
    Answer(status: .scored, score: score, text: evidence.flatMap { $0.isEmpty ? nil : $0 }, recorded: time)
  }

  /// Not applicable, with the reason if one was given.
  public static func notApplicable(evidence: String?, at time: String) -> Answer {
    Answer(status: .notApplicable, text: evidence.flatMap { $0.isEmpty ? nil : $0 }, recorded: time)
  }

  /// Asked and skipped.
  public static func skipped(at time: String) -> Answer {
    Answer(status: .skipped, recorded: time)
  }

  /// A text answer.
  public static func text(_ text: String, at time: String) -> Answer {
    Answer(status: .text, text: text, recorded: time)
  }

  /// Whether the question has been dealt with: scored, not applicable, or answered in text.
  public var isAnswered: Bool { status != .skipped }
}

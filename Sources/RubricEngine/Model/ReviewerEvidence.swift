/// What the reviewer found in a document or saw for one question, recorded in `evidence.json`. Reviewer
/// evidence is not a respondent: it never counts toward a lens's respondents or coverage; a score it
/// carries takes the place of what was said (`ShownRule`).
public struct ReviewerEvidence: Equatable, Sendable {
  /// The entry's number, unique in the review and never reused: what `evidence remove --id` names.
  public var id: Int
  /// The rubric question it bears on.
  public var question: String
  /// The score the evidence supports on the method's scale; `nil` when it informs without scoring.
  public var score: Int?
  /// `document` or `observed`.
  public var source: EvidenceSource
  /// The id of the document in the register: `document` evidence names one, `observed` evidence none.
  public var document: String?
  /// What the evidence shows, in the reviewer's words.
  public var note: String
  /// When it was found or recorded, `YYYY-MM-DD`.
  public var date: String
  /// Who recorded it.
  public var reviewer: String?
  /// The id of the imported artefact whose measure this evidence is (`integrity artefact import`);
  /// removing the artefact removes it.
  public var artefact: String?

  /// Creates an entry.
  public init(
    id: Int, question: String, score: Int?, source: EvidenceSource, document: String? = nil, note: String,
    date: String, reviewer: String? = nil, artefact: String? = nil
  ) {
    self.id = id
    self.question = question
    self.score = score
    self.source = source
    self.document = document
    self.note = note
    self.date = date
    self.reviewer = reviewer
    self.artefact = artefact
  }
}

extension ReviewerEvidence: Codable {
  enum CodingKeys: String, CodingKey, CaseIterable {
    case id, question, score, source, document, note, date, reviewer, artefact
  }

  /// Writes every field, `score` as `null` when the evidence carries none.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(question, forKey: .question)
    try container.encode(score, forKey: .score)
    try container.encode(source, forKey: .source)
    try container.encodeIfPresent(document, forKey: .document)
    try container.encode(note, forKey: .note)
    try container.encode(date, forKey: .date)
    try container.encodeIfPresent(reviewer, forKey: .reviewer)
    try container.encodeIfPresent(artefact, forKey: .artefact)
  }
}

/// The reviewer's evidence of a review: the contents of `evidence.json`.
public struct EvidenceLog: Equatable, Sendable {
  /// The file format this workbench reads and writes.
  public static let currentFormatVersion = 1

  public var formatVersion: Int
  public var evidence: [ReviewerEvidence]
  /// The highest number ever given to an entry, removed ones included: numbers are never reused.
  public var lastID: Int

  /// Creates a log.
  public init(
    formatVersion: Int = EvidenceLog.currentFormatVersion, evidence: [ReviewerEvidence] = [], lastID: Int = 0
  ) {
    self.formatVersion = formatVersion
    self.evidence = evidence
    self.lastID = lastID
  }

  /// The number the next entry takes: one more than any given so far.
  public var nextID: Int { max(lastID, evidence.map(\.id).max() ?? 0) + 1 }

  /// Adds `entry`, remembering its number.
  public mutating func append(_ entry: ReviewerEvidence) {
    evidence.append(entry)
    lastID = max(lastID, entry.id)
  }
}

extension EvidenceLog: Encodable {
  enum CodingKeys: String, CodingKey, CaseIterable { case formatVersion, evidence, lastID }

  /// Writes `lastID` only once an entry has been numbered.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(formatVersion, forKey: .formatVersion)
    try container.encode(evidence, forKey: .evidence)
    let last = max(lastID, evidence.map(\.id).max() ?? 0)
    if last > 0 { try container.encode(last, forKey: .lastID) }
  }
}

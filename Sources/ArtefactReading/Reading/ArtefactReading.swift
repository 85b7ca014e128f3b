import RubricEngine

/// What reading an artefact gave: its items, the format it was read as, and what the reading could not
/// place (unknown states, rows skipped, descriptions cut at the limit).
public struct ArtefactReading: Equatable, Sendable {
  public var kind: ArtefactKind
  public var format: ArtefactFormat
  public var items: [ArtefactItem]
  /// States no status class knows, each once, in the order met: their items count as not started.
  public var unknownStates: [String]
  /// Rows skipped with `--skip-bad-rows`.
  public var skippedRows: [ArtefactRowProblem]
  /// Lines of items whose description was longer than the reading limit and read only up to it.
  public var cutDescriptions: [Int]

  /// Creates a reading.
  public init(
    kind: ArtefactKind, format: ArtefactFormat, items: [ArtefactItem], unknownStates: [String] = [],
    skippedRows: [ArtefactRowProblem] = [], cutDescriptions: [Int] = []
  ) {
    self.kind = kind
    self.format = format
    self.items = items
    self.unknownStates = unknownStates
    self.skippedRows = skippedRows
    self.cutDescriptions = cutDescriptions
  }

  /// The measures of the items (`ArtefactMeasures`).
  public var measures: ArtefactMeasures { ArtefactMeasures(kind: kind, items: items) }
}

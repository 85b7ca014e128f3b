/// How an artefact measure informs a question, as rubric data: a question with
/// `"artefactSignals": [{"kind": "backlog", "measure": "withHypothesis", "levels": [0.05, 0.2, 0.5, 0.8]}]`
/// is shown, by each imported artefact of that kind, at the score its share reaches (`ArtefactSignalRule`).
public struct ArtefactSignal: Codable, Equatable, Sendable {
  /// The measures a signal can read: each a share from 0 to 1, higher for work organised around outcomes.
  public enum Measure: String, Codable, CaseIterable, Sendable {
    /// Items whose description names the product metric the work expects to move.
    case withOutcomeObjective
    /// Items carrying a hypothesis that names a metric.
    case withHypothesis
    /// Items carrying success criteria: a measurable signal and a timeframe.
    case withSuccessCriteria
    case withGuardrails
    case withExperimentPlan
    /// Items carrying all five of seed 003's ticket fields.
    case withAllFive
    /// Items whose title the outcome checker finds measurable: outcomes rather than features.
    case measurableTitles
    /// Items whose title is not an output (measurable or at least stated as a change).
    case notOutputTitles
    /// Done items that carry an outcome objective or success criteria: shipped with a metric plan.
    case doneWithMetric
    /// Key results (OKRs) that are not outputs.
    case outcomeKeyResults
  }

  public var kind: ArtefactKind
  public var measure: Measure
  /// Four ascending shares: below the first scores 0, at or above the last scores 4 (on the 0-4 scale).
  public var levels: [Double]

  /// Creates a signal.
  public init(kind: ArtefactKind, measure: Measure, levels: [Double]) {
    self.kind = kind
    self.measure = measure
    self.levels = levels
  }
}

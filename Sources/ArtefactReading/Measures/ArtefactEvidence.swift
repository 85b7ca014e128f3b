import RubricEngine

/// The observed evidence an imported artefact gives the rubric's questions: for each question whose
/// `artefactSignals` name the artefact's kind, the score its measure's share reaches (`ArtefactSignalRule`),
/// with a note that says what was counted.
public enum ArtefactEvidence {
  /// What each measure counts, after "N% of the items" (or of the done items, or key results).
  static let words: [ArtefactSignal.Measure: String] = [
    .withOutcomeObjective: "of the items name the metric they expect to move",
    .withHypothesis: "of the items carry a hypothesis that names a metric",
    .withSuccessCriteria: "of the items carry success criteria (a measure and a timeframe)",
    .withGuardrails: "of the items state guardrails",
    .withExperimentPlan: "of the items carry an experiment plan (rollout, measurement, rollback)",
    .withAllFive: "of the items carry all five of seed 003's ticket fields",
    .measurableTitles: "of the items are stated as measurable outcomes",
    .notOutputTitles: "of the items are stated as something other than an output",
    .doneWithMetric: "of the done items were shipped with a metric plan",
    .outcomeKeyResults: "of the key results are outcomes rather than outputs",
  ]

  /// The entries, numbered 0 (the review numbers them as it adds them), in rubric order.
  public static func entries(for artefact: StoredArtefact, rubric: Rubric, date: String) -> [ReviewerEvidence]
  {
    let measures = artefact.measures
    var entries: [ReviewerEvidence] = []
    for question in rubric.questions where question.kind == .scale {
      for signal in question.artefactSignals ?? [] where signal.kind == artefact.kind {
        guard let fraction = measures.fraction(signal.measure) else { continue }
        let share = Double(fraction.count) / Double(fraction.total)
        entries.append(
          ReviewerEvidence(
            id: 0, question: question.id,
            score: ArtefactSignalRule.score(share: share, signal: signal, method: rubric.method),
            source: .observed,
            note: note(artefact, measure: signal.measure, fraction: fraction), date: date))
      }
    }
    return entries
  }

  /// "ClaimsNext backlog (Jira, 1240 items): 2% of the items carry a hypothesis that names a metric (25 of
  /// 1240)."
  static func note(
    _ artefact: StoredArtefact, measure: ArtefactSignal.Measure, fraction: (count: Int, total: Int)
  )
    -> String
  {
    let count = artefact.items.count
    let share = ReasonWords.share(Double(fraction.count) / Double(fraction.total))
    return "\(artefact.title) (\(formatName(artefact.format)), \(count) \(count == 1 ? "item" : "items")): "
      + "\(share) \(words[measure] ?? measure.rawValue) (\(fraction.count) of \(fraction.total))."
  }

  /// The format's name in a note.
  public static func formatName(_ format: ArtefactFormat) -> String {
    switch format {
    case .jira: return "Jira"
    case .azureDevOps: return "Azure DevOps"
    case .linear: return "Linear"
    case .github: return "GitHub"
    case .lines: return "a list"
    case .csv: return "CSV"
    case .auto: return "detected"
    }
  }
}

import RubricEngine

/// The measures of an artefact: its counts, and the same counts by item type (outcomes belong on epics and
/// initiatives). For a roadmap, its features are its output items (seed 002: "If the roadmap is only a list
/// of features, the outcome mindset is probably still surface level"); for OKRs, the key results that are
/// outputs.
public struct ArtefactMeasures: Equatable, Sendable {
  public var kind: ArtefactKind
  public var counts: ArtefactCounts
  /// The counts of each item type, by the type's name; empty when the format has no types.
  public var byType: [String: ArtefactCounts]
  /// OKRs: key results, and those of them that are outputs.
  public var keyResults: Int
  public var outputKeyResults: Int

  /// The measures of `items`.
  public init(kind: ArtefactKind, items: [ArtefactItem]) {
    self.kind = kind
    counts = ArtefactCounts(items)
    // One pass, counting into each type's counts: the items are never copied into groups.
    var typed: [String: ArtefactCounts] = [:]
    var results = 0
    var outputResults = 0
    for item in items {
      guard let type = item.type else { continue }
      typed[type, default: ArtefactCounts([])].add(item)
      if LineList.isKeyResultType(type) {
        results += 1
        if item.verdict == .output { outputResults += 1 }
      }
    }
    byType = typed
    keyResults = results
    outputKeyResults = outputResults
  }
}

extension ArtefactMeasures {
  /// The count and the total a signal's measure is the share of; `nil` when there is nothing to count
  /// (no item, no done item, no key result), so that the measure shows nothing.
  public func fraction(_ measure: ArtefactSignal.Measure) -> (count: Int, total: Int)? {
    let items = counts.itemCount
    let pair: (Int, Int)
    switch measure {
    case .withOutcomeObjective: pair = (counts.count(.outcomeObjective), items)
    case .withHypothesis: pair = (counts.count(.hypothesis), items)
    case .withSuccessCriteria: pair = (counts.count(.successCriteria), items)
    case .withGuardrails: pair = (counts.count(.guardrails), items)
    case .withExperimentPlan: pair = (counts.count(.experimentPlan), items)
    case .withAllFive: pair = (counts.allFive, items)
    case .measurableTitles: pair = (counts.count(.measurable), items)
    case .notOutputTitles: pair = (items - counts.count(.output), items)
    case .doneWithMetric:
      let done = counts.count(.done)
      pair = (done - counts.doneWithoutMetric, done)
    case .outcomeKeyResults: pair = (keyResults - outputKeyResults, keyResults)
    }
    return pair.1 > 0 ? (pair.0, pair.1) : nil
  }

  /// The share of a signal's measure, from 0 to 1; `nil` when there is nothing to count.
  public func share(_ measure: ArtefactSignal.Measure) -> Double? {
    fraction(measure).map { Double($0.count) / Double($0.total) }
  }
}

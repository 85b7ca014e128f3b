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
    var grouped: [String: [ArtefactItem]] = [:]
    for item in items {
      if let type = item.type { grouped[type, default: []].append(item) }
    }
    byType = grouped.mapValues { ArtefactCounts($0) }
    let results = items.filter { $0.type.map(LineList.isKeyResultType) ?? false }
    keyResults = results.count
    outputKeyResults = results.filter { $0.verdict == .output }.count
  }
}

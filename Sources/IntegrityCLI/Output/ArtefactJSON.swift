import ArtefactReading
import RubricEngine

/// `integrity artefact check --json`: the measures as counts, never shares, with the fields other tools are
/// built against (`kind`, `format`, `itemCount`, `verdicts`, `fields`, `status`, `doneWithoutMetric`,
/// `byType`, `unknownStates`, and with `--items` the `items`).
struct ArtefactJSON: Encodable {
  struct Item: Encodable {
    var key: String
    var title: String
    var type: String?
    var status: StatusClass
    var state: String?
    var verdict: OutcomeVerdict
    var fields: [TicketField]
    var found: [ArtefactItem.FoundField]
  }

  var kind: ArtefactKind
  var format: ArtefactFormat
  var counts: ArtefactCounts
  var byType: [String: ArtefactCounts]
  var unknownStates: [String]
  var keyResults: Int
  var outputKeyResults: Int
  var skippedRows: [String]
  var cutDescriptions: [Int]
  var items: [Item]?

  init(_ reading: ArtefactReading, items: [ArtefactItem]?) {
    let measures = reading.measures
    kind = reading.kind
    format = reading.format
    counts = measures.counts
    byType = measures.byType
    unknownStates = reading.unknownStates
    keyResults = measures.keyResults
    outputKeyResults = measures.outputKeyResults
    skippedRows = reading.skippedRows.map(\.description)
    cutDescriptions = reading.cutDescriptions
    self.items = items?.map { item in
      Item(
        key: item.key, title: item.title, type: item.type, status: item.statusClass, state: item.status,
        verdict: item.verdict, fields: item.fields.map(\.field), found: item.fields)
    }
  }

  enum Key: String, CodingKey {
    case kind, format, itemCount, verdicts, fields, status, doneWithoutMetric, byType, unknownStates
    case keyResults, outputKeyResults, skippedRows, cutDescriptions, items
  }

  func encode(to encoder: any Encoder) throws {
    // The counts' own keys at the top level, beside the artefact's.
    try counts.encode(to: encoder)
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(kind, forKey: .kind)
    try container.encode(format, forKey: .format)
    try container.encode(byType, forKey: .byType)
    try container.encode(unknownStates, forKey: .unknownStates)
    if kind == .okrs {
      try container.encode(keyResults, forKey: .keyResults)
      try container.encode(outputKeyResults, forKey: .outputKeyResults)
    }
    try container.encode(skippedRows, forKey: .skippedRows)
    try container.encode(cutDescriptions, forKey: .cutDescriptions)
    try container.encodeIfPresent(items, forKey: .items)
  }
}

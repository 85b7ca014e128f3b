import ArtefactReading
import RubricEngine
import TerminalInterview

/// The text of `integrity artefact check`: what was read, the outcome checker's verdicts on the titles, the
/// ticket fields seed 003 asks for, the status classes, done items with no metric plan, and the same by
/// item type.
enum ArtefactText {
  static let formatNames: [ArtefactFormat: String] = [
    .jira: "Jira CSV", .azureDevOps: "Azure DevOps CSV", .linear: "Linear CSV", .github: "GitHub issues JSON",
    .lines: "a line list", .csv: "CSV",
  ]

  static let statusWords: [StatusClass: String] = [
    .done: "done", .inProgress: "in progress", .notStarted: "not started", .cancelled: "cancelled",
  ]

  /// "12%" of `count` in `total`; "-" when there is no total.
  static func share(_ count: Int, of total: Int) -> String {
    total == 0 ? "-" : ReasonWords.share(Double(count) / Double(total))
  }

  static func render(_ reading: ArtefactReading, file: String, width: Int) -> String {
    let measures = reading.measures
    let counts = measures.counts
    let total = counts.itemCount
    var lines: [String] = []
    lines.append(
      "\(reading.kind.title) \(file), read as "
        + "\(formatNames[reading.format] ?? reading.format.rawValue): \(total) \(total == 1 ? "item" : "items")"
    )
    if !reading.unknownStates.isEmpty {
      lines.append(
        "States not known, counted as not started: "
          + reading.unknownStates.prefix(10).map { "\"\(TerminalText.visible($0))\"" }.joined(separator: ", ")
          + (reading.unknownStates.count > 10 ? " and \(reading.unknownStates.count - 10) more" : ""))
    }
    lines.append("")
    var verdicts = [["Titles (outcome checker)", "Items", "Share"]]
    for verdict in OutcomeVerdict.allCases {
      verdicts.append([
        verdict.rawValue, String(counts.count(verdict)), share(counts.count(verdict), of: total),
      ])
    }
    lines += TextTable(rows: verdicts, rightAligned: [1, 2]).render(width: width)
    lines.append("")
    var fields = [["Ticket fields (seed 003)", "Items", "Share"]]
    for field in TicketField.allCases {
      fields.append([
        field.title, String(counts.count(field)),
        share(counts.count(field), of: total),
      ])
    }
    fields.append(["all five", String(counts.allFive), share(counts.allFive, of: total)])
    lines += TextTable(rows: fields, rightAligned: [1, 2]).render(width: width)
    lines.append("")
    lines.append(
      "Status: \(counts.count(.done)) done, \(counts.count(.inProgress)) in progress, "
        + "\(counts.count(.notStarted)) not started, \(counts.count(.cancelled)) cancelled")
    let done = counts.count(.done)
    lines.append(
      done == 0
        ? "Done with no metric plan: no item is done yet."
        : "Done with no metric plan (no outcome objective, no success criteria): \(counts.doneWithoutMetric) of "
          + "\(done) done \(done == 1 ? "item" : "items") (\(share(counts.doneWithoutMetric, of: done)))")
    if reading.kind == .roadmap {
      let notOutcomes = total - counts.count(.measurable)
      lines.append(
        "Not stated as measurable outcomes (features or vague aims): \(notOutcomes) of \(total) "
          + "(\(share(notOutcomes, of: total)))")
    }
    if reading.kind == .okrs {
      lines.append(
        "Key results that are outputs: \(measures.outputKeyResults) of \(measures.keyResults) "
          + "(\(share(measures.outputKeyResults, of: measures.keyResults)))")
    }
    if !measures.byType.isEmpty {
      lines.append("")
      var rows = [["Type", "Items", "Output", "Measurable", "Objective", "Hypothesis", "Done, no metric"]]
      for (type, typed) in measures.byType.sorted(by: {
        ($0.value.itemCount, $1.key) > ($1.value.itemCount, $0.key)
      }) {
        rows.append([
          TerminalText.visible(type), String(typed.itemCount),
          share(typed.count(.output), of: typed.itemCount),
          share(typed.count(.measurable), of: typed.itemCount),
          share(typed.count(.outcomeObjective), of: typed.itemCount),
          share(typed.count(.hypothesis), of: typed.itemCount), String(typed.doneWithoutMetric),
        ])
      }
      lines += TextTable(rows: rows, rightAligned: [1, 2, 3, 4, 5, 6], wrapping: 0).render(width: width)
    }
    if !reading.skippedRows.isEmpty {
      lines.append("")
      lines.append(
        "Skipped \(reading.skippedRows.count) bad \(reading.skippedRows.count == 1 ? "row" : "rows"):")
      lines += reading.skippedRows.prefix(20).map { "  " + $0.description }
    }
    if !reading.cutDescriptions.isEmpty {
      lines.append("")
      lines.append(
        "Descriptions longer than \(ArtefactReader.maximumFieldLength / 1024 / 1024) MB were read up to it, on "
          + (reading.cutDescriptions.count == 1 ? "line " : "lines ")
          + reading.cutDescriptions.prefix(10).map(String.init).joined(separator: ", ") + ".")
    }
    return ScreenText.fit(lines, width: width).joined(separator: "\n") + "\n"
  }

  /// The items of one class, a line each.
  static func itemLines(_ items: [ArtefactItem], width: Int) -> String {
    var lines: [String] = []
    for item in items {
      let fields = item.fields.map { $0.field.title }.joined(separator: ", ")
      lines.append(
        "  \(TerminalText.visible(item.key))  \(TerminalText.visible(item.title))  [\(item.type.map(TerminalText.visible) ?? "-"), "
          + "\(statusWords[item.statusClass] ?? item.statusClass.rawValue), \(item.verdict.rawValue)"
          + (fields.isEmpty ? "" : "; \(fields)") + "]")
    }
    return ScreenText.fit(lines, width: width).joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
  }
}

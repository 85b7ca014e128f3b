import Foundation
import RubricEngine
import TerminalInterview

/// The text of `integrity status`: who was interviewed, a table of lenses by interviewee, and warnings.
enum StatusText {
  /// An interview file that could not be read, with why.
  struct Unreadable {
    var file: String
    var problem: String
  }

  /// - Parameter folder: the review's folder as given on the command line, quoted for the shell.
  static func render(
    review: Review, rubric: Rubric, interviews: [Interview], scorecard: Scorecard, unreadable: [Unreadable],
    artefacts: [String] = [], folder: String = "DIR", width: Int = ScreenText.defaultWidth
  ) -> String {
    var lines: [String] = []
    let unreadableInterviews = unreadable.filter { $0.file.hasPrefix("interviews/") }.count
    lines.append("\(TerminalText.visible(review.client)) · \(TerminalText.visible(review.program))")
    lines.append("Decision: \(TerminalText.visible(review.decision))")
    let when = [
      review.decisionForum.map { "by " + TerminalText.visible($0) }, review.decisionDate.map { "on " + $0 },
    ].compactMap { $0 }
    if !when.isEmpty { lines.append("To be decided " + when.joined(separator: " ")) }
    if let value = review.valueAtStake { lines.append("Value at stake: " + TerminalText.visible(value)) }
    if let options = review.optionsConsidered, !options.isEmpty {
      lines.append("Options considered: " + options.map(TerminalText.visible).joined(separator: "; "))
    }
    lines.append(
      "Rubric: \(rubric.id) \(rubric.version), \(rubric.lenses.count) lenses, \(rubric.questions.count) questions"
    )
    lines.append("")
    let sorted = interviews.sorted {
      ($0.role, Interview.normalisedName($0.name)) < ($1.role, Interview.normalisedName($1.name))
    }
    lines.append(
      "Interviews: \(interviews.count)"
        + (unreadableInterviews == 0 ? "" : ", and \(unreadableInterviews) unreadable"))
    if !sorted.isEmpty {
      var table = [["Name", "Role", "Updated", "Answered", "Skipped", "N/A", "Asked"]]
      for interview in sorted {
        let summary = InterviewSummary(interview: interview, rubric: rubric)
        table.append([
          TerminalText.visible(interview.name), interview.role, String(interview.updated.prefix(10)),
          String(summary.answered), String(summary.skipped), String(summary.notApplicable),
          String(summary.asked),
        ])
      }
      lines += TextTable(rows: table, rightAligned: [3, 4, 5, 6], wrapping: 0).render(width: width)
    }
    if !scorecard.documents.isEmpty || scorecard.evidenceCount > 0 {
      lines.append(
        "Documents registered: \(scorecard.documents.count); reviewer evidence: \(scorecard.evidenceCount) "
          + (scorecard.evidenceCount == 1 ? "entry" : "entries"))
    }
    if !artefacts.isEmpty {
      lines.append("Artefacts imported: " + artefacts.joined(separator: ", "))
    }
    for file in unreadable {
      lines.append("  \(file.file): cannot be read:")
      lines += file.problem.split(separator: "\n").map { "    " + $0 }
    }
    guard !sorted.isEmpty else {
      lines.append("")
      lines.append("No interviews yet: integrity interview \(folder) --name NAME --role ROLE")
      lines.append("  or import a sheet: integrity import \(folder) FILE.csv")
      return ScreenText.fit(lines, width: width).joined(separator: "\n") + "\n"
    }
    lines.append("")
    lines.append("Answered of asked, by lens and interviewee:")
    var cells: [[String]] = []
    var respondentCounts: [String] = []
    var warnings: [String] = []
    let method = scorecard.method
    for lens in rubric.lenses {
      var row: [String] = []
      for interview in sorted {
        let questions = lens.questions(forRole: interview.role)
        let answered = questions.filter { interview.answers[$0.id]?.isAnswered == true }.count
        row.append(questions.isEmpty ? "-" : "\(answered)/\(questions.count)")
      }
      cells.append(row)
      guard let score = scorecard.lens(lens.id) else { continue }
      respondentCounts.append(String(score.respondents))
      if !EvidenceRule.hasEnoughRespondents(score, method: method) {
        warnings.append(
          "\(lens.title): \(score.respondents) \(score.respondents == 1 ? "respondent" : "respondents") with a "
            + "score; a lens needs at least \(ScreenWords.number(method.minimumRespondents)) to be judged")
      }
    }
    lines += coverageTable(
      lenses: rubric.lenses.map(\.title), people: sorted.map { TerminalText.visible($0.name) }, cells: cells,
      respondents: respondentCounts, width: width)
    if !warnings.isEmpty {
      lines.append("")
      lines.append("Warnings:")
      lines += warnings.map { "  " + $0 }
    }
    return ScreenText.fit(lines, width: width).joined(separator: "\n") + "\n"
  }

  /// The lens-by-interviewee table. Headed by names when they fit; otherwise by numbers with a key, and split
  /// into as many tables as the width needs, each repeating the lenses.
  static func coverageTable(
    lenses: [String], people: [String], cells: [[String]], respondents: [String], width: Int
  ) -> [String] {
    func table(headers: [String], columns: Range<Int>, last: Bool) -> TextTable {
      var rows = [["Lens"] + columns.map { headers[$0] } + (last ? ["Respondents"] : [])]
      for (index, lens) in lenses.enumerated() {
        rows.append([lens] + columns.map { cells[index][$0] } + (last ? [respondents[index]] : []))
      }
      return TextTable(rows: rows, rightAligned: Set(1..<(1 + columns.count + (last ? 1 : 0))))
    }
    let named = table(headers: people, columns: 0..<people.count, last: true).render(width: .max)
    if named.allSatisfy({ DisplayWidth.of($0) <= width }) { return named }
    let numbers = people.indices.map { String($0 + 1) }
    // Each column's width is its own, so the blocks are found in one pass: as many people as fit beside
    // the lens column (at least one), with Respondents after the last.
    let lensWidth = lenses.map { DisplayWidth.of($0) }.max() ?? 0
    let columnWidths = people.indices.map { person in
      max(DisplayWidth.of(numbers[person]), cells.map { DisplayWidth.of($0[person]) }.max() ?? 0)
    }
    let respondentsWidth = max(
      DisplayWidth.of("Respondents"), respondents.map { DisplayWidth.of($0) }.max() ?? 0)
    var lines: [String] = []
    var start = 0
    while start < people.count {
      var end = start + 1
      var used = 2 + lensWidth + 2 + columnWidths[start]
      while end < people.count {
        let next = used + 2 + columnWidths[end]
        let closing = end + 1 == people.count ? 2 + respondentsWidth : 0
        guard next + closing <= width else { break }
        used = next
        end += 1
      }
      if !lines.isEmpty { lines.append("") }
      lines += table(headers: numbers, columns: start..<end, last: end == people.count).render(width: width)
      start = end
    }
    lines.append("")
    lines += people.enumerated().map { "  \($0.offset + 1) \($0.element)" }
    return lines
  }
}

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
    review: Review, rubric: Rubric, interviews: [Interview], unreadable: [Unreadable], folder: String = "DIR"
  ) -> String {
    var lines: [String] = []
    lines.append("\(TerminalText.visible(review.client)) · \(TerminalText.visible(review.program))")
    lines.append("Decision: \(TerminalText.visible(review.decision))")
    lines.append(
      "Rubric: \(rubric.id) \(rubric.version), \(rubric.lenses.count) lenses, \(rubric.questions.count) questions"
    )
    lines.append("")
    let sorted = interviews.sorted {
      ($0.role, Interview.normalisedName($0.name)) < ($1.role, Interview.normalisedName($1.name))
    }
    lines.append(
      "Interviews: \(interviews.count)" + (unreadable.isEmpty ? "" : ", and \(unreadable.count) unreadable"))
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
      lines += format(table, rightAligned: [3, 4, 5, 6])
    }
    for file in unreadable {
      lines.append("  \(file.file): cannot be read:")
      lines += file.problem.split(separator: "\n").map { "    " + $0 }
    }
    guard !sorted.isEmpty else {
      lines.append("")
      lines.append("No interviews yet: integrity interview \(folder) --name NAME --role ROLE")
      lines.append("  or import a sheet: integrity import \(folder) FILE.csv")
      return lines.joined(separator: "\n") + "\n"
    }
    lines.append("")
    lines.append("Answered of asked, by lens and interviewee:")
    var header = ["Lens"]
    header += sorted.map { String(TerminalText.visible($0.name).prefix(14)) }
    header.append("Respondents")
    var table = [header]
    var warnings: [String] = []
    for lens in rubric.lenses {
      var row = [lens.title]
      var respondents = 0
      for interview in sorted {
        let questions = lens.questions(forRole: interview.role)
        let answered = questions.filter { interview.answers[$0.id]?.isAnswered == true }.count
        row.append(questions.isEmpty ? "-" : "\(answered)/\(questions.count)")
        if questions.contains(where: { interview.answers[$0.id]?.status == .scored }) { respondents += 1 }
      }
      row.append(String(respondents))
      table.append(row)
      if respondents < 2 {
        warnings.append(
          "\(lens.title): \(respondents) \(respondents == 1 ? "respondent" : "respondents") with a score; "
            + "a lens needs at least two to be judged")
      }
    }
    lines += format(table, rightAligned: Array(1..<header.count))
    if !warnings.isEmpty {
      lines.append("")
      lines.append("Warnings:")
      lines += warnings.map { "  " + $0 }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Rows as columns padded to their widest cell, two spaces apart, indented by two.
  static func format(_ rows: [[String]], rightAligned: [Int]) -> [String] {
    let count = rows.map(\.count).max() ?? 0
    let widths = (0..<count).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    return rows.map { row in
      let cells = row.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        return rightAligned.contains(column) ? padding + cell : cell + padding
      }
      return "  " + cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }
  }
}

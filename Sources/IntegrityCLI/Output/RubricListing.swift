import Foundation
import RubricEngine
import TerminalInterview

/// Renders a rubric as a readable listing: lenses and questions in asking order, with scale and bands.
public enum RubricListing {
  /// The listing of `rubric`, wrapped to `width` columns, ending in a newline.
  public static func render(_ rubric: Rubric, width: Int = ScreenText.defaultWidth) -> String {
    var lines: [String] = []
    let questionCount = rubric.questions.count
    lines.append(rubric.title)
    lines.append(
      "\(rubric.id) \(rubric.version) · \(rubric.lenses.count) lenses · \(questionCount) questions · "
        + "roles: \(rubric.roles.map(\.id).joined(separator: ", "))")
    if let description = rubric.description {
      lines.append("")
      lines += TextLayout.wrap(description, width: width)
    }
    lines.append("")
    lines.append("Scale: " + rubric.scale.map { "\($0.value) \($0.label)" }.joined(separator: " · "))
    lines.append(
      "Bands: "
        + rubric.bands.map { "\($0.rating.rawValue) ≥ \(formatScore($0.min))" }.joined(separator: " · "))
    for (lensIndex, lens) in rubric.lenses.enumerated() {
      lines.append("")
      var heading = "\(lensIndex + 1). \(lens.title) (\(lens.id))"
      if lens.gate { heading += " · gate" }
      if lens.weight != 1 { heading += " · weight \(formatNumber(lens.weight))" }
      lines.append(heading)
      lines += TextLayout.wrap(lens.summary, width: width, indent: "   ")
      for (questionIndex, question) in lens.questions.enumerated() {
        lines.append("")
        lines.append(
          "   \(lensIndex + 1).\(questionIndex + 1) \(question.id)  [\(attributes(of: question, in: rubric))]"
        )
        lines += TextLayout.wrap(question.prompt, width: width, indent: "       ")
      }
    }
    return ScreenText.fit(lines, width: width).joined(separator: "\n") + "\n"
  }

  static func attributes(of question: Question, in rubric: Rubric) -> String {
    var parts = [question.kind.rawValue]
    if let check = question.check { parts.append("check: \(check.rawValue)") }
    if question.critical { parts.append("critical") }
    if question.weight != 1 { parts.append("weight \(formatNumber(question.weight))") }
    if let roles = question.roles {
      parts.append(roles.joined(separator: ", "))
    } else {
      parts.append("all roles")
    }
    return parts.joined(separator: " · ")
  }

  static func formatScore(_ value: Double) -> String {
    String(format: "%.1f", value)
  }

  static func formatNumber(_ value: Double) -> String {
    value.rounded() == value && abs(value) < 1e9 ? String(Int(value)) : String(value)
  }
}

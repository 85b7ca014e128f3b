import Foundation
import RubricEngine
import TerminalInterview

/// Renders outcome assessments for people: verdict and reasons first, then the parts found and missing,
/// the hypothesis slots and the suggested rewrite.
public enum OutcomeAssessmentText {
  /// The assessments, one block each, then a one-line summary; wrapped to `width` columns.
  public static func render(_ assessments: [OutcomeAssessment], width: Int = ScreenText.defaultWidth)
    -> String
  {
    var blocks = assessments.map { block(for: $0, width: width) }
    blocks.append(
      summary(measurable: assessments.filter { $0.verdict == .measurable }.count, of: assessments.count))
    return blocks.joined(separator: "\n")
  }

  /// The last line: how many of the statements are measurable.
  /// The closing line; with output-driven work allowed, how many outputs state their bet.
  static func summary(measurable: Int, of count: Int, allowed: Int? = nil) -> String {
    let line = "\(measurable) of \(count) \(count == 1 ? "statement" : "statements") measurable"
    guard let allowed else { return line + ".\n" }
    return line + "; \(allowed) \(allowed == 1 ? "output states its" : "outputs state their") bet.\n"
  }

  /// One assessment as an element of the pretty-printed JSON array `--json` prints, indented to stand in it:
  /// the elements joined by `,\n` inside `[\n` and `\n]` give what encoding the whole array gives (blank
  /// lines stay blank there).
  static func arrayElement(_ assessment: OutcomeAssessment) throws(CommandError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let text: String
    do {
      text = String(decoding: try encoder.encode(assessment), as: UTF8.self)
    } catch {
      throw .failure("cannot write the assessment as JSON: \(error)")
    }
    // Two spaces before every line that is not empty, in one pass over the bytes.
    var indented: [UInt8] = []
    indented.reserveCapacity(text.utf8.count + text.utf8.count / 8)
    var lineStart = true
    for byte in text.utf8 {
      if lineStart, byte != UInt8(ascii: "\n") { indented += [UInt8(ascii: " "), UInt8(ascii: " ")] }
      indented.append(byte)
      lineStart = byte == UInt8(ascii: "\n")
    }
    return String(decoding: indented, as: UTF8.self)
  }

  static func block(for assessment: OutcomeAssessment, width: Int = ScreenText.defaultWidth) -> String {
    var lines: [String] = []
    let indent = String(repeating: " ", count: 12)
    func field(_ name: String, _ values: [String]) {
      for (offset, value) in values.enumerated() {
        let label =
          offset == 0 ? name + ":" + String(repeating: " ", count: max(0, 11 - name.count)) : indent
        let wrapped = TextLayout.wrap(value, width: width - 12)
        lines.append(label + wrapped[0])
        lines += wrapped.dropFirst().map { indent + $0 }
      }
    }
    field("Statement", ["\"\(assessment.statement)\""])
    field("Verdict", [assessment.verdict.rawValue])
    field("Why", assessment.reasons)
    field(
      "Found",
      assessment.found.isEmpty ? ["nothing"] : assessment.found.map { "\($0.element.title): \($0.words)" })
    field(
      "Missing",
      assessment.missing.isEmpty ? ["nothing"] : [assessment.missing.map(\.title).joined(separator: ", ")])
    if let allowed = assessment.allowedOutput {
      field("Bet", [allowed.bet.map { "stated: \($0)" } ?? "missing"])
    }
    if let hypothesis = assessment.hypothesis {
      var values = [
        "filled: "
          + (hypothesis.filled.isEmpty ? "none" : hypothesis.filled.map(\.title).joined(separator: ", "))
      ]
      if !hypothesis.empty.isEmpty {
        values.append("empty: " + hypothesis.empty.map(\.title).joined(separator: ", "))
      }
      field("Hypothesis", values)
    }
    if let rewrite = assessment.rewrite { field("Rewrite", [rewrite]) }
    return ScreenText.fit(lines, width: width).joined(separator: "\n") + "\n"
  }
}

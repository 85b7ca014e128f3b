import Foundation
import RubricEngine

extension Command {
  /// `integrity check-outcome TEXT... [--json]`: is each statement an output, vague, or measurable?
  static let checkOutcome = Command(
    name: "check-outcome",
    summary: "Say whether outcome statements are outputs, vague, or measurable, and what they lack",
    usage: "integrity check-outcome [TEXT...] [--json]",
    details: """
      Arguments:
        TEXT      A statement to check (quote it); without TEXT, or with -, one statement per line is
                  read from standard input

      Options:
        --json    Print a JSON array, one object per statement, with statement, verdict (output, vague
                  or measurable), found, missing, reasons, decidedBy, hypothesis and rewrite

      A statement is measurable when it names a change in a measure with a target; the check also says
      whether it names who changes, the baseline, the timeframe and a guardrail, reads the hypothesis
      form "We believe that if we X, then Y will Z, measured by M within T. We will know we are wrong
      if A.", and suggests a rewrite in that form for outputs and vague statements.
      Exits 0 when every statement is measurable, 1 otherwise.

      Examples:
        integrity check-outcome "Launch the new customer portal"
        integrity check-outcome "Cut loan approval time from 5 days to 1 by March" --json
        integrity check-outcome < statements.txt
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let json = try arguments.flag("json")
    var statements = try arguments.positionals()
    if statements.isEmpty || statements == ["-"] {
      if statements.isEmpty && context.standardInputIsTerminal {
        throw .usage(
          "give the statements to check as arguments, or one per line on standard input",
          command: "check-outcome")
      }
      let input = String(decoding: context.readStandardInput(), as: UTF8.self)
      statements = input.split(whereSeparator: \.isNewline).map(String.init)
    } else if statements.contains("-") {
      throw .usage(
        "- (standard input) cannot be mixed with statements given as arguments", command: "check-outcome")
    }
    statements = statements.filter { !$0.allSatisfy(\.isWhitespace) }
    guard !statements.isEmpty else {
      throw .usage("no statements to check: every line given was empty", command: "check-outcome")
    }
    let checker = OutcomeChecker()
    let assessments = statements.map(checker.check)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      do {
        context.standardOutput.write(String(decoding: try encoder.encode(assessments), as: UTF8.self) + "\n")
      } catch {
        throw .failure("cannot write the assessments as JSON: \(error)")
      }
    } else {
      context.standardOutput.write(OutcomeAssessmentText.render(assessments))
    }
    return assessments.allSatisfy { $0.verdict == .measurable } ? .success : .failure
  }
}

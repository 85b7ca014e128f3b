import Foundation
import RubricEngine

extension Command {
  /// `integrity check-outcome TEXT... [--json]`: is each statement an output, vague, or measurable?
  static let checkOutcome = Command(
    name: "check-outcome",
    summary: "Say whether outcome statements are outputs, vague, or measurable, and what they lack",
    usage: "integrity check-outcome [TEXT...] [--json] [--allow-output]",
    arguments: [
      CommandArgument(
        "TEXT", .text, optional: true, repeats: true,
        help: "A statement to check (quote it); without TEXT, or with -, one statement per line is read "
          + "from standard input")
    ],
    options: [
      .flag(
        "json",
        help: "Print a JSON array, one object per statement, with statement, verdict (output, vague or "
          + "measurable), found, missing, reasons, decidedBy, hypothesis, rewrite and allowedOutput"),
      .flag(
        "allow-output",
        help: "Parity, compliance or like-for-like work may be output-driven: judge an output on whether it "
          + "states its bet (what it should change, and how you will know), not as a failed outcome"),
    ],
    details: """
      A statement is measurable when it names a change in a measure with a target; the check also says
      whether it names who changes, the baseline, the timeframe and a guardrail, reads the hypothesis
      form "We believe that if we X, then Y will Z, measured by M within T. We will know we are wrong
      if A.", and suggests a rewrite in that form for outputs and vague statements.
      Exits 0 when every statement is measurable (or, with --allow-output, an output that states its
      bet), 1 otherwise.

      Examples:
        integrity check-outcome "Launch the new customer portal"
        integrity check-outcome "Cut approval from 5 days to 1 by March" --json
        integrity check-outcome < statements.txt
        integrity check-outcome --allow-output "Reach parity with the old app"
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let json = try arguments.flag("json")
    let allowOutput = try arguments.flag("allow-output")
    let statements = try arguments.positionals()
    var output = AssessmentStream(json: json, sink: context.standardOutput)
    output.allowOutput = allowOutput
    output.width = context.screenWidth
    if statements.isEmpty || statements == ["-"] {
      if statements.isEmpty && context.standardInputIsTerminal {
        throw .usage(
          "give the statements to check as arguments, or one per line on standard input",
          command: "check-outcome")
      }
      // Line by line, each checked and printed as it comes, so that an endless input never fills memory.
      var lines = context.standardInputLines(maximumLength: Answer.maximumTextBytes)
      var lineNumber = 0
      while let piece = lines.next() {
        lineNumber += 1
        switch piece {
        case .line(let line):
          for statement in line.split(whereSeparator: \.isNewline) { try output.check(String(statement)) }
        case .tooLong:
          try output.finish()
          throw .failure(
            "<stdin>:\(lineNumber): the line is longer than \(Answer.maximumTextBytes / 1024) KB, the longest "
              + "statement checked (is this the right input?); the statements before it were checked")
        }
      }
    } else if statements.contains("-") {
      throw .usage(
        "- (standard input) cannot be mixed with statements given as arguments", command: "check-outcome")
    } else {
      for statement in statements { try output.check(statement) }
    }
    guard output.count > 0 else {
      throw .usage("no statements to check: every line given was empty", command: "check-outcome")
    }
    try output.finish()
    return output.allPass ? .success : .failure
  }
}

/// Checks statements one at a time and prints each assessment at once: the text blocks, or the elements
/// of one JSON array, so that nothing but the summary waits for the end of the input.
struct AssessmentStream {
  let json: Bool
  let sink: any TextSink
  /// The columns the text blocks are fitted to.
  var width = ScreenText.defaultWidth
  /// Whether an output that states its bet passes (`--allow-output`).
  var allowOutput = false
  let checker = OutcomeChecker()
  private(set) var count = 0
  private(set) var measurable = 0
  /// Outputs allowed because they state their bet.
  private(set) var allowed = 0

  init(json: Bool, sink: any TextSink) {
    self.json = json
    self.sink = sink
  }

  /// Whether every statement is measurable, or an allowed output that states its bet.
  var allPass: Bool { measurable + allowed == count }

  /// Checks `statement` and prints its assessment; blank statements are passed over.
  mutating func check(_ statement: String) throws(CommandError) {
    guard !statement.allSatisfy(\.isWhitespace) else { return }
    let assessment = checker.check(statement, allowOutput: allowOutput)
    if json {
      sink.write((count == 0 ? "[\n" : ",\n") + (try OutcomeAssessmentText.arrayElement(assessment)))
    } else {
      sink.write(OutcomeAssessmentText.block(for: assessment, width: width) + "\n")
    }
    count += 1
    if assessment.verdict == .measurable { measurable += 1 }
    if assessment.allowedOutput?.betStated == true { allowed += 1 }
  }

  /// Ends the output: the summary line, or the JSON array's closing bracket.
  func finish() throws(CommandError) {
    guard count > 0 else { return }
    sink.write(
      json
        ? "\n]\n"
        : OutcomeAssessmentText.summary(
          measurable: measurable, of: count, allowed: allowOutput ? allowed : nil))
  }
}

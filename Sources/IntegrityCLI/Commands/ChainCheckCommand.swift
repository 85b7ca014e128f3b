import ReviewStore
import RubricEngine

extension Command {
  /// `integrity chain check DIR [--json]`: the chain's problems; exit 0 only when it has none.
  static let chainCheck = Command(
    name: "chain check",
    summary: "Check the outcome chain against seed 002's coherent chain; exit 0 only when it has no problem",
    usage: "integrity chain check DIR [--json]",
    arguments: [.reviewFolder],
    options: [
      .flag("json", help: "Print the problems as JSON: node, rule, severity, message, seed")
    ],
    details: """
      Each level is read as what it should be (a measurable business result; a customer outcome measurable
      from the customer's side; a bet in hypothesis form, or parity or compliance work that states its
      bet); every node supports one above it; customer outcomes name a leading indicator, one owner and a
      trade-off; bets say what would show them wrong; the chain has an inspection date. Warnings do not
      change the exit code.

      Example:
        integrity chain check acme-review
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let json = try arguments.flag("json")
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    let opened = try OpenReview(directory, context: context)
    let chain = try opened.chain()
    let problems = ChainCheck.problems(chain)
    let failing = problems.contains { $0.severity == .problem } || chain.nodes.isEmpty
    if json {
      try printJSON(problems, what: "the problems", context: context)
      return failing ? .failure : .success
    }
    guard !chain.nodes.isEmpty else {
      context.standardOutput.line("No outcome chain in \(opened.folder.path) yet: nothing to check.")
      return .failure
    }
    var lines: [String] = []
    let count = problems.filter { $0.severity == .problem }.count
    let warnings = problems.count - count
    lines.append(
      "\(chain.nodes.count) nodes: \(count) \(count == 1 ? "problem" : "problems"), \(warnings) "
        + (warnings == 1 ? "warning" : "warnings"))
    for (index, problem) in problems.enumerated() {
      lines.append("")
      lines.append(
        "\(index + 1). \(problem.node ?? "the chain") (\(problem.severity.rawValue), \(problem.rule)): \(problem.message)"
      )
      lines.append(String(repeating: " ", count: "\(index + 1). ".count) + problem.seed)
    }
    context.standardOutput.write(
      ScreenText.fit(lines, width: context.screenWidth).joined(separator: "\n") + "\n")
    return failing ? .failure : .success
  }
}

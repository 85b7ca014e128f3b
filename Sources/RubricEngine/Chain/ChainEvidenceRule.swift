/// Evidence both ways: a customer outcome names a leading indicator, seen early; a bet says what would show
/// it wrong, "We will know we are wrong if" (seeds 002, 003).
public enum ChainEvidenceRule {
  static let name = "ChainEvidenceRule"
  static let leading =
    "seed 002: Those are not the final business result, but they are plausible leading indicators."
  static let falsifier = "seed 003: We will know we are wrong if A does not happen."

  public static func problems(_ node: ChainNode, checker: OutcomeChecker) -> [ChainProblem] {
    switch node.level {
    case .business:
      return []
    case .customer:
      guard node.evidence?.leading?.isEmpty == false else {
        return [
          ChainProblem(
            node: node.id, rule: name, severity: .problem,
            message:
              "the customer outcome names no leading indicator: nothing would show early that it moves",
            seed: leading)
        ]
      }
      return []
    case .bet:
      if node.kind == .parity || node.kind == .compliance { return [] }
      let statement =
        node.statement + " " + (node.evidence?.leading ?? "") + " " + (node.evidence?.lagging ?? "")
      let reading = checker.check(statement)
      guard reading.words(for: .falsifier) != nil || statement.lowercased().contains("wrong if") else {
        return [
          ChainProblem(
            node: node.id, rule: name, severity: .problem,
            message:
              "the bet does not say what would show it wrong: add \"We will know we are wrong if ...\"",
            seed: falsifier)
        ]
      }
      return []
    }
  }
}

/// Each level read as what it should be. A business result is a measurable business measure: an undefined
/// top-line total ("increase revenue by $500M") is vague (seed 002). A customer outcome names who changes
/// and is measurable from their side (seeds 000, 001). A bet is a hypothesis or states the signal it should
/// move; one that names only a solution is "a solution in disguise" (seed 002). A parity or compliance bet
/// (seed 004) is judged on stating its bet.
public enum ChainLevelRule {
  static let name = "ChainLevelRule"
  static let trap2 =
    "seed 002: Lofty, unachievable goals like \"increase revenue by $500M\" create confusion and lack accountability."
  static let customer = "seed 000: a shared, measurable definition of the customer outcome."
  static let disguise = "seed 002: An isolated team goal can become a solution in disguise."
  static let parity =
    "seed 004: Take, for example, needing feature parity along one axis, while seeking differentiation in another."

  /// The problems of `node`, read by `checker`.
  public static func problems(_ node: ChainNode, checker: OutcomeChecker) -> [ChainProblem] {
    switch node.level {
    case .business:
      let reading = checker.check(node.statement)
      guard reading.verdict == .measurable else {
        return [
          problem(
            node,
            "the business result is not a defined, measurable business measure ("
              + (reading.reasons.first ?? reading.verdict.rawValue) + ")", trap2)
        ]
      }
      return []
    case .customer:
      let reading = checker.check(node.statement)
      var found: [ChainProblem] = []
      if reading.verdict != .measurable {
        found.append(
          problem(
            node,
            "the customer outcome is not measurable (" + (reading.reasons.first ?? reading.verdict.rawValue)
              + ")",
            customer))
      }
      if reading.words(for: .who) == nil {
        found.append(problem(node, "the customer outcome names no customer or user who changes", customer))
      }
      return found
    case .bet:
      if node.kind == .parity || node.kind == .compliance {
        let reading = checker.check(node.statement, allowOutput: true)
        if reading.verdict == .output, reading.allowedOutput?.betStated != true {
          return [
            problem(
              node,
              "the \(node.kind?.rawValue ?? "") work does not state its bet: say what the team expects it to "
                + "change, or to keep, and how it will know",
              parity)
          ]
        }
        return []
      }
      let reading = checker.check(node.statement)
      let hypothesis = reading.hypothesis.map { $0.filled.contains(.measure) } ?? false
      guard hypothesis || reading.words(for: .metric) != nil else {
        return [
          problem(
            node,
            "the bet names a solution but no signal it should move: a solution in disguise; state it as "
              + "\"We believe that if we X, then Y will Z, measured by M\"", disguise)
        ]
      }
      return []
    }
  }

  static func problem(_ node: ChainNode, _ message: String, _ seed: String) -> ChainProblem {
    ChainProblem(node: node.id, rule: name, severity: .problem, message: message, seed: seed)
  }
}

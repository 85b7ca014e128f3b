/// The trade-off and the learning loop: a customer outcome that names no trade-off, or a chain with no
/// inspection date, is a warning (seed 002).
public enum ChainLoopRule {
  static let name = "ChainLoopRule"
  static let tradeoff = "seed 002: name what the outcome chooses not to optimise, the trade-off."
  static let loop =
    "seed 002: It can ship the work, inspect the signal, and learn whether the theory was right."

  public static func problems(_ chain: OutcomeChain) -> [ChainProblem] {
    var found: [ChainProblem] = []
    for node in chain.nodes where node.level == .customer && (node.tradeoff?.isEmpty ?? true) {
      found.append(
        ChainProblem(
          node: node.id, rule: name, severity: .warning,
          message: "the customer outcome names no trade-off: what it chooses not to optimise", seed: tradeoff)
      )
    }
    if !chain.nodes.isEmpty, !chain.nodes.contains(where: { $0.inspect != nil }) {
      found.append(
        ChainProblem(
          node: nil, rule: name, severity: .warning,
          message: "no node has an inspection date: the chain has no learning loop", seed: loop))
    }
    return found
  }
}

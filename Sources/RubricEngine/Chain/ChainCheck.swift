/// Every rule of the outcome chain, run in one place: the levels, the links, the evidence both ways, the
/// single owner, the trade-off and the learning loop. The problems come in node order, the chain's own last.
public enum ChainCheck {
  /// The problems and warnings of `chain`.
  public static func problems(_ chain: OutcomeChain, checker: OutcomeChecker = OutcomeChecker())
    -> [ChainProblem]
  {
    var byNode: [ChainProblem] = []
    for node in chain.nodes {
      byNode += ChainLevelRule.problems(node, checker: checker)
      byNode += ChainEvidenceRule.problems(node, checker: checker)
      byNode += ChainOwnerRule.problems(node)
    }
    let whole = ChainLinkRule.problems(chain) + ChainLoopRule.problems(chain)
    let order = Dictionary(
      chain.nodes.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
    let all = byNode + whole
    return all.enumerated().sorted { lhs, rhs in
      let left = (lhs.element.node.flatMap { order[$0] } ?? Int.max, lhs.offset)
      let right = (rhs.element.node.flatMap { order[$0] } ?? Int.max, rhs.offset)
      return left < right
    }.map(\.element)
  }

  /// The share of the chain's nodes and links with no problem (warnings aside), from 0 to 1: what the
  /// coherent-chain question is shown at. `nil` for an empty chain.
  public static func soundShare(_ chain: OutcomeChain, problems: [ChainProblem]) -> Double? {
    let links = chain.nodes.reduce(0) { $0 + $1.supports.count }
    let parts = chain.nodes.count + links
    guard parts > 0 else { return nil }
    let flawed = Set(problems.filter { $0.severity == .problem }.compactMap(\.node)).count
    return Double(max(0, parts - flawed)) / Double(parts)
  }
}

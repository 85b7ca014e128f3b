/// The links: every bet supports a customer outcome and every customer outcome a business result; an
/// orphan is a problem, and so is a business result with no customer outcome below it, "too broad for a
/// team to act on directly" (seed 002).
public enum ChainLinkRule {
  static let name = "ChainLinkRule"
  static let coherent = "seed 002: Outcomes only become useful when they form a coherent chain."
  static let broad = "seed 002: A business outcome is usually too broad for a team to act on directly."

  public static func problems(_ chain: OutcomeChain) -> [ChainProblem] {
    var found: [ChainProblem] = []
    for node in chain.nodes {
      if let above = node.level.supportsLevel, node.supports.isEmpty {
        found.append(
          ChainProblem(
            node: node.id, rule: name, severity: .problem,
            message:
              "the \(node.level == .bet ? "bet" : "customer outcome") supports no \(above == .business ? "business result" : "customer outcome"): an orphan",
            seed: coherent))
      }
      if node.level == .business, chain.supporters(of: node.id).isEmpty {
        found.append(
          ChainProblem(
            node: node.id, rule: name, severity: .problem,
            message: "no customer outcome supports the business result: too broad for a team to act on",
            seed: broad))
      }
      if node.level == .customer, chain.supporters(of: node.id).isEmpty {
        found.append(
          ChainProblem(
            node: node.id, rule: name, severity: .problem,
            message: "no bet supports the customer outcome: no work is aimed at it", seed: coherent))
      }
    }
    if !chain.nodes.contains(where: { $0.level == .business }) {
      found.append(
        ChainProblem(
          node: nil, rule: name, severity: .problem, message: "the chain has no business result at its top",
          seed: coherent))
    }
    return found
  }
}

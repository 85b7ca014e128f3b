/// A single owner: a customer outcome with no owner, or with two, is a problem (seed 000).
public enum ChainOwnerRule {
  static let name = "ChainOwnerRule"
  static let seed = "seed 000: Assign a single owner accountable for the outcome, not the activity."

  /// Words that join two owners in one field.
  static let joins = [" and ", " & ", ", ", " / ", "/", " or ", " + "]

  public static func problems(_ node: ChainNode) -> [ChainProblem] {
    guard node.level == .customer else { return [] }
    guard let owner = node.owner, !owner.isEmpty else {
      return [
        ChainProblem(
          node: node.id, rule: name, severity: .problem, message: "the customer outcome has no owner",
          seed: seed)
      ]
    }
    let lower = owner.lowercased()
    if joins.contains(where: lower.contains) {
      return [
        ChainProblem(
          node: node.id, rule: name, severity: .problem,
          message: "the customer outcome has more than one owner (\"\(owner)\"): name one", seed: seed)
      ]
    }
    return []
  }
}

/// A problem `ChainCheck` finds in the outcome chain: the node (or none, for the chain as a whole), the
/// rule that found it, how serious it is, what is wrong, and the seed sentence the rule applies.
public struct ChainProblem: Codable, Equatable, Sendable {
  /// A problem keeps the chain from being coherent; a warning is a gap the reviewers should close.
  public enum Severity: String, Codable, Sendable {
    case problem
    case warning
  }

  /// The node's id, or `nil` for the chain as a whole.
  public var node: String?
  /// The rule's name, such as `ChainLinkRule`.
  public var rule: String
  public var severity: Severity
  public var message: String
  /// The seed and its sentence the rule applies, such as "seed 002: Outcomes only become useful when they
  /// form a coherent chain."
  public var seed: String

  /// Creates a problem.
  public init(node: String?, rule: String, severity: Severity, message: String, seed: String) {
    self.node = node
    self.rule = rule
    self.severity = severity
    self.message = message
    self.seed = seed
  }
}

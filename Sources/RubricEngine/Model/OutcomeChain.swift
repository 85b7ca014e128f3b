/// The coherent outcome chain of a review (seed 002): business results, the customer or product outcomes
/// that support them, and the team bets that support those, each saying what it contributes upward. The
/// contents of `outcome-chain.json`.
public struct OutcomeChain: Codable, Equatable, Sendable {
  public static let currentFormatVersion = 1

  public var formatVersion: Int
  public var nodes: [ChainNode]

  /// Creates a chain.
  public init(formatVersion: Int = OutcomeChain.currentFormatVersion, nodes: [ChainNode] = []) {
    self.formatVersion = formatVersion
    self.nodes = nodes
  }

  /// The node with this id.
  public func node(id: String) -> ChainNode? { nodes.first { $0.id == id } }

  /// The nodes that support `id`: those one level down that name it.
  public func supporters(of id: String) -> [ChainNode] { nodes.filter { $0.supports.contains(id) } }

  /// The nodes' ids as the chain is read top down: each business result, then each customer outcome that
  /// supports it with the bets that support that, in the chain's order; then the nodes no business result
  /// reaches, in the chain's order with what supports them. Each id once, where it is first reached.
  public func readingOrder() -> [String] {
    var order: [String] = []
    var seen: Set<String> = []
    func visit(_ node: ChainNode) {
      guard seen.insert(node.id).inserted else { return }
      order.append(node.id)
      for supporter in supporters(of: node.id) { visit(supporter) }
    }
    for node in nodes where node.level == .business { visit(node) }
    for node in nodes { visit(node) }
    return order
  }

  /// The id a new node of `level` takes: its level and the next free number, such as `customer-3`.
  public func nextID(for level: ChainLevel) -> String {
    var number = 1
    while node(id: "\(level.rawValue)-\(number)") != nil { number += 1 }
    return "\(level.rawValue)-\(number)"
  }
}

/// A level of the chain, top to bottom.
public enum ChainLevel: String, Codable, CaseIterable, Sendable {
  /// A business result: a measure of the business, such as retention or cost per claim.
  case business
  /// A customer or product outcome: what customers do differently, measurable from their side.
  case customer
  /// A team bet: the work a team does, stated as the signal it should move.
  case bet

  /// The level a node of this level supports; `nil` for business results, the top.
  public var supportsLevel: ChainLevel? {
    switch self {
    case .business: return nil
    case .customer: return .business
    case .bet: return .customer
    }
  }
}

/// What a bet is: work toward an outcome, or legitimately output work (seed 004): catching up with what the
/// market expects (`parity`) or meeting a rule (`compliance`), which states its bet and its rationale.
public enum ChainNodeKind: String, Codable, CaseIterable, Sendable {
  case outcome
  case parity
  case compliance
}

/// The signals that would show a link holds: a leading one, seen early, and a lagging one.
public struct ChainEvidence: Codable, Equatable, Sendable {
  public var leading: String?
  public var lagging: String?

  /// Creates the signals.
  public init(leading: String? = nil, lagging: String? = nil) {
    self.leading = leading
    self.lagging = lagging
  }
}

/// One node of the chain.
public struct ChainNode: Codable, Equatable, Sendable {
  /// Unique in the chain, such as `customer-2`.
  public var id: String
  public var level: ChainLevel
  public var statement: String
  /// The ids of the nodes one level up it supports.
  public var supports: [String]
  /// The role that owns it.
  public var owner: String?
  public var evidence: ChainEvidence?
  /// What the chain chooses not to optimise for it (seed 002: "Name the tradeoff").
  public var tradeoff: String?
  /// When it will be inspected, `YYYY-MM-DD` (seed 002: "Name the learning loop").
  public var inspect: String?
  public var kind: ChainNodeKind?
  /// Why a parity or compliance bet is worth doing though it moves no outcome.
  public var rationale: String?
  /// Whether `chain draft` proposed it and no reviewer has edited it since.
  public var draft: Bool?

  /// Creates a node.
  public init(
    id: String, level: ChainLevel, statement: String, supports: [String] = [], owner: String? = nil,
    evidence: ChainEvidence? = nil, tradeoff: String? = nil, inspect: String? = nil,
    kind: ChainNodeKind? = nil,
    rationale: String? = nil, draft: Bool? = nil
  ) {
    self.id = id
    self.level = level
    self.statement = statement
    self.supports = supports
    self.owner = owner
    self.evidence = evidence
    self.tradeoff = tradeoff
    self.inspect = inspect
    self.kind = kind
    self.rationale = rationale
    self.draft = draft
  }
}

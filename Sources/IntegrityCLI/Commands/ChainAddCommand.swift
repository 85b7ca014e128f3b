import ReviewStore
import RubricEngine

extension Command {
  /// The options that set a chain node's fields, for `chain add` and `chain edit`.
  static let chainFieldOptions: [CommandOption] = [
    .value("statement", "TEXT", .text, help: "What the node says: the result, the outcome or the bet"),
    .value(
      "supports", "ID", .text,
      help:
        "A node one level up it supports (a bet a customer outcome, a customer outcome a business result); "
        + "repeat for more"),
    .value("owner", "ROLE", .text, help: "The one role that owns it"),
    .value("leading", "TEXT", .text, help: "The leading signal: what would show early that it moves"),
    .value("lagging", "TEXT", .text, help: "The lagging signal: what shows it moved"),
    .value("tradeoff", "TEXT", .text, help: "What it chooses not to optimise"),
    .value("inspect", "YYYY-MM-DD", .date, help: "When it will be inspected"),
    .value(
      "kind", "KIND", .choices(ChainNodeKind.allCases.map(\.rawValue)),
      help: "For a bet: outcome (the default), parity or compliance"),
    .value("rationale", "TEXT", .text, help: "Why parity or compliance work is worth doing"),
  ]

  /// The fields the options give, each `nil` when not given.
  struct ChainFields {
    var statement: String?
    var supports: [String]?
    var owner: String?
    var leading: String?
    var lagging: String?
    var tradeoff: String?
    var inspect: String?
    var kind: ChainNodeKind?
    var rationale: String?

    /// `node` with these fields set.
    func applied(to node: ChainNode) -> ChainNode {
      var node = node
      if let statement { node.statement = statement }
      if let supports { node.supports = supports }
      if let owner { node.owner = owner }
      if leading != nil || lagging != nil {
        var evidence = node.evidence ?? ChainEvidence()
        if let leading { evidence.leading = leading }
        if let lagging { evidence.lagging = lagging }
        node.evidence = evidence
      }
      if let tradeoff { node.tradeoff = tradeoff }
      if let inspect { node.inspect = inspect }
      if let kind { node.kind = kind }
      if let rationale { node.rationale = rationale }
      // Edited by a reviewer: no longer a draft.
      node.draft = nil
      return node
    }
  }

  static func chainFields(_ arguments: inout ArgumentScanner, command: String) throws(CommandError)
    -> ChainFields
  {
    func text(_ name: String, _ rule: TextRule) throws(CommandError) -> String? {
      try arguments.option(name).map { value throws(CommandError) in
        try acceptedText(value, rule: rule, option: "--" + name, command: command)
      }
    }
    var fields = ChainFields()
    fields.statement = try text("statement", .sentence)
    let supports = try arguments.values("supports")
    fields.supports = supports.isEmpty ? nil : supports
    fields.owner = try text("owner", .name)
    fields.leading = try text("leading", .sentence)
    fields.lagging = try text("lagging", .sentence)
    fields.tradeoff = try text("tradeoff", .sentence)
    fields.inspect = try arguments.option("inspect").map { value throws(CommandError) in
      try calendarDate(value, option: "--inspect", command: command)
    }
    fields.kind = try arguments.option("kind").map { value throws(CommandError) in
      guard let kind = ChainNodeKind(rawValue: value) else {
        throw .usage("unknown kind '\(value)'; use outcome, parity or compliance", command: command)
      }
      return kind
    }
    fields.rationale = try text("rationale", .reason)
    return fields
  }

  /// What is wrong with `node` in `chain`, for a command line: the nodes it supports must exist one level up,
  /// and parity or compliance work is a bet with a rationale.
  static func chainNodeProblem(_ node: ChainNode, in chain: OutcomeChain) -> String? {
    for target in node.supports {
      guard let supported = chain.node(id: target) else {
        var message = "--supports \(target): no node of that id in the chain"
        if let guess = NearestName.suggestion(for: target, among: chain.nodes.map(\.id)) {
          message += " (did you mean \(guess)?)"
        }
        return message
      }
      guard let above = node.level.supportsLevel else {
        return "--supports: a business result is the top of the chain and supports nothing"
      }
      if supported.level != above {
        return "--supports \(target): a \(node.level.rawValue) node supports a \(above.rawValue) node, and "
          + "\(target) is a \(supported.level.rawValue) node"
      }
    }
    if let kind = node.kind, kind != .outcome {
      if node.level != .bet { return "--kind \(kind.rawValue): only a bet is parity or compliance work" }
      if node.rationale == nil { return "--kind \(kind.rawValue) needs --rationale: why it is worth doing" }
    }
    return nil
  }

  /// `integrity chain add DIR --level LEVEL --statement TEXT ...`: adds a node to the outcome chain.
  static let chainAdd = Command(
    name: "chain add",
    summary: "Add a business result, customer outcome or team bet to the outcome chain; prints its id",
    usage: "integrity chain add DIR --level business|customer|bet --statement TEXT [--supports ID]... "
      + "[--owner ROLE] [--leading TEXT] [--lagging TEXT] [--tradeoff TEXT] [--inspect YYYY-MM-DD] "
      + "[--kind KIND --rationale TEXT]",
    arguments: [.reviewFolder],
    options: [
      .value(
        "level", "LEVEL", .choices(ChainLevel.allCases.map(\.rawValue)), help: "business, customer or bet")
    ] + chainFieldOptions,
    details: """
      The chain is kept in DIR/outcome-chain.json. Each node supports nodes one level up: a bet a
      customer outcome, a customer outcome a business result. integrity chain check says where the
      chain falls short of seed 002's coherent chain.

      Example:
        integrity chain add acme-review --level customer \\
          --statement "Claimants get a decision in 3 days, not 9, by 2027" \\
          --supports business-1 --owner "Claims director" \\
          --leading "share of claims triaged in a day"
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let command = "chain add"
    let levelText = try arguments.option("level")
    let fields = try chainFields(&arguments, command: command)
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    guard let levelText else {
      throw .usage("--level is required: business, customer or bet", command: command)
    }
    guard let level = ChainLevel(rawValue: levelText) else {
      throw .usage("unknown level '\(levelText)'; use business, customer or bet", command: command)
    }
    guard let statement = fields.statement else {
      throw .usage("--statement is required: what the node says", command: command)
    }
    let opened = try OpenReview(directory, context: context)
    let added: ChainNode
    do throws(ReviewStoreError) {
      added = try opened.folder.updateChain(holder: "a chain edit") { chain throws(ReviewStoreError) in
        let node = fields.applied(
          to: ChainNode(id: chain.nextID(for: level), level: level, statement: statement))
        if let problem = chainNodeProblem(node, in: chain) {
          throw .refused(problem + "; nothing was changed")
        }
        chain.nodes.append(node)
        return node
      }
    } catch {
      throw CommandError(error)
    }
    context.standardOutput.line(added.id)
    context.warn(
      "Added \(added.id) to \(opened.folder.chainPath). Next: integrity chain check \(shellQuoted(directory))"
    )
    return .success
  }
}

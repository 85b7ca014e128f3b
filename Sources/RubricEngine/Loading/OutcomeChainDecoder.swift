/// Reads `outcome-chain.json` and checks what makes it a chain: known levels and kinds, unique ids, each
/// node supporting nodes that exist one level up, dates that are dates, and a rationale for parity or
/// compliance work. Every problem is reported with its JSON path, line and column. Whether the chain is a
/// good one is `ChainCheck`'s question, not the decoder's.
public struct OutcomeChainDecoder: Sendable {
  static let keys = ["formatVersion", "nodes"]
  static let nodeKeys = [
    "id", "level", "statement", "supports", "owner", "evidence", "tradeoff", "inspect", "kind", "rationale",
    "draft",
  ]

  /// Creates a decoder.
  public init() {}

  /// The chain in `bytes`.
  /// - Throws: `DataFileError` naming `file` and every problem.
  public func decode(_ bytes: [UInt8], file: String) throws(DataFileError) -> OutcomeChain {
    let root = try DataFile.parse(bytes, file: file)
    var reader = JSONReader()
    let chain = Self.read(root, reader: &reader)
    guard let chain, reader.problems.isEmpty else { throw .invalid(file: file, problems: reader.problems) }
    return chain
  }

  static func read(_ root: JSONValue, reader: inout JSONReader) -> OutcomeChain? {
    guard let object = reader.object(root, at: .root, allowedKeys: keys) else { return nil }
    let formatVersion = reader.formatVersion(object, current: OutcomeChain.currentFormatVersion)
    guard let elements = reader.list(object, "nodes", required: true, allowEmpty: true) else { return nil }
    var nodes: [(node: ChainNode, path: JSONPath)] = []
    var seen: Set<String> = []
    var complete = true
    for (value, path) in elements {
      guard let item = reader.object(value, at: path, allowedKeys: nodeKeys) else {
        complete = false
        continue
      }
      let id = reader.string(item, "id")
      if let id, let problem = ReviewDocument.idProblem(id) {
        reader.report(
          problem.replacingOccurrences(of: "a document id", with: "a node id"), at: path.appending("id"))
      } else if let id, !seen.insert(id).inserted {
        reader.report("a second node with id \"\(id)\"; ids are unique", at: path.appending("id"))
      }
      let levelText = reader.string(item, "level")
      let level = levelText.flatMap(ChainLevel.init(rawValue:))
      if let levelText, level == nil {
        reader.report(
          "unknown level \"\(levelText.prefix(80))\"; use business, customer or bet",
          at: path.appending("level"))
      }
      let statement = reader.text(item, "statement", rule: .sentence)
      var supports: [String] = []
      if let list = reader.list(item, "supports", required: false, allowEmpty: true) {
        for (entry, entryPath) in list {
          if case .string(let text) = entry.content {
            supports.append(text)
          } else {
            reader.report("expected the id of a node, found \(entry.kindName)", at: entryPath)
          }
        }
      }
      let owner = reader.text(item, "owner", rule: .name, required: false)
      var evidence: ChainEvidence?
      if let value = reader.member(item, "evidence", required: false),
        let signals = reader.object(
          value, at: path.appending("evidence"), allowedKeys: ["leading", "lagging"])
      {
        evidence = ChainEvidence(
          leading: reader.text(signals, "leading", rule: .sentence, required: false),
          lagging: reader.text(signals, "lagging", rule: .sentence, required: false))
      }
      let tradeoff = reader.text(item, "tradeoff", rule: .sentence, required: false)
      let inspect = reader.string(item, "inspect", required: false)
      if let inspect, !CalendarDate.isValid(inspect) {
        reader.report(CalendarDate.problem(inspect), at: path.appending("inspect"))
      }
      let kindText = reader.string(item, "kind", required: false)
      let kind = kindText.flatMap(ChainNodeKind.init(rawValue:))
      if let kindText, kind == nil {
        reader.report(
          "unknown kind \"\(kindText.prefix(80))\"; use outcome, parity or compliance",
          at: path.appending("kind"))
      }
      let rationale = reader.text(item, "rationale", rule: .reason, required: false)
      if kind == .parity || kind == .compliance, rationale == nil {
        reader.report(
          "\(kind?.rawValue ?? "") work states its rationale: why it is worth doing though it moves no outcome",
          at: path.appending("rationale"))
      }
      if let kind, kind != .outcome, level != .bet {
        reader.report("only a bet is parity or compliance work", at: path.appending("kind"))
      }
      let draft = item.has("draft") ? reader.bool(item, "draft", default: false) : nil
      guard let id, let level, let statement else {
        complete = false
        continue
      }
      nodes.append(
        (
          ChainNode(
            id: id, level: level, statement: statement, supports: supports, owner: owner, evidence: evidence,
            tradeoff: tradeoff, inspect: inspect, kind: kind, rationale: rationale, draft: draft),
          path
        ))
    }
    // Links: each names a node that exists, one level up.
    let byID = Dictionary(nodes.map { ($0.node.id, $0.node) }, uniquingKeysWith: { first, _ in first })
    for (node, path) in nodes {
      for (index, target) in node.supports.enumerated() {
        let at = path.appending("supports").appending(index)
        guard let supported = byID[target] else {
          var message = "no node \"\(target.prefix(80))\" in the chain"
          if let guess = NearestName.suggestion(for: target, among: byID.keys.sorted()) {
            message += "; did you mean \"\(guess)\"?"
          }
          reader.report(message, at: at)
          continue
        }
        guard let above = node.level.supportsLevel else {
          reader.report("a business result is the top of the chain and supports nothing", at: at)
          continue
        }
        if supported.level != above {
          reader.report(
            "a \(node.level.rawValue) node supports a \(above.rawValue) node, not \"\(target)\", a "
              + "\(supported.level.rawValue) node", at: at)
        }
      }
    }
    return complete ? OutcomeChain(formatVersion: formatVersion, nodes: nodes.map(\.node)) : nil
  }
}

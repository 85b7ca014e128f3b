import RubricEngine

/// The outcome chain's diagram split into parts that each fit a printed page: a chain too tall for one
/// picture is cut between its bets, each part drawing its bets with the customer outcome and business
/// result they support (repeated, marked continued, where a part goes on from the one before). Word and
/// LibreOffice scale a picture to the page's width but never to its height, so one tall picture would be
/// cut off at the foot of the page.
enum ChainPages {
  /// The tallest a part is drawn: pandoc sets a picture 5.8 inches wide in Word, so 760 by this fits the text
  /// area of an A4 or Letter page with its caption.
  static let pageHeight = 1000.0

  /// The layouts of `chain`: one when it fits a page, else one per part.
  static func layouts(
    _ chain: OutcomeChain, problems: [ChainProblem], owner: (String) -> String = { $0 }
  ) -> [ChainLayout] {
    let whole = ChainLayout(chain: chain, problems: problems, owner: owner)
    guard whole.height > pageHeight else { return [whole] }
    let lines = whole.part.lines
    let ordered = ChainLayout.order(chain)
    let totals = ordered.map(\.count)
    // The chain as rows, top to bottom: each bet with the customer outcome and business result it is set
    // under, each customer outcome no bet is set under with its business result, each business result
    // with nothing under it.
    var rows: [[String]] = []
    var seen: Set<String> = []
    func parent(_ node: ChainNode, in column: Int) -> ChainNode? {
      ChainLayout.first(of: node, in: ordered[column]).flatMap(chain.node(id:))
    }
    for bet in ordered[2] {
      let customer = parent(bet, in: 1)
      let business = customer.flatMap { parent($0, in: 0) }
      rows.append([business?.id, customer?.id, bet.id].compactMap { $0 })
      seen.formUnion(rows[rows.count - 1])
    }
    for customer in ordered[1] where !seen.contains(customer.id) {
      rows.append([parent(customer, in: 0)?.id, customer.id].compactMap { $0 })
      seen.formUnion(rows[rows.count - 1])
    }
    for business in ordered[0] where !seen.contains(business.id) { rows.append([business.id]) }
    rows.sort { rank($0, ordered).lexicographicallyPrecedes(rank($1, ordered)) }
    // Rows are added to a part while it fits; a row that does not starts the next. A part is measured with
    // its notes at their longest: each link out of it to a part of its own.
    var groups: [[[String]]] = [[]]
    var before: Set<String> = []
    for row in rows {
      let grown = groups[groups.count - 1] + [row]
      let ids = Set(grown.flatMap { $0 })
      var elsewhere: [String: [Int]] = [:]
      for id in ids {
        let outside = chain.node(id: id)?.supports.filter { !ids.contains($0) } ?? []
        if !outside.isEmpty { elsewhere[id] = outside.map { _ in 99 } }
      }
      let part = ChainLayout.Part(
        number: groups.count, continued: before.intersection(ids), elsewhere: elsewhere, lines: lines)
      let height = ChainLayout(chain: subchain(chain, ids), problems: problems, owner: owner, part: part)
        .height
      if grown.count == 1 || height <= pageHeight {
        groups[groups.count - 1] = grown
      } else {
        before.formUnion(groups[groups.count - 1].flatMap { $0 })
        groups.append([row])
      }
    }
    let members = groups.map { Set($0.flatMap { $0 }) }
    var drawn: Set<String> = []
    var layouts: [ChainLayout] = []
    for (index, ids) in members.enumerated() {
      var elsewhere: [String: [Int]] = [:]
      for id in ids {
        guard let node = chain.node(id: id) else { continue }
        let parts = node.supports.filter { !ids.contains($0) }.compactMap { target in
          members.firstIndex { $0.contains(target) }.map { $0 + 1 }
        }
        if !parts.isEmpty { elsewhere[id] = Array(Set(parts)).sorted() }
      }
      let part = ChainLayout.Part(
        number: index + 1, count: members.count, totals: totals, continued: drawn.intersection(ids),
        elsewhere: elsewhere, lines: lines)
      layouts.append(ChainLayout(chain: subchain(chain, ids), problems: problems, owner: owner, part: part))
      drawn.formUnion(ids)
    }
    return layouts
  }

  /// The nodes of `chain` in `ids`, each supporting only those of them.
  static func subchain(_ chain: OutcomeChain, _ ids: Set<String>) -> OutcomeChain {
    OutcomeChain(
      nodes: chain.nodes.filter { ids.contains($0.id) }.map { node in
        var node = node
        node.supports = node.supports.filter(ids.contains)
        return node
      })
  }

  /// A row's place top to bottom: by its business result, then its customer outcome, then its bet, as the
  /// whole chain's columns order them; a row without a business result or customer outcome goes last.
  static func rank(_ row: [String], _ ordered: [[ChainNode]]) -> [Int] {
    ordered.map { column in column.firstIndex { row.contains($0.id) } ?? Int.max }
  }
}

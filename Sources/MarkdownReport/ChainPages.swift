import RubricEngine

/// The outcome chain's diagram split into parts that each fit a printed page: a chain too tall for one
/// picture is cut between its links. Each part draws its bets with the customer outcome and business
/// result they support, so that every link is drawn in some part; a node drawn in more than one part
/// says which others. Word and LibreOffice scale a picture to the page's width but never to its height,
/// so one tall picture would be cut off at the foot of the page.
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
    let ordered = ChainLayout.order(chain)
    let totals = ordered.map(\.count)
    let rows = self.rows(chain, ordered)
    // Rows are added to a part while it fits; a row that does not starts the next. A part is measured with
    // its notes at their longest: each node in it drawn in every other part too.
    var groups: [Set<String>] = [[]]
    for row in rows {
      let grown = groups[groups.count - 1].union(row)
      if grown.count == groups[groups.count - 1].count { continue }
      let widest = Dictionary(uniqueKeysWithValues: grown.map { ($0, Array(repeating: 99, count: 2)) })
      let part = ChainLayout.Part(number: groups.count, count: 99, totals: totals, alsoIn: widest)
      let height = ChainLayout(chain: subchain(chain, grown), problems: problems, owner: owner, part: part)
        .height
      if groups[groups.count - 1].isEmpty || height <= pageHeight {
        groups[groups.count - 1] = grown
      } else {
        groups.append(Set(row))
      }
    }
    return groups.enumerated().map { index, ids in
      var alsoIn: [String: [Int]] = [:]
      for id in ids {
        let others = groups.indices.filter { $0 != index && groups[$0].contains(id) }.map { $0 + 1 }
        if !others.isEmpty { alsoIn[id] = others }
      }
      let part = ChainLayout.Part(number: index + 1, count: groups.count, totals: totals, alsoIn: alsoIn)
      return ChainLayout(chain: subchain(chain, ids), problems: problems, owner: owner, part: part)
    }
  }

  /// The chain as rows, top to bottom, that between them hold every node and every link: each link of a
  /// bet to a customer outcome, with the business result that outcome is set under; each link of a
  /// customer outcome to a business result; each node that has no link.
  static func rows(_ chain: OutcomeChain, _ ordered: [[ChainNode]]) -> [[String]] {
    func parent(of customer: ChainNode) -> String? { ChainLayout.first(of: customer, in: ordered[0]) }
    var rows: [[String]] = []
    var linked: Set<String> = []
    for bet in ordered[2] {
      for customer in ordered[1] where bet.supports.contains(customer.id) {
        rows.append([parent(of: customer), customer.id, bet.id].compactMap { $0 })
      }
    }
    for customer in ordered[1] {
      for business in ordered[0] where customer.supports.contains(business.id) {
        rows.append([business.id, customer.id])
      }
    }
    for row in rows { linked.formUnion(row) }
    for column in ordered {
      for node in column where !linked.contains(node.id) { rows.append([node.id]) }
    }
    return rows.sorted { rank($0, ordered).lexicographicallyPrecedes(rank($1, ordered)) }
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

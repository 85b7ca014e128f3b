/// A first outcome chain proposed from the review, for the reviewers to edit: one customer outcome for each
/// different outcome statement the stakeholders gave (the same words, in any case or spacing, are one), the
/// owner most often named, one more for each epic or initiative of the programme's work that the outcome
/// checker finds measurable (an outcome, not a bet), and one bet for each other epic or initiative. Every node is
/// marked a draft. Nothing is made up: a business result no one stated is left for the reviewers to write,
/// and `ChainCheck` says so.
public enum ChainDraft {
  /// The proposed chain.
  /// - Parameters:
  ///   - outcomes: the outcome statements given (`Scorecard.outcomes`), never who gave them.
  ///   - owners: the owners named (`Scorecard.owners`).
  ///   - bets: the titles of the work's epics and initiatives, in their order.
  ///   - checker: reads each title: a measurable one is a customer outcome.
  public static func draft(
    outcomes: OutcomeAgreement, owners: OwnerAgreement, bets: [String],
    checker: OutcomeChecker = OutcomeChecker()
  ) -> OutcomeChain {
    var chain = OutcomeChain()
    var seen: [String: String] = [:]
    // The most measurable statements first, so that the chain starts from the best the stakeholders said.
    let ranked = outcomes.statements.enumerated().sorted { lhs, rhs in
      (rank(lhs.element.assessment.verdict), lhs.offset) < (rank(rhs.element.assessment.verdict), rhs.offset)
    }.map(\.element)
    for statement in ranked {
      let key = normalised(statement.text)
      guard !key.isEmpty, seen[key] == nil else { continue }
      let id = chain.nextID(for: .customer)
      seen[key] = id
      chain.nodes.append(
        ChainNode(
          id: id, level: .customer, statement: statement.text, owner: owners.names.first?.name, draft: true))
    }
    // A title of the work that states a measurable outcome is one, after the stakeholders' own.
    var work: [String] = []
    for title in bets {
      guard checker.check(title, rewriting: false).verdict == .measurable else {
        work.append(title)
        continue
      }
      let key = normalised(title)
      guard !key.isEmpty, seen[key] == nil else { continue }
      seen[key] = title
      chain.nodes.append(
        ChainNode(
          id: chain.nextID(for: .customer), level: .customer, statement: title,
          owner: owners.names.first?.name,
          draft: true))
    }
    // Each bet supports the customer outcome when there is only one to support; otherwise the reviewers link it.
    let customers = chain.nodes.map(\.id)
    var titles: Set<String> = []
    for title in work where titles.insert(normalised(title)).inserted {
      chain.nodes.append(
        ChainNode(
          id: chain.nextID(for: .bet), level: .bet, statement: title,
          supports: customers.count == 1 ? customers : [], draft: true))
    }
    return chain
  }

  static func rank(_ verdict: OutcomeVerdict) -> Int {
    switch verdict {
    case .measurable: return 0
    case .vague: return 1
    case .output: return 2
    }
  }

  /// A statement as statements are compared: lower-cased, its spacing collapsed, a final full stop dropped.
  static func normalised(_ text: String) -> String {
    var words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    while words.hasSuffix(".") { words.removeLast() }
    return words
  }
}

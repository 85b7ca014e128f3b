/// What the outcome chain shows the rubric: for each question with a `chainSignal`, observed evidence
/// scored from the share of the chain's nodes and links with no problem (`ChainCheck.soundShare`). Worked
/// out from `outcome-chain.json` whenever the review is scored, never stored, so it is never stale.
public enum ChainShown {
  /// The number such evidence carries: no entry of `evidence.json` has it.
  public static let evidenceID = 0

  /// The entries, in rubric order; none for an empty chain. A draft node (`chain draft` proposed it and no
  /// reviewer has edited it) is no observation: the chain is judged without drafts, and a chain of drafts
  /// only shows nothing.
  public static func entries(_ whole: OutcomeChain, rubric: Rubric, date: String) -> [ReviewerEvidence] {
    let reviewed = Set(whole.nodes.filter { $0.draft != true }.map(\.id))
    let drafts = whole.nodes.count - reviewed.count
    let chain = OutcomeChain(
      nodes: whole.nodes.filter { reviewed.contains($0.id) }.map { node in
        var node = node
        node.supports = node.supports.filter(reviewed.contains)
        return node
      })
    let problems = ChainCheck.problems(chain)
    guard let share = ChainCheck.soundShare(chain, problems: problems) else { return [] }
    let links = chain.nodes.reduce(0) { $0 + $1.supports.count }
    let count = problems.filter { $0.severity == .problem }.count
    let note =
      "Outcome chain (\(chain.nodes.count) \(chain.nodes.count == 1 ? "node" : "nodes"), \(links) "
      + "\(links == 1 ? "link" : "links")"
      + (drafts == 0 ? "" : "; \(drafts) draft \(drafts == 1 ? "node" : "nodes") not yet reviewed, left out")
      + "): \(ReasonWords.share(share)) of its nodes and links have no problem; "
      + "\(count) \(count == 1 ? "problem" : "problems") (integrity chain check lists them)."
    return rubric.questions.compactMap { question in
      guard question.kind == .scale, let levels = question.chainSignal else { return nil }
      return ReviewerEvidence(
        id: evidenceID, question: question.id,
        score: ArtefactSignalRule.score(share: share, levels: levels, method: rubric.method),
        source: .observed,
        note: note, date: date)
    }
  }
}

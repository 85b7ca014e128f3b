import RubricEngine
import TestSupport
import Testing

/// A coherent chain with no problem: one business result, one customer outcome with its owner, signals
/// and trade-off, one bet in hypothesis form with its falsifier and an inspection date.
private func sound() -> OutcomeChain {
  OutcomeChain(nodes: [
    ChainNode(
      id: "business-1", level: .business, statement: "Raise policy renewal rate from 80% to 85% by Q4 2027"),
    ChainNode(
      id: "customer-1", level: .customer,
      statement: "Policyholders get a claim decision in 3 days instead of 9 by June 2027",
      supports: ["business-1"],
      owner: "claims-director", evidence: ChainEvidence(leading: "share of claims triaged within a day"),
      tradeoff: "slower handling of complex claims"),
    ChainNode(
      id: "bet-1", level: .bet,
      statement:
        "We believe that if we automate triage, then policyholders will get decisions sooner, measured by median "
        + "days to decision within 3 months. We will know we are wrong if median days do not fall by March.",
      supports: ["customer-1"], inspect: "2027-03-31"),
  ])
}

private func rules(_ chain: OutcomeChain) -> [String] {
  ChainCheck.problems(chain).map { "\($0.node ?? "-") \($0.rule) \($0.severity.rawValue)" }
}

@Suite("The outcome chain's checks, each at its edge")
struct ChainRulesTests {
  @Test("a coherent chain has no problem and no warning")
  func soundChain() {
    #expect(ChainCheck.problems(sound()).isEmpty)
    #expect(ChainCheck.soundShare(sound(), problems: []) == 1)
  }

  @Test("levels: an undefined top-line total, a customer outcome with no who, a solution in disguise")
  func levels() {
    var chain = sound()
    chain.nodes[0].statement = "Increase revenue by $500M"
    #expect(rules(chain) == ["business-1 ChainLevelRule problem"])
    chain = sound()
    chain.nodes[1].statement = "Claim decisions fall from 9 days to 3 by June 2027"
    #expect(rules(chain).contains("customer-1 ChainLevelRule problem"))
    chain = sound()
    chain.nodes[2].statement = "Build the triage rules engine. We will know we are wrong if nobody uses it."
    #expect(rules(chain) == ["bet-1 ChainLevelRule problem"])
    let problem = ChainCheck.problems(chain).first
    #expect(problem?.seed == "seed 002: An isolated team goal can become a solution in disguise.")
  }

  @Test("links: an orphan at each level, a business result or customer outcome with nothing under it")
  func links() {
    var chain = sound()
    chain.nodes[2].supports = []
    #expect(rules(chain) == ["customer-1 ChainLinkRule problem", "bet-1 ChainLinkRule problem"])
    chain = sound()
    chain.nodes.append(
      ChainNode(
        id: "business-2", level: .business, statement: "Cut claims cost per policy from £90 to £80 by 2027"))
    #expect(rules(chain) == ["business-2 ChainLinkRule problem"])
    let empty = OutcomeChain(nodes: [])
    #expect(ChainCheck.problems(empty).map(\.rule) == ["ChainLinkRule"])
  }

  @Test("evidence both ways: no leading indicator, no falsifier")
  func evidence() {
    var chain = sound()
    chain.nodes[1].evidence = ChainEvidence(lagging: "renewal rate")
    #expect(rules(chain) == ["customer-1 ChainEvidenceRule problem"])
    chain = sound()
    chain.nodes[2].statement =
      "We believe that if we automate triage, then policyholders will get decisions sooner, measured by median days "
      + "to decision within 3 months."
    #expect(rules(chain) == ["bet-1 ChainEvidenceRule problem"])
    // The falsifier may be given as the bet's lagging signal.
    chain.nodes[2].evidence = ChainEvidence(lagging: "we will know we are wrong if median days stay at 9")
    #expect(rules(chain).isEmpty)
  }

  @Test("a single owner: none, or two joined in one field")
  func owner() {
    var chain = sound()
    chain.nodes[1].owner = nil
    #expect(rules(chain) == ["customer-1 ChainOwnerRule problem"])
    for two in ["claims-director and cfo", "claims-director / cfo", "claims-director, cfo"] {
      chain.nodes[1].owner = two
      #expect(rules(chain) == ["customer-1 ChainOwnerRule problem"], "\(two)")
    }
  }

  @Test("trade-off and learning loop are warnings: they never fail the chain")
  func loop() {
    var chain = sound()
    chain.nodes[1].tradeoff = nil
    chain.nodes[2].inspect = nil
    #expect(rules(chain) == ["customer-1 ChainLoopRule warning", "- ChainLoopRule warning"])
    #expect(!ChainCheck.problems(chain).contains { $0.severity == .problem })
  }

  @Test("parity and compliance work is judged on stating its bet, not failed as an outcome (seed 004)")
  func legitimateOutput() {
    var chain = sound()
    chain.nodes.append(
      ChainNode(
        id: "bet-2", level: .bet, statement: "Upgrade to the supported Halcyon release",
        supports: ["customer-1"],
        kind: .compliance, rationale: "Support for 4.x ends in 2027"))
    #expect(rules(chain) == ["bet-2 ChainLevelRule problem"])
    chain.nodes[3].statement =
      "Upgrade to the supported Halcyon release so that claims keep being paid without interruption"
    #expect(rules(chain).isEmpty, "\(ChainCheck.problems(chain))")
    // The same statement as outcome work is a solution in disguise.
    chain.nodes[3].kind = nil
    #expect(rules(chain).contains("bet-2 ChainLevelRule problem"))
  }

  @Test(
    "the decoder: unknown levels and kinds, links to nothing or across levels, a rationale for parity work")
  func decoder() throws {
    let text = """
      {"formatVersion": 1, "nodes": [
        {"id": "business-1", "level": "business", "statement": "Renewal rate from 80% to 85% by 2027"},
        {"id": "customer-1", "level": "customers", "statement": "x"},
        {"id": "bet-1", "level": "bet", "statement": "y", "supports": ["busines-1"]},
        {"id": "bet-2", "level": "bet", "statement": "z", "supports": ["business-1"], "kind": "parity"},
        {"id": "bet-2", "level": "bet", "statement": "z", "inspect": "2027-02-30"}
      ]}
      """
    do {
      _ = try OutcomeChainDecoder().decode(Array(text.utf8), file: "outcome-chain.json")
      Issue.record("a broken chain was read")
    } catch {
      let message = error.description
      for expected in [
        "$.nodes[1].level: unknown level \"customers\"",
        "$.nodes[2].supports[0]: no node \"busines-1\" in the chain; did you mean \"business-1\"?",
        "$.nodes[3].supports[0]: a bet node supports a customer node",
        "$.nodes[3].rationale: parity work states its rationale",
        "$.nodes[4].id: a second node with id \"bet-2\"", "$.nodes[4].inspect:",
      ] {
        #expect(message.contains(expected), "\(expected): \(message)")
      }
      #expect(message.contains("outcome-chain.json:3:"), "\(message)")
    }
  }

  @Test("what the chain shows: the share of sound nodes and links, scored by the question's chain signal")
  func shown() throws {
    var rubric = Fixtures.smallRubric([
      Lens(id: "a", title: "A", summary: "s", gate: true, questions: [Fixtures.scaleQuestion("q1")])
    ])
    #expect(ChainShown.entries(sound(), rubric: rubric, date: "2026-12-04").isEmpty)
    rubric.lenses[0].questions[0].chainSignal = [0.25, 0.5, 0.75, 0.95]
    // Sound: 3 nodes and 2 links, none with a problem: 100%, scores 4.
    let entry = try #require(ChainShown.entries(sound(), rubric: rubric, date: "2026-12-04").first)
    #expect(entry.score == 4 && entry.source == .observed && entry.question == "q1")
    #expect(
      entry.note.hasPrefix("Outcome chain (3 nodes, 2 links): 100% of its nodes and links have no problem"))
    // The bet a solution in disguise: 1 of 5 parts flawed, 80%, scores 3.
    var flawed = sound()
    flawed.nodes[2].statement = "Build the triage engine. We will know we are wrong if nobody uses it."
    #expect(ChainShown.entries(flawed, rubric: rubric, date: "2026-12-04").first?.score == 3)
    #expect(ChainShown.entries(OutcomeChain(), rubric: rubric, date: "2026-12-04").isEmpty)
    // A draft is no observation: a chain of drafts shows nothing; without its draft bet, the customer outcome
    // has no bet, 2 of 3 parts sound (67%), scores 2.
    var drafted = sound()
    for index in drafted.nodes.indices { drafted.nodes[index].draft = true }
    #expect(ChainShown.entries(drafted, rubric: rubric, date: "2026-12-04").isEmpty)
    flawed.nodes[2].draft = true
    let partly = try #require(ChainShown.entries(flawed, rubric: rubric, date: "2026-12-04").first)
    #expect(partly.score == 2)
    #expect(
      partly.note.hasPrefix(
        "Outcome chain (2 nodes, 1 link; 1 draft node not yet reviewed, left out): 67% of its nodes"),
      "\(partly.note)")
  }
}

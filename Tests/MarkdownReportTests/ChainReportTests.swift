import RubricEngine
import TestSupport
import Testing

@testable import MarkdownReport

@Suite("The client report: the outcome chain")
struct ChainReportTests {
  static func markdown(_ chain: OutcomeChain) throws -> String {
    let content = ReportContent(
      review: try ExampleReviewFiles.review(), rubric: try Fixtures.standardRubric(),
      scorecard: Scoring.scorecard(
        rubric: try Fixtures.standardRubric(), interviews: try ExampleReviewFiles.interviews()),
      interviews: try ExampleReviewFiles.interviews(), attribution: .roles, chain: chain)
    return ClientReport(content: content, date: "2026-10-20", chartFile: "c.svg").markdown()
  }

  @Test("no chain: the report says none was agreed and what the first step is")
  func none() throws {
    let text = try Self.markdown(OutcomeChain())
    #expect(text.contains("# The outcome chain\n\nNo outcome chain was agreed"))
  }

  @Test(
    "a chain: nested business result, outcome and bets, each problem numbered where it stands and said below")
  func nested() throws {
    let chain = OutcomeChain(nodes: [
      ChainNode(
        id: "business-1", level: .business, statement: "Raise renewal rate from 80% to 85% by Q4 2027"),
      ChainNode(
        id: "customer-1", level: .customer, statement: "Policyholders decide *faster*",
        supports: ["business-1"],
        owner: "claims-director"),
      ChainNode(
        id: "bet-1", level: .bet, statement: "Build the engine", supports: ["customer-1"], draft: true),
    ])
    let text = try Self.markdown(chain)
    let problems = ChainCheck.problems(chain)
    #expect(text.contains("- **Business result:** Raise renewal rate from 80% to 85% by Q4 2027"))
    #expect(
      text.contains(
        "\n    - **Customer outcome:** Policyholders decide \\*faster\\* *Owner: claims-director.* ["))
    #expect(text.contains("\n        - **Bet:** Build the engine *(Draft.)* ["))
    for (index, problem) in problems.enumerated() {
      #expect(text.contains("\n\(index + 1). "), "problem \(index + 1): \(problem.message)")
    }
    // The client reads the rule's words, not the seed it comes from (chain check names that).
    let section = try #require(text.components(separatedBy: "# The outcome chain").last)
    #expect(!section.contains("seed 00"))
    #expect(
      section.contains("the teams' bets, as the reviewers recorded it (nodes marked draft were proposed"))
  }

  @Test("problems are numbered as the chain is read: the chain's own first, then top down, not in file order")
  func readingOrder() throws {
    // In the file: a bet, then the customer outcome, then the business result; and no inspection date.
    let chain = OutcomeChain(nodes: [
      ChainNode(id: "bet-1", level: .bet, statement: "Build the portal", supports: ["customer-1"]),
      ChainNode(
        id: "customer-1", level: .customer, statement: "Brokers see claim status", supports: ["business-1"]),
      ChainNode(id: "business-1", level: .business, statement: "Increase profit by £9 million a year"),
    ])
    let problems = ReportContent.inReadingOrder(ChainCheck.problems(chain), chain: chain)
    let nodes = problems.map { $0.node ?? "chain" }
    #expect(nodes.first == "chain")
    let firsts = ["business-1", "customer-1", "bet-1"].map { id in nodes.firstIndex(of: id) ?? -1 }
    #expect(firsts == firsts.sorted() && !firsts.contains(-1), "\(nodes)")
    let text = try Self.markdown(chain)
    #expect(text.contains("- **The chain as a whole** [1"))
    #expect(text.contains("- **Business result:** Increase profit by £9 million a year [2"))
    #expect(chain.readingOrder() == ["business-1", "customer-1", "bet-1"])
  }
}

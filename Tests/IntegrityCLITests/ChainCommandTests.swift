import Foundation
import IntegrityCLI
import TestSupport
import Testing

@Suite("integrity chain: the outcome chain drafted and checked")
struct ChainCommandTests {
  static func review() throws -> InMemoryFileSystem {
    let files = InMemoryFileSystem.withStandardRubric()
    try CommandRun.succeeding(
      ["init", "r", "--client", "Acme", "--program", "Claims", "--decision", "Sign"], fileSystem: files)
    return files
  }

  @Test("add prints each id; links must go one level up to a node that exists; nothing is written otherwise")
  func add() throws {
    let files = try Self.review()
    let business = CommandRun(
      [
        "chain", "add", "r", "--level", "business", "--statement",
        "Raise renewal rate from 80% to 85% by Q4 2027",
      ],
      fileSystem: files)
    #expect(business.exitCode == .success)
    #expect(business.standardOutput == "business-1\n")
    let customer = CommandRun(
      [
        "chain", "add", "r", "--level", "customer", "--statement",
        "Policyholders get a claim decision in 3 days instead of 9 by June 2027", "--supports", "business-1",
        "--owner", "claims-director", "--leading", "share of claims triaged within a day", "--tradeoff",
        "slower complex claims",
      ], fileSystem: files)
    #expect(customer.standardOutput == "customer-1\n")
    let before = files.text(at: "r/outcome-chain.json")
    for (arguments, message) in [
      (
        ["--level", "bet", "--statement", "x", "--supports", "business-1"],
        "a bet node supports a customer node"
      ),
      (["--level", "bet", "--statement", "x", "--supports", "customer-2"], "did you mean customer-1?"),
      (["--level", "bet", "--statement", "x", "--kind", "parity"], "--kind parity needs --rationale"),
      (["--level", "customer", "--statement", "x", "--kind", "parity", "--rationale", "r"], "only a bet"),
    ] {
      let run = CommandRun(["chain", "add", "r"] + arguments, fileSystem: files)
      #expect(run.exitCode == .failure, "\(arguments)")
      #expect(run.standardError.contains(message), "\(arguments): \(run.standardError)")
      #expect(files.text(at: "r/outcome-chain.json") == before)
    }
    #expect(
      CommandRun(["chain", "add", "r", "--level", "team", "--statement", "x"], fileSystem: files).exitCode
        == .usage)
    #expect(CommandRun(["chain", "add", "r", "--level", "bet"], fileSystem: files).exitCode == .usage)
  }

  @Test("check: exit 1 with problems, each with its node, rule and seed; edit fixes it; warnings keep exit 0")
  func check() throws {
    let files = try Self.review()
    try CommandRun.succeeding(
      [
        "chain", "add", "r", "--level", "business", "--statement",
        "Raise renewal rate from 80% to 85% by Q4 2027",
      ],
      fileSystem: files)
    try CommandRun.succeeding(
      [
        "chain", "add", "r", "--level", "customer", "--statement",
        "Policyholders get a claim decision in 3 days instead of 9 by June 2027", "--supports", "business-1",
        "--owner", "claims-director", "--leading", "share of claims triaged within a day",
      ], fileSystem: files)
    try CommandRun.succeeding(
      [
        "chain", "add", "r", "--level", "bet", "--statement", "Build the triage engine", "--supports",
        "customer-1",
      ],
      fileSystem: files)
    let run = CommandRun(["chain", "check", "r", "--json"], fileSystem: files)
    #expect(run.exitCode == .failure)
    let problems = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]])
    #expect(
      problems.map { "\($0["node"] as? String ?? "-") \($0["rule"] as? String ?? "")" } == [
        "customer-1 ChainLoopRule", "bet-1 ChainLevelRule", "bet-1 ChainEvidenceRule", "- ChainLoopRule",
      ])
    #expect(problems.allSatisfy { ($0["seed"] as? String)?.hasPrefix("seed 00") == true })
    #expect(problems.first?["severity"] as? String == "warning")
    try CommandRun.succeeding(
      [
        "chain", "edit", "r", "bet-1", "--statement",
        "We believe that if we automate triage, then policyholders will get decisions sooner, measured by median "
          + "days to decision within 3 months. We will know we are wrong if median days do not fall by March.",
      ], fileSystem: files)
    let warnings = CommandRun(["chain", "check", "r"], fileSystem: files)
    #expect(warnings.exitCode == .success, "\(warnings.standardOutput)")
    #expect(warnings.standardOutput.hasPrefix("3 nodes: 0 problems, 2 warnings"))
    #expect(
      CommandRun(["chain", "edit", "r", "bet-9", "--owner", "x"], fileSystem: files).exitCode == .failure)
    // The coherent-chain question is shown by the chain: 3 nodes and 2 links, none flawed, scores 4.
    let card = try #require(
      try JSONSerialization.jsonObject(
        with: Data(CommandRun(["score", "r", "--json"], fileSystem: files).standardOutput.utf8))
        as? [String: Any])
    let question = try #require(
      ((card["lenses"] as? [[String: Any]])?.first?["questions"] as? [[String: Any]])?.first {
        $0["id"] as? String == "oc-coherent-chain"
      })
    #expect(question["shown"] as? Double == 4)
    #expect(question["source"] as? String == "observed")
  }

  @Test("remove is refused while a node supports it, unless --cascade; show draws the chain top down")
  func removeAndShow() throws {
    let files = try Self.review()
    for arguments in [
      ["--level", "business", "--statement", "Raise renewal rate from 80% to 85% by Q4 2027"],
      ["--level", "customer", "--statement", "Policyholders decide faster", "--supports", "business-1"],
      ["--level", "bet", "--statement", "Automate triage", "--supports", "customer-1"],
    ] {
      try CommandRun.succeeding(["chain", "add", "r"] + arguments, fileSystem: files)
    }
    let show = CommandRun(["chain", "show", "r"], fileSystem: files).standardOutput
    #expect(show.contains("business-1  Raise renewal rate"))
    #expect(show.contains("\n    customer-1  Policyholders decide faster"))
    #expect(show.contains("\n        bet-1  Automate triage"))
    #expect(
      CommandRun(["chain", "show", "r", "--json"], fileSystem: files).standardOutput.contains("business-1"))
    let refused = CommandRun(["chain", "remove", "r", "customer-1"], fileSystem: files)
    #expect(refused.exitCode == .failure)
    #expect(refused.standardError.contains("supported by bet-1"))
    // A node below that also supports a node kept stays, and loses only the link to what goes.
    for arguments in [
      ["--level", "customer", "--statement", "Brokers see claim status", "--supports", "business-1"],
      [
        "--level", "bet", "--statement", "Status API", "--supports", "customer-1", "--supports", "customer-2",
      ],
    ] {
      try CommandRun.succeeding(["chain", "add", "r"] + arguments, fileSystem: files)
    }
    let cascade = CommandRun(["chain", "remove", "r", "customer-1", "--cascade"], fileSystem: files)
    #expect(
      cascade.standardOutput
        == "Removed customer-1, bet-1 from the chain.\n"
        + "bet-2 also supports a node kept: only its link to what was removed went.\n")
    let kept = try #require(files.text(at: "r/outcome-chain.json"))
    #expect(kept.contains("\"bet-2\"") && kept.contains("\"customer-2\"") && !kept.contains("\"bet-1\""))
    let all = CommandRun(["chain", "remove", "r", "business-1", "--cascade"], fileSystem: files)
    #expect(all.standardOutput == "Removed business-1, customer-2, bet-2 from the chain.\n")
  }

  @Test(
    "the report draws the chain beside it, an owner's role by its title, and leaves no diagram once it is gone"
  )
  func reportDiagram() throws {
    let files = try ScoreCommandTests.importedReview()
    for arguments in [
      ["--level", "business", "--statement", "Raise renewal rate from 80% to 85% by Q4 2027"],
      [
        "--level", "customer", "--statement", "Policyholders decide faster", "--supports", "business-1",
        "--owner", "sponsor",
      ],
      ["--level", "bet", "--statement", "Automate triage", "--supports", "customer-1"],
    ] {
      try CommandRun.succeeding(["chain", "add", "r"] + arguments, fileSystem: files)
    }
    try CommandRun.succeeding(["report", "r", "--draft"], fileSystem: files)
    let report = try #require(files.text(at: "r/report.md"))
    #expect(
      report.contains("![The outcome chain: business results, customer outcomes and bets](report-chain.svg)"))
    #expect(report.contains("*Owner: Executive sponsor.*"))
    let svg = try #require(files.text(at: "r/report-chain.svg"))
    #expect(svg.contains(">Owner: Executive sponsor</text>"))
    #expect(svg.contains(">Automate triage</text>"))
    try CommandRun.succeeding(["chain", "remove", "r", "business-1", "--cascade"], fileSystem: files)
    let again = CommandRun(["report", "r", "--draft"], fileSystem: files)
    #expect(again.exitCode == .success, "\(again.standardError)")
    #expect(files.text(at: "r/report-chain.svg") == nil)
    #expect(again.standardError.contains("Removed r/report-chain.svg"), "\(again.standardError)")
    #expect(files.text(at: "r/report.md")?.contains("No outcome chain was agreed") == true)
  }

  @Test("a broken outcome-chain.json is named with its JSON path and line, and nothing is written over it")
  func hostile() throws {
    let files = try Self.review()
    let broken =
      #"{"formatVersion": 1, "nodes": [{"id": "bet-1", "level": "bet", "statement": "x", "supports": ["customer-9"]}]}"#
    files.add("r/outcome-chain.json", bytes: Array(broken.utf8))
    let check = CommandRun(["chain", "check", "r"], fileSystem: files)
    #expect(check.exitCode == .failure)
    #expect(check.standardError.contains("r/outcome-chain.json:1:"), "\(check.standardError)")
    #expect(check.standardError.contains("$.nodes[0].supports[0]"))
    let add = CommandRun(["chain", "add", "r", "--level", "business", "--statement", "x"], fileSystem: files)
    #expect(add.exitCode == .failure)
    #expect(files.text(at: "r/outcome-chain.json") == broken)
  }

  @Test(
    "draft: one customer outcome per different statement, in the interviews' words; bets from epics; --write")
  func draft() throws {
    let files = try ScoreCommandTests.importedReview()
    files.add(
      "jira.csv",
      bytes: [UInt8](
        try Data(
          contentsOf: RepositoryPaths.root.appendingPathComponent(
            "Tests/ArtefactReadingTests/Samples/jira.csv"))))
    try CommandRun.succeeding(
      ["artefact", "import", "r", "jira.csv", "--kind", "backlog"], fileSystem: files)
    files.add(
      "epics.csv",
      bytes: Array("Summary,Issue key,Issue Type,Status\nBuild the broker portal,BRK-1,Epic,To Do\n".utf8))
    try CommandRun.succeeding(
      ["artefact", "import", "r", "epics.csv", "--kind", "backlog", "--id", "epics"], fileSystem: files)
    let proposal = CommandRun(["chain", "draft", "r"], fileSystem: files)
    #expect(proposal.exitCode == .success, "\(proposal.standardError)")
    // Bo's measurable statement first, then Dana's, each with the owner named; the backlog's measurable epic
    // is an outcome too, and the other epic the bet.
    #expect(proposal.standardOutput.contains("customer-1  Cut claim time from 5 days to 1 by 2027  (owner: "))
    #expect(proposal.standardOutput.contains("customer-2  Launch the portal"))
    #expect(
      proposal.standardOutput.contains("customer-3  Cut claim handling time from 10 days to 5 by June 2027"))
    #expect(proposal.standardOutput.contains("bet-1  Build the broker portal"), "\(proposal.standardOutput)")
    #expect(files.text(at: "r/outcome-chain.json") == nil, "nothing written without --write")
    try CommandRun.succeeding(["chain", "draft", "r", "--write"], fileSystem: files)
    let chain = try #require(files.text(at: "r/outcome-chain.json"))
    #expect(chain.contains(#""draft" : true"#))
    // Never over a chain.
    let again = CommandRun(["chain", "draft", "r", "--write"], fileSystem: files)
    #expect(again.exitCode == .failure)
    #expect(again.standardError.contains("already has an outcome chain"))
    #expect(files.text(at: "r/outcome-chain.json") == chain)
    // An edited node is no longer a draft.
    try CommandRun.succeeding(
      ["chain", "edit", "r", "customer-1", "--owner", "claims-director"], fileSystem: files)
    let show = CommandRun(["chain", "show", "r"], fileSystem: files).standardOutput
    #expect(!show.contains("customer-1  Cut claim time from 5 days to 1 by 2027  (draft)"))
    #expect(show.contains("customer-2  Launch the portal  (draft)"))
  }
}

import Foundation
import IntegrityCLI
import RubricEngine
import TestSupport
import Testing

@Suite("integrity score and adjust")
struct ScoreCommandTests {
  /// Two interviewees' outcome-clarity answers, for a review built by import and scored by hand below.
  static let sheet = """
    name,role,question,answer,evidence
    Dana,sponsor,oc-outcome-statement,Launch the portal,
    Dana,sponsor,oc-shared-definition,3,Memo
    Dana,sponsor,oc-measurable,1,
    Dana,sponsor,oc-customer-recognisable,n/a,
    Dana,sponsor,oc-outcome-owner,Dana,
    Dana,sponsor,oc-single-owner,2,
    Dana,sponsor,oc-coherent-chain,4,
    Dana,sponsor,oc-hypothesis-and-signal,,
    Bo,finance,oc-outcome-statement,Cut claim time from 5 days to 1 by 2027,
    Bo,finance,oc-shared-definition,1,
    Bo,finance,oc-measurable,2,
    Bo,finance,oc-customer-recognisable,3,
    Bo,finance,oc-outcome-owner,The board,
    Bo,finance,oc-single-owner,2,
    Bo,finance,oc-coherent-chain,2,
    Bo,finance,oc-hypothesis-and-signal,2,

    """

  static func importedReview() throws -> InMemoryFileSystem {
    let files = InMemoryFileSystem.withStandardRubric()
    try CommandRun.succeeding(
      ["init", "r", "--client", "Acme", "--program", "Claims", "--decision", "Sign"], fileSystem: files)
    files.add("a.csv", bytes: Array(sheet.utf8))
    try CommandRun.succeeding(["import", "r", "a.csv"], fileSystem: files)
    return files
  }

  static func json(_ files: InMemoryFileSystem) throws -> [String: Any] {
    let run = CommandRun(["score", "r", "--json"], fileSystem: files)
    #expect(run.exitCode == .success)
    return try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
  }

  @Test("a review built by import scores as computed by hand")
  func importedScores() throws {
    let card = try Self.json(try Self.importedReview())
    #expect(card["verdict"] as? String == "not-ready")
    let lenses = try #require(card["lenses"] as? [[String: Any]])
    let outcome = try #require(lenses.first)
    // Means: shared (3+1)/2 = 2, measurable (1+2)/2 = 1.5 (weight 2, critical), recognisable 3, single owner 2,
    // chain (4+2)/2 = 3, hypothesis 2: (2 + 2×1.5 + 3 + 2 + 3 + 2) / 7 = 15/7 = 2.14.
    #expect(outcome["id"] as? String == "outcome-clarity")
    #expect(outcome["score"] as? Double == 2.14)
    // 11 of 12 scale answers scored or n/a (Dana skipped the hypothesis question).
    #expect(outcome["coverage"] as? Double == 0.92)
    #expect(outcome["respondents"] as? Int == 2)
    // The band says at-risk, but the critical oc-measurable (1.5) is below 2.
    #expect(outcome["computedRating"] as? String == "unsound")
    #expect(outcome["rating"] as? String == "unsound")
    let contested = try #require(outcome["contested"] as? [[String: Any]])
    #expect(contested.map { $0["question"] as? String } == ["oc-shared-definition", "oc-coherent-chain"])
    // One sponsor and one finance partner: each role alone would name its holder, so both are pooled.
    #expect(contested.first?["minRoles"] as? [String] == ["a stakeholder"])
    #expect(contested.first?["maxRoles"] as? [String] == ["a stakeholder"])
    #expect(contested.first?["min"] as? Int == 1)
    #expect(contested.first?["max"] as? Int == 3)
    #expect(lenses[1]["rating"] as? String == "insufficient-evidence")
    #expect(lenses[1]["score"] is NSNull)
    let owners = try #require(card["owners"] as? [String: Any])
    #expect(owners["distinct"] as? Int == 2)
    let outcomes = try #require(card["outcomes"] as? [String: Any])
    #expect(outcomes["distinct"] as? Int == 2)
    #expect(outcomes["measurable"] as? Int == 1)
    // Interviewees appear by role only: Bo, who is not named as an owner, is nowhere in the JSON.
    #expect(
      !CommandRun(["score", "r", "--json"], fileSystem: try Self.importedReview()).standardOutput.contains(
        "Bo"))
  }

  @Test("adjust --confidence sets the delivery confidence with a reason; score and its JSON show both; clear")
  func confidence() throws {
    let files = try Self.importedReview()
    for (arguments, message) in [
      (["--confidence", "amber"], "--why is required"),
      (["--confidence", "amber", "--why", "x", "--lens", "lock-in"], "take no --lens"),
      (["--clear-confidence", "--why", "x"], "takes no --confidence or --why"),
    ] {
      let run = CommandRun(["adjust", "r"] + arguments, fileSystem: files)
      #expect(
        run.exitCode == .usage && run.standardError.contains(message), "\(arguments): \(run.standardError)")
    }
    let set = CommandRun(
      ["adjust", "r", "--confidence", "amber", "--why", "The board agreed a paid pilot first"],
      fileSystem: files)
    #expect(
      set.standardOutput.hasPrefix("Delivery confidence: adjusted to Amber (computed Red)."),
      "\(set.standardOutput)")
    let screen = CommandRun(["score", "r"], fileSystem: files, screenWidth: 200).standardOutput
    #expect(
      screen.contains(
        "Delivery confidence: AMBER (adjusted; computed Red)\n  Why: The board agreed a paid pilot first"))
    let json = CommandRun(["score", "r", "--json"], fileSystem: files).standardOutput
    #expect(
      json.contains(#""deliveryConfidence" : "amber""#)
        && json.contains(#""computedDeliveryConfidence" : "red""#))
    let cleared = CommandRun(["adjust", "r", "--clear-confidence"], fileSystem: files)
    #expect(
      cleared.standardOutput.hasPrefix(
        "Cleared the adjustment of the delivery confidence: it is the computed Red."))
    #expect(
      CommandRun(["score", "r", "--json"], fileSystem: files).standardOutput.contains(
        #""deliveryConfidence" : "red""#))
  }

  @Test("the table shows each lens with its bar, the contested questions, the owners and the verdict")
  func table() throws {
    let run = CommandRun(["score", "r"], fileSystem: try Self.importedReview(), screenWidth: 200)
    #expect(run.exitCode == .success)
    #expect(
      run.standardOutput.contains(
        "  Outcome clarity (gate)      2.1  █████████░░░░░░░  unsound                     91%       2  assertion only"
      ))
    #expect(
      run.standardOutput.contains(
        "  oc-shared-definition (Outcome clarity): 1 from a stakeholder; 3 from a stakeholder"))
    #expect(
      run.standardOutput.contains(
        "Accountable owner: 2 different people named: Dana (1), The board (1). No single owner."))
    #expect(run.standardOutput.contains("Outcome statements: 2 given, 2 different, 1 of them measurable."))
    #expect(
      run.standardOutput.contains("Verdict: NOT READY TO COMMIT (not-ready)\n  Outcome clarity is unsound\n"))
    #expect(
      run.standardOutput.hasSuffix(
        "Delivery confidence: RED\n  " + DeliveryConfidence.red.meaning + "\n")
    )
  }

  @Test("--explain shows every score by role, the weights and the arithmetic")
  func explain() throws {
    let run = CommandRun(
      ["score", "r", "--explain", "outcome-clarity"], fileSystem: try Self.importedReview(), screenWidth: 200)
    #expect(
      run.standardOutput.contains(
        "  oc-measurable                  2  yes       1, 2             0        0  1.50"))
    #expect(
      run.standardOutput.contains(
        "Lens score = (1 × 2.00 + 2 × 1.50 + 1 × 3.00 + 1 × 2.00 + 1 × 3.00 + 1 × 2.00) / (1 + 2 + 1 + 1 + 1 + 1)"
      ))
    #expect(run.standardOutput.contains("           = 15.00 / 7 = 2.14"))
    #expect(run.standardOutput.contains("Coverage = 11 scale answers scored or n/a / 12 asked = 0.92"))
    #expect(run.standardOutput.contains("Computed rating: unsound"))
    #expect(
      CommandRun(["score", "r", "--explain", "no-such-lens"], fileSystem: try Self.importedReview()).exitCode
        == .usage
    )
  }

  @Test("adjust records the reviewer's rating with the reason and date; score shows both; --clear removes it")
  func adjust() throws {
    let files = try Self.importedReview()
    let arguments = [
      "adjust", "r", "--lens", "outcome-clarity", "--rating", "at-risk", "--why",
      "Metric agreed in the follow-up",
    ]
    // Outcome clarity has a critical question below the at-risk band: rating it above unsound needs
    // --despite-critical, and nothing is written without it.
    let refused = CommandRun(arguments, fileSystem: files)
    #expect(refused.exitCode == .failure)
    #expect(refused.standardError.contains("--despite-critical"), "\(refused.standardError)")
    #expect(files.text(at: "r/review.json")?.contains("Metric agreed") == false)
    let run = CommandRun(arguments + ["--despite-critical"], fileSystem: files)
    #expect(run.exitCode == .success)
    #expect(
      run.standardOutput
        == "Outcome clarity: adjusted to at-risk (computed unsound).\nVerdict: Not ready to commit (not-ready).\n"
        + "Saved in r/review.json.\nNext: integrity score r\n"
    )
    #expect(
      files.text(at: "r/review.json")?.contains(#""reason" : "Metric agreed in the follow-up""#) == true)
    let lens = try #require((try Self.json(files)["lenses"] as? [[String: Any]])?.first)
    #expect(lens["rating"] as? String == "at-risk")
    #expect(lens["computedRating"] as? String == "unsound")
    #expect((lens["adjustment"] as? [String: Any])?["date"] as? String == "2026-11-23T09:00:00Z")
    let table = CommandRun(["score", "r"], fileSystem: files, screenWidth: 200).standardOutput
    #expect(table.contains("  Outcome clarity (gate)      2.1  █████████░░░░░░░  at-risk*"))
    #expect(
      table.contains(
        "  Outcome clarity: at-risk, computed unsound (2026-11-23): Metric agreed in the follow-up"))
    #expect(
      CommandRun(["adjust", "r", "--lens", "outcome-clarity", "--clear"], fileSystem: files).exitCode
        == .success)
    #expect(files.text(at: "r/review.json")?.contains("Metric agreed") == false)
  }

  @Test("adjust refuses unknown lenses and ratings, and a rating without a reason")
  func adjustUsage() throws {
    let files = try Self.importedReview()
    #expect(
      CommandRun(["adjust", "r", "--lens", "nope", "--rating", "sound", "--why", "x"], fileSystem: files)
        .exitCode == .usage)
    #expect(
      CommandRun(["adjust", "r", "--lens", "lock-in", "--rating", "great", "--why", "x"], fileSystem: files)
        .exitCode == .usage)
    #expect(
      CommandRun(["adjust", "r", "--lens", "lock-in", "--rating", "sound"], fileSystem: files).exitCode
        == .usage)
    #expect(
      CommandRun(["adjust", "r", "--lens", "lock-in", "--clear", "--why", "x"], fileSystem: files).exitCode
        == .usage)
  }
}

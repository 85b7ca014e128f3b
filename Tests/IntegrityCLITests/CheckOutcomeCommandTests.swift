import Foundation
import IntegrityCLI
import RubricEngine
import TestSupport
import Testing

@Suite("integrity check-outcome")
struct CheckOutcomeCommandTests {
  @Test("exits 0 only when every statement is measurable, like a linter")
  func exitCodes() {
    let measurable = "Cut the time to approve a small-business loan from 5 days to 1 by March."
    #expect(CommandRun(["check-outcome", measurable]).exitCode == .success)
    #expect(CommandRun(["check-outcome", measurable, "Launch the new portal"]).exitCode == .failure)
    #expect(CommandRun(["check-outcome", "Make claims handling world-class"]).exitCode == .failure)
  }

  @Test("prints the verdict, the reasons, what is found and missing, and a rewrite")
  func readable() throws {
    let run = CommandRun(
      ["check-outcome", "Launch the new portal", "Halve the claims backlog by 2027."], screenWidth: 80)
    #expect(
      run.standardOutput == """
        Statement:  "Launch the new portal"
        Verdict:    output
        Why:        "Launch" leads a deliverable the team controls, not a change the
                    customer experiences
        Found:      nothing
        Missing:    who changes, the change, metric, baseline, target, timeframe,
                    guardrail, falsifier
        Rewrite:    We believe that if we launch the new portal, then [which customers
                    or users] will [do or experience what differently], measured by
                    [which measure] from [today's value] to [target] [by when]. We will
                    know we are wrong if [the result that would make you change course].

        Statement:  "Halve the claims backlog by 2027."
        Verdict:    measurable
        Why:        a change ("Halve") in a measure ("claims backlog") with a target
                    ("Halve")
                    no baseline: measure today's value so progress can be shown
                    no customer, user or business actor is named: say who changes
        Found:      the change: Halve
                    metric: claims backlog
                    target: Halve
                    timeframe: by 2027
        Missing:    who changes, baseline, guardrail, falsifier

        1 of 2 statements measurable.

        """)
  }

  @Test("--json prints one object per statement with the documented fields")
  func json() throws {
    let run = CommandRun([
      "check-outcome", "--json", "Migrate 200 servers", "Double online renewals within 12 months",
    ])
    let objects = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]])
    #expect(objects.count == 2)
    for object in objects {
      for key in [
        "statement", "verdict", "found", "missing", "reasons", "decidedBy", "hypothesis", "rewrite",
        "allowedOutput",
      ] {
        #expect(object.keys.contains(key), "missing \(key)")
      }
    }
    #expect(objects[0]["verdict"] as? String == "output")
    #expect(objects[1]["verdict"] as? String == "measurable")
    let decoded = try JSONDecoder().decode([OutcomeAssessment].self, from: Data(run.standardOutput.utf8))
    #expect(
      decoded
        == ["Migrate 200 servers", "Double online renewals within 12 months"].map {
          OutcomeChecker().check($0)
        })
  }

  @Test("--allow-output judges parity and compliance work on its bet; the exit code and JSON say so")
  func allowOutput() throws {
    let stated =
      "Reach feature parity with the old intranet so that staff stop keeping both sites open"
    let missing = "Achieve PCI DSS 4.0 compliance by March 2025"
    #expect(CommandRun(["check-outcome", "--allow-output", stated]).exitCode == .success)
    #expect(CommandRun(["check-outcome", stated]).exitCode == .failure)
    let run = CommandRun(["check-outcome", "--allow-output", stated, missing], screenWidth: 80)
    #expect(run.exitCode == .failure)
    #expect(run.standardOutput.contains("Bet:        stated: so that staff stop keeping both sites open\n"))
    #expect(run.standardOutput.contains("Bet:        missing\n"))
    #expect(run.standardOutput.hasSuffix("0 of 2 statements measurable; 1 output states its bet.\n"))
    let json = CommandRun(["check-outcome", "--allow-output", "--json", stated, missing])
    let objects = try #require(
      try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
    let allowed = objects.compactMap { $0["allowedOutput"] as? [String: Any] }
    #expect(allowed.map { $0["betStated"] as? Bool } == [true, false])
    #expect(allowed.first?["bet"] as? String == "so that staff stop keeping both sites open")
    let plain = CommandRun(["check-outcome", "--json", missing])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(plain.standardOutput.utf8)) as? [[String: Any]]
    ).first
    #expect(object?["allowedOutput"] is NSNull, "written as null without --allow-output")
  }

  @Test("reads one statement per line from standard input, skipping blank lines")
  func standardInput() {
    let run = CommandRun(["check-outcome"], standardInput: "Launch the portal\n\nHalve the claims backlog\n")
    #expect(run.standardOutput.contains("\"Launch the portal\""))
    #expect(run.standardOutput.hasSuffix("1 of 2 statements measurable.\n"))
    #expect(
      CommandRun(["check-outcome", "-"], standardInput: "Halve the claims backlog\n").exitCode == .success)
  }

  @Test("refuses to wait on a terminal, empty input, and - mixed with statements")
  func usage() {
    let output = BufferSink()
    let error = BufferSink()
    let context = CommandContext.testing(
      standardOutput: output, standardError: error, readStandardInputBytes: { [] },
      standardInputIsTerminal: true,
      fileSystem: InMemoryFileSystem(), environment: [:], locateStandardRubric: { nil })
    #expect(CommandLineInterface.run(arguments: ["check-outcome"], context: context) == .usage)
    #expect(error.text.contains("give the statements to check as arguments"))
    #expect(CommandRun(["check-outcome"], standardInput: "\n  \n").exitCode == .usage)
    #expect(CommandRun(["check-outcome", "-", "Launch it"]).exitCode == .usage)
  }
}

import ArtefactReading
import Foundation
import IntegrityCLI
import RubricEngine
import TestSupport
import Testing

@Suite("integrity artefact: the work as evidence")
struct ArtefactCommandTests {
  static var samples: URL {
    RepositoryPaths.root.appendingPathComponent("Tests/ArtefactReadingTests/Samples")
  }

  static func sample(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: samples.appendingPathComponent(name)))
  }

  static func evidence(_ files: InMemoryFileSystem) throws -> [[String: Any]] {
    let text = files.text(at: "r/evidence.json") ?? #"{"evidence": []}"#
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    return object["evidence"] as? [[String: Any]] ?? []
  }

  @Test("check: the measures as JSON with the fixed field names, counts not shares")
  func checkJSON() throws {
    let files = InMemoryFileSystem.withStandardRubric()
    files.add("jira.csv", bytes: try Self.sample("jira.csv"))
    let run = CommandRun(
      ["artefact", "check", "jira.csv", "--json", "--items", "done-without-metric"], fileSystem: files)
    #expect(run.exitCode == .success, "\(run.standardError)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    #expect(json["kind"] as? String == "backlog")
    #expect(json["format"] as? String == "jira")
    #expect(json["itemCount"] as? Int == 8)
    #expect((json["verdicts"] as? [String: Int])?.values.reduce(0, +) == 8)
    let fields = try #require(json["fields"] as? [String: Int])
    #expect(fields["hypothesis"] == 1 && fields["successCriteria"] == 2 && fields["allFive"] == 1)
    #expect(fields["outcomeObjective"] == 2)
    #expect(
      json["status"] as? [String: Int] == ["done": 4, "inProgress": 1, "notStarted": 2, "cancelled": 1])
    #expect(json["doneWithoutMetric"] as? Int == 3)
    #expect((json["byType"] as? [String: Any])?.keys.sorted() == ["bug", "epic", "story", "task"])
    #expect(json["unknownStates"] as? [String] == ["Parked"])
    let items = try #require(json["items"] as? [[String: Any]])
    #expect(items.map { $0["key"] as? String } == ["CLM-2", "CLM-3", "CLM-5"])
    // `artifact` is the same command; a bad file says what and where, and exits 1.
    #expect(CommandRun(["artifact", "check", "jira.csv"], fileSystem: files).exitCode == .success)
    files.add("bad.csv", bytes: Array("Summary,Issue key\n\"open,CLM-1\n".utf8))
    let bad = CommandRun(["artefact", "check", "bad.csv"], fileSystem: files)
    #expect(bad.exitCode == .failure)
    #expect(bad.standardError.contains("bad.csv: line 2: a quoted field is not closed"))
  }

  @Test("import adds observed evidence to each question the rubric maps; remove takes it away")
  func importAndRemove() throws {
    let files = try ScoreCommandTests.importedReview()
    files.add("jira.csv", bytes: try Self.sample("jira.csv"))
    let before = try ScoreCommandTests.json(files)
    let run = CommandRun(
      ["artefact", "import", "r", "jira.csv", "--kind", "backlog", "--title", "Claims backlog"],
      fileSystem: files)
    #expect(run.exitCode == .success, "\(run.standardError)")
    let stored = try #require(files.text(at: "r/artefacts/backlog.json"))
    // No person and no description is kept.
    for leak in [
      "Zebediah", "Philippa", "Octavian", "Handlers re-key every claim", "5b10ac8d82e05b22cc7d4ef5",
    ] {
      #expect(!stored.contains(leak), "\(leak)")
    }
    let entries = try Self.evidence(files)
    // The standard rubric maps a backlog to four questions.
    #expect(
      entries.map { $0["question"] as? String } == [
        "oc-measurable", "oc-coherent-chain", "oc-hypothesis-and-signal", "gr-post-delivery-review",
      ])
    #expect(
      entries.allSatisfy { $0["source"] as? String == "observed" && $0["artefact"] as? String == "backlog" })
    // 2 of 8 carry success criteria: 25%, at or above 0.2 and below 0.5, scores 2.
    #expect(entries[0]["score"] as? Int == 2)
    #expect(
      entries[0]["note"] as? String
        == "Claims backlog (Jira, 8 items): 25% of the items carry success criteria (a measure and a timeframe) (2 of 8)."
    )
    // 1 of 4 done items with a metric plan: 25%, at or above 0.1 and below 0.3, scores 1.
    #expect(entries[3]["score"] as? Int == 1)
    // Respondents and coverage stay; the questions now show what the work shows.
    let after = try ScoreCommandTests.json(files)
    let lensBefore = try #require((before["lenses"] as? [[String: Any]])?.first)
    let lensAfter = try #require((after["lenses"] as? [[String: Any]])?.first)
    #expect(lensAfter["respondents"] as? Int == lensBefore["respondents"] as? Int)
    let measurable = try #require(
      (lensAfter["questions"] as? [[String: Any]])?.first { $0["id"] as? String == "oc-measurable" })
    #expect(measurable["shown"] as? Double == 2)
    #expect(measurable["source"] as? String == "observed")
    // A second import of the same id is refused; list and show read it back.
    let again = CommandRun(["artefact", "import", "r", "jira.csv", "--kind", "backlog"], fileSystem: files)
    #expect(again.exitCode == .failure)
    #expect(again.standardError.contains("already imported"))
    // The same file under another id would count its evidence twice: refused.
    let twice = CommandRun(
      ["artefact", "import", "r", "jira.csv", "--kind", "backlog", "--id", "other"], fileSystem: files)
    #expect(twice.exitCode == .failure)
    #expect(twice.standardError.contains("already imported as backlog"), "\(twice.standardError)")
    #expect(files.text(at: "r/artefacts/other.json") == nil)
    #expect(
      CommandRun(["artefact", "list", "r"], fileSystem: files).standardOutput.contains(
        "backlog  backlog      8"))
    let show = CommandRun(["artefact", "show", "r", "backlog", "--json"], fileSystem: files)
    #expect(show.standardOutput.contains(#""doneWithoutMetric" : 3"#))
    // The evidence sheet leaves artefact evidence out: it comes with the artefact.
    #expect(
      CommandRun(["export", "r", "--evidence"], fileSystem: files).standardOutput
        == "question,source,document,score,note,date\r\n")
    let removed = CommandRun(["artefact", "remove", "r", "backlog"], fileSystem: files)
    #expect(removed.exitCode == .success)
    #expect(try Self.evidence(files).isEmpty)
    #expect(files.text(at: "r/artefacts/backlog.json") == nil)
    #expect(try ScoreCommandTests.json(files)["lenses"] as? NSArray == before["lenses"] as? NSArray)
    let unknown = CommandRun(["artefact", "remove", "r", "backlog"], fileSystem: files)
    #expect(unknown.exitCode == .failure)
  }

  @Test(
    "seed 000: a backlog of 2,000 outputs and interviews claiming a clear outcome is not ready, said vs shown first"
  )
  func seedZero() throws {
    let files = InMemoryFileSystem.withStandardRubric()
    try CommandRun.succeeding(
      ["init", "r", "--client", "Acme", "--program", "Claims", "--decision", "Sign"], fileSystem: files)
    let rubric = try Fixtures.standardRubric()
    // Four people say the outcome is clear: 4 on every outcome-clarity question.
    var sheet = "name,role,question,answer,evidence\n"
    for (name, role) in [("Ana", "sponsor"), ("Bo", "delivery"), ("Cy", "engineering"), ("Di", "product")] {
      for question in rubric.lens(id: "outcome-clarity")?.questions ?? []
      where question.kind == .scale && question.applies(toRole: role) {
        sheet += "\(name),\(role),\(question.id),4,All clear\n"
      }
    }
    files.add("s.csv", bytes: Array(sheet.utf8))
    try CommandRun.succeeding(["import", "r", "s.csv"], fileSystem: files)
    // 2,000 tickets, all outputs, none with a hypothesis or success criteria, most done.
    var backlog = "Summary,Issue key,Issue Type,Status,Description\n"
    for index in 1...2000 {
      backlog +=
        "Build screen \(index),CLM-\(index),Story,\(index % 4 == 0 ? "To Do" : "Done"),Implement the screen.\n"
    }
    files.add("backlog.csv", bytes: Array(backlog.utf8))
    try CommandRun.succeeding(
      ["artefact", "import", "r", "backlog.csv", "--kind", "backlog"], fileSystem: files)
    let card = try ScoreCommandTests.json(files)
    #expect(card["verdict"] as? String == "not-ready")
    let questions = ((card["lenses"] as? [[String: Any]])?.first?["questions"] as? [[String: Any]]) ?? []
    let gaps = questions.filter { $0["saidVsShown"] as? Bool == true }.compactMap { $0["id"] as? String }
    #expect(Set(gaps) == ["oc-measurable", "oc-hypothesis-and-signal", "oc-coherent-chain"])
    files.add("r/.keep", bytes: [])
    let report = CommandRun(["report", "r", "-o", "-"], fileSystem: files)
    #expect(report.exitCode == .success, "\(report.standardError)")
    let summary = report.standardOutput.components(separatedBy: "# Scorecard").first ?? ""
    let headlines = summary.split(separator: "\n").filter {
      $0.hasPrefix("1. ") || $0.hasPrefix("2. ") || $0.hasPrefix("3. ")
    }
    #expect(headlines.count >= 3)
    #expect(
      headlines.prefix(3).allSatisfy {
        $0.contains("Stakeholders described this at 4.0 out of 4 on average")
      },
      "\(headlines)")
  }

  @Test("rubric lint checks artefact signals: a known kind and measure, four rising shares")
  func signalsLint() throws {
    let files = InMemoryFileSystem.withStandardRubric()
    let standard = try #require(files.text(at: RepositoryPaths.standardRubric.path))
    let broken = standard.replacingOccurrences(
      of: #"{"kind": "backlog", "measure": "withHypothesis", "levels": [0.05, 0.2, 0.5, 0.8]}"#,
      with: #"{"kind": "backlogs", "measure": "withHypotheses", "levels": [0.5, 0.2, 1.5]}"#)
    #expect(broken != standard)
    files.add("bad.json", bytes: Array(broken.utf8))
    let lint = CommandRun(["rubric", "lint", "bad.json"], fileSystem: files)
    #expect(lint.exitCode == .failure)
    for message in [
      "unknown artefact kind \"backlogs\"", "did you mean \"withHypothesis\"?",
      "expected a share from 0 to 1, found 1.5",
      "expected 4 levels",
    ] {
      #expect(lint.standardOutput.contains(message), "\(message): \(lint.standardOutput)")
    }
    #expect(lint.standardOutput.contains("artefactSignals[0].kind"))
  }

  @Test("a signal's levels give the score: below the first 0, at each level one more, at the last 4")
  func signalRule() {
    let signal = ArtefactSignal(kind: .backlog, measure: .withHypothesis, levels: [0.05, 0.2, 0.5, 0.8])
    let scores = [0, 0.049, 0.05, 0.19, 0.2, 0.5, 0.79, 0.8, 1].map {
      ArtefactSignalRule.score(share: $0, signal: signal, method: .standard)
    }
    #expect(scores == [0, 0, 1, 1, 2, 3, 3, 4, 4])
  }

  @Test(
    "the report draws each artefact, and leaves no chart of an artefact removed since; a tampered file is named"
  )
  func reportCharts() throws {
    let files = try ScoreCommandTests.importedReview()
    files.add("jira.csv", bytes: try Self.sample("jira.csv"))
    files.add("roadmap.md", bytes: try Self.sample("roadmap.md"))
    try CommandRun.succeeding(
      ["artefact", "import", "r", "jira.csv", "--kind", "backlog"], fileSystem: files)
    try CommandRun.succeeding(
      ["artefact", "import", "r", "roadmap.md", "--kind", "roadmap"], fileSystem: files)
    try CommandRun.succeeding(["report", "r", "--draft"], fileSystem: files)
    let report = try #require(files.text(at: "r/report.md"))
    #expect(report.contains("# What the work shows"))
    #expect(report.contains("![jira.csv: what the work shows](report-artefact-backlog.svg)"))
    #expect(
      files.text(at: "r/report-artefact-roadmap.svg")?.contains("<title id=\"artefact-title\">") == true)
    try CommandRun.succeeding(["artefact", "remove", "r", "roadmap"], fileSystem: files)
    let again = CommandRun(["report", "r", "--draft"], fileSystem: files)
    #expect(again.exitCode == .success, "\(again.standardError)")
    #expect(files.text(at: "r/report-artefact-roadmap.svg") == nil)
    #expect(files.text(at: "r/report-artefact-backlog.svg") != nil)
    // An artefact file whose id is not its name, or whose values were changed, is named with its path.
    let stored = try #require(files.text(at: "r/artefacts/backlog.json"))
    files.add(
      "r/artefacts/backlog.json",
      bytes: Array(stored.replacingOccurrences(of: #""id" : "backlog""#, with: #""id" : "other""#).utf8))
    let show = CommandRun(["artefact", "show", "r", "backlog"], fileSystem: files)
    #expect(show.exitCode == .failure)
    #expect(show.standardError.contains("r/artefacts/backlog.json"), "\(show.standardError)")
    #expect(show.standardError.contains("the file is named backlog.json"), "\(show.standardError)")
    files.add(
      "r/artefacts/backlog.json",
      bytes: Array(
        stored.replacingOccurrences(of: #""statusClass" : "done""#, with: #""statusClass" : "finished""#).utf8
      ))
    let report3 = CommandRun(["report", "r", "--draft"], fileSystem: files)
    #expect(report3.exitCode == .failure)
    #expect(
      report3.standardError.contains("a value this workbench does not know"), "\(report3.standardError)")
  }
}

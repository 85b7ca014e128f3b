import Foundation
import IntegrityCLI
import RubricEngine
import TestSupport
import Testing

@Suite("integrity document and evidence: the register and what was shown")
struct EvidenceCommandTests {
  /// The review of `ScoreCommandTests` (two interviewees, outcome clarity), with two documents registered.
  static func review() throws -> InMemoryFileSystem {
    let files = try ScoreCommandTests.importedReview()
    files.add("obc.pdf", bytes: Array("the business case, version 2.1".utf8))
    try CommandRun.succeeding(
      [
        "document", "add", "r", "--id", "business-case", "--title", "Outline business case", "--version",
        "2.1",
        "--date", "2026-09-30", "--file", "obc.pdf",
      ], fileSystem: files)
    try CommandRun.succeeding(
      ["document", "add", "r", "--id", "board-paper", "--title", "Board paper"], fileSystem: files)
    return files
  }

  static func json(_ text: String?) throws -> [String: Any] {
    try #require(
      try JSONSerialization.jsonObject(with: Data((text ?? "").utf8)) as? [String: Any], "\(text ?? "nil")")
  }

  @Test("document add records the entry, today's date by default, and the SHA-256 of --file")
  func documentAdd() throws {
    let files = try Self.review()
    let register = try Self.json(files.text(at: "r/documents.json"))
    #expect(register["formatVersion"] as? Int == 1)
    let documents = try #require(register["documents"] as? [[String: Any]])
    #expect(documents.map { $0["id"] as? String } == ["business-case", "board-paper"])
    #expect(documents[0]["sha256"] as? String == SHA256.hex(of: Array("the business case, version 2.1".utf8)))
    #expect(documents[0]["version"] as? String == "2.1")
    #expect(documents[0]["date"] as? String == "2026-09-30")
    #expect(documents[1]["date"] as? String == "2026-11-23")
    #expect(documents[1]["sha256"] == nil)
    let list = CommandRun(["document", "list", "r"], fileSystem: files, screenWidth: 120)
    #expect(list.exitCode == .success)
    #expect(list.standardOutput.contains("business-case  2026-09-30  2.1"))
    let listed = try Self.json(
      CommandRun(["document", "list", "r", "--json"], fileSystem: files).standardOutput)
    #expect((listed["documents"] as? [Any])?.count == 2)
  }

  @Test("document add refuses a second id, a bad id, a bad date and a missing file, writing nothing")
  func documentAddRefusals() throws {
    let files = try Self.review()
    let before = files.text(at: "r/documents.json")
    let cases: [([String], ExitCode, String)] = [
      (["--id", "board-paper", "--title", "Again"], .failure, "already registered"),
      (["--id", "Board Paper", "--title", "x"], .failure, "is not a document id"),
      (["--id", "new", "--title", "x", "--date", "2026-02-30"], .usage, "not a date"),
      (["--id", "new", "--title", "x", "--date", "2027-01-01"], .usage, "after today"),
      (["--id", "new", "--title", "x", "--file", "missing.pdf"], .failure, "--file"),
      (["--id", "new"], .usage, "--title is required"),
    ]
    for (options, code, message) in cases {
      let run = CommandRun(["document", "add", "r"] + options, fileSystem: files)
      #expect(run.exitCode == code, "\(options): \(run.standardError)")
      #expect(run.standardError.contains(message), "\(options): \(run.standardError)")
      #expect(files.text(at: "r/documents.json") == before, "\(options)")
    }
  }

  @Test("evidence add records the entry; bad questions, documents and scores exit 1 and write nothing")
  func evidenceAdd() throws {
    let files = try Self.review()
    let refusals: [([String], ExitCode, String)] = [
      (
        ["--question", "oc-measurabel", "--source", "observed", "--score", "1"], .failure,
        "did you mean \"oc-measurable\"?"
      ),
      (
        ["--question", "oc-outcome-statement", "--source", "observed", "--score", "1"], .failure,
        "text question"
      ),
      (
        [
          "--question", "oc-measurable", "--source", "document", "--document", "busines-case", "--score", "1",
        ], .failure, "did you mean business-case?"
      ),
      (
        ["--question", "oc-measurable", "--source", "observed", "--score", "5"], .failure,
        "not a score of the scale 0-4"
      ),
      (
        ["--question", "oc-measurable", "--source", "observed", "--score", "-1"], .failure,
        "not a score of the scale"
      ),
      (
        ["--question", "oc-measurable", "--source", "said", "--score", "1"], .usage,
        "recorded in the interviews"
      ),
      (
        ["--question", "oc-measurable", "--source", "document", "--score", "1"], .usage,
        "--document is required"
      ),
      (
        [
          "--question", "oc-measurable", "--source", "observed", "--document", "business-case", "--score",
          "1",
        ],
        .usage, "--document goes with --source document"
      ),
      (["--question", "oc-measurable", "--source", "observed", "--score", "abc"], .failure, "not a score"),
      (
        ["--question", "oc-measurable", "--source", "observed", "--score", "1", "--date", "2026-11-24"],
        .usage,
        "after today"
      ),
      (
        ["--question", "oc-measurable", "--source", "observed", "--score", "1", "--date", "23/11/2026"],
        .usage, "not a date"
      ),
    ]
    for (options, code, message) in refusals {
      let run = CommandRun(["evidence", "add", "r", "--note", "n"] + options, fileSystem: files)
      #expect(run.exitCode == code, "\(options): \(run.standardError)")
      #expect(run.standardError.contains(message), "\(options): \(run.standardError)")
      #expect(files.text(at: "r/evidence.json") == nil, "\(options)")
    }
    let added = CommandRun(
      [
        "evidence", "add", "r", "--question", "oc-measurable", "--source", "document", "--document",
        "business-case", "--score", "0", "--note", "No baseline anywhere", "--reviewer", "Ruth",
      ], fileSystem: files)
    #expect(added.exitCode == .success, "\(added.standardError)")
    #expect(
      added.standardOutput.hasPrefix("Recorded evidence 1: document (business-case) scores oc-measurable 0."))
    let entry = try #require(
      (try Self.json(files.text(at: "r/evidence.json"))["evidence"] as? [[String: Any]])?.first)
    #expect(entry["question"] as? String == "oc-measurable")
    #expect(entry["score"] as? Int == 0)
    #expect(entry["source"] as? String == "document")
    #expect(entry["document"] as? String == "business-case")
    #expect(entry["note"] as? String == "No baseline anywhere")
    #expect(entry["date"] as? String == "2026-11-23")
    #expect(entry["reviewer"] as? String == "Ruth")
    // Without --score the entry informs: its score is null.
    try CommandRun.succeeding(
      ["evidence", "add", "r", "--question", "oc-single-owner", "--source", "observed", "--note", "Seen"],
      fileSystem: files)
    let second = try #require(
      (try Self.json(files.text(at: "r/evidence.json"))["evidence"] as? [[String: Any]])?.last)
    #expect(second["score"] is NSNull)
    #expect(second["id"] as? Int == 2)
  }

  @Test("evidence list and remove: by question, as JSON, numbers never reused; a cited document stays")
  func listAndRemove() throws {
    let files = try Self.review()
    for (question, score) in [("oc-measurable", "0"), ("oc-single-owner", "1")] {
      try CommandRun.succeeding(
        [
          "evidence", "add", "r", "--question", question, "--source", "document", "--document",
          "business-case",
          "--score", score, "--note", "Read in the case",
        ], fileSystem: files)
    }
    let list = CommandRun(["evidence", "list", "r", "--question", "oc-single-owner"], fileSystem: files)
    #expect(
      list.standardOutput.contains("2. oc-single-owner · document (business-case) · score 1 · 2026-11-23"))
    #expect(!list.standardOutput.contains("oc-measurable"))
    let json = try Self.json(
      CommandRun(["evidence", "list", "r", "--json"], fileSystem: files).standardOutput)
    #expect((json["evidence"] as? [Any])?.count == 2)
    // The document is cited: refused, and the register is unchanged.
    let register = files.text(at: "r/documents.json")
    let refused = CommandRun(["document", "remove", "r", "--id", "business-case"], fileSystem: files)
    #expect(refused.exitCode == .failure)
    #expect(refused.standardError.contains("cited by reviewer evidence 1, 2"), "\(refused.standardError)")
    #expect(files.text(at: "r/documents.json") == register)
    #expect(CommandRun(["evidence", "remove", "r", "--id", "9"], fileSystem: files).exitCode == .failure)
    #expect(CommandRun(["evidence", "remove", "r", "--id", "two"], fileSystem: files).exitCode == .usage)
    try CommandRun.succeeding(["evidence", "remove", "r", "--id", "2"], fileSystem: files)
    try CommandRun.succeeding(
      [
        "evidence", "add", "r", "--question", "oc-single-owner", "--source", "observed", "--score", "2",
        "--note", "n",
      ],
      fileSystem: files)
    let ids = (try Self.json(files.text(at: "r/evidence.json"))["evidence"] as? [[String: Any]])?.map {
      $0["id"] as? Int
    }
    #expect(ids == [1, 3])
    try CommandRun.succeeding(["evidence", "remove", "r", "--id", "1"], fileSystem: files)
    try CommandRun.succeeding(["document", "remove", "r", "--id", "business-case"], fileSystem: files)
    let unknown = CommandRun(["document", "remove", "r", "--id", "busines-case"], fileSystem: files)
    #expect(unknown.exitCode == .failure)
    #expect(unknown.standardError.contains("registered: board-paper"), "\(unknown.standardError)")
  }

  @Test("score, --json and --explain show said, shown and the source; respondents and coverage stay")
  func scoreShowsEvidence() throws {
    let files = try Self.review()
    let before = try ScoreCommandTests.json(files)
    try CommandRun.succeeding(
      [
        "evidence", "add", "r", "--question", "oc-coherent-chain", "--source", "document", "--document",
        "business-case", "--score", "1", "--note", "No chain in the case",
      ], fileSystem: files)
    let card = try ScoreCommandTests.json(files)
    let lens = try #require((card["lenses"] as? [[String: Any]])?.first)
    let lensBefore = try #require((before["lenses"] as? [[String: Any]])?.first)
    #expect(lens["respondents"] as? Int == lensBefore["respondents"] as? Int)
    #expect(lens["coverage"] as? Double == lensBefore["coverage"] as? Double)
    // oc-coherent-chain weighs 1 of the lens's 7.
    #expect(lens["evidenceStrength"] as? Double == 0.14)
    let question = try #require(
      (lens["questions"] as? [[String: Any]])?.first { $0["id"] as? String == "oc-coherent-chain" })
    // Said 4 and 2: mean 3; shown 1: 2 apart.
    #expect(question["said"] as? Double == 3)
    #expect(question["shown"] as? Double == 1)
    #expect(question["mean"] as? Double == 1)
    #expect(question["source"] as? String == "document")
    #expect(question["saidVsShown"] as? Bool == true)
    #expect((question["evidence"] as? [Any])?.count == 1)
    #expect((card["documents"] as? [Any])?.count == 2)
    let screen = CommandRun(["score", "r"], fileSystem: files, screenWidth: 200).standardOutput
    #expect(screen.contains("Said vs shown (2 or more apart; the score is what was shown): 1"))
    #expect(
      screen.contains("  oc-coherent-chain (Outcome clarity): said 3, shown 1 in Outline business case"))
    #expect(screen.contains("14% shown"))
    // Every question with reviewer evidence is listed with what was said, what was shown and the source.
    #expect(screen.contains("Shown by reviewer evidence (the score is what was shown): 1"))
    #expect(screen.contains("  oc-coherent-chain (Outcome clarity): said 3, shown 1, document"))
    let explain = CommandRun(["score", "r", "--explain", "outcome"], fileSystem: files, screenWidth: 200)
      .standardOutput
    #expect(explain.contains("  oc-coherent-chain  3.00   1.00   1.00  document"), "\(explain)")
    #expect(
      explain.contains(
        "oc-coherent-chain · 1. document (Outline business case) · score 1 · 2026-11-23: No chain in the case"
      ))
    #expect(explain.contains("Said vs shown on oc-coherent-chain: said 3, shown 1, 2 or more apart"))
  }

  @Test("adjusting a lens again keeps the earlier adjustment in its history, shown by --explain")
  func adjustmentHistory() throws {
    let files = try Self.review()
    for (rating, why) in [("at-risk", "First look"), ("unsound", "Second look")] {
      try CommandRun.succeeding(
        ["adjust", "r", "--lens", "outcome-clarity", "--rating", rating, "--why", why]
          + (rating == "at-risk" ? ["--despite-critical"] : []), fileSystem: files)
    }
    let review = try Self.json(files.text(at: "r/review.json"))
    let adjustment = try #require((review["adjustments"] as? [[String: Any]])?.first)
    #expect(adjustment["reason"] as? String == "Second look")
    #expect(adjustment["despiteCritical"] == nil)
    let history = try #require(adjustment["history"] as? [[String: Any]])
    #expect(history.map { $0["reason"] as? String } == ["First look"])
    #expect(history.first?["despiteCritical"] as? Bool == true)
    let explain = CommandRun(["score", "r", "--explain", "outcome"], fileSystem: files, screenWidth: 200)
      .standardOutput
    #expect(explain.contains("Earlier adjustments of the lens, oldest first:"))
    #expect(explain.contains("  at-risk, recorded 2026-11-23, despite a critical question: \"First look\""))
    // --despite-critical where nothing is overridden is a mistake, said as one.
    let needless = CommandRun(
      [
        "adjust", "r", "--lens", "outcome-clarity", "--rating", "unsound", "--why", "x", "--despite-critical",
      ],
      fileSystem: files)
    #expect(needless.exitCode == .usage)
  }

  @Test(
    "a broken evidence.json or documents.json names the file, the path and the line; nothing is overwritten")
  func hostileFiles() throws {
    let cases: [(file: String, text: String, message: String)] = [
      ("evidence.json", #"{"formatVersion": 1, "evidence": [{"id": 1,"#, "r/evidence.json:1:"),
      ("evidence.json", "\u{0}\u{1}binary", "r/evidence.json"),
      (
        "evidence.json",
        #"{"formatVersion": 1, "evidence": [{"id": 1, "question": "oc-nope", "score": 1, "source": "observed", "note": "n", "date": "2026-11-23"}]}"#,
        "$.evidence[0].question"
      ),
      (
        "evidence.json",
        #"{"formatVersion": 1, "evidence": [{"id": 1, "question": "oc-measurable", "score": 1, "source": "document", "document": "ghost", "note": "n", "date": "2026-11-23"}]}"#,
        "$.evidence[0].document"
      ),
      (
        "evidence.json",
        #"{"formatVersion": 1, "evidence": [{"id": 1, "question": "oc-measurable", "score": 7, "source": "observed", "note": "n", "date": "2026-11-23"}]}"#,
        "$.evidence[0].score"
      ),
      ("documents.json", #"{"formatVersion": 1, "documents": [{"id": "x", "title": "#, "r/documents.json:1:"),
      (
        "documents.json", #"{"formatVersion": 1, "documents": [{"id": "x", "title": "X", "date": "soon"}]}"#,
        "$.documents[0].date"
      ),
    ]
    for (file, text, message) in cases {
      let files = try Self.review()
      files.add("r/" + file, bytes: Array(text.utf8))
      let score = CommandRun(["score", "r"], fileSystem: files)
      #expect(score.exitCode == .failure, "\(file): \(text)")
      #expect(score.standardError.contains(message), "\(file): \(score.standardError)")
      #expect(score.standardError.contains("nothing was scored"), "\(file): \(score.standardError)")
      // No write goes over it.
      let add = CommandRun(
        [
          "evidence", "add", "r", "--question", "oc-measurable", "--source", "observed", "--score", "1",
          "--note", "n",
        ],
        fileSystem: files)
      #expect(add.exitCode == .failure, "\(file)")
      #expect(files.text(at: "r/" + file) == text || file == "evidence.json" && text.hasPrefix("\u{0}"))
      #expect(CommandRun(["report", "r"], fileSystem: files).exitCode == .failure)
      // status still lists the interviews, and the file with its problem.
      let status = CommandRun(["status", "r"], fileSystem: files, screenWidth: 200)
      #expect(status.exitCode == .failure)
      #expect(status.standardOutput.contains("Interviews: 2\n"), "\(status.standardOutput)")
      #expect(status.standardOutput.contains("  \(file): cannot be read:"), "\(status.standardOutput)")
    }
  }

  @Test("evidence exports and imports as CSV, all or nothing with line numbers, formulas neutralised")
  func evidenceSheet() throws {
    let files = try Self.review()
    try CommandRun.succeeding(
      [
        "evidence", "add", "r", "--question", "oc-measurable", "--source", "document", "--document",
        "business-case", "--score", "1", "--note", "=HYPERLINK(\"x\") is in the case",
      ], fileSystem: files)
    try CommandRun.succeeding(
      [
        "evidence", "add", "r", "--question", "oc-single-owner", "--source", "observed", "--note",
        "Seen, no score",
      ],
      fileSystem: files)
    let sheet = CommandRun(["export", "r", "--evidence"], fileSystem: files).standardOutput
    #expect(
      sheet
        == "question,source,document,score,note,date\r\n"
        + "oc-measurable,document,business-case,1,\"'=HYPERLINK(\"\"x\"\") is in the case\",2026-11-23\r\n"
        + "oc-single-owner,observed,,,\"Seen, no score\",2026-11-23\r\n")
    // Into a fresh review with the same register: the same evidence.
    let fresh = try ScoreCommandTests.importedReview()
    for id in ["business-case", "board-paper"] {
      try CommandRun.succeeding(["document", "add", "r", "--id", id, "--title", id], fileSystem: fresh)
    }
    fresh.add("e.csv", bytes: Array(sheet.utf8))
    let imported = CommandRun(["import", "r", "e.csv"], fileSystem: fresh)
    #expect(imported.exitCode == .success, "\(imported.standardError)")
    #expect(imported.standardOutput.hasPrefix("Imported 2 reviewer evidence entries (numbers 1, 2)."))
    #expect(CommandRun(["export", "r", "--evidence"], fileSystem: fresh).standardOutput == sheet)
    let again = CommandRun(["import", "r", "e.csv", "--evidence"], fileSystem: fresh)
    #expect(again.standardOutput.hasPrefix("Imported 0 reviewer evidence entries; 2 already recorded"))
    // A bad sheet: every bad row with its line, nothing imported.
    let before = fresh.text(at: "r/evidence.json")
    fresh.add(
      "bad.csv",
      bytes: Array(
        ("question,source,document,score,note,date\n" + "oc-measurable,observed,,2,fine,2026-11-23\n"
          + "oc-nope,observed,,2,n,2026-11-23\n" + "oc-measurable,document,ghost,2,n,2026-11-23\n"
          + "oc-measurable,observed,,x,n,2026-11-23\n" + "oc-measurable,observed,,1,,2026-11-31\n"
          + "oc-measurable,observed\n" + "oc-measurable,observed,business-case,1,n,2026-11-23\n"
          + "oc-measurable,observed,,1,n,2026-12-25\n").utf8))
    let bad = CommandRun(["import", "r", "bad.csv"], fileSystem: fresh)
    #expect(bad.exitCode == .failure)
    for line in [
      "bad.csv:3: the rubric has no question", "bad.csv:4: no document \"ghost\"", "bad.csv:5: score \"x\"",
      "bad.csv:6: the note is empty", "bad.csv:6: the date", "bad.csv:7: 2 fields",
      "bad.csv:8: observed evidence names no document", "bad.csv:9: the date 2026-12-25 is after today",
    ] {
      #expect(bad.standardError.contains(line), "\(line): \(bad.standardError)")
    }
    #expect(!bad.standardError.contains("bad.csv:2:"))
    #expect(fresh.text(at: "r/evidence.json") == before)
    // Evidence is only ever added: --replace is refused, naming the sheet.
    let replacing = CommandRun(["import", "r", "e.csv", "--replace"], fileSystem: fresh)
    #expect(replacing.exitCode == .usage)
    #expect(replacing.standardError.contains("e.csv is reviewer evidence"))
    // --evidence on an answers sheet says which header it needs.
    fresh.add("answers.csv", bytes: Array(ScoreCommandTests.sheet.utf8))
    let wrong = CommandRun(["import", "r", "answers.csv", "--evidence"], fileSystem: fresh)
    #expect(wrong.exitCode == .failure)
    #expect(wrong.standardError.contains("it must be question,source,document,score,note,date"))
  }
}

import Foundation
import IntegrityCLI
import ReviewStore
import RubricEngine
import TestSupport
import Testing

@Suite("integrity init, interview, status, import and export")
struct ReviewCommandTests {
  static let initArguments = [
    "init", "r", "--client", "Acme Insurance", "--program", "Claims platform", "--decision",
    "Sign the contract",
    "--consultant", "R. Okafor",
  ]

  static func newReview() throws -> InMemoryFileSystem {
    let files = InMemoryFileSystem.withStandardRubric()
    try CommandRun.succeeding(initArguments, fileSystem: files)
    return files
  }

  /// An interview a test sets up, which must succeed for the test to mean anything.
  static func interviewed(_ files: InMemoryFileSystem, _ name: String, _ role: String, _ lines: [String])
    throws
  {
    try CommandRun.succeeding(
      ["interview", "r", "--name", name, "--role", role], fileSystem: files,
      terminal: ScriptedTerminal(lines: lines))
  }

  static func interview(_ files: InMemoryFileSystem, _ name: String, _ role: String, _ lines: [String]) -> (
    CommandRun, ScriptedTerminal
  ) {
    let terminal = ScriptedTerminal(lines: lines)
    let run = CommandRun(
      ["interview", "r", "--name", name, "--role", role], fileSystem: files, terminal: terminal)
    return (run, terminal)
  }

  @Test("init creates the review and says what to do next; a second init changes nothing and exits 1")
  func initialise() {
    let files = InMemoryFileSystem.withStandardRubric()
    let run = CommandRun(Self.initArguments, fileSystem: files)
    #expect(run.exitCode == .success)
    #expect(
      run.standardOutput.hasPrefix(
        "Created the review of Acme Insurance: Claims platform in r (rubric decision-integrity 1.0.0, 45 questions).\n"
      ))
    #expect(files.text(at: "r/review.json")?.contains(#""created" : "2026-11-23T09:00:00Z""#) == true)
    #expect(files.directories.contains("r/interviews"))
    let before = files.files
    let again = CommandRun(Self.initArguments, fileSystem: files)
    #expect(again.exitCode == .failure)
    #expect(again.standardError.hasPrefix("integrity: r already holds a review; it was left untouched."))
    #expect(files.files == before)
  }

  @Test("init needs a client, a program and a decision")
  func initUsage() {
    let run = CommandRun(["init", "r", "--client", "A", "--program", "B"], fileSystem: InMemoryFileSystem())
    #expect(run.exitCode == .usage)
    #expect(run.standardError.hasPrefix("integrity: --decision is required and cannot be empty"))
  }

  @Test("an interview on piped lines stores the answers and says how to continue")
  func interview() throws {
    let files = try Self.newReview()
    let (run, terminal) = Self.interview(
      files, "Dana Whitfield", "sponsor", ["Launch the portal", "3", "A memo", "q"])
    #expect(run.exitCode == .success)
    let text = try #require(files.text(at: "r/interviews/dana-whitfield.json"))
    let interview = try InterviewDecoder(rubric: Fixtures.standardRubric()).decode(
      Array(text.utf8), file: "x")
    #expect(
      interview.answers["oc-outcome-statement"] == .text("Launch the portal", at: "2026-11-23T09:00:00Z"))
    #expect(
      interview.answers["oc-shared-definition"] == .scored(3, evidence: "A memo", at: "2026-11-23T09:00:00Z"))
    #expect(
      terminal.transcript.contains(
        "Saved and stopped: 2 answered, 0 not applicable, 0 skipped, of 41 questions"))
    #expect(
      terminal.transcript.contains(
        "To continue: integrity interview r --name 'Dana Whitfield' --role sponsor"))
  }

  @Test("an unknown role or lens is a usage error that names the choices")
  func interviewUsage() throws {
    let files = try Self.newReview()
    let run = CommandRun(["interview", "r", "--name", "D", "--role", "sponser"], fileSystem: files)
    #expect(run.exitCode == .usage)
    #expect(
      run.standardError.hasPrefix(
        "integrity: unknown role 'sponser'; did you mean 'sponsor'? The rubric's roles are: sponsor, product")
    )
    #expect(
      CommandRun(["interview", "r", "--name", "D", "--role", "sponsor", "--lens", "x"], fileSystem: files)
        .exitCode == .usage)
    #expect(CommandRun(["interview", "r", "--role", "sponsor"], fileSystem: files).exitCode == .usage)
  }

  @Test("the same person in another role is refused")
  func roleMismatch() throws {
    let files = try Self.newReview()
    try Self.interviewed(files, "Dana", "sponsor", ["s", "q"])
    let (run, _) = Self.interview(files, "dana", "finance", ["q"])
    #expect(run.exitCode == .usage)
    #expect(run.standardError.contains("Dana was interviewed as sponsor; continue with --role sponsor"))
  }

  @Test("hostile names never create a file outside interviews/")
  func hostileNames() throws {
    let files = try Self.newReview()
    for name in [
      "../../x", "/etc/passwd", String(repeating: "n", count: 200), "a\u{1B}[2Jb\u{07}", "..", ".",
    ] {
      try Self.interviewed(files, name, "finance", ["s", "q"])
    }
    let expected = ["r/review.json", "r/rubric.json", RepositoryPaths.standardRubric.path]
    let outside = files.files.keys.filter { !$0.hasPrefix("r/interviews/") && !expected.contains($0) }
    #expect(outside.isEmpty)
    #expect(
      files.files.keys.filter { $0.hasPrefix("r/interviews/") }.sorted() == [
        "r/interviews/a-2jb.json", "r/interviews/etc-passwd.json", "r/interviews/interviewee-2.json",
        "r/interviews/interviewee.json", "r/interviews/" + String(repeating: "n", count: 48) + ".json",
        "r/interviews/x.json",
      ])
    #expect(files.text(at: "r/interviews/a-2jb.json")?.contains(#""name" : "a[2Jb""#) == true)
  }

  @Test("an interview held by another process is refused with its pid and exit 75")
  func locked() throws {
    let files = try Self.newReview()
    try Self.interviewed(files, "Dana", "sponsor", ["s", "q"])
    files.heldLocks["r/interviews/.dana.lock"] = 4242
    files.lockHolders["r/interviews/.dana.lock"] = "an import"
    let (run, _) = Self.interview(files, "dana", "sponsor", ["3", ""])
    #expect(run.exitCode == .locked)
    #expect(
      run.standardError.hasPrefix("integrity: the interview of Dana is in use by an import (process 4242)"))
  }

  @Test(
    "a corrupt interview file is never overwritten: interview exits 1, status reports it and lists the others"
  )
  func corrupt() throws {
    let files = try Self.newReview()
    try Self.interviewed(files, "Bo Chen", "finance", ["Cut cost per claim by 20% by 2027", "q"])
    files.add("r/interviews/dana.json", bytes: Array("{\"name\": \"Dana\",\n \"role\": }".utf8))
    let before = files.files["r/interviews/dana.json"]
    let (run, _) = Self.interview(files, "Dana", "sponsor", ["3", ""])
    #expect(run.exitCode == .failure)
    #expect(run.standardError.contains("r/interviews/dana.json:2:10: unexpected '}'; expected a value"))
    #expect(files.files["r/interviews/dana.json"] == before)
    let status = CommandRun(["status", "r"], fileSystem: files)
    #expect(status.exitCode == .failure)
    #expect(status.standardOutput.contains("Bo Chen"))
    #expect(
      status.standardOutput.contains(
        "interviews/dana.json: cannot be read:\n    r/interviews/dana.json:2:10:"))
  }

  @Test("status lists interviewees, lenses by interviewee, and lenses with fewer than two respondents")
  func status() throws {
    let files = try Self.newReview()
    try Self.interviewed(files, "Dana", "sponsor", ["Halve claim time by 2027", "3", "", "2", "", "q"])
    try Self.interviewed(files, "Bo", "finance", ["s", "1", "", "q"])
    let run = CommandRun(["status", "r"], fileSystem: files, screenWidth: 80)
    #expect(run.exitCode == .success)
    #expect(run.standardOutput.contains("  Bo    finance  2026-11-23         1        1    0     40"))
    #expect(run.standardOutput.contains("  Dana  sponsor  2026-11-23         3        0    0     41"))
    #expect(run.standardOutput.contains("  Outcome clarity           1/8   3/8            2"))
    #expect(
      run.standardOutput.contains(
        "  Lock-in points: 0 respondents with a score; a lens needs at least two to be\n    judged"))
    #expect(!run.standardOutput.contains("  Outcome clarity: "))
  }

  static let sheet = #"""
    name,role,question,answer,evidence
    Dana Whitfield,sponsor,oc-outcome-statement,"Launch the portal, then see",
    Dana Whitfield,sponsor,oc-shared-definition,3,"She said ""we have a memo"""
    Bo Chen,finance,oc-measurable,n/a,"Not his area,
    he said"
    Bo Chen,finance,oc-shared-definition,,

    """#

  @Test("import merges a valid sheet into the interviews")
  func importSheet() throws {
    let files = try Self.newReview()
    files.add("a.csv", bytes: Array(Self.sheet.utf8))
    let run = CommandRun(["import", "r", "a.csv"], fileSystem: files)
    #expect(run.exitCode == .success)
    #expect(
      run.standardOutput
        == "Imported 4 answers (4 new, 0 changed, 0 unchanged) for 2 interviewees (2 new):\n"
        + "  Dana Whitfield, Bo Chen.\nNext: integrity status r\n")
    let rubric = try Fixtures.standardRubric()
    let bo = try InterviewDecoder(rubric: rubric).decode(
      try #require(files.files["r/interviews/bo-chen.json"]), file: "b")
    #expect(
      bo.answers["oc-measurable"]
        == .notApplicable(evidence: "Not his area,\nhe said", at: "2026-11-23T09:00:00Z"))
    #expect(bo.answers["oc-shared-definition"]?.status == .skipped)
  }

  @Test("import reports every bad row with its line and imports nothing")
  func importBadRows() throws {
    let files = try Self.newReview()
    try Self.interviewed(files, "Dana", "sponsor", ["s", "q"])
    files.add(
      "bad.csv",
      bytes: Array(
        """
        name,role,question,answer,evidence
        Dana,sponsor,oc-measurable,5,
        ,sponsor,oc-measurable,2,
        Eve,cfo,oc-measurable,2,
        Eve,finance,oc-measurabel,2,
        Dana,finance,oc-measurable,2,
        Bo,finance,oc-outcome-statement,A goal,with evidence
        Bo,finance,oc-measurable,2
        Bo,finance,oc-shared-definition,2,
        Bo,finance,oc-shared-definition,3,

        """.utf8))
    let before = files.files
    let run = CommandRun(["import", "r", "bad.csv"], fileSystem: files)
    #expect(run.exitCode == .failure)
    #expect(
      run.standardError == """
        bad.csv:2: answer "5" to scale question "oc-measurable" is not 0-4 or n/a
        bad.csv:3: the name is empty
        bad.csv:4: unknown role "cfo"; the rubric's roles are sponsor, product, engineering, delivery, finance
        bad.csv:5: the rubric has no question "oc-measurabel"; did you mean "oc-measurable"?
        bad.csv:6: a second answer from Dana to "oc-measurable" (the first is on line 2)
        bad.csv:6: Dana is in the review as sponsor, not finance
        bad.csv:7: "oc-outcome-statement" is a text question: put the answer in the answer column and leave evidence empty
        bad.csv:8: 4 fields; every row has 5: name,role,question,answer,evidence
        bad.csv:10: a second answer from Bo to "oc-shared-definition" (the first is on line 9)
        integrity: 9 problems in bad.csv; nothing was imported

        """)
    #expect(files.files == before)
  }

  @Test("export then import into a fresh review gives the same answers")
  func roundTrip() throws {
    let files = try Self.newReview()
    try Self.interviewed(
      files, "Dana, \"the sponsor\"", "sponsor",
      ["Cut approval time from 5 days to 1", "3", "Memo, v2", "n", "", "q"])
    try Self.interviewed(files, "Bo", "finance", ["s", "0", "Line one \"quoted\"", "q"])
    let export = CommandRun(["export", "r", "--format", "csv"], fileSystem: files)
    #expect(export.exitCode == .success)
    #expect(
      export.standardOutput.hasPrefix(
        "name,role,question,answer,evidence\r\nBo,finance,oc-outcome-statement,,\r\n"))
    let fresh = InMemoryFileSystem.withStandardRubric()
    try CommandRun.succeeding(Self.initArguments, fileSystem: fresh)
    fresh.add("e.csv", bytes: Array(export.standardOutput.utf8))
    #expect(CommandRun(["import", "r", "e.csv"], fileSystem: fresh).exitCode == .success)
    let rubric = try Fixtures.standardRubric()
    for file in ["r/interviews/dana-the-sponsor.json", "r/interviews/bo.json"] {
      let original = try InterviewDecoder(rubric: rubric).decode(try #require(files.files[file]), file: file)
      let imported = try InterviewDecoder(rubric: rubric).decode(try #require(fresh.files[file]), file: file)
      #expect(imported.name == original.name)
      #expect(
        imported.answers.mapValues { [$0.status.rawValue, $0.score.map(String.init) ?? "", $0.text ?? ""] }
          == original.answers.mapValues {
            [$0.status.rawValue, $0.score.map(String.init) ?? "", $0.text ?? ""]
          })
    }
    let toFile = CommandRun(["export", "r", "--format", "csv", "-o", "out.csv"], fileSystem: files)
    #expect(toFile.exitCode == .success)
    #expect(files.text(at: "out.csv") == export.standardOutput)
    #expect(CommandRun(["export", "r", "--format", "xlsx"], fileSystem: files).exitCode == .usage)
  }

  @Test("a full disk gives a clear error and leaves the previous files intact")
  func fullDisk() throws {
    let files = try Self.newReview()
    try Self.interviewed(files, "Dana", "sponsor", ["Halve it", "q"])
    let before = files.files
    files.failWrites = .noSpace(path: "r/interviews/dana.json")
    let (run, _) = Self.interview(files, "Dana", "sponsor", ["3", ""])
    #expect(run.exitCode == .failure)
    #expect(
      run.standardError.hasPrefix(
        "integrity: r/interviews/dana.json: the disk is full; free some space and try again"))
    #expect(files.files == before)
  }

  @Test("new interviewees whose names make the same file name get files of their own in one import")
  func importSameSlug() throws {
    let files = try Self.newReview()
    let long = String(repeating: "a", count: 60)
    files.add(
      "s.csv",
      bytes: Array(
        "name,role,question,answer,evidence\n\(long) 1,sponsor,oc-measurable,2,\n\(long) 2,finance,oc-measurable,3,\n"
          .utf8))
    let run = CommandRun(["import", "r", "s.csv"], fileSystem: files)
    #expect(run.exitCode == .success, "\(run.standardError)")
    let slug = String(repeating: "a", count: 48)
    #expect(files.files["r/interviews/\(slug).json"] != nil)
    #expect(files.files["r/interviews/\(slug)-2.json"] != nil)
  }
}

import Foundation
import ReviewStore
import RubricEngine
import TestSupport
import Testing

/// Spreadsheet formulas in a sheet (CSV injection): imported as the text they are, exported neutralised with
/// a leading `'`, and read back exactly, through the built binary.
@Suite("Formula cells through the built binary")
struct FormulaCellProcessTests {
  static var binary: URL { RepositoryPaths.integrityBinary }
  static var fixture: String { HostileInputTests.corpus.path + "/csv/formula-cells.accepted.csv" }

  /// The export after importing `formula-cells.accepted.csv` into a new review: every cell that a spreadsheet
  /// would run starts with `'`, cells that already did gain one more, and the others are as they were.
  static let expectedExport = [
    "name,role,question,answer,evidence",
    "'-Di,delivery,oc-shared-definition,0,carriage return",
    "'-Di,delivery,oc-measurable,4,a tab after the quote",
    "\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"Ana\"\")\",sponsor,oc-measurable,3,\"'=1+1, said twice\"",
    "'@Bo,finance,oc-outcome-statement,'-cut claim time to 1 day by 2027,",
    "'@Bo,finance,oc-measurable,2,'+44 20 7946 0000 is the desk",
    "Cy,engineering,oc-shared-definition,1,''-two quotes and a minus",
    "Cy,engineering,oc-measurable,n/a,'=already neutralised",
  ].map { $0 + "\r\n" }.joined()

  static func newReview(_ path: String) throws {
    let made = try ProcessRun(
      binary, ["init", path, "--client", "Acme", "--program", "Claims", "--decision", "Sign"])
    #expect(made.status == 0, "\(made.standardError)")
  }

  /// Each interview of the review at `path`, by file, without the times it was recorded.
  static func interviews(_ path: String) throws -> [String: [String]] {
    let folder = try ReviewFolder.open(at: path, using: LocalFileSystem())
    let rubric = try folder.rubric(for: folder.review())
    var interviews: [String: [String]] = [:]
    for (slug, result) in try folder.interviews(rubric: rubric) {
      let interview = try result.get()
      interviews[slug] =
        [interview.name, interview.role]
        + interview.answers.sorted { $0.key < $1.key }.map { question, answer in
          "\(question) \(answer.status) \(answer.score.map(String.init) ?? "-") \(answer.text ?? "-")"
        }
    }
    return interviews
  }

  @Test("formulas import as text, export neutralised, and export then import into a new review is identical")
  func roundTrip() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let original = folder.path + "/original"
    try Self.newReview(original)
    let imported = try ProcessRun(Self.binary, ["import", original, Self.fixture])
    #expect(imported.status == 0, "\(imported.standardError)")
    #expect(
      imported.standardOutput
        == "Imported 7 answers (7 new, 0 changed, 0 unchanged) for 4 interviewees (4 new):\n  "
        + "=HYPERLINK(\"http://evil.example/\",\"Ana\"), @Bo, Cy and 1 more.\nNext: integrity status \(original)\n"
    )
    let export = try ProcessRun(Self.binary, ["export", original, "--format", "csv"])
    #expect(export.status == 0, "\(export.standardError)")
    #expect(export.standardOutput == Self.expectedExport)
    let sheet = folder.path + "/exported.csv"
    try Data(export.standardOutput.utf8).write(to: URL(fileURLWithPath: sheet))

    let fresh = folder.path + "/fresh"
    try Self.newReview(fresh)
    let reimported = try ProcessRun(Self.binary, ["import", fresh, sheet])
    #expect(reimported.status == 0, "\(reimported.standardError)")
    let interviews = try Self.interviews(original)
    #expect(interviews.count == 4)
    #expect(try Self.interviews(fresh) == interviews)
    // The restored tab and carriage return then meet the text rule, which trims them like any leading space.
    #expect(interviews.values.contains { $0.contains("oc-shared-definition scored 0 carriage return") })
    let again = try ProcessRun(Self.binary, ["export", fresh, "--format", "csv"])
    #expect(again.standardOutput == export.standardOutput)
  }

  static let refused: [(fixture: String, message: String)] = [
    ("formula-in-score.csv", "2: answer \"=1+1\" to scale question \"oc-measurable\" is not 0-4 or n/a"),
    (
      "formula-neutralised-score.csv",
      "2: answer \"-1\" to scale question \"oc-measurable\" is not 0-4 or n/a"
    ),
    (
      "formula-in-role.csv",
      "2: unknown role \"=cmd|' /C calc'!A0\"; the rubric's roles are sponsor, product, engineering, "
        + "delivery, finance"
    ),
    (
      "formula-in-question.csv",
      "2: the rubric has no question \"@oc-measurable\"; did you mean \"oc-measurable\"?"
    ),
  ]

  @Test("a formula where a score, role or question belongs is refused with its line", arguments: refused)
  func refusedFormula(fixture: String, message: String) throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let review = folder.path + "/r"
    try Self.newReview(review)
    let sheet = HostileInputTests.corpus.path + "/csv/" + fixture
    let run = try ProcessRun(Self.binary, ["import", review, sheet])
    #expect(run.status == 1)
    #expect(run.standardError.hasPrefix(sheet + ":" + message + "\n"), "\(run.standardError)")
    #expect(try Self.interviews(review).isEmpty)
  }
}

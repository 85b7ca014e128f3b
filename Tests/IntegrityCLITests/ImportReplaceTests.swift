import Foundation
import ReviewStore
import RubricEngine
import TestSupport
import Testing

/// `integrity import` never replaces an answer in silence: changes are listed and need `--replace`.
@Suite("Import and the answers already given")
struct ImportReplaceTests {
  static func review() throws -> InMemoryFileSystem {
    let files = InMemoryFileSystem.withStandardRubric()
    try CommandRun.succeeding(
      ["init", "r", "--client", "A", "--program", "P", "--decision", "D"], fileSystem: files)
    let first = """
      name,role,question,answer,evidence
      Ana Lima,sponsor,oc-measurable,3,said three
      Ana Lima,sponsor,oc-shared-definition,2,
      Ana Lima,sponsor,oc-single-owner,,

      """
    files.add("first.csv", bytes: Array(first.utf8))
    try CommandRun.succeeding(["import", "r", "first.csv"], fileSystem: files)
    return files
  }

  static let second = """
    name,role,question,answer,evidence
    ana  lima,sponsor,oc-measurable,1,said one
    Ana Lima,sponsor,oc-shared-definition,2,
    Ana Lima,sponsor,oc-single-owner,4,now answered
    Bo Chen,sponsor,oc-measurable,2,

    """

  @Test("a sheet that would change answers lists them, writes nothing, and exits 1 without --replace")
  func refused() throws {
    let files = try Self.review()
    files.add("second.csv", bytes: Array(Self.second.utf8))
    let before = files.files
    let run = CommandRun(["import", "r", "second.csv"], fileSystem: files)
    #expect(run.exitCode == .failure)
    #expect(
      run.standardError
        == "Answers the sheet would change (old -> new):\n"
        + "  Ana Lima, oc-measurable: 3 \"said three\" -> 1 \"said one\"\n"
        + "integrity: 1 answer in the sheet would replace different answers already in the review; "
        + "nothing was imported. Check them, then import again with --replace to replace them.\n"
        + "To replace them: integrity import r second.csv --replace\n")
    #expect(files.files == before)
  }

  @Test("with --replace the changes are made and counted apart from new and identical answers")
  func replaced() throws {
    let files = try Self.review()
    files.add("second.csv", bytes: Array(Self.second.utf8))
    let run = CommandRun(["import", "r", "second.csv", "--replace"], fileSystem: files)
    #expect(run.exitCode == .success, "\(run.standardError)")
    #expect(
      run.standardOutput
        == "Imported 4 answers (2 new, 1 changed, 1 unchanged) for 2 interviewees (1 new):\n"
        + "  Ana Lima, Bo Chen.\nNext: integrity status r\n")
    let rubric = try Fixtures.standardRubric()
    let ana = try InterviewDecoder(rubric: rubric).decode(
      try #require(files.files["r/interviews/ana-lima.json"]), file: "a")
    #expect(ana.answers["oc-measurable"]?.score == 1)
    #expect(ana.answers["oc-single-owner"]?.score == 4)
  }

  @Test("importing the same sheet again changes nothing and rewrites no file")
  func identical() throws {
    let files = try Self.review()
    let before = files.files
    let run = CommandRun(["import", "r", "first.csv"], fileSystem: files)
    #expect(run.exitCode == .success)
    #expect(
      run.standardOutput.hasPrefix("Imported 3 answers (0 new, 0 changed, 3 unchanged) for 1 interviewee"))
    #expect(files.files == before)
  }

  @Test("the success line names at most three people however many were imported")
  func manyPeople() throws {
    let files = InMemoryFileSystem.withStandardRubric()
    try CommandRun.succeeding(
      ["init", "r", "--client", "A", "--program", "P", "--decision", "D"], fileSystem: files)
    var sheet = "name,role,question,answer,evidence\n"
    for index in 0..<50 { sheet += "Person \(index),sponsor,oc-measurable,2,\n" }
    files.add("many.csv", bytes: Array(sheet.utf8))
    let run = CommandRun(["import", "r", "many.csv"], fileSystem: files)
    #expect(
      run.standardOutput
        == "Imported 50 answers (50 new, 0 changed, 0 unchanged) for 50 interviewees (50 new):\n"
        + "  Person 0, Person 1, Person 2 and 47 more.\nNext: integrity status r\n")
  }
}

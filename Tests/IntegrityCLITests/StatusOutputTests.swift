import Foundation
import ReviewStore
import RubricEngine
import TestSupport
import Testing

/// `integrity status`: the folder as given, the next command, and `--json`.
@Suite("Status says what it found")
struct StatusOutputTests {
  static func review(at folder: String) -> InMemoryFileSystem {
    let files = InMemoryFileSystem.withStandardRubric()
    #expect(
      CommandRun(["init", folder, "--client", "A", "--program", "P", "--decision", "D"], fileSystem: files)
        .exitCode == .success, "the setup init")
    return files
  }

  @Test("a review with no interviews names its own folder in the commands to run first")
  func empty() {
    let files = Self.review(at: "acme review")
    let run = CommandRun(["status", "acme review"], fileSystem: files)
    #expect(run.exitCode == .success)
    #expect(run.standardOutput.contains("No interviews yet: integrity interview 'acme review' --name NAME"))
    #expect(run.standardOutput.contains("integrity import 'acme review' FILE.csv"))
    #expect(!run.standardOutput.contains("DIR"))
  }

  @Test("status --json gives every interview, its counts by lens, and each lens's respondents")
  func json() throws {
    let files = Self.review(at: "r")
    let sheet = """
      name,role,question,answer,evidence
      Ana Lima,sponsor,oc-measurable,3,said three
      Ana Lima,sponsor,oc-single-owner,n/a,
      Bo Chen,finance,oc-measurable,1,
      Bo Chen,finance,oc-shared-definition,,

      """
    files.add("a.csv", bytes: Array(sheet.utf8))
    #expect(CommandRun(["import", "r", "a.csv"], fileSystem: files).exitCode == .success)
    let run = CommandRun(["status", "r", "--json"], fileSystem: files)
    #expect(run.exitCode == .success)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    #expect(object["interviewCount"] as? Int == 2)
    #expect(object["minimumRespondents"] as? Int == Method.standard.minimumRespondents)
    let interviews = try #require(object["interviews"] as? [[String: Any]])
    // Sorted by role, then name, as the table is.
    #expect(interviews.map { $0["name"] as? String } == ["Bo Chen", "Ana Lima"])
    let ana = interviews[1]
    #expect(ana["file"] as? String == "r/interviews/ana-lima.json")
    #expect(ana["answered"] as? Int == 1)
    #expect(ana["notApplicable"] as? Int == 1)
    let anaLenses = try #require(ana["lenses"] as? [[String: Any]])
    #expect(anaLenses.first?["lens"] as? String == "outcome-clarity")
    #expect(anaLenses.first?["answered"] as? Int == 2)
    #expect(interviews[0]["skipped"] as? Int == 1)
    let lenses = try #require(object["lenses"] as? [[String: Any]])
    let outcome = try #require(lenses.first { $0["id"] as? String == "outcome-clarity" })
    #expect(outcome["respondents"] as? Int == 2)
    #expect(outcome["enoughRespondents"] as? Bool == true)
    #expect(lenses.filter { $0["enoughRespondents"] as? Bool == false }.count == lenses.count - 1)
    let review = try #require(object["review"] as? [String: Any])
    #expect(review["folder"] as? String == "r")
    #expect((object["unreadable"] as? [Any])?.isEmpty == true)
  }

  @Test("status --json lists an unreadable file and exits 1")
  func unreadable() throws {
    let files = Self.review(at: "r")
    files.add("r/interviews/dana.json", bytes: Array("{".utf8))
    let run = CommandRun(["status", "r", "--json"], fileSystem: files)
    #expect(run.exitCode == .failure)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let unreadable = try #require(object["unreadable"] as? [[String: Any]])
    #expect(unreadable.map { $0["file"] as? String } == ["interviews/dana.json"])
  }
}

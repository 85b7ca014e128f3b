import Foundation
import IntegrityCLI
import RubricEngine
import TestSupport
import Testing

@Suite("integrity review set, and the decision's date, forum, value and options")
struct ReviewSetCommandTests {
  static func review(_ extra: [String] = []) throws -> InMemoryFileSystem {
    let files = InMemoryFileSystem.withStandardRubric()
    try CommandRun.succeeding(
      ["init", "r", "--client", "Acme", "--program", "Claims", "--decision", "Sign"] + extra,
      fileSystem: files)
    return files
  }

  static func stored(_ files: InMemoryFileSystem) throws -> Review {
    try ReviewDecoder().decode(Array(try #require(files.text(at: "r/review.json")).utf8), file: "review.json")
  }

  @Test("init takes the date, forum and value; review set changes them, the options and the consultants")
  func setAndClear() throws {
    let files = try Self.review([
      "--decision-date", "2027-03-31", "--forum", "the board", "--value", "£40m over 5 years",
    ])
    var review = try Self.stored(files)
    #expect(review.decisionDate == "2027-03-31" && review.decisionForum == "the board")
    #expect(review.valueAtStake == "£40m over 5 years" && review.optionsConsidered == nil)
    let set = CommandRun(
      [
        "review", "set", "r", "--option", "Sign with Halcyon", "--option", "Extend the legacy contract",
        "--forum", "", "--consultant", "R. Okafor", "--client", "Acme Insurance",
      ], fileSystem: files)
    #expect(set.exitCode == .success, "\(set.standardError)")
    #expect(
      set.standardOutput.hasPrefix(
        "Set the client, the forum, the options considered and the consultants in r/review.json."))
    review = try Self.stored(files)
    #expect(review.client == "Acme Insurance" && review.decisionForum == nil)
    #expect(review.optionsConsidered == ["Sign with Halcyon", "Extend the legacy contract"])
    #expect(review.consultants == ["R. Okafor"] && review.decisionDate == "2027-03-31")
    try CommandRun.succeeding(
      ["review", "set", "r", "--option", "", "--decision-date", ""], fileSystem: files)
    review = try Self.stored(files)
    #expect(review.optionsConsidered == nil && review.decisionDate == nil)
    #expect(!(try #require(files.text(at: "r/review.json"))).contains("optionsConsidered"))
  }

  @Test("nothing to set, an empty client, a date that is none: refused, nothing written")
  func refusals() throws {
    let files = try Self.review()
    let before = files.text(at: "r/review.json")
    for (arguments, message) in [
      ([String](), "nothing to set"), (["--client", " "], "--client cannot be empty"),
      (["--decision-date", "2027-02-30"], "is not a date written YYYY-MM-DD"),
      (["--forum", String(repeating: "f", count: TextRule.title.maximumLength + 1)], "300"),
      (["--forum", "\u{2028}"], "empty once line breaks and control characters are removed"),
      (["--option", "A", "--option", "a "], "given twice"),
      (["--option", "A", "--option", ""], "cannot be empty"),
    ] {
      let run = CommandRun(["review", "set", "r"] + arguments, fileSystem: files)
      #expect(run.exitCode != .success, "\(arguments)")
      #expect(run.standardError.contains(message), "\(arguments): \(run.standardError)")
      #expect(files.text(at: "r/review.json") == before)
    }
    let refused = CommandRun(
      ["init", "s", "--client", "A", "--program", "P", "--decision", "D", "--decision-date", "31/03/2027"],
      fileSystem: files)
    #expect(refused.exitCode == .usage && files.itemKind(at: "s") == nil)
  }

  @Test("a review.json with a decision date that is none is named with its path")
  func decoder() throws {
    let text = """
      {"formatVersion": 1, "client": "A", "program": "P", "decision": "D", "consultants": [],
       "created": "2026-10-09T08:00:00Z", "rubric": {"id": "x", "version": "1"},
       "decisionDate": "2027-13-01", "optionsConsidered": ["ok", ""]}
      """
    do {
      _ = try ReviewDecoder().decode(Array(text.utf8), file: "review.json")
      Issue.record("decoded a bad decision date")
    } catch {
      #expect(error.description.contains("$.decisionDate"), "\(error.description)")
      #expect(error.description.contains("$.optionsConsidered[1]"), "\(error.description)")
    }
  }
}

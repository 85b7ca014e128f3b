import Foundation
import RubricEngine
import TestSupport
import Testing

/// Two real `integrity` processes writing the same review at once: every acknowledged answer survives,
/// and a refusal names the person and what holds them.
@Suite("Concurrent writers", .serialized)
struct ConcurrentWriterTests {
  static var binary: URL { RepositoryPaths.integrityBinary }

  static func interviews(_ review: String) throws -> [String: Interview] {
    let rubric = try Fixtures.standardRubric()
    let folder = review + "/interviews"
    var result: [String: Interview] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".json") {
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
      let interview = try InterviewDecoder(rubric: rubric).decode(bytes, file: name)
      result[interview.name] = interview
    }
    return result
  }

  static func sheet(_ rows: [(name: String, question: String, score: Int)], folder: String, file: String)
    throws -> String
  {
    var text = "name,role,question,answer,evidence\n"
    for row in rows { text += "\(row.name),sponsor,\(row.question),\(row.score),said \(row.score)\n" }
    let path = folder + "/" + file
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    return path
  }

  static let questions = ["oc-shared-definition", "oc-measurable", "oc-single-owner", "db-alternatives"]

  @Test("two imports at once, of the same person and of new people, both land whole in every round")
  func twoImports() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let review = try folder.newReview()
    for round in 0..<12 {
      // Each round: the same person answers two different questions from two sheets, and each sheet
      // brings a new person of its own.
      let first = try Self.sheet(
        [("Ana Lima", Self.questions[round % 2], round % 5), ("First \(round)", "oc-measurable", 1)],
        folder: folder.path, file: "a.csv")
      let second = try Self.sheet(
        [
          ("Ana Lima", Self.questions[2 + round % 2], (round + 1) % 5),
          ("Second \(round)", "oc-measurable", 2),
        ],
        folder: folder.path, file: "b.csv")
      let one = try LiveProcess(Self.binary, ["import", review, first, "--replace"])
      let two = try LiveProcess(Self.binary, ["import", review, second, "--replace"])
      let statuses = [one.waitForExit(), two.waitForExit()]
      #expect(statuses == [0, 0], "round \(round): \(one.output) \(two.output)")
      let stored = try Self.interviews(review)
      #expect(stored["Ana Lima"]?.answers[Self.questions[round % 2]]?.score == round % 5, "round \(round)")
      #expect(stored["Ana Lima"]?.answers[Self.questions[2 + round % 2]]?.score == (round + 1) % 5)
      #expect(stored["First \(round)"] != nil && stored["Second \(round)"] != nil, "round \(round)")
    }
    #expect(try Self.interviews(review).count == 1 + 2 * 12)
  }

  @Test("two adjustments at once both land in review.json in every round")
  func twoAdjustments() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let review = try folder.newReview()
    for round in 0..<12 {
      let reason = "round \(round)"
      let one = try LiveProcess(
        Self.binary,
        ["adjust", review, "--lens", "lock-in", "--rating", "at-risk", "--why", reason + " lock-in"])
      let two = try LiveProcess(
        Self.binary,
        ["adjust", review, "--lens", "decision-rights", "--rating", "sound", "--why", reason + " rights"])
      #expect([one.waitForExit(), two.waitForExit()] == [0, 0], "\(one.output) \(two.output)")
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: review + "/review.json")))
      let stored = try ReviewDecoder().decode(bytes, file: "review.json")
      #expect(stored.adjustments.map(\.reason).sorted() == [reason + " lock-in", reason + " rights"])
    }
  }

  @Test("two evidence adds and a document add at once all land, numbered uniquely, in every round")
  func evidenceWriters() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let review = try folder.newReview()
    let rubric = try Fixtures.standardRubric()
    for round in 0..<12 {
      let one = try LiveProcess(
        Self.binary,
        [
          "evidence", "add", review, "--question", "oc-measurable", "--source", "observed", "--score", "1",
          "--note", "round \(round) one",
        ])
      let two = try LiveProcess(
        Self.binary,
        [
          "evidence", "add", review, "--question", "oc-single-owner", "--source", "observed", "--score", "2",
          "--note", "round \(round) two",
        ])
      let three = try LiveProcess(
        Self.binary, ["document", "add", review, "--id", "doc-\(round)", "--title", "Document \(round)"])
      let statuses = [one.waitForExit(), two.waitForExit(), three.waitForExit()]
      #expect(statuses == [0, 0, 0], "round \(round): \(one.output) \(two.output) \(three.output)")
      let register = try DocumentRegisterDecoder().decode(
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: review + "/documents.json"))),
        file: "documents.json")
      let log = try EvidenceLogDecoder(rubric: rubric, documents: Set(register.documents.map(\.id))).decode(
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: review + "/evidence.json"))), file: "evidence.json")
      #expect(log.evidence.count == 2 * (round + 1), "round \(round)")
      #expect(Set(log.evidence.map(\.id)).count == log.evidence.count, "round \(round)")
      #expect(log.evidence.contains { $0.note == "round \(round) one" })
      #expect(log.evidence.contains { $0.note == "round \(round) two" })
      #expect(register.documents.count == round + 1, "round \(round)")
    }
  }

  @Test("an import into a person being interviewed is refused with exit 75, naming them and the interview")
  func importDuringInterview() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let review = try folder.newReview()
    let live = try LiveProcess(Self.binary, ["interview", review, "--name", "Ana Lima", "--role", "sponsor"])
    defer { live.killHard() }
    let prompt = try #require(live.waitFor("Answer (", after: 0))
    live.send("Cut claim time from 5 days to 1 by 2027\n")
    let firstScore = try #require(live.waitFor("Score 0-4", after: prompt))
    let sheet = try Self.sheet(
      [("ana  lima", "oc-single-owner", 2), ("Bo Chen", "oc-single-owner", 3)], folder: folder.path,
      file: "s.csv")
    let refused = try ProcessRun(Self.binary, ["import", review, sheet])
    #expect(refused.status == 75)
    #expect(
      refused.standardError.contains(
        "the interview of Ana Lima is in use by an interview of Ana Lima (process \(live.process.processIdentifier))"
      ),
      "\(refused.standardError)")
    #expect(refused.standardError.contains("nothing was imported"))
    let stored = try Self.interviews(review)
    #expect(stored.keys.sorted() == ["Ana Lima"], "the refused import wrote nothing, not even Bo Chen")
    #expect(
      stored["Ana Lima"]?.answers["oc-outcome-statement"]?.text == "Cut claim time from 5 days to 1 by 2027")
    // Another person can be imported while Ana's interview goes on, and Ana's answers stay hers.
    let other = try Self.sheet([("Bo Chen", "oc-single-owner", 3)], folder: folder.path, file: "t.csv")
    #expect(try ProcessRun(Self.binary, ["import", review, other]).status == 0)
    live.send("3\nShe showed the memo\n")
    // The next question's prompt, after the one answered: the answer is saved before it is shown.
    _ = try #require(live.waitFor("Score 0-4", after: firstScore))
    let after = try Self.interviews(review)
    #expect(after["Ana Lima"]?.answers["oc-shared-definition"]?.score == 3)
    #expect(after["Bo Chen"]?.answers["oc-single-owner"]?.score == 3)
  }
}

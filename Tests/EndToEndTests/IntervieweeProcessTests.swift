import Foundation
import RubricEngine
import TestSupport
import Testing

/// `integrity interviewee rename|remove|restore` run through the built binary, and raced against the
/// commands that write the same person.
@Suite("Interviewee corrections as processes", .serialized)
struct IntervieweeProcessTests {
  static var binary: URL { RepositoryPaths.integrityBinary }

  /// Every interview file in `folder` (interviews/ or .removed/), decoded.
  static func interviews(in folder: String) throws -> [(file: String, interview: Interview)] {
    let rubric = try Fixtures.standardRubric()
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    return try names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { name in
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
      return (name, try InterviewDecoder(rubric: rubric).decode(bytes, file: name))
    }
  }

  static func importSheet(_ review: String, rows: String, folder: String) throws -> ProcessRun {
    let path = folder + "/sheet.csv"
    try ("name,role,question,answer,evidence\n" + rows).write(
      toFile: path, atomically: false, encoding: .utf8)
    return try ProcessRun(binary, ["import", review, path])
  }

  @Test("rename, remove and restore say what they did; status and report never read .removed/")
  func roundTrip() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let review = try folder.newReview()
    let rows = "Jose Diaz,sponsor,oc-measurable,3,said 3\nAna Lima,sponsor,oc-measurable,1,said 1\n"
    #expect(try Self.importSheet(review, rows: rows, folder: folder.path).status == 0)

    let rename = try ProcessRun(
      Self.binary, ["interviewee", "rename", review, "--name", "jose diaz", "--to", "José Díaz"])
    #expect(rename.status == 0, "\(rename.standardError)")
    #expect(
      rename.standardOutput.hasPrefix(
        "Renamed the interview of Jose Diaz to José Díaz (\(review)/interviews/jose-diaz.json).\n"))

    let taken = try ProcessRun(
      Self.binary, ["interviewee", "rename", review, "--name", "Ana Lima", "--to", "JOSÉ DÍAZ"])
    #expect(taken.status == 1)
    #expect(taken.standardError.contains("José Díaz is already interviewed"))

    let unknown = try ProcessRun(Self.binary, ["interviewee", "remove", review, "--name", "Bob"])
    #expect(unknown.status == 1)
    #expect(
      unknown.standardError.hasPrefix(
        "integrity: nobody named Bob is interviewed in \(review); interviewed: Ana Lima, José Díaz"))

    let remove = try ProcessRun(Self.binary, ["interviewee", "remove", review, "--name", "ana lima"])
    #expect(remove.status == 0, "\(remove.standardError)")
    #expect(
      remove.standardOutput.contains(
        "Removed the interview of Ana Lima (moved to \(review)/.removed/ana-lima."))
    #expect(
      remove.standardOutput.contains("To undo: integrity interviewee restore \(review) --name 'Ana Lima'"))
    #expect(try Self.interviews(in: review + "/.removed").map(\.interview.name) == ["Ana Lima"])

    let status = try ProcessRun(Self.binary, ["status", review])
    #expect(status.standardOutput.contains("Interviews: 1\n"))
    #expect(!status.standardOutput.contains("Ana Lima"))
    let report = try ProcessRun(Self.binary, ["report", review, "--format", "json", "-o", "-", "--draft"])
    #expect(report.status == 0, "\(report.standardError)")
    #expect(!report.standardOutput.contains("Ana Lima"))
    let export = try ProcessRun(Self.binary, ["export", review, "--format", "csv"])
    #expect(export.status == 0, "\(export.standardError)")
    #expect(export.standardOutput.contains("José Díaz"))
    #expect(!export.standardOutput.contains("Ana Lima"))

    let restore = try ProcessRun(Self.binary, ["interviewee", "restore", review, "--name", "Ana Lima"])
    #expect(restore.status == 0, "\(restore.standardError)")
    #expect(
      restore.standardOutput.hasPrefix(
        "Restored the interview of Ana Lima (\(review)/interviews/ana-lima.json"))
    let back = try Self.interviews(in: review + "/interviews")
    #expect(back.map(\.file) == ["ana-lima.json", "jose-diaz.json"])
    #expect(back[0].interview.answers["oc-measurable"]?.score == 1)
  }

  @Test("a remove while the person's interview runs is refused with exit 75, and every answer stays")
  func removeDuringInterview() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let review = try folder.newReview()
    let interview = try LiveProcess(
      Self.binary, ["interview", review, "--name", "Ana Lima", "--role", "sponsor"])
    interview.send("Cut claim time from 5 days to 1 by 2027\n")
    #expect(interview.waitFor("question 2 of") != nil, "\(interview.output)")
    let remove = try ProcessRun(Self.binary, ["interviewee", "remove", review, "--name", "Ana Lima"])
    #expect(remove.status == 75)
    #expect(remove.standardError.contains("the interview of Ana Lima is in use by an interview of Ana Lima"))
    let rename = try ProcessRun(
      Self.binary, ["interviewee", "rename", review, "--name", "Ana Lima", "--to", "A"])
    #expect(rename.status == 75)
    interview.send("3\nsaid three\n")
    interview.closeInput()
    #expect(interview.waitForExit() == 0)
    let stored = try Self.interviews(in: review + "/interviews")
    #expect(stored.map(\.interview.name) == ["Ana Lima"])
    #expect(stored.first?.interview.answers.count == 2)
    #expect(try Self.interviews(in: review + "/.removed").isEmpty)
  }

  @Test("a remove racing an import of the same person loses no answer, whichever goes first")
  func removeRacingImport() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let review = try folder.newReview()
    for round in 0..<6 {
      let seed = try Self.importSheet(
        review, rows: "Ana Lima,sponsor,oc-measurable,\(round % 5),round \(round)\n", folder: folder.path)
      #expect(seed.status == 0, "\(seed.standardError)")
      var rows = "Ana Lima,sponsor,oc-single-owner,\((round + 1) % 5),imported \(round)\n"
      for index in 0..<400 { rows += "Person \(round)-\(index),sponsor,oc-measurable,2,x\n" }
      let path = folder.path + "/big.csv"
      try ("name,role,question,answer,evidence\n" + rows).write(
        toFile: path, atomically: false, encoding: .utf8)
      let importing = try LiveProcess(Self.binary, ["import", review, path])
      let remove = try ProcessRun(Self.binary, ["interviewee", "remove", review, "--name", "Ana Lima"])
      let imported = importing.waitForExit()
      #expect([0, 75].contains(remove.status), "\(remove.standardError)")
      #expect([0, 75].contains(imported), "\(importing.output)")
      // Every answer acknowledged is in a file, in interviews/ or in .removed/.
      let all = try Self.interviews(in: review + "/interviews") + Self.interviews(in: review + "/.removed")
      let ana = all.map(\.interview).filter { $0.name == "Ana Lima" }
      let texts = Set(ana.flatMap { $0.answers.values.compactMap(\.text) })
      #expect(texts.contains("round \(round)"))
      if imported == 0 { #expect(texts.contains("imported \(round)")) }
      // Start the next round with Ana removed from interviews/.
      if try Self.interviews(in: review + "/interviews").contains(where: { $0.interview.name == "Ana Lima" })
      {
        let again = try ProcessRun(Self.binary, ["interviewee", "remove", review, "--name", "Ana Lima"])
        #expect(again.status == 0, "\(again.standardError)")
      }
    }
  }
}

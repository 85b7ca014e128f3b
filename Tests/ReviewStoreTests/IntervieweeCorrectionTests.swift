import Foundation
import ReviewStore
import RubricEngine
import TestSupport
import Testing

/// Renaming, removing and restoring interviews in a folder held in memory.
@Suite("Interviewee corrections")
struct IntervieweeCorrectionTests {
  static let time = "2026-11-23T09:00:00Z"

  static func review(_ people: [(name: String, score: Int)]) throws -> (
    ReviewFolder, Rubric, InMemoryFileSystem
  ) {
    let files = InMemoryFileSystem()
    let rubric = try Fixtures.standardRubric()
    let folder = try ReviewFolder.create(
      at: "r", review: Fixtures.review(rubric), rubric: rubric, using: files)
    for person in people {
      let claim = try folder.claimInterview(name: person.name, rubric: rubric, holder: "a test")
      var interview = Interview(name: person.name, role: "sponsor", started: time, updated: time)
      interview.answers["oc-measurable"] = .scored(person.score, evidence: "said so", at: time)
      try folder.save(interview, slug: claim.slug)
      claim.lock.release()
    }
    return (folder, rubric, files)
  }

  @Test("rename changes the name in the file and the file's slug, keeping every answer")
  func rename() throws {
    let (folder, rubric, files) = try Self.review([("Jose Diaz", 3), ("Ana Lima", 1)])
    let change = try folder.renameInterviewee(
      "  jose   DIAZ", to: "Joseph Diaz", rubric: rubric, recorded: Self.time, holder: "t")
    #expect(change.path == "r/interviews/joseph-diaz.json")
    #expect(change.previousName == "Jose Diaz")
    #expect(files.files["r/interviews/jose-diaz.json"] == nil)
    let renamed = try folder.interview(slug: "joseph-diaz", rubric: rubric)
    #expect(renamed.name == "Joseph Diaz")
    #expect(renamed.answers["oc-measurable"]?.score == 3)
    #expect(try folder.interviewSlugs() == ["ana-lima", "joseph-diaz"])
  }

  @Test("a rename that only adds accents keeps the slug")
  func renameAccents() throws {
    let (folder, rubric, _) = try Self.review([("Jose Diaz", 3)])
    let change = try folder.renameInterviewee(
      "Jose Diaz", to: "José Díaz", rubric: rubric, recorded: Self.time, holder: "t")
    #expect(change.path == "r/interviews/jose-diaz.json")
    #expect(try folder.interview(slug: "jose-diaz", rubric: rubric).name == "José Díaz")
  }

  @Test("rename to someone already interviewed, or of someone unknown, is refused and changes nothing")
  func renameRefused() throws {
    let (folder, rubric, files) = try Self.review([("Jose Diaz", 3), ("Ana Lima", 1)])
    let before = files.files
    #expect(throws: ReviewStoreError.alreadyInterviewed(name: "Ana Lima", path: "r/interviews/ana-lima.json"))
    {
      try folder.renameInterviewee(
        "Jose Diaz", to: "ana lima", rubric: rubric, recorded: Self.time, holder: "t")
    }
    #expect(
      throws: ReviewStoreError.unknownInterviewee(
        name: "Bob", review: "r", interviewed: ["Ana Lima", "Jose Diaz"])
    ) {
      try folder.renameInterviewee("Bob", to: "Rob", rubric: rubric, recorded: Self.time, holder: "t")
    }
    #expect(files.files == before)
  }

  @Test("an interview held by another command is neither renamed nor removed")
  func held() throws {
    let (folder, rubric, files) = try Self.review([("Jose Diaz", 3)])
    files.heldLocks["r/interviews/.jose-diaz.lock"] = 4242
    files.lockHolders["r/interviews/.jose-diaz.lock"] = "an interview of Jose Diaz"
    let before = files.files
    let locked = ReviewStoreError.locked(
      what: "the interview of Jose Diaz", pid: 4242, holder: "an interview of Jose Diaz")
    #expect(throws: locked) {
      try folder.removeInterviewee("jose diaz", rubric: rubric, recorded: Self.time, holder: "t")
    }
    #expect(throws: locked) {
      try folder.renameInterviewee("jose diaz", to: "J", rubric: rubric, recorded: Self.time, holder: "t")
    }
    #expect(files.files == before)
  }

  @Test("remove moves the file to .removed/ with the date, and nothing reads it as an interview")
  func remove() throws {
    let (folder, rubric, files) = try Self.review([("Jose Diaz", 3), ("Ana Lima", 1)])
    let bytes = files.files["r/interviews/ana-lima.json"]
    let change = try folder.removeInterviewee("ANA LIMA", rubric: rubric, recorded: Self.time, holder: "t")
    #expect(change.path == "r/.removed/ana-lima.2026-11-23T090000Z.json")
    #expect(files.files[change.path] == bytes)
    #expect(try folder.interviews(rubric: rubric).map(\.slug) == ["jose-diaz"])
    let removed = folder.removedInterviews(rubric: rubric)
    #expect(removed.map(\.file) == ["ana-lima.2026-11-23T090000Z.json"])
    #expect(removed.map(\.name) == ["Ana Lima"])
  }

  @Test("restore puts the one removed copy back under a free slug")
  func restore() throws {
    let (folder, rubric, files) = try Self.review([("Ana Lima", 1)])
    let bytes = files.files["r/interviews/ana-lima.json"]
    _ = try folder.removeInterviewee("Ana Lima", rubric: rubric, recorded: Self.time, holder: "t")
    let change = try folder.restoreInterviewee("ana lima", file: nil, rubric: rubric, holder: "t")
    #expect(change.path == "r/interviews/ana-lima.json")
    #expect(files.files["r/interviews/ana-lima.json"] == bytes)
    #expect(folder.removedInterviews(rubric: rubric).isEmpty)
  }

  @Test("restore with several copies, or of a name interviewed again, is refused and overwrites nothing")
  func restoreRefused() throws {
    let (folder, rubric, files) = try Self.review([("Ana Lima", 1)])
    _ = try folder.removeInterviewee("Ana Lima", rubric: rubric, recorded: Self.time, holder: "t")
    let claim = try folder.claimInterview(name: "Ana Lima", rubric: rubric, holder: "t")
    try folder.save(
      Interview(name: "Ana Lima", role: "sponsor", started: Self.time, updated: Self.time), slug: claim.slug)
    claim.lock.release()
    #expect(throws: ReviewStoreError.alreadyInterviewed(name: "Ana Lima", path: "r/interviews/ana-lima.json"))
    {
      try folder.restoreInterviewee("Ana Lima", file: nil, rubric: rubric, holder: "t")
    }
    _ = try folder.removeInterviewee("Ana Lima", rubric: rubric, recorded: Self.time, holder: "t")
    let copies = ["ana-lima.2026-11-23T090000Z-2.json", "ana-lima.2026-11-23T090000Z.json"]
    #expect(folder.removedInterviews(rubric: rubric).map(\.file) == copies)
    let before = files.files
    #expect(throws: ReviewStoreError.severalRemoved(name: "Ana Lima", review: "r", copies: copies)) {
      try folder.restoreInterviewee("Ana Lima", file: nil, rubric: rubric, holder: "t")
    }
    #expect(files.files == before)
    let change = try folder.restoreInterviewee("Ana Lima", file: copies[1], rubric: rubric, holder: "t")
    #expect(change.previousPath == "r/.removed/" + copies[1])
    #expect(try folder.interview(slug: "ana-lima", rubric: rubric).answers["oc-measurable"]?.score == 1)
    #expect(throws: ReviewStoreError.notRemoved(name: "Bob", review: "r", removed: ["Ana Lima"])) {
      try folder.restoreInterviewee("Bob", file: nil, rubric: rubric, holder: "t")
    }
  }
}

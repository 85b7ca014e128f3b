import Foundation
import ReviewStore
import RubricEngine
import TestSupport
import Testing

@Suite("Review folders on disk")
struct ReviewFolderTests {
  @Test(
    "init writes review.json, the rubric snapshot and interviews/, as sorted pretty JSON with formatVersion")
  func create() throws {
    let disk = try Fixtures.TemporaryFolder()
    let rubric = try Fixtures.standardRubric()
    let folder = try ReviewFolder.create(
      at: disk.path + "/acme", review: Fixtures.review(rubric), rubric: rubric, using: LocalFileSystem())
    let review = try String(contentsOfFile: folder.reviewPath, encoding: .utf8)
    #expect(review.hasPrefix("{\n  \"adjustments\" : [\n\n  ],\n  \"client\" : \"Acme Insurance\",\n"))
    #expect(review.contains("\"formatVersion\" : 1"))
    #expect(try folder.review() == Fixtures.review(rubric))
    #expect(try folder.rubric(for: folder.review()) == rubric)
    #expect(try folder.interviewSlugs().isEmpty)
    let attributes = try FileManager.default.attributesOfItem(atPath: folder.reviewPath)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
  }

  @Test("init refuses a folder holding a review, and a non-empty folder, and changes nothing")
  func refuses() throws {
    let files = InMemoryFileSystem()
    let rubric = try Fixtures.standardRubric()
    _ = try ReviewFolder.create(at: "r", review: Fixtures.review(rubric), rubric: rubric, using: files)
    let before = files.files
    #expect(throws: ReviewStoreError.reviewExists(path: "r")) {
      try ReviewFolder.create(at: "r", review: Fixtures.review(rubric), rubric: rubric, using: files)
    }
    #expect(files.files == before)
    let other = InMemoryFileSystem(files: ["notes/a.txt": "x"], directories: ["notes"])
    #expect(throws: ReviewStoreError.folderNotEmpty(path: "notes")) {
      try ReviewFolder.create(at: "notes", review: Fixtures.review(rubric), rubric: rubric, using: other)
    }
  }

  @Test("a folder without review.json is not a review")
  func notAReview() {
    #expect(throws: ReviewStoreError.notAReview(path: "x")) {
      try ReviewFolder.open(at: "x", using: InMemoryFileSystem(directories: ["x"]))
    }
  }

  @Test("a rubric snapshot that is not the one review.json names is refused")
  func mismatch() throws {
    let files = InMemoryFileSystem()
    let rubric = try Fixtures.standardRubric()
    var review = Fixtures.review(rubric)
    review.rubric.version = "9.9.9"
    let folder = try ReviewFolder.create(at: "r", review: review, rubric: rubric, using: files)
    #expect(throws: ReviewStoreError.self) { try folder.rubric(for: folder.review()) }
  }

  @Test(
    "names become safe file names that never leave interviews/",
    arguments: [
      ("Dana Whitfield", "dana-whitfield"),
      ("Ana García-López", "ana-garcia-lopez"),
      ("../../x", "x"),
      ("/etc/passwd", "etc-passwd"),
      ("..", "interviewee"),
      ("\u{1B}[31mRed\u{07}", "31mred"),
      ("日本語", "interviewee"),
      (String(repeating: "a", count: 300), String(repeating: "a", count: 48)),
    ])
  func slugs(name: String, slug: String) {
    #expect(IntervieweeSlug.make(from: name) == slug)
    #expect(IntervieweeSlug.isValid(slug))
  }

  @Test("the same person, however their name is typed, keeps one file; a different person gets their own")
  func slugCollisions() throws {
    let files = InMemoryFileSystem()
    let rubric = try Fixtures.standardRubric()
    let folder = try ReviewFolder.create(
      at: "r", review: Fixtures.review(rubric), rubric: rubric, using: files)
    let dana = Interview(name: "Dana Lee", role: "sponsor", started: "t", updated: "t")
    let first = try folder.claimInterview(name: "Dana Lee", rubric: rubric, holder: "a test")
    try folder.save(dana, slug: first.slug)
    first.lock.release()
    let again = try folder.claimInterview(name: "  dana   LEE ", rubric: rubric, holder: "a test")
    #expect(again.slug == "dana-lee")
    #expect(again.stored == dana)
    again.lock.release()
    #expect(
      try folder.claimInterview(name: "Dana-Lee", rubric: rubric, holder: "a test").slug == "dana-lee-2")
  }

  @Test("a corrupt interview file is reported with its place, never overwritten, and the others still read")
  func corruptFile() throws {
    let files = InMemoryFileSystem()
    let rubric = try Fixtures.standardRubric()
    let folder = try ReviewFolder.create(
      at: "r", review: Fixtures.review(rubric), rubric: rubric, using: files)
    try folder.save(Interview(name: "Bo", role: "finance", started: "t", updated: "t"), slug: "bo")
    files.add("r/interviews/dana.json", bytes: Array(#"{"name": "Dana", "role": 7}"#.utf8))
    let before = files.files["r/interviews/dana.json"]
    #expect(throws: ReviewStoreError.self) {
      try folder.claimInterview(name: "Dana", rubric: rubric, holder: "t")
    }
    let results = try folder.interviews(rubric: rubric)
    #expect(results.map(\.slug) == ["bo", "dana"])
    #expect((try? results[0].result.get())?.name == "Bo")
    guard case .failure(let error) = results[1].result else {
      Issue.record("the corrupt file was read")
      return
    }
    #expect(
      error.description.contains("r/interviews/dana.json:1:26: $.role: expected a string, found a number"))
    #expect(files.files["r/interviews/dana.json"] == before)
  }

  @Test("answers to questions the rubric does not have, and scores out of range, are refused with their path")
  func invalidAnswers() throws {
    let rubric = try Fixtures.standardRubric()
    let text = """
      {"formatVersion": 1, "name": "Dana", "role": "sponsor", "started": "t", "updated": "t", "answers": {
        "oc-measurabel": {"status": "scored", "score": 3, "recorded": "t"},
        "oc-measurable": {"status": "scored", "score": 7, "recorded": "t"},
        "oc-outcome-statement": {"status": "scored", "score": 2, "recorded": "t"}
      }}
      """
    #expect(
      throws: DataFileError.invalid(
        file: "f",
        problems: [
          JSONProblem(
            path: JSONPath.root.appending("answers").appending("oc-measurabel"),
            position: SourcePosition(line: 2, column: 3),
            message: #"the rubric has no question "oc-measurabel"; did you mean "oc-measurable"?"#),
          JSONProblem(
            path: JSONPath.root.appending("answers").appending("oc-measurable").appending("score"),
            position: SourcePosition(line: 3, column: 50),
            message: "score 7 is outside the scale; scores run from 0 to 4"),
          JSONProblem(
            path: JSONPath.root.appending("answers").appending("oc-outcome-statement").appending("status"),
            position: SourcePosition(line: 4, column: 38),
            message: #""oc-outcome-statement" is a text question; its answer has status "text" or "skipped""#),
        ])
    ) {
      try InterviewDecoder(rubric: rubric).decode(Array(text.utf8), file: "f")
    }
  }
}

@Suite("Durable writes and locks on the real disk")
struct LocalFileSystemTests {
  @Test("a write replaces the file whole and leaves no temporary file behind")
  func durableWrite() throws {
    let disk = try Fixtures.TemporaryFolder()
    let files = LocalFileSystem()
    let path = disk.path + "/a.json"
    try files.write(Array("one".utf8), to: path)
    try files.write(Array("two".utf8), to: path)
    #expect(try files.readFile(at: path, limit: 10, followingLinks: false) == Array("two".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["a.json"])
  }

  @Test("a lock is exclusive while held, names its holder, and is free once released")
  func locks() throws {
    let disk = try Fixtures.TemporaryFolder()
    let files = LocalFileSystem()
    let path = disk.path + "/.x.lock"
    guard case .acquired(let lock) = try files.lock(path) else {
      Issue.record("the first lock was refused")
      return
    }
    // flock locks belong to the open file, so a second open in this process contends like another process would.
    guard case .heldByOther(let pid, _) = try files.lock(path) else {
      Issue.record("the second lock was granted")
      return
    }
    #expect(pid == getpid())
    lock.release()
    guard case .acquired = try files.lock(path) else {
      Issue.record("the lock was not freed")
      return
    }
  }
}

import Foundation
import ReviewStore
import RubricEngine
import TestSupport
import Testing

@Suite("Review folders: slugs, interrupted imports, stray files")
struct ReviewFolderSafetyTests {
  @Test("numbered slugs stay within what the reader accepts, for any number of namesakes")
  func numberedSlugs() {
    let base = String(repeating: "a", count: IntervieweeSlug.maximumLength)
    for number in [1, 2, 9, 10, 99, 999, 1_000, 1_005, 99_999, 1_000_000] {
      let slug = IntervieweeSlug.numbered(base, number)
      #expect(IntervieweeSlug.isValid(slug), "\(slug)")
      #expect(slug.hasSuffix(number == 1 ? "a" : "-\(number)"))
    }
    #expect(IntervieweeSlug.numbered("dana-lee", 2) == "dana-lee-2")
  }

  @Test("1,005 namesakes sharing a 48-character slug are all imported and all read back")
  func namesakes() throws {
    let files = InMemoryFileSystem.withStandardRubric()
    #expect(
      CommandRun(["init", "r", "--client", "A", "--program", "P", "--decision", "D"], fileSystem: files)
        .exitCode == .success)
    let stem = String(repeating: "x", count: 48)
    var sheet = "name,role,question,answer,evidence\n"
    for number in 0..<1_005 { sheet += "\(stem) \(number),finance,oc-measurable,2,\n" }
    let run = CommandRun(["import", "r", "-"], fileSystem: files, standardInput: sheet)
    #expect(run.exitCode == .success, "\(run.standardError)")
    let rubric = try Fixtures.standardRubric()
    let folder = try ReviewFolder.open(at: "r", using: files)
    let results = try folder.interviews(rubric: rubric)
    #expect(results.count == 1_005)
    #expect(results.allSatisfy { (try? $0.result.get()) != nil })
  }

  @Test("an import killed during its renames is finished by the next command that opens the review")
  func interruptedImport() throws {
    let disk = try Fixtures.TemporaryFolder()
    defer { disk.remove() }
    let review = disk.path + "/r"
    #expect(
      CommandRun(["init", review, "--client", "A", "--program", "P", "--decision", "D"]).exitCode == .success)
    let files = LocalFileSystem()
    let rubric = try Fixtures.standardRubric()
    var staged: [StagedWrite] = []
    for name in ["ana", "bo", "cy"] {
      let interview = Interview(name: name, role: "finance", started: "t", updated: "t")
      staged.append(
        try files.stage(try DataFileEncoder.encode(interview), for: review + "/interviews/\(name).json"))
    }
    let journal = staged.map {
      ($0.temporaryPath as NSString).lastPathComponent + "\t" + ($0.path as NSString).lastPathComponent + "\n"
    }.joined()
    try files.write(Array(journal.utf8), to: review + "/interviews/.import.journal")
    // The kill came after the first rename.
    try files.commit([staged[0]])
    let folder = try ReviewFolder.open(at: review, using: files)
    #expect(try folder.interviews(rubric: rubric).map(\.slug) == ["ana", "bo", "cy"])
    #expect(!FileManager.default.fileExists(atPath: review + "/interviews/.import.journal"))
  }

  @Test("temporary files of writers that are gone are reported, then removed by the next writer")
  func strayTemporaries() throws {
    let disk = try Fixtures.TemporaryFolder()
    defer { disk.remove() }
    let review = disk.path + "/r"
    #expect(
      CommandRun(["init", review, "--client", "A", "--program", "P", "--decision", "D"]).exitCode == .success)
    // A pid far above any running process, in both the earlier and the current naming.
    for name in [".bo.json.999999.tmp", ".bo.json.999998.1f3a.tmp", ".review.json.999997.77.tmp"] {
      let folder = name.hasPrefix(".review") ? review : review + "/interviews"
      try "half an answer".write(toFile: folder + "/" + name, atomically: false, encoding: .utf8)
    }
    let live = ".bo.json.\(ProcessInfo.processInfo.processIdentifier).ab.tmp"
    try "in flight".write(toFile: review + "/interviews/" + live, atomically: false, encoding: .utf8)
    let status = CommandRun(["status", review])
    #expect(
      status.standardOutput.contains("Left by interrupted writes: 3 temporary files (42 bytes)"),
      "\(status.standardOutput)")
    let imported = CommandRun(
      ["import", review, "-"],
      standardInput: "name,role,question,answer,evidence\nBo,finance,oc-measurable,2,x\n")
    #expect(imported.exitCode == .success)
    let left = try FileManager.default.contentsOfDirectory(atPath: review + "/interviews").filter {
      $0.hasSuffix(".tmp")
    }
    #expect(left == [live], "only the file of a process still running is kept")
    #expect(!FileManager.default.fileExists(atPath: review + "/.review.json.999997.77.tmp"))
  }

  @Test("a file in interviews/ that is not an interview file is listed with the reason, never skipped")
  func strangers() throws {
    let files = InMemoryFileSystem.withStandardRubric()
    #expect(
      CommandRun(["init", "r", "--client", "A", "--program", "P", "--decision", "D"], fileSystem: files)
        .exitCode == .success)
    files.add("r/interviews/Ana Lima.json", bytes: Array("{}".utf8))
    files.add("r/interviews/notes.txt", bytes: Array("x".utf8))
    let status = CommandRun(["status", "r"], fileSystem: files)
    #expect(status.exitCode == .failure)
    #expect(status.standardOutput.contains("interviews/Ana Lima.json"))
    #expect(status.standardOutput.contains("interviews/notes.txt"))
    #expect(status.standardOutput.contains("not an interview file"))
  }
}

@Suite("Writes the reader would refuse")
struct OversizedWriteTests {
  @Test("a rubric whose snapshot would pass the data-file limit is refused by init, and nothing is created")
  func oversizedSnapshot() throws {
    var rubric = try Fixtures.standardRubric()
    rubric.description = String(repeating: "d", count: DataFile.maximumSize)
    let files = InMemoryFileSystem()
    #expect(throws: ReviewStoreError.self) {
      try ReviewFolder.create(at: "r", review: Fixtures.review(rubric), rubric: rubric, using: files)
    }
    do {
      _ = try ReviewFolder.create(at: "r", review: Fixtures.review(rubric), rubric: rubric, using: files)
    } catch {
      #expect(error.description.contains("over the 5 MB that every command reads back; nothing was saved"))
    }
    #expect(files.itemKind(at: "r") == nil)
    #expect(files.files.isEmpty)
  }

  @Test("an interview that would pass the data-file limit is not saved, and the file on disk stays")
  func oversizedInterview() throws {
    let rubric = try Fixtures.standardRubric()
    let files = InMemoryFileSystem()
    let folder = try ReviewFolder.create(
      at: "r", review: Fixtures.review(rubric), rubric: rubric, using: files)
    var interview = Interview(name: "Bo", role: "finance", started: "t", updated: "t")
    try folder.save(interview, slug: "bo")
    let before = files.files["r/interviews/bo.json"]
    for question in rubric.questions.prefix(120) where question.kind == .scale {
      interview.answers[question.id] = .scored(2, evidence: String(repeating: "x", count: 200_000), at: "t")
    }
    #expect(throws: ReviewStoreError.self) { try folder.save(interview, slug: "bo") }
    #expect(files.files["r/interviews/bo.json"] == before)
  }
}

import ReviewStore
import RubricEngine
import TestSupport
import Testing

/// The import transaction as a `ReviewFolder` operation, on a folder in memory: every file or none.
@Suite("Importing a sheet into a review folder, all or nothing")
struct ReviewFolderImportTests {
  /// A review holding Ana Lima (two answers) and Bo Chen (one), and the sheet that changes Ana's first
  /// answer, answers Bo's second question and brings in Cy Diaz and Dee Eng.
  static func review() throws -> (files: FaultyFileSystem, rubric: Rubric) {
    let rubric = try Fixtures.standardRubric()
    let files = FaultyFileSystem()
    let folder = try ReviewFolder.create(
      at: "r", review: Fixtures.review(rubric), rubric: rubric, using: files)
    let first = """
      name,role,question,answer,evidence
      Ana Lima,sponsor,oc-measurable,3,said three
      Ana Lima,sponsor,oc-shared-definition,2,
      Bo Chen,sponsor,oc-measurable,2,

      """
    _ = try folder.importSheet(try document(first), rubric: rubric, recorded: "t0", holder: "an import")
    return (files, rubric)
  }

  static let sheet = """
    name,role,question,answer,evidence
    Ana Lima,sponsor,oc-measurable,1,said one
    Ana Lima,sponsor,oc-shared-definition,2,
    Bo Chen,sponsor,oc-shared-definition,4,
    Cy Diaz,sponsor,oc-measurable,0,
    Dee Eng,sponsor,oc-measurable,n/a,

    """

  static func document(_ text: String = sheet) throws -> CSVDocument {
    try CSVDocument.parse(Array(text.utf8))
  }

  /// Imports `sheet` into the review `r` of `files`.
  static func importSheet(
    _ files: FaultyFileSystem, rubric: Rubric, replace: Bool = true, steps: ((ImportStep) -> Void)? = nil
  ) throws -> ImportOutcome {
    try ReviewFolder.open(at: "r", using: files).importSheet(
      try document(), rubric: rubric, recorded: "t1", holder: "an import", replace: replace, progress: steps)
  }

  /// The interview files' bytes, by path, and every other file of the review (temporaries, the journal).
  static func snapshot(_ files: FaultyFileSystem) -> [String: [UInt8]] {
    files.memory.files.filter { $0.key.hasPrefix("r/") }
  }

  @Test("a sheet imports whole: every person written, counted, and the steps reported in order")
  func whole() throws {
    let (files, rubric) = try Self.review()
    var steps: [ImportStep] = []
    let outcome = try Self.importSheet(files, rubric: rubric) { steps.append($0) }
    #expect(outcome.names == ["Ana Lima", "Bo Chen", "Cy Diaz", "Dee Eng"])
    #expect(outcome.newCount == 2)
    #expect((outcome.newAnswers, outcome.changedAnswers, outcome.unchangedAnswers) == (3, 1, 1))
    let stored = try ReviewFolder.open(at: "r", using: files).interviews(rubric: rubric).map {
      try $0.result.get()
    }
    #expect(stored.map(\.name) == ["Ana Lima", "Bo Chen", "Cy Diaz", "Dee Eng"])
    #expect(stored[0].answers["oc-measurable"]?.score == 1)
    #expect(stored[1].answers["oc-shared-definition"]?.score == 4)
    #expect(stored[3].answers["oc-measurable"]?.status == .notApplicable)
    #expect(Self.snapshot(files).keys.allSatisfy { !$0.hasSuffix(".tmp") && !$0.hasSuffix(".journal") })
    #expect(steps.first == .reading(done: 1, total: 2))
    #expect(steps.contains(.reading(done: 2, total: 2)))
    let checked = try #require(steps.firstIndex(of: .checked))
    #expect(steps[..<checked].allSatisfy { if case .reading = $0 { true } else { false } })
    #expect(steps[(checked + 1)...].allSatisfy { if case .importing = $0 { true } else { false } })
    #expect(steps.last == .importing(done: 4, total: 4))
    #expect(files.memory.heldLocks.isEmpty, "every lock is released")
  }

  @Test(
    "when any one file cannot be staged, or the batch cannot be synced, no file changes and none is left",
    arguments: [
      Fault.stage("r/interviews/ana-lima.json"), .stage("r/interviews/bo-chen.json"),
      .stage("r/interviews/cy-diaz.json"), .stage("r/interviews/dee-eng.json"), .sync,
    ])
  func oneFileFails(fault: Fault) throws {
    let (files, rubric) = try Self.review()
    let before = Self.snapshot(files)
    files.fault = fault
    let failed: FileSystemError
    switch fault {
    case .stage(let path): failed = .noSpace(path: path)
    case .sync: failed = .noSpace(path: "r/interviews")
    }
    #expect(throws: ImportError.refused(.fileSystem(failed))) {
      try Self.importSheet(files, rubric: rubric)
    }
    #expect(files.faultsMet == 1, "the fault was reached")
    #expect(Self.snapshot(files) == before)
    #expect(files.memory.heldLocks.isEmpty, "every lock is released")
  }

  @Test("while another command holds one person, nobody is written and the refusal names the holder")
  func personHeld() throws {
    let (files, rubric) = try Self.review()
    let before = Self.snapshot(files)
    let staged = files.stagedCount
    for (slug, key) in [("bo-chen", "bo chen"), ("dee-eng", "dee eng")] {
      let lock = "r/interviews/.\(slug).lock"
      files.memory.heldLocks = [lock: 4242]
      files.memory.lockHolders = [lock: "an interview\nperson: \(key)"]
      let name = slug == "bo-chen" ? "Bo Chen" : "Dee Eng"
      #expect(
        throws: ImportError.refused(
          .locked(what: "the interview of \(name)", pid: 4242, holder: "an interview"))
      ) { try Self.importSheet(files, rubric: rubric) }
      #expect(Self.snapshot(files) == before)
      #expect(files.memory.heldLocks == [lock: 4242], "the import's own locks are released")
      #expect(files.stagedCount == staged, "nothing was even staged")
    }
  }

  @Test("while another command holds the interviews folder, nothing is read under it or written")
  func folderHeld() throws {
    let (files, rubric) = try Self.review()
    let before = Self.snapshot(files)
    let staged = files.stagedCount
    files.memory.heldLocks = ["r/interviews/.folder.lock": 77]
    files.memory.lockHolders = ["r/interviews/.folder.lock": "a rename"]
    #expect(
      throws: ImportError.refused(
        .locked(what: "the review's interviews folder", pid: 77, holder: "a rename"))
    ) { try Self.importSheet(files, rubric: rubric) }
    #expect(Self.snapshot(files) == before)
    #expect(files.stagedCount == staged)
  }

  @Test("an import's journal is left to it while it holds the folder, and finished once it is gone")
  func journalOfARunningImport() throws {
    let (files, rubric) = try Self.review()
    // Another process is part-way through its renames: its journal and one staged file are on disk.
    var cy = Interview(name: "Cy Diaz", role: "sponsor", started: "t2", updated: "t2")
    cy.answers["oc-measurable"] = .scored(1, evidence: "", at: "t2")
    let staged = try files.stage(try DataFileEncoder.encode(cy), for: "r/interviews/cy-diaz.json")
    let journal = String(staged.temporaryPath.split(separator: "/").last ?? "") + "\tcy-diaz.json\n"
    try files.memory.write(Array(journal.utf8), to: "r/interviews/.import.journal")
    files.memory.heldLocks = ["r/interviews/.folder.lock": 4242]
    let during = Self.snapshot(files)
    _ = try ReviewFolder.open(at: "r", using: files)
    #expect(Self.snapshot(files) == during, "its files are its own to rename")
    files.memory.heldLocks = [:]
    let folder = try ReviewFolder.open(at: "r", using: files)
    #expect(try folder.interviews(rubric: rubric).map(\.slug) == ["ana-lima", "bo-chen", "cy-diaz"])
    #expect(files.memory.files["r/interviews/.import.journal"] == nil)
    #expect(files.memory.files[staged.temporaryPath] == nil)
  }

  @Test("answers that would change are listed and nothing is written without replace")
  func wouldReplace() throws {
    let (files, rubric) = try Self.review()
    let before = Self.snapshot(files)
    do {
      _ = try Self.importSheet(files, rubric: rubric, replace: false)
      Issue.record("imported without replace")
    } catch {
      guard let failure = error as? ImportError, case .refused(.wouldReplaceAnswers(let changes)) = failure
      else {
        Issue.record("\(error)")
        return
      }
      #expect(changes.map(\.name) == ["Ana Lima"])
      #expect(changes.map(\.question) == ["oc-measurable"])
      #expect(changes.map(\.old.score) == [3])
      #expect(changes.map(\.new.score) == [1])
    }
    #expect(Self.snapshot(files) == before)
  }

  @Test("bad rows are all reported, and an unreadable interview stops the import, before any lock")
  func refusedBeforeLocking() throws {
    let (files, rubric) = try Self.review()
    let folder = try ReviewFolder.open(at: "r", using: files)
    let locks = files.memory.lockFiles
    let bad = "name,role,question,answer,evidence\nAna Lima,sponsor,nope,1,\nBo,sponsor,oc-measurable,9,\n"
    var steps: [ImportStep] = []
    #expect {
      try folder.importSheet(
        Self.document(bad), rubric: rubric, recorded: "t1", holder: "an import",
        progress: { steps.append($0) })
    } throws: { error in
      guard case ImportError.badRows(let problems) = error else { return false }
      return problems.rows.map(\.line) == [2, 3]
    }
    #expect(!steps.contains(.checked))
    files.memory.add("r/interviews/eve.json", bytes: Array("{".utf8))
    let before = Self.snapshot(files)
    #expect {
      try folder.importSheet(Self.document(), rubric: rubric, recorded: "t1", holder: "an import")
    } throws: { error in
      guard case ImportError.unreadableInterview(.invalidFile(let problem)) = error else { return false }
      return problem.description.contains("r/interviews/eve.json")
    }
    #expect(Self.snapshot(files) == before)
    #expect(files.memory.lockFiles == locks, "no lock was taken")
  }
}

/// Where a `FaultyFileSystem` fails: staging one file, or syncing the staged batch.
enum Fault: Sendable, CustomStringConvertible {
  case stage(String)
  case sync

  var description: String {
    switch self {
    case .stage(let path): return "staging \(path)"
    case .sync: return "syncing"
    }
  }
}

/// An in-memory folder that fails with a full disk at one chosen place, to show that an import that meets
/// it leaves the review as it was.
final class FaultyFileSystem: FileSystem {
  let memory = InMemoryFileSystem()
  var fault: Fault?
  /// How many times the fault was met.
  private(set) var faultsMet = 0
  /// How many files were staged.
  private(set) var stagedCount = 0

  func readFile(at path: String, limit: Int, followingLinks: Bool) throws(FileSystemError) -> [UInt8] {
    try memory.readFile(at: path, limit: limit, followingLinks: followingLinks)
  }
  func fileSize(at path: String) throws(FileSystemError) -> Int { try memory.fileSize(at: path) }
  func readPieces(at path: String, _ body: ([UInt8]) -> Void) throws(FileSystemError) {
    try memory.readPieces(at: path, body)
  }
  func itemKind(at path: String, followingLinks: Bool) -> FileItemKind? {
    memory.itemKind(at: path, followingLinks: followingLinks)
  }
  func contentsOfDirectory(at path: String, includingHidden: Bool) throws(FileSystemError) -> [String] {
    try memory.contentsOfDirectory(at: path, includingHidden: includingHidden)
  }
  func createDirectory(at path: String) throws(FileSystemError) { try memory.createDirectory(at: path) }
  func stage(_ bytes: [UInt8], for path: String, synced: Bool) throws(FileSystemError) -> StagedWrite {
    if case .stage(let failing) = fault, failing == path {
      faultsMet += 1
      throw .noSpace(path: path)
    }
    stagedCount += 1
    return try memory.stage(bytes, for: path, synced: synced)
  }
  func sync(_ staged: [StagedWrite]) throws(FileSystemError) {
    if case .sync = fault {
      faultsMet += 1
      throw .noSpace(path: "r/interviews")
    }
    try memory.sync(staged)
  }
  func commit(_ staged: [StagedWrite]) throws(FileSystemError) { try memory.commit(staged) }
  func discard(_ staged: [StagedWrite]) { memory.discard(staged) }
  func writeInPlace(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
    try memory.writeInPlace(bytes, to: path)
  }
  func removeFile(at path: String) throws(FileSystemError) { try memory.removeFile(at: path) }
  func moveItem(from source: String, to destination: String) throws(FileSystemError) {
    try memory.moveItem(from: source, to: destination)
  }
  func syncFolder(at path: String) throws(FileSystemError) { try memory.syncFolder(at: path) }
  func removeTree(at path: String) throws(FileSystemError) { try memory.removeTree(at: path) }
  func lock(_ path: String, holder: String, waiting: Bool) throws(FileSystemError) -> LockAttempt {
    try memory.lock(path, holder: holder, waiting: waiting)
  }
  func isProcessAlive(_ pid: Int32) -> Bool { memory.isProcessAlive(pid) }
  var currentProcess: Int32 { memory.currentProcess }
  func identity(of path: String) -> FileIdentity? { memory.identity(of: path) }
}

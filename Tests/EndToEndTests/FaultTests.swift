import Foundation
import RubricEngine
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Crashes and a failing disk: SIGKILL during imports, a full disk and a read-only folder under real
/// interviews. The disk faults need a small tmpfs, which only root can mount: CI runs as root.
@Suite("Crashes and disk faults", .serialized)
struct FaultTests {
  static var binary: URL { RepositoryPaths.integrityBinary }

  static func interviews(_ review: String) throws -> [Interview] {
    let rubric = try Fixtures.standardRubric()
    let folder = review + "/interviews"
    return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }
      .sorted().map {
        try InterviewDecoder(rubric: rubric).decode(
          [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0))), file: $0)
      }
  }

  @Test(
    "an import killed with SIGKILL at random moments leaves every file whole; the next import completes it")
  func killImport() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let review = folder.path + "/r"
    #expect(
      try ProcessRun(Self.binary, ["init", review, "--client", "A", "--program", "P", "--decision", "D"])
        .status == 0)
    let questions = [
      "oc-shared-definition", "oc-measurable", "oc-single-owner", "db-alternatives", "dr-escalation",
      "gr-outcome-reviews",
    ]
    var sheet = "name,role,question,answer,evidence\n"
    for person in 0..<300 {
      for (index, question) in questions.enumerated() {
        sheet +=
          "Person \(person),sponsor,\(question),\((person + index) % 5),\"Evidence \(person)-\(index), with a comma\"\n"
      }
    }
    let path = folder.path + "/big.csv"
    try sheet.write(toFile: path, atomically: false, encoding: .utf8)
    var generator = SeededGenerator(seed: 77)
    for _ in 0..<10 {
      let live = try LiveProcess(Self.binary, ["import", review, path, "--replace"])
      usleep(UInt32.random(in: 0...250_000, using: &generator))
      live.killHard()
      // Each interview file is written whole: every one present holds all six answers of its person.
      for interview in try Self.interviews(review) {
        #expect(
          interview.answers.count == questions.count,
          "\(interview.name) has \(interview.answers.count) answers")
      }
    }
    let last = try ProcessRun(Self.binary, ["import", review, path, "--replace"])
    #expect(last.status == 0, "\(last.standardError)")
    let all = try Self.interviews(review)
    #expect(all.count == 300)
    #expect(all.allSatisfy { $0.answers.count == questions.count })
  }

  /// Whether a small tmpfs can be mounted here (root on Linux).
  static let canMount: Bool = {
    guard getuid() == 0, let point = try? Fixtures.TemporaryFolder() else { return false }
    let mounted =
      (try? ProcessRun(
        URL(fileURLWithPath: "/bin/mount"), ["-t", "tmpfs", "-o", "size=64k", "tmpfs", point.path]))?.status
      == 0
    if mounted { _ = try? ProcessRun(URL(fileURLWithPath: "/bin/umount"), [point.path]) }
    return mounted
  }()

  @Test(
    "a full disk and a read-only folder give a clear error and leave the previous interview file intact",
    .enabled(if: canMount))
  func diskFaults() throws {
    let point = try Fixtures.TemporaryFolder()
    #expect(
      try ProcessRun(
        URL(fileURLWithPath: "/bin/mount"), ["-t", "tmpfs", "-o", "size=512k", "tmpfs", point.path]
      ).status == 0)
    defer { _ = try? ProcessRun(URL(fileURLWithPath: "/bin/umount"), [point.path]) }
    let review = point.path + "/r"
    #expect(
      try ProcessRun(Self.binary, ["init", review, "--client", "A", "--program", "P", "--decision", "D"])
        .status == 0)
    let first = try ProcessRun(
      Self.binary, ["interview", review, "--name", "Dana", "--role", "sponsor"],
      standardInput: "Halve it by 2027\n3\nmemo\nq\n")
    #expect(first.status == 0, "\(first.standardError)")
    let file = review + "/interviews/dana.json"
    let before = try Data(contentsOf: URL(fileURLWithPath: file))

    // Fill the disk, leaving less room than an interview file needs.
    #expect(FileManager.default.createFile(atPath: point.path + "/filler", contents: nil))
    let filler = FileHandle(forWritingAtPath: point.path + "/filler")
    let chunk = Data(repeating: 0x41, count: 1024)
    while (try? filler?.write(contentsOf: chunk)) != nil {}
    try? filler?.close()
    let full = try ProcessRun(
      Self.binary, ["interview", review, "--name", "Dana", "--role", "sponsor"], standardInput: "2\n\n")
    #expect(full.status == 1)
    #expect(
      full.standardError.contains("the disk is full; free some space and try again"), "\(full.standardError)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    try FileManager.default.removeItem(atPath: point.path + "/filler")

    #expect(try ProcessRun(URL(fileURLWithPath: "/bin/mount"), ["-o", "remount,ro", point.path]).status == 0)
    let readOnly = try ProcessRun(
      Self.binary, ["interview", review, "--name", "Dana", "--role", "sponsor"], standardInput: "2\n\n")
    #expect(readOnly.status == 1)
    #expect(readOnly.standardError.contains("read-only"), "\(readOnly.standardError)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    let status = try ProcessRun(Self.binary, ["status", review])
    #expect(status.status == 0, "reading still works: \(status.standardError)")
  }
}

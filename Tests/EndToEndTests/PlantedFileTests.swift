import Foundation
import IntegrityCLI
import ReviewStore
import RubricEngine
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Links, FIFOs and devices planted in a review or named by `-o`: nothing is written through a link, no
/// command waits on a FIFO, a device is written as a device, and the review's own files are never replaced.
@Suite("Planted links, FIFOs and devices", .serialized)
struct PlantedFileTests {
  static var binary: URL { RepositoryPaths.integrityBinary }

  /// A review with one interview (Bo, finance) in a new temporary folder.
  static func review() throws -> (folder: Fixtures.TemporaryFolder, path: String) {
    let folder = try Fixtures.TemporaryFolder()
    let path = folder.path + "/r"
    #expect(
      CommandRun(["init", path, "--client", "Acme", "--program", "Claims", "--decision", "Sign"]).exitCode
        == .success)
    let imported = CommandRun(
      ["import", path, "-"],
      standardInput: "name,role,question,answer,evidence\nBo,finance,oc-measurable,2,memo\n")
    #expect(imported.exitCode == .success)
    return (folder, path)
  }

  static func contents(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  @Test("a symlinked interviews folder is refused by every command, and nothing is written through it")
  func linkedInterviewsFolder() throws {
    let (folder, review) = try Self.review()
    defer { folder.remove() }
    let outside = folder.path + "/outside"
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: false)
    try FileManager.default.moveItem(atPath: review + "/interviews", toPath: folder.path + "/moved")
    try FileManager.default.createSymbolicLink(atPath: review + "/interviews", withDestinationPath: outside)
    let sheet = "name,role,question,answer,evidence\nAna,sponsor,oc-measurable,3,x\n"
    for arguments in [["status", review], ["score", review], ["report", review], ["import", review, "-"]] {
      let run = CommandRun(arguments, standardInput: sheet)
      #expect(run.exitCode == .failure, "\(arguments)")
      #expect(run.standardError.contains("r/interviews: it is a symbolic link"), "\(run.standardError)")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
  }

  @Test("a symlinked interview file is reported, its target never read into a message, never written")
  func linkedInterviewFile() throws {
    let (folder, review) = try Self.review()
    defer { folder.remove() }
    let secret = folder.path + "/secret.txt"
    try "TOPSECRET first words".write(toFile: secret, atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: review + "/interviews/ana.json", withDestinationPath: secret)
    let status = CommandRun(["status", review])
    #expect(status.exitCode == .failure)
    #expect(
      status.standardOutput.contains("interviews/ana.json") || status.standardError.contains("ana.json"))
    let all = status.standardOutput + status.standardError
    #expect(all.contains("symbolic link"))
    #expect(!all.contains("TOPSECRET"))
    let imported = CommandRun(
      ["import", review, "-"],
      standardInput: "name,role,question,answer,evidence\nAna,sponsor,oc-measurable,3,x\n")
    #expect(imported.exitCode == .failure)
    #expect(!(imported.standardError.contains("TOPSECRET")))
    #expect(Self.contents(secret) == "TOPSECRET first words")
    let kind = try FileManager.default.attributesOfItem(atPath: review + "/interviews/ana.json")[.type]
    #expect(kind as? FileAttributeType == .typeSymbolicLink)
  }

  @Test("links planted at temporary-file names receive nothing; the saved file is a regular file")
  func plantedTemporaryLinks() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let target = folder.path + "/target.txt"
    try "untouched".write(toFile: target, atomically: false, encoding: .utf8)
    // The names earlier versions used, and the same with guesses at a suffix.
    for name in [".a.json.\(getpid()).tmp", ".a.json.\(getpid()).0.tmp", ".a.json.\(getpid() + 1).tmp"] {
      try FileManager.default.createSymbolicLink(
        atPath: folder.path + "/" + name, withDestinationPath: target)
    }
    let files = LocalFileSystem()
    for round in 0..<20 { try files.write(Array("secret \(round)".utf8), to: folder.path + "/a.json") }
    #expect(Self.contents(target) == "untouched")
    let kind = try FileManager.default.attributesOfItem(atPath: folder.path + "/a.json")[.type]
    #expect(kind as? FileAttributeType == .typeRegular)
    #expect(Self.contents(folder.path + "/a.json") == "secret 19")
  }

  @Test("a FIFO in place of review.json or an interview file makes every reader stop at once with exit 1")
  func fifos() throws {
    for planted in ["interviews/ana.json", "review.json"] {
      let (folder, review) = try Self.review()
      defer { folder.remove() }
      let path = review + "/" + planted
      try? FileManager.default.removeItem(atPath: path)
      #expect(mkfifo(path, 0o600) == 0)
      for arguments in [
        ["status", review], ["score", review], ["report", review], ["export", review, "--format", "csv"],
        ["import", review, "-"],
      ] {
        let live = try LiveProcess(Self.binary, arguments)
        live.closeInput()
        let status = live.waitForExit(timeout: 15)
        if status == nil { live.killHard() }
        #expect(status == 1, "\(planted) \(arguments): \(live.output)")
        #expect(live.output.contains("FIFO"), "\(planted) \(arguments): \(live.output)")
      }
    }
  }

  @Test(
    "a FIFO, a link or a folder in place of documents.json or evidence.json: readers stop, writers refuse")
  func plantedEvidenceFiles() throws {
    for name in ["documents.json", "evidence.json"] {
      for kind in ["fifo", "link", "folder"] {
        let (folder, review) = try Self.review()
        defer { folder.remove() }
        let path = review + "/" + name
        let outside = folder.path + "/outside.json"
        switch kind {
        case "fifo": #expect(mkfifo(path, 0o600) == 0)
        case "link":
          try #"{"formatVersion": 1, "documents": [], "evidence": []}"#.write(
            toFile: outside, atomically: false, encoding: .utf8)
          try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: outside)
        default: try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        }
        let expected = ["fifo": "FIFO", "link": "symbolic link", "folder": "folder"][kind] ?? ""
        for arguments in [
          ["score", review], ["report", review], ["evidence", "list", review], ["document", "list", review],
          ["document", "add", review, "--id", "x", "--title", "X"],
          ["evidence", "add", review, "--question", "oc-measurable", "--source", "observed", "--note", "n"],
          ["status", review],
        ] {
          if name == "evidence.json" && arguments.starts(with: ["document", "list"]) { continue }
          let live = try LiveProcess(Self.binary, arguments)
          live.closeInput()
          let status = live.waitForExit(timeout: 15)
          if status == nil { live.killHard() }
          #expect(status == 1, "\(name) \(kind) \(arguments): \(live.output)")
          #expect(live.output.contains(expected), "\(name) \(kind) \(arguments): \(live.output)")
        }
        if kind == "link" {
          #expect(Self.contents(outside) == #"{"formatVersion": 1, "documents": [], "evidence": []}"#)
        }
      }
    }
  }

  @Test("a non-regular file given to import or as a rubric is refused, never read forever")
  func devicesAsInput() throws {
    let (folder, review) = try Self.review()
    defer { folder.remove() }
    for arguments in [
      ["import", review, "/dev/zero"], ["rubric", "lint", "/dev/zero"], ["rubric", "show", "/dev/zero"],
      [
        "init", folder.path + "/new", "--client", "A", "--program", "P", "--decision", "D", "--rubric",
        "/dev/zero",
      ],
    ] {
      let live = try LiveProcess(Self.binary, arguments)
      let status = live.waitForExit(timeout: 15)
      if status == nil { live.killHard() }
      #expect(status == 1, "\(arguments): \(live.output)")
      #expect(live.output.contains("character device"), "\(arguments): \(live.output)")
    }
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/new"))
  }

  @Test("-o writes into a FIFO or a device as it is, and never replaces one with a file")
  func outputToDevices() throws {
    let (folder, review) = try Self.review()
    defer { folder.remove() }
    let fifo = folder.path + "/pipe"
    #expect(mkfifo(fifo, 0o600) == 0)
    let reader = try LiveProcess(URL(fileURLWithPath: "/bin/cat"), [fifo])
    let exported = try ProcessRun(Self.binary, ["export", review, "--format", "csv", "-o", fifo])
    #expect(exported.status == 0, "\(exported.standardError)")
    _ = reader.waitForExit()
    #expect(reader.output.hasPrefix("name,role,question,answer,evidence"))
    let kind = try FileManager.default.attributesOfItem(atPath: fifo)[.type]
    #expect(kind as? FileAttributeType == .typeCharacterSpecial || kind as? FileAttributeType != .typeRegular)
    let toNull = try ProcessRun(Self.binary, ["report", review, "--draft", "-o", "/dev/null"])
    #expect(toNull.status == 0, "\(toNull.standardError)")
    let null = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type]
    #expect(null as? FileAttributeType == .typeCharacterSpecial)
  }

  @Test("-o naming the review's own data is refused and the data stays byte for byte")
  func outputOverReviewData() throws {
    let (folder, review) = try Self.review()
    defer { folder.remove() }
    let before = try #require(Self.contents(review + "/review.json"))
    let interview = try #require(Self.contents(review + "/interviews/bo.json"))
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/alias.json", withDestinationPath: review + "/interviews/bo.json")
    for arguments in [
      ["report", review, "--draft", "-o", review + "/review.json"],
      ["export", review, "--format", "csv", "-o", review + "/review.json"],
      ["report", review, "--draft", "-o", review + "/interviews/bo.json", "--force"],
      ["report", review, "--draft", "-o", folder.path + "/alias.json", "--force"],
      ["export", review, "--format", "csv", "-o", review + "/interviews/new.json"],
      ["report", review, "--draft", "-o", review + "/rubric.json", "--force"],
    ] {
      let run = CommandRun(arguments)
      #expect(run.exitCode == .failure, "\(arguments)")
      #expect(run.standardError.contains("one of the review's own data files"), "\(run.standardError)")
    }
    #expect(Self.contents(review + "/review.json") == before)
    #expect(Self.contents(review + "/interviews/bo.json") == interview)
    #expect(!FileManager.default.fileExists(atPath: review + "/interviews/new.json"))
    #expect(CommandRun(["status", review]).exitCode == .success)
  }

  @Test("a file integrity did not write, or one edited since, is replaced only with --force")
  func outputsNotOurs() throws {
    let (folder, review) = try Self.review()
    defer { folder.remove() }
    let mine = folder.path + "/mine.csv"
    try "my own spreadsheet".write(toFile: mine, atomically: false, encoding: .utf8)
    let refused = CommandRun(["export", review, "--format", "csv", "-o", mine])
    #expect(refused.exitCode == .failure)
    #expect(refused.standardError.contains("was not written by integrity"))
    #expect(Self.contents(mine) == "my own spreadsheet")
    #expect(CommandRun(["export", review, "--format", "csv", "-o", mine, "--force"]).exitCode == .success)
    #expect(CommandRun(["export", review, "--format", "csv", "-o", mine]).exitCode == .success)

    #expect(CommandRun(["report", review, "--draft", "--date", "2026-12-01"]).exitCode == .success)
    #expect(CommandRun(["report", review, "--draft", "--date", "2026-12-02"]).exitCode == .success)
    let edited = (Self.contents(review + "/report.md") ?? "") + "\nA partner's note.\n"
    try edited.write(toFile: review + "/report.md", atomically: false, encoding: .utf8)
    let chartBefore = Self.contents(review + "/report-lenses.svg")
    let again = CommandRun(["report", review, "--draft", "--date", "2026-12-03"])
    #expect(again.exitCode == .failure)
    #expect(again.standardError.contains("was changed since integrity wrote it"))
    #expect(Self.contents(review + "/report.md") == edited)
    #expect(Self.contents(review + "/report-lenses.svg") == chartBefore, "nothing at all was written")
    #expect(
      CommandRun(["report", review, "--draft", "--date", "2026-12-03", "--force"]).exitCode == .success)
    #expect(Self.contents(review + "/report.md")?.contains("A partner's note.") == false)
  }

  @Test("a report that cannot be written leaves neither the chart nor the Markdown, and says so")
  func reportAllOrNothing() throws {
    let (folder, review) = try Self.review()
    defer { folder.remove() }
    try FileManager.default.createDirectory(
      atPath: folder.path + "/out-lenses.svg", withIntermediateDirectories: false)
    let run = CommandRun(["report", review, "--draft", "-o", folder.path + "/out.md"])
    #expect(run.exitCode == .failure)
    #expect(run.standardError.contains("nothing was written"))
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/out.md"))
  }

  @Test("adjust changes nothing when an interview file is broken")
  func adjustChangesNothing() throws {
    let (folder, review) = try Self.review()
    defer { folder.remove() }
    try "{ broken".write(toFile: review + "/interviews/ana.json", atomically: false, encoding: .utf8)
    let before = Self.contents(review + "/review.json")
    let run = CommandRun(["adjust", review, "--lens", "lock-in", "--rating", "sound", "--why", "seen"])
    #expect(run.exitCode == .failure)
    #expect(Self.contents(review + "/review.json") == before)
  }

  @Test("an init killed at random moments leaves no review or a whole one, and init then succeeds")
  func killedInit() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    var generator = SeededGenerator(seed: 11)
    for round in 0..<10 {
      let review = folder.path + "/r\(round)"
      let arguments = ["init", review, "--client", "A", "--program", "P", "--decision", "D"]
      let live = try LiveProcess(Self.binary, arguments)
      usleep(UInt32.random(in: 0...60_000, using: &generator))
      live.killHard()
      if FileManager.default.fileExists(atPath: review) {
        #expect(CommandRun(["status", review]).exitCode == .success, "round \(round): a partial review")
      } else {
        #expect(CommandRun(arguments).exitCode == .success, "round \(round)")
      }
      let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
        $0.hasPrefix(".r\(round).init-")
      }
      if !leftovers.isEmpty {
        // A later init of the same name clears what a killed one was building.
        try? FileManager.default.removeItem(atPath: review)
        #expect(CommandRun(arguments).exitCode == .success)
        #expect(
          try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasPrefix(".r\(round).init-")
          }
          .isEmpty)
      }
    }
  }
}

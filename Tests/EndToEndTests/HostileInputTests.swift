import Foundation
import IntegrityCLI
import ReviewStore
import TestSupport
import Testing

/// Malformed review files, interview files and CSV sheets (the rubric corpus is in RubricEngineTests): each
/// gives a clear error naming the file and the place, exits 1, and leaves every file byte-identical.
@Suite("Hostile input never crashes, changes or hides anything")
struct HostileInputTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Fixtures/Hostile")

  static func fixtures(_ kind: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent(kind).path)) ?? [])
      .sorted()
  }

  /// A new review on disk with one good interview (Bo, finance), in a temporary folder.
  static func review() throws -> (folder: Fixtures.TemporaryFolder, path: String) {
    let folder = try Fixtures.TemporaryFolder()
    let path = folder.path + "/r"
    let made = CommandRun(["init", path, "--client", "Acme", "--program", "Claims", "--decision", "Sign"])
    #expect(made.exitCode == .success)
    let imported = CommandRun(
      ["import", path, "-"],
      standardInput: "name,role,question,answer,evidence\nBo,finance,oc-measurable,2,memo\n")
    #expect(imported.exitCode == .success)
    return (folder, path)
  }

  /// Every file under `path` with its bytes, to compare before and after.
  static func snapshot(_ path: String) -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: path)
    while let name = enumerator?.nextObject() as? String {
      if let data = FileManager.default.contents(atPath: path + "/" + name) { files[name] = data }
    }
    return files
  }

  /// Whether `message` names `file` followed by a place: `:LINE:COLUMN:`, `:LINE:`, `: $.path` or the size.
  static func namesPlace(_ message: String, file: String) -> Bool {
    let escaped = NSRegularExpression.escapedPattern(for: file)
    let pattern = escaped + #"(:\d+(:\d+)?: |: \$[.\[:]|: \$: |: the file is \d+ bytes)"#
    return message.range(of: pattern, options: .regularExpression) != nil
  }

  @Test("the corpus holds at least 40 files across review, interview and CSV, with the rubric fixtures")
  func corpusSize() {
    let count = ["review", "interview", "csv"].reduce(0) { $0 + Self.fixtures($1).count }
    #expect(count >= 40)
  }

  @Test(
    "a broken review.json stops score and status with its place, and changes nothing",
    arguments: fixtures("review"))
  func brokenReview(name: String) throws {
    let (folder, review) = try Self.review()
    defer { folder.remove() }
    try FileManager.default.removeItem(atPath: review + "/review.json")
    try FileManager.default.copyItem(
      atPath: Self.corpus.path + "/review/" + name, toPath: review + "/review.json")
    let before = Self.snapshot(review)
    for arguments in [
      ["score", review], ["status", review], ["report", review, "--draft", "-o", "-"], ["export", review],
    ] {
      let run = CommandRun(arguments)
      #expect(run.exitCode == .failure, "\(name): \(arguments[0]) exited \(run.exitCode)")
      #expect(
        Self.namesPlace(run.standardError, file: review + "/review.json"), "\(name): \(run.standardError)")
    }
    #expect(Self.snapshot(review) == before)
  }

  @Test(
    "a broken interview file is named with its place; status still lists the others; nothing is overwritten",
    arguments: fixtures("interview"))
  func brokenInterview(name: String) throws {
    let (folder, review) = try Self.review()
    defer { folder.remove() }
    let file = review + "/interviews/dana.json"
    try FileManager.default.copyItem(atPath: Self.corpus.path + "/interview/" + name, toPath: file)
    let before = Self.snapshot(review)
    for arguments in [["score", review], ["export", review], ["report", review, "--draft", "-o", "-"]] {
      let run = CommandRun(arguments)
      #expect(run.exitCode == .failure, "\(name): \(arguments[0])")
      #expect(Self.namesPlace(run.standardError, file: file), "\(name): \(run.standardError)")
    }
    let status = CommandRun(["status", review])
    #expect(status.exitCode == .failure)
    #expect(status.standardOutput.contains("  Bo  "), "\(name): the good interview is not listed")
    #expect(Self.namesPlace(status.standardOutput, file: file), "\(name): \(status.standardOutput)")
    let interview = CommandRun(
      ["interview", review, "--name", "Dana", "--role", "sponsor"],
      terminal: ScriptedTerminal(lines: ["3", "x"]))
    #expect(interview.exitCode == .failure)
    #expect(Self.snapshot(review) == before, "\(name): a file changed")
  }

  // `*.accepted.csv` sheets import (FormulaCellProcessTests checks what they give); the others are refused.
  @Test(
    "a broken CSV is refused with its line, and nothing is imported",
    arguments: fixtures("csv").filter { !$0.hasSuffix(".accepted.csv") })
  func brokenSheet(name: String) throws {
    let (folder, review) = try Self.review()
    defer { folder.remove() }
    let sheet = Self.corpus.path + "/csv/" + name
    let before = Self.snapshot(review)
    let run = CommandRun(["import", review, sheet])
    #expect(run.exitCode == .failure, "\(name)")
    #expect(Self.namesPlace(run.standardError, file: sheet), "\(name): \(run.standardError)")
    #expect(Self.snapshot(review) == before)
  }

  @Test("a 10 MB line in each kind of file is refused with a clear error, quickly")
  func tenMegabyteLines() throws {
    let (folder, review) = try Self.review()
    defer { folder.remove() }
    let line = String(repeating: "x", count: 10 * 1024 * 1024)
    let sheet = folder.path + "/long.csv"
    try ("name,role,question,answer,evidence\n" + line + "\n").write(
      toFile: sheet, atomically: false, encoding: .utf8)
    let before = Self.snapshot(review)
    let imported = CommandRun(["import", review, sheet])
    #expect(imported.exitCode == .failure)
    #expect(imported.standardError.hasPrefix("\(sheet):2: 1 fields; every row has 5"))
    #expect(Self.snapshot(review) == before)
    let rubric = folder.path + "/long.json"
    try ("{\"id\": \"" + line + "\"}").write(toFile: rubric, atomically: false, encoding: .utf8)
    let lint = CommandRun(["rubric", "lint", rubric])
    #expect(lint.exitCode == .failure)
    #expect(lint.standardOutput.contains("files larger than 5 MB are refused"))
    try ("{\"name\": \"" + line + "\"}").write(
      toFile: review + "/interviews/long.json", atomically: false, encoding: .utf8)
    let score = CommandRun(["score", review])
    #expect(score.exitCode == .failure)
    #expect(Self.namesPlace(score.standardError, file: review + "/interviews/long.json"))
  }

  @Test("--help and --version do no file work")
  func startUp() {
    for arguments in [["--help"], ["--version"], ["help", "report"], ["report", "--help"]] {
      var looked = false
      let context = CommandContext.testing(
        standardOutput: BufferSink(), standardError: BufferSink(), readStandardInputBytes: { [] },
        fileSystem: InMemoryFileSystem(), environment: [:],
        locateStandardRubric: {
          looked = true
          return nil
        },
        locateExampleReview: {
          looked = true
          return nil
        })
      #expect(CommandLineInterface.run(arguments: arguments, context: context) == .success)
      #expect(!looked, "\(arguments) looked for the bundled files")
    }
  }
}

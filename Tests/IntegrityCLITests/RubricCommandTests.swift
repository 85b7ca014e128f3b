import Foundation
import IntegrityCLI
import TestSupport
import Testing

@Suite("integrity rubric lint and rubric show")
struct RubricCommandTests {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Golden")
  static let minimal = """
    {
      id: "mini", version: "1.0.0", title: "Mini",
      scale: [{value: 0, label: "A"}, {value: 1, label: "B"}, {value: 2, label: "C"}, {value: 3, label: "D"},
              {value: 4, label: "E"}],
      bands: [{rating: "sound", min: 3}, {rating: "at-risk", min: 2}, {rating: "unsound", min: 0}],
      roles: [{id: "sponsor", title: "Sponsor"}],
      lenses: [{id: "one", title: "One", summary: "The only lens.", questions: [
        {id: "q", kind: "text", prompt: "Say it.", help: "Listen."},
      ]}],
    }
    """

  @Test("lint passes the standard rubric with a one-line summary")
  func lintStandard() {
    let run = CommandRun(["rubric", "lint", RepositoryPaths.standardRubric.path])
    #expect(run.exitCode == .success)
    #expect(
      run.standardOutput
        == "\(RepositoryPaths.standardRubric.path): ok: decision-integrity 1.0.0, 7 lenses, 45 questions\n")
  }

  @Test("lint reports every file: valid ones, invalid ones, missing ones, and exits 1")
  func lintSeveral() {
    let files = InMemoryFileSystem(
      files: ["good.json": Self.minimal, "bad.json": #"{"id": "x"}"#], directories: ["folder"])
    let run = CommandRun(
      ["rubric", "lint", "good.json", "bad.json", "gone.json", "folder"], fileSystem: files)
    #expect(run.exitCode == .failure)
    #expect(
      run.standardOutput == """
        good.json: ok: mini 1.0.0, 1 lens, 1 question
        bad.json:1:1: $.version: required field is missing
        bad.json:1:1: $.title: required field is missing
        bad.json:1:1: $.scale: required field is missing
        bad.json:1:1: $.bands: required field is missing
        bad.json:1:1: $.roles: required field is missing
        bad.json:1:1: $.lenses: required field is missing
        gone.json: cannot read the file: no such file; check the path
        folder: cannot read the file: it is a folder, not a file

        """)
    #expect(run.standardError == "8 problems in 3 of 4 files\n")
  }

  @Test("lint reads standard input for -")
  func lintStandardInput() {
    let run = CommandRun(["rubric", "lint", "-"], standardInput: Self.minimal)
    #expect(run.exitCode == .success)
    #expect(run.standardOutput == "<stdin>: ok: mini 1.0.0, 1 lens, 1 question\n")
  }

  @Test("files over 5 MB are refused with a message, without being read")
  func lintOversized() {
    let files = InMemoryFileSystem()
    files.add("huge.json", bytes: [UInt8](repeating: 0x20, count: 5 * 1024 * 1024 + 1))
    let run = CommandRun(["rubric", "lint", "huge.json"], fileSystem: files)
    #expect(run.exitCode == .failure)
    #expect(
      run.standardOutput
        == "huge.json: the file is 5242881 bytes; files larger than 5 MB are refused here (is this the right file?)\n"
    )
  }

  @Test("show lists the standard rubric's lenses and questions in asking order")
  func showListing() throws {
    let run = CommandRun(["rubric", "show"], screenWidth: 80)
    #expect(run.exitCode == .success)
    if let mismatch = GoldenFile.mismatch(
      run.standardOutput, file: Self.golden.appendingPathComponent("rubric-show.txt"))
    {
      Issue.record(Comment(rawValue: mismatch))
    }
  }

  @Test("show --json prints the normalised rubric, which lints clean")
  func showJSON() {
    let files = InMemoryFileSystem(files: ["mini.json5": Self.minimal])
    let run = CommandRun(["rubric", "show", "mini.json5", "--json"], fileSystem: files)
    #expect(run.exitCode == .success)
    #expect(run.standardOutput.contains(#""weight" : 1"#))
    #expect(run.standardOutput.contains(#""formatVersion" : 1"#))
    files.add("normalised.json", bytes: Array(run.standardOutput.utf8))
    #expect(CommandRun(["rubric", "lint", "normalised.json"], fileSystem: files).exitCode == .success)
  }

  @Test("show takes --rubric, and refuses a rubric given twice")
  func showOption() {
    let files = InMemoryFileSystem(files: ["mini.json": Self.minimal])
    #expect(
      CommandRun(["rubric", "show", "--rubric", "mini.json"], fileSystem: files).standardOutput.hasPrefix(
        "Mini\n"))
    #expect(
      CommandRun(["rubric", "show", "mini.json", "--rubric", "mini.json"], fileSystem: files).exitCode
        == .usage)
  }

  @Test("without its bundled rubric, show says how to fix the installation and exits 1")
  func showWithoutBundle() {
    let run = CommandRun(["rubric", "show"], standardRubricPath: nil)
    #expect(run.exitCode == .failure)
    #expect(run.standardError.contains("the standard rubric was not found beside the integrity binary"))
    #expect(run.standardError.contains("--rubric PATH"))
  }

  @Test("show on an invalid rubric lists its problems and exits 1")
  func showInvalid() {
    let files = InMemoryFileSystem(files: ["bad.json": "{"])
    let run = CommandRun(["rubric", "show", "bad.json"], fileSystem: files)
    #expect(run.exitCode == .failure)
    #expect(
      run.standardError
        == "integrity: bad.json:1:2: unexpected end of file; the object opened at 1:1 is not closed\n")
  }
}

import Foundation
import TestSupport
import Testing

@Suite("The built integrity binary")
struct IntegrityBinaryTests {
  static var binary: URL { RepositoryPaths.integrityBinary }

  @Test("--version and --help exit 0 on stdout")
  func versionAndHelp() throws {
    let version = try ProcessRun(Self.binary, ["--version"])
    #expect(version.status == 0)
    #expect(version.standardOutput.hasPrefix("integrity "))
    let help = try ProcessRun(Self.binary, ["--help"])
    #expect(help.status == 0)
    #expect(help.standardOutput.contains("Exit codes:"))
  }

  @Test("finds its bundled standard rubric from any working directory")
  func bundledRubric() throws {
    let elsewhere = FileManager.default.temporaryDirectory
    let run = try ProcessRun(Self.binary, ["rubric", "show"], in: elsewhere)
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput.hasPrefix("Decision Integrity Review\n"))
    #expect(run.standardOutput.contains("7 lenses"))
  }

  @Test("lints the repository's rubric and exits 0; a broken one exits 1 with the problem on stdout")
  func lint() throws {
    let good = try ProcessRun(
      Self.binary, ["rubric", "lint", "Rubrics/decision-integrity.json"], in: RepositoryPaths.root)
    #expect(good.status == 0)
    #expect(
      good.standardOutput
        == "Rubrics/decision-integrity.json: ok: decision-integrity 1.0.0, 7 lenses, 45 questions\n")
    let bad = try ProcessRun(Self.binary, ["rubric", "lint", "-"], standardInput: "{\"id\": 1}")
    #expect(bad.status == 1)
    #expect(bad.standardOutput.hasPrefix("<stdin>:1:8: $.id: expected a string, found a number\n"))
  }

  @Test("a usage error exits 64 with the message on stderr")
  func usage() throws {
    let run = try ProcessRun(Self.binary, ["rubric", "shw"])
    #expect(run.status == 64)
    #expect(run.standardOutput.isEmpty)
    #expect(
      run.standardError.hasPrefix("integrity: unknown command 'rubric shw'; did you mean 'rubric show'?"))
  }
}

import Foundation
import MarkdownReport
import ReviewStore
import RubricEngine
import TestSupport
import Testing

/// `integrity report` on reviews with no or too little evidence, and what it says when it writes.
@Suite("Reports from too little")
struct ReportReadinessTests {
  static func review(people: Int) throws -> InMemoryFileSystem {
    let files = InMemoryFileSystem.withStandardRubric()
    try CommandRun.succeeding(
      ["init", "r", "--client", "A", "--program", "P", "--decision", "D"], fileSystem: files)
    guard people > 0 else { return files }
    var sheet = "name,role,question,answer,evidence\n"
    for index in 0..<people { sheet += "Person \(index),sponsor,oc-measurable,2,said \(index)\n" }
    files.add("a.csv", bytes: Array(sheet.utf8))
    try CommandRun.succeeding(["import", "r", "a.csv"], fileSystem: files)
    return files
  }

  @Test("no interviews: exit 1, nothing written, and the commands to run first")
  func empty() throws {
    let files = try Self.review(people: 0)
    for arguments in [["report", "r"], ["report", "r", "--draft"], ["report", "r", "--json"]] {
      let run = CommandRun(arguments, fileSystem: files)
      #expect(run.exitCode == .failure)
      #expect(run.standardError.contains("r has no interviews yet"))
      #expect(run.standardError.contains("integrity interview r --name NAME --role ROLE"))
      #expect(run.standardError.contains("integrity import r FILE.csv"))
    }
    #expect(files.files["r/report.md"] == nil && files.files["r/report.json"] == nil)
  }

  @Test("fewer than the minimum respondents on every lens: refused without --draft, marked with it")
  func draft() throws {
    let files = try Self.review(people: Method.standard.minimumRespondents - 1)
    let refused = CommandRun(["report", "r"], fileSystem: files)
    #expect(refused.exitCode == .failure)
    #expect(refused.standardError.contains("each needs \(Method.standard.minimumRespondents) with a score"))
    #expect(refused.standardError.contains("--draft"))
    #expect(files.files["r/report.md"] == nil)

    let written = CommandRun(["report", "r", "--draft", "--date", "2026-11-23"], fileSystem: files)
    #expect(written.exitCode == .success, "\(written.standardError)")
    #expect(
      written.standardOutput
        == "Wrote r/report.md and r/report-lenses.svg (a draft: insufficient evidence).\n"
        + "For Word: pandoc r/report.md --resource-path r -o report.docx\n")
    let markdown = try #require(files.text(at: "r/report.md"))
    // On page one, before anything else after the title block.
    let body = try #require(markdown.components(separatedBy: "---\n").dropFirst(2).first)
    #expect(body.hasPrefix("\n> **\(ClientReport.draftMarker).**"))

    let json = CommandRun(["report", "r", "--draft", "--json", "-o", "-"], fileSystem: files)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
    #expect(object["draft"] as? Bool == true)
  }

  @Test("with enough respondents on a lens the report is no draft, and --json is --format json")
  func enough() throws {
    let files = try Self.review(people: Method.standard.minimumRespondents)
    let run = CommandRun(["report", "r", "--date", "2026-11-23"], fileSystem: files)
    #expect(run.exitCode == .success, "\(run.standardError)")
    #expect(files.text(at: "r/report.md")?.contains(ClientReport.draftMarker) == false)
    #expect(run.standardOutput.hasPrefix("Wrote r/report.md and r/report-lenses.svg.\n"))
    let json = CommandRun(["report", "r", "--json", "-o", "-", "--date", "2026-11-23"], fileSystem: files)
    let format = CommandRun(
      ["report", "r", "--format", "json", "-o", "-", "--date", "2026-11-23"], fileSystem: files)
    #expect(json.standardOutput == format.standardOutput)
    #expect(!json.standardOutput.contains("\"draft\""))
    let clash = CommandRun(["report", "r", "--json", "--format", "markdown"], fileSystem: files)
    #expect(clash.exitCode == .usage)
  }
}

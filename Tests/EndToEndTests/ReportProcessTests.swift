import Foundation
import TestSupport
import Testing

@Suite("The demo, the committed example report, and pandoc", .serialized)
struct ReportProcessTests {
  static var binary: URL { RepositoryPaths.integrityBinary }

  /// Runs `integrity demo` into a new temporary folder and returns the folder and what the demo printed.
  static func demo() throws -> (folder: Fixtures.TemporaryFolder, demo: String, run: ProcessRun) {
    let folder = try Fixtures.TemporaryFolder()
    let run = try ProcessRun(binary, ["demo"], in: URL(fileURLWithPath: folder.path))
    return (folder, folder.path + "/integrity-demo", run)
  }

  @Test("integrity demo prints the scorecard and writes the report, and never overwrites")
  func demoRuns() throws {
    let (folder, demo, run) = try Self.demo()
    defer { folder.remove() }
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput.hasPrefix("Northwind Mutual · ClaimsNext\n"))
    #expect(run.standardOutput.contains("Verdict: NOT READY TO COMMIT (not-ready)"))
    #expect(
      run.standardOutput.contains(
        "Report: integrity-demo/report.md (chart: integrity-demo/report-lenses.svg; the work: "
          + "integrity-demo/report-artefact-backlog.svg, integrity-demo/report-artefact-roadmap.svg; "
          + "the outcome chain: integrity-demo/report-chain.svg)"))
    #expect(FileManager.default.fileExists(atPath: demo + "/report.md"))
    let again = try ProcessRun(Self.binary, ["demo"], in: URL(fileURLWithPath: folder.path))
    #expect(again.status == 1)
    #expect(again.standardError.contains("integrity-demo already exists; the demo never overwrites anything"))
  }

  @Test("the demo regenerates Reports/ byte for byte (RECORD_SNAPSHOTS=1 refreshes it)")
  func committedReport() throws {
    let (folder, demo, run) = try Self.demo()
    defer { folder.remove() }
    #expect(run.status == 0)
    for name in [
      "report.md", "report-lenses.svg", "report-artefact-backlog.svg", "report-artefact-roadmap.svg",
      "report-chain.svg",
    ] {
      let generated = try String(contentsOfFile: demo + "/" + name, encoding: .utf8)
      if let mismatch = GoldenFile.mismatch(
        generated, file: RepositoryPaths.root.appendingPathComponent("Reports/" + name))
      {
        Issue.record(Comment(rawValue: mismatch))
      }
    }
  }

  @Test("the same review and --date give byte-identical files; -o - writes Markdown to stdout")
  func reportCommand() throws {
    let (folder, demo, _) = try Self.demo()
    defer { folder.remove() }
    let first = try ProcessRun(
      Self.binary, ["report", demo, "-o", folder.path + "/a.md", "--date", "2026-11-02"])
    #expect(first.status == 0, "\(first.standardError)")
    #expect(
      first.standardOutput
        == "Wrote \(folder.path)/a.md, \(folder.path)/a-lenses.svg, \(folder.path)/a-artefact-backlog.svg, "
        + "\(folder.path)/a-artefact-roadmap.svg and \(folder.path)/a-chain.svg.\n"
        + "For Word: pandoc \(folder.path)/a.md --resource-path \(folder.path) -o report.docx\n"
    )
    let second = try ProcessRun(
      Self.binary, ["report", demo, "-o", folder.path + "/b.md", "--date", "2026-11-02"])
    #expect(second.status == 0)
    let a = try String(contentsOfFile: folder.path + "/a.md", encoding: .utf8)
    let b = try String(contentsOfFile: folder.path + "/b.md", encoding: .utf8)
    #expect(a.replacingOccurrences(of: "](a-", with: "](b-") == b)
    let stdout = try ProcessRun(Self.binary, ["report", demo, "-o", "-", "--date", "2026-11-02"])
    #expect(stdout.standardOutput.hasPrefix("---\ntitle: 'Decision Integrity Review: ClaimsNext'"))
    #expect(
      stdout.standardError
        == "Wrote \(demo)/report-lenses.svg, \(demo)/report-artefact-backlog.svg, "
        + "\(demo)/report-artefact-roadmap.svg and \(demo)/report-chain.svg.\n")
    let json = try ProcessRun(
      Self.binary, ["report", demo, "--format", "json", "-o", "-", "--date", "2026-11-02"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
    #expect(object["verdict"] as? String == "not-ready")
    #expect((object["lenses"] as? [Any])?.count == 7)
    #expect(try ProcessRun(Self.binary, ["report", demo, "--date", "2026-02-30"]).status == 64)
    #expect(try ProcessRun(Self.binary, ["report", demo, "--attribution", "everyone"]).status == 64)
  }

  @Test(
    "pandoc reads the demo report: ten tables, the metadata, four images (the charts), no link or raw HTML",
    .enabled(if: Pandoc.shouldRun))
  func pandocDemo() throws {
    let (folder, demo, _) = try Self.demo()
    defer { folder.remove() }
    let json = try Pandoc.run(["-f", "markdown", "-t", "json", demo + "/report.md"])
    #expect(json.status == 0, "\(json.standardError)")
    let counts = try Pandoc.elementCounts(json.standardOutput)
    // Scorecard, the backlog's and the roadmap's measures, outcome statements, scale, documents examined,
    // interviews, coverage, what findings rest on, what was said and shown by question.
    #expect(counts["Table"] == 10)
    #expect(counts["Image"] == 4)
    #expect(counts["Link", default: 0] == 0)
    #expect(counts["RawInline", default: 0] == 0 && counts["RawBlock", default: 0] == 0)
    #expect(try Pandoc.metadataKeys(json.standardOutput) == ["author", "date", "lang", "subtitle", "title"])
    let gfm = try Pandoc.run(["-f", "gfm", "-t", "json", demo + "/report.md"])
    #expect(try Pandoc.elementCounts(gfm.standardOutput)["Table"] == 10)
  }

  @Test(
    "hostile text in every field reaches pandoc, and GitHub's reader, as literal text",
    .enabled(if: Pandoc.shouldRun))
  func pandocHostile() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let evil =
      "<b onclick=x>B</b> [click](http://evil.example) ![i](x.png) https://evil.example *e* `c` | &amp; @cite $m$"
      + " :smile: :+1: \u{202E}"
    // Two lines that pandoc would read as a definition list, and a line that is an emoji code.
    let evilLines = evil + "\n: a definition\n:smile:"
    let review = folder.path + "/r"
    #expect(
      try ProcessRun(
        Self.binary,
        ["init", review, "--client", evil, "--program", evil, "--decision", evil, "--consultant", evil]
      ).status == 0)
    var csv = "name,role,question,answer,evidence\n"
    let quoted = "\"" + evilLines.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    for (index, role) in ["sponsor", "finance", "finance"].enumerated() {
      let name = "\"\(evil.replacingOccurrences(of: "\"", with: "\"\"")) \(index)\""
      csv += "\(name),\(role),oc-outcome-statement,\(quoted),\n"
      csv += "\(name),\(role),oc-outcome-owner,\(quoted),\n"
      csv += "\(name),\(role),oc-measurable,1,\(quoted)\n"
      csv += "\(name),\(role),oc-shared-definition,\(index == 0 ? 4 : 0),\(quoted)\n"
    }
    let imported = try ProcessRun(Self.binary, ["import", review, "-"], standardInput: csv)
    #expect(imported.status == 0, "\(imported.standardError)")
    #expect(
      try ProcessRun(
        Self.binary, ["adjust", review, "--lens", "lock-in", "--rating", "unsound", "--why", evil]
      ).status == 0)
    for attribution in ["roles", "anonymous", "names"] {
      let report = try ProcessRun(
        Self.binary, ["report", review, "--draft", "--attribution", attribution, "-o", "-"])
      #expect(report.status == 0, "\(report.standardError)")
      for reader in ["markdown", "gfm", "markdown+emoji", "gfm+emoji"] {
        let json = try Pandoc.run(["-f", reader, "-t", "json"], input: report.standardOutput)
        let counts = try Pandoc.elementCounts(json.standardOutput)
        #expect(counts["Image"] == 1, "\(attribution), \(reader): \(counts)")
        #expect(counts["Link", default: 0] == 0, "\(attribution), \(reader): a link")
        #expect(
          counts["RawInline", default: 0] == 0 && counts["RawBlock", default: 0] == 0,
          "\(attribution), \(reader)")
        #expect(
          counts["Math", default: 0] == 0 && counts["Cite", default: 0] == 0, "\(attribution), \(reader)")
        #expect(counts["DefinitionList", default: 0] == 0, "\(attribution), \(reader): a definition list")
        #expect(counts["Span", default: 0] == 0, "\(attribution), \(reader): an emoji")
        #expect(!json.standardOutput.contains("\u{202E}"), "\(attribution), \(reader): a bidi override")
      }
      let plain = try Pandoc.run(
        ["-f", "markdown", "-t", "plain", "--wrap=none"], input: report.standardOutput)
      #expect(plain.standardOutput.contains("<b onclick=x>B</b> [click](http://evil.example) ![i](x.png)"))
      #expect(plain.standardOutput.contains("$m$ :smile: :+1:"))
      #expect(plain.standardOutput.contains(": a definition"))
    }
  }
}

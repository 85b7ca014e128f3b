import ArtefactReading
import Foundation
import MarkdownReport
import ReviewStore
import RubricEngine

extension Command {
  /// `integrity report DIR ...`: the client report as Markdown with its chart, or as JSON.
  /// The formats `report` writes, the first the default.
  static let reportFormats = ["markdown", "json"]

  static let report = Command(
    name: "report",
    summary: "Write the client report: Markdown with a lens chart (or JSON), ready for pandoc and GitHub",
    usage:
      "integrity report DIR [-o FILE] [--attribution roles|anonymous|names] [--date YYYY-MM-DD] [--format markdown|json] [--json] [--draft] [--force]",
    arguments: [.reviewFolder],
    options: [
      .value(
        "output", short: "o", "FILE", .file,
        help: "Where to write (default DIR/report.md, or DIR/report.json); - is standard output. The chart "
          + "is written beside the report as NAME-lenses.svg."),
      .value(
        "attribution", "MODE", .choices(Attribution.allCases.map(\.rawValue)),
        help: "How quotes are attributed: roles (default; a role fewer than two of those asked hold shows "
          + "as \"a stakeholder\", a pool of two or more), anonymous, or names"),
      .value(
        "date", "YYYY-MM-DD", .date,
        help: "The report's date (default: today); the same review and date always give the same bytes"),
      .value("format", "FORMAT", .choices(reportFormats), help: "markdown (default) or json"),
      .flag("json", help: "The same as --format json"),
      .flag(
        "draft",
        help: "Write it even when no lens has enough respondents to be judged, marked \"Draft: insufficient "
          + "evidence\" at the top"),
      .flag(
        "force",
        help: "Replace an existing file that integrity did not write, or one edited since it wrote it "
          + "(without --force such a file is left untouched)"),
    ],
    details: """
      The report leads with the verdict and the most severe findings, then the scorecard and chart, the
      findings by lens with the evidence heard, the outcome statements and owners as given, and the method.
      Everything a person said is escaped, so no HTML, link or image can come from it. The report and its
      chart are written together or not at all; outputs.json in the review records what was written.
      A review with no interviews has no report (exit 1). When no lens has the
      respondents the method needs, the report is written only with --draft
      (otherwise exit 1, saying why).

      Examples:
        integrity report acme-review
        pandoc acme-review/report.md --resource-path acme-review \\
          -o acme-report.docx
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let output = try arguments.option("output", short: "o")
    let attributionText = try arguments.option("attribution") ?? "roles"
    let date = try arguments.option("date")
    let formatOption = try arguments.option("format")
    let json = try arguments.flag("json")
    let draft = try arguments.flag("draft")
    let force = try arguments.flag("force")
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    if json, let formatOption, formatOption != "json" {
      throw .usage("--json is --format json; it cannot go with --format \(formatOption)", command: "report")
    }
    let format = json ? "json" : formatOption ?? "markdown"
    guard let attribution = Attribution(rawValue: attributionText) else {
      throw .usage(
        "unknown attribution '\(attributionText)'; use roles, anonymous or names", command: "report")
    }
    guard reportFormats.contains(format) else {
      throw .usage("unknown format '\(format)'; use markdown or json", command: "report")
    }
    if let date, !ReportWriter.isCalendarDate(date) {
      throw .usage(
        "--date takes a date as YYYY-MM-DD, such as 2026-11-23; '\(date)' is not one", command: "report")
    }
    let opened = try OpenReview(directory, context: context)
    var writer = ReportWriter(
      opened: opened, attribution: attribution, date: date ?? ReportWriter.day(of: context.now()),
      force: force, draft: draft, context: context)
    let interviews = try opened.readableInterviews()
    let card = try opened.scorecard(interviews: interviews)
    let written = try writer.write(format: format, output: output, interviews: interviews, scorecard: card)
    let say = output == "-" ? context.warn : context.say
    if let last = written.last {
      let paths = written.count > 1 ? written.dropLast().joined(separator: ", ") + " and " + last : last
      say("Wrote \(paths)\(writer.isDraft ? " (a draft: insufficient evidence)" : "").")
    }
    if format == "markdown", let report = written.first, output != "-" {
      // The chart is beside the report, wherever -o put it.
      let folder =
        report.contains("/") ? String(report[..<(report.lastIndex(of: "/") ?? report.endIndex)]) : "."
      say("For Word: pandoc \(shellQuoted(report)) --resource-path \(shellQuoted(folder)) -o report.docx")
    }
    return .success
  }
}

/// Writes a review's report and chart through the file system, for `report` and `demo`.
struct ReportWriter {
  let opened: OpenReview
  let attribution: Attribution
  let date: String
  var force = false
  /// Whether a report of a review with too few respondents on every lens may be written, as a draft.
  var draft = false
  let context: CommandContext
  /// Whether what was written is a draft; set by `write`.
  private(set) var isDraft = false

  /// Writes the report in `format` to `output` (`nil`: the default path, `-`: standard output), from the
  /// review's readable interviews and their scorecard.
  /// - Returns: the paths written.
  mutating func write(
    format: String, output: String?, interviews: [Interview], scorecard: Scorecard
  ) throws(CommandError) -> [String] {
    let folder = shellQuoted(opened.folder.path)
    guard !interviews.isEmpty else {
      throw .failure(
        "\(opened.folder.path) has no interviews yet, so there is nothing to report. First:\n"
          + "  integrity interview \(folder) --name NAME --role ROLE\n"
          + "  or integrity import \(folder) FILE.csv")
    }
    let content = ReportContent(
      review: opened.review, rubric: opened.rubric, scorecard: scorecard, interviews: interviews,
      attribution: attribution, artefacts: try opened.artefacts(), chain: try opened.chain())
    isDraft = content.lacksRespondentsEverywhere
    if isDraft && !draft {
      throw .failure(
        "too few respondents to judge any lens (each needs \(scorecard.method.minimumRespondents) with a score); "
          + "nothing was written. Interview more people, or write a draft marked "
          + "\"\(ClientReport.draftMarker)\" with --draft.\n"
          + "To see who answered what: integrity status \(folder)")
    }
    if format == "json" {
      let bytes: [UInt8]
      do {
        bytes = try DataFileEncoder.encode(ReportJSON(content: content, date: date, draft: isDraft))
      } catch {
        throw .failure("cannot write the report as JSON: \(error)")
      }
      let path = output ?? opened.folder.path + "/report.json"
      if path == "-" {
        context.standardOutput.write(String(decoding: bytes, as: UTF8.self))
        return []
      }
      return try save([OutputFile(path: path, bytes: bytes)])
    }
    let reportPath = output ?? opened.folder.path + "/report.md"
    let chartPath: String
    // Standard output, a FIFO or a device has no folder to put the chart beside: it goes in the review.
    if reportPath == "-" || context.fileSystem.itemKind(at: reportPath).map(\.isSpecial) == true {
      chartPath = opened.folder.path + "/report-lenses.svg"
    } else {
      let url = URL(fileURLWithPath: reportPath)
      let stem = url.deletingPathExtension().lastPathComponent
      let folder = (reportPath as NSString).deletingLastPathComponent
      chartPath = (folder.isEmpty ? "" : folder + "/") + stem + "-lenses.svg"
    }
    let chartName = (chartPath as NSString).lastPathComponent
    // Each artefact's chart beside the lens chart: report-lenses.svg, report-artefact-backlog.svg.
    let chartStem = String(chartPath.dropLast("-lenses.svg".count))
    var charts = [
      OutputFile(path: chartPath, bytes: Array(LensChart.svg(content.scorecard, rubric: opened.rubric).utf8))
    ]
    var artefactCharts: [String: String] = [:]
    for artefact in content.artefacts {
      let path = chartStem + "-artefact-" + artefact.id + ".svg"
      charts.append(OutputFile(path: path, bytes: Array(ArtefactChart.svg(artefact).utf8)))
      artefactCharts[artefact.id] = (path as NSString).lastPathComponent
    }
    // The outcome chain's diagram, when the review has a chain: report-chain.svg, and report-chain-2.svg
    // and on where it takes more than a page.
    let chainPrefix = chartStem + "-chain"
    var chainCharts: [String] = []
    if !content.chain.nodes.isEmpty {
      let parts = ChainDiagram.svgs(content.chain, problems: content.chainProblems, owner: content.ownerName)
      for (index, svg) in parts.enumerated() {
        let path = chainPrefix + (index == 0 ? "" : "-\(index + 1)") + ".svg"
        charts.append(OutputFile(path: path, bytes: Array(svg.utf8)))
        chainCharts.append((path as NSString).lastPathComponent)
      }
    }
    let markdown = ClientReport(
      content: content, date: date, chartFile: chartName, draft: isDraft, artefactCharts: artefactCharts,
      chainCharts: chainCharts
    ).markdown()
    let written: [String]
    if reportPath == "-" {
      written = try save(charts)
      context.standardOutput.write(markdown)
    } else {
      written = try save([OutputFile(path: reportPath, bytes: Array(markdown.utf8))] + charts)
    }
    // The charts of artefacts removed since the last report go, and the chain's once the chain is emptied,
    // so that no removed data is left beside it.
    let artefactPrefix = chartStem + "-artefact-"
    do throws(ReviewStoreError) {
      let removed = try opened.folder.removeStaleOutputs(keeping: written) { file in
        (file.hasPrefix(artefactPrefix) || file.hasPrefix(chainPrefix)) && file.hasSuffix(".svg")
      }
      if !removed.isEmpty {
        context.warn(
          "Removed " + removed.joined(separator: ", ") + ": what it showed is gone from the review.")
      }
    } catch {
      context.warn("The charts of removed artefacts could not be cleared: \(error.description)")
    }
    return written
  }

  /// Writes the outputs together, or none of them.
  func save(_ outputs: [OutputFile]) throws(CommandError) -> [String] {
    do throws(ReviewStoreError) {
      return try opened.folder.writeOutputs(outputs, force: force, recorded: context.timestamp())
    } catch {
      if case .locked = error { throw CommandError(error) }
      throw .failure(error.description + "; nothing was written")
    }
  }

  /// The day of `date` in UTC, `YYYY-MM-DD`.
  static func day(of date: Date) -> String {
    String(date.formatted(.iso8601).prefix(10))
  }

  /// Whether `text` is a real calendar date written `YYYY-MM-DD`.
  static func isCalendarDate(_ text: String) -> Bool { CalendarDate.isValid(text) }
}

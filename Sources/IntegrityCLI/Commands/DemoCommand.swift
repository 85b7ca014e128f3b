import ArtefactReading
import Foundation
import MarkdownReport
import ReviewStore
import RubricEngine

extension Command {
  /// `integrity demo [--out DIR]`: the whole job on the bundled example review.
  static let demo = Command(
    name: "demo",
    summary: "Copy the bundled example review and write its report: the whole job, end to end",
    usage: "integrity demo [--out DIR]",
    options: [
      .value(
        "out", "DIR", .directory,
        help: "Where to put the example review (default: ./integrity-demo); it must not exist yet")
    ],
    details: """
      The example is fictional: Northwind Mutual, an insurer, deciding whether to sign a seven-year,
      £38 million contract for a new claims platform, with five stakeholders interviewed. The demo copies
      it, prints its scorecard, and writes the client report and chart into the folder.

      Example:
        integrity demo
        integrity score integrity-demo --explain outcome-clarity
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let directory = try arguments.option("out") ?? "integrity-demo"
    _ = try arguments.positionals(minimum: 0, maximum: 0, names: "")
    guard context.fileSystem.itemKind(at: directory) == nil else {
      throw .failure(
        "\(directory) already exists; the demo never overwrites anything. Remove it, or choose another "
          + "folder with --out DIR")
    }
    guard let example = context.locateExampleReview() else {
      throw .failure(
        "the example review was not found beside the integrity binary (it looks for the folder "
          + "DecisionIntegrity_ExampleReview.resources); reinstall as the README says")
    }
    let rubric = try RubricSelection(explicitPath: nil).load(in: context)
    try DemoCopier(source: example, destination: directory, context: context).copy(rubric: rubric)
    let opened = try OpenReview(directory, context: context)
    let interviews = try opened.readableInterviews()
    let card = try opened.scorecard(interviews: interviews)
    context.standardOutput.write(
      ScorecardText.render(
        card, review: opened.review, rubric: opened.rubric, folder: shellQuoted(directory),
        width: context.screenWidth))
    // The example's report is dated by its last recorded change, so it is the same on every machine, every day.
    let date = String(
      ([opened.review.created] + opened.review.adjustments.map(\.date) + interviews.map(\.updated)
        // What the chain shows is dated the day it is scored: never the example's date.
        + card.lenses.flatMap {
          $0.questions.flatMap { $0.evidence.filter { $0.id != ChainShown.evidenceID }.map(\.date) }
        })
        .max()?
        .prefix(10)
        ?? "")
    var writer = ReportWriter(opened: opened, attribution: .roles, date: date, context: context)
    let written = try writer.write(
      format: "markdown", output: nil, interviews: interviews, scorecard: card)
    context.say("")
    let charts = written.dropFirst(2)
    let work = charts.filter { $0.contains("-artefact-") }
    let chain = charts.filter { !$0.contains("-artefact-") }
    context.say(
      "Report: \(written[0]) (chart: \(written[1])"
        + (work.isEmpty ? "" : "; the work: " + work.joined(separator: ", "))
        + (chain.isEmpty ? "" : "; the outcome chain: " + chain.joined(separator: ", ")) + ")")
    context.say(
      "Convert it with pandoc: pandoc \(shellQuoted(written[0])) --resource-path \(shellQuoted(directory)) -o report.docx"
    )
    return .success
  }
}

/// Copies the bundled example review into a new folder, with the standard rubric as its snapshot.
struct DemoCopier {
  let source: String
  let destination: String
  let context: CommandContext

  func copy(rubric: Rubric) throws(CommandError) {
    let files = context.fileSystem
    let snapshot: [UInt8]
    do {
      snapshot = try DataFileEncoder.encode(rubric)
    } catch {
      throw .failure("cannot write the rubric snapshot: \(error)")
    }
    do throws(FileSystemError) {
      try files.createDirectory(at: destination)
      try files.createDirectory(at: destination + "/interviews")
      try files.write(snapshot, to: destination + "/rubric.json")
      for name in try files.contentsOfDirectory(at: source + "/interviews") where name.hasSuffix(".json") {
        try files.write(
          try files.readFile(
            at: source + "/interviews/" + name, limit: DataFile.maximumSize, followingLinks: true),
          to: destination + "/interviews/" + name)
      }
      // The artefacts, the register and the evidence first, review.json last: a folder with review.json is
      // complete.
      if files.itemKind(at: source + "/artefacts") == .directory {
        try files.createDirectory(at: destination + "/artefacts")
        for name in try files.contentsOfDirectory(at: source + "/artefacts") where name.hasSuffix(".json") {
          try files.write(
            try files.readFile(
              at: source + "/artefacts/" + name, limit: StoredArtefact.maximumSize, followingLinks: true),
            to: destination + "/artefacts/" + name)
        }
      }
      for name in ["documents.json", "evidence.json", "outcome-chain.json"]
      where files.itemKind(at: source + "/" + name) != nil {
        try files.write(
          try files.readFile(at: source + "/" + name, limit: DataFile.maximumSize, followingLinks: true),
          to: destination + "/" + name)
      }
      try files.write(
        try files.readFile(at: source + "/review.json", limit: DataFile.maximumSize, followingLinks: true),
        to: destination + "/review.json")
    } catch {
      throw .failure("cannot create the demo in \(destination): \(error.description)")
    }
  }
}

import Foundation
import MarkdownReport
import ReviewStore
import RubricEngine

/// Loading, scoring and rendering in this process, and the whole `integrity report` as a process beside
/// Python's `json.load` of the same files, for reviews of growing size.
struct ReportMeasure {
  var rubric: Rubric
  var integrity: String
  var python: String?
  var root: String
  /// Each process is run this many times, interleaved with its floor, and the best run counts.
  var rounds = 3

  struct Result {
    var size: Int
    var report: Double
    var floor: Double?
    var reportUser: Double
    var floorUser: Double?
  }

  func run(sizes: [Int]) throws {
    print("integrity-bench: standard rubric, every question answered, evidence of about 200 characters")
    print(
      "integrity report as a process beside python3's json.load of the same files (best of \(rounds) runs)")
    print("")
    print(
      Figures.row([
        "interviewees", "answers", "load ms", "score ms", "render ms", "report ms", "json.load ms", "ratio",
        "report user", "json user", "user ratio", "peak MB",
      ]))
    var results: [Result] = []
    for size in sizes {
      let folder = try SyntheticReview.folder(size: size, rubric: rubric, at: root + "/review-\(size)")
      results.append(try measure(folder: folder, size: size))
      try? FileManager.default.removeItem(atPath: folder.path)
    }
    print("")
    for (previous, next) in zip(results, results.dropFirst()) {
      let dataRatio = Double(next.size) / Double(previous.size)
      let timeRatio = next.report / max(previous.report, 0.001)
      var line =
        "\(previous.size) -> \(next.size) interviewees: \(Figures.format(dataRatio))x the data took "
        + "\(Figures.format(timeRatio))x the time (\(Figures.format(Figures.perTenfold(timeRatio, dataRatio)))x "
        + "per 10x)"
      if let before = previous.floor, let after = next.floor {
        line += ", json.load \(Figures.format(after / max(before, 0.001)))x"
      }
      let userRatio = next.reportUser / max(previous.reportUser, 0.001)
      line += "; user time \(Figures.format(userRatio))x"
      if let before = previous.floorUser, let after = next.floorUser {
        line += ", json.load's \(Figures.format(after / max(before, 0.001)))x"
      }
      print(line)
    }
  }

  func measure(folder: ReviewFolder, size: Int) throws -> Result {
    var loaded: (review: Review, interviews: [Interview])?
    let load = try Figures.time {
      let opened = try ReviewFolder.open(at: folder.path, using: LocalFileSystem())
      let (review, snapshot) = try opened.reviewAndRubric()
      loaded = (review, try opened.interviews(rubric: snapshot).map { try $0.result.get() })
    }
    guard let (review, interviews) = loaded else { throw BenchmarkFailure("the review did not load") }
    let answers = interviews.reduce(0) { $0 + $1.answers.count }
    var scored: Scorecard?
    let score = Figures.time {
      scored = Scoring.scorecard(rubric: rubric, interviews: interviews, adjustments: review.adjustments)
    }
    guard let card = scored else { throw BenchmarkFailure("the review did not score") }
    let render = Figures.time {
      let content = ReportContent(
        review: review, rubric: rubric, scorecard: card, interviews: interviews, attribution: .roles)
      _ = ClientReport(content: content, date: "2026-11-23", chartFile: "report-lenses.svg").markdown()
      _ = LensChart.svg(card, rubric: rubric)
    }
    var report = Double.infinity
    var reportUser = Double.infinity
    var floor = Double.infinity
    var floorUser = Double.infinity
    var peak = 0
    for _ in 0..<rounds {
      let run = try BenchmarkPlatform.run(integrity, ["report", folder.path, "--date", "2026-11-23"])
      report = min(report, run.elapsed)
      reportUser = min(reportUser, run.user)
      peak = max(peak, run.peakKilobytes)
      if let python {
        let loaded = try BenchmarkPlatform.run(python, ["-c", PythonFloor.loadReview, folder.path])
        floor = min(floor, loaded.elapsed)
        floorUser = min(floorUser, loaded.user)
      }
    }
    let hasFloor = python != nil
    print(
      Figures.row([
        String(size), String(answers), Figures.format(load), Figures.format(score), Figures.format(render),
        Figures.format(report), hasFloor ? Figures.format(floor) : "-",
        hasFloor ? Figures.format(report / floor) + "x" : "-", Figures.format(reportUser),
        hasFloor ? Figures.format(floorUser) : "-",
        hasFloor ? Figures.format(reportUser / floorUser) + "x" : "-",
        Figures.format(Double(peak) / 1024),
      ]))
    return Result(
      size: size, report: report, floor: hasFloor ? floor : nil, reportUser: reportUser,
      floorUser: hasFloor ? floorUser : nil)
  }
}

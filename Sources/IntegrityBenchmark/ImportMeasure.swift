import Foundation
import ReviewStore
import RubricEngine

/// The whole `integrity import` of a sheet into a new review, beside the floor: Python's `csv` module reading
/// the same file into a list of rows, also as a process. Each is the best of `rounds` runs.
struct ImportMeasure {
  var rubric: Rubric
  var integrity: String
  var python: String?
  var root: String
  var rounds = 3

  struct Result {
    var size: Int
    var importTime: Double
    var floor: Double
    var importCPU: Double
  }

  func run(sizes: [Int]) throws {
    guard let python else {
      print("python3 is not on PATH: import is not measured against its floor")
      return
    }
    print(
      "integrity import of a sheet into a new review, beside python3's csv module parsing the same file "
        + "(best of \(rounds) runs each)")
    print("")
    print(
      Figures.row([
        "interviewees", "rows", "sheet MB", "import ms", "csv ms", "ratio", "import user", "csv user",
        "user ratio", "peak MB",
      ]))
    var results: [Result] = []
    for size in sizes {
      let sheet = root + "/import-\(size).csv"
      let document = AnswerSheet.document(
        of: SyntheticReview.interviews(size: size, rubric: rubric), rubric: rubric)
      let bytes = Array(document.text().utf8)
      try LocalFileSystem().write(bytes, to: sheet)
      var importTime = Double.infinity
      var floor = Double.infinity
      var importCPU = Double.infinity
      var floorCPU = Double.infinity
      var peak = 0
      for round in 0..<rounds {
        let review = try SyntheticReview.empty(rubric: rubric, at: root + "/import-\(size)-\(round)")
        let imported = try BenchmarkPlatform.run(integrity, ["import", review.path, sheet])
        importTime = min(importTime, imported.elapsed)
        importCPU = min(importCPU, imported.user)
        peak = max(peak, imported.peakKilobytes)
        let parsed = try BenchmarkPlatform.run(python, ["-c", PythonFloor.parseSheet, sheet])
        floor = min(floor, parsed.elapsed)
        floorCPU = min(floorCPU, parsed.user)
        try? FileManager.default.removeItem(atPath: review.path)
      }
      print(
        Figures.row([
          String(size), String(document.records.count - 1), Figures.format(Double(bytes.count) / 1_048_576),
          Figures.format(importTime), Figures.format(floor), Figures.format(importTime / floor) + "x",
          Figures.format(importCPU), Figures.format(floorCPU), Figures.format(importCPU / floorCPU) + "x",
          Figures.format(Double(peak) / 1024),
        ]))
      results.append(Result(size: size, importTime: importTime, floor: floor, importCPU: importCPU))
    }
    print("")
    let steps = Array(zip(results, results.dropFirst())) + Array(zip(results, results.dropFirst(2)))
    for (previous, next) in steps {
      let dataRatio = Double(next.size) / Double(previous.size)
      let importRatio = next.importTime / max(previous.importTime, 0.001)
      let floorRatio = next.floor / max(previous.floor, 0.001)
      let cpuRatio = next.importCPU / max(previous.importCPU, 0.001)
      print(
        "\(previous.size) -> \(next.size) interviewees: \(Figures.format(dataRatio))x the data took "
          + "\(Figures.format(importRatio))x the time to import "
          + "(\(Figures.format(Figures.perTenfold(importRatio, dataRatio)))x per 10x; "
          + "user time \(Figures.format(Figures.perTenfold(cpuRatio, dataRatio)))x per 10x), "
          + "\(Figures.format(floorRatio))x to parse with csv "
          + "(\(Figures.format(Figures.perTenfold(floorRatio, dataRatio)))x per 10x)")
    }
  }
}

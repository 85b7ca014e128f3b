import Foundation
import ReviewStore
import RubricEngine
import RubricResources

/// Measures the workbench on synthetic reviews of the standard rubric: loading, scoring, rendering and the
/// whole `integrity report` command as a process, beside Python's `json.load` of the same files; the whole
/// `integrity import` of a sheet into a new review, beside Python's `csv` module merely parsing the same
/// file; and the time to save one answer durably. Prints figures; asserts nothing.
public enum Benchmark {
  /// Runs the benchmark; `--sizes 10,100` chooses the report sizes, `--import-sizes 300,1000` the import
  /// sizes, `--artefact-sizes 10000,100000` the export sizes `artefact check` reads (an empty list skips
  /// that part), `--rounds 5` how many runs of each process the best is taken
  /// from. Returns the exit code.
  public static func run(arguments: [String]) -> Int32 {
    let sizes = sizeList(after: "--sizes", in: arguments) ?? [10, 100, 1000]
    let importSizes = sizeList(after: "--import-sizes", in: arguments) ?? [300, 1000, 3000]
    let rounds = max(1, sizeList(after: "--rounds", in: arguments)?.first ?? 3)
    let artefactSizes = sizeList(after: "--artefact-sizes", in: arguments) ?? [10_000, 100_000]
    guard let rubricPath = BundledRubric.standardRubricPath(executablePath: Bundle.main.executablePath) else {
      print("integrity-bench: the standard rubric was not found beside the binary; run it with swift run")
      return 1
    }
    let integrity = URL(fileURLWithPath: Bundle.main.executablePath ?? "").deletingLastPathComponent()
      .appendingPathComponent("integrity").path
    guard FileManager.default.isExecutableFile(atPath: integrity) else {
      print("integrity-bench: \(integrity) is missing; build everything first: swift build -c release")
      return 1
    }
    do {
      let rubric = try RubricFile.read(at: rubricPath, using: LocalFileSystem())
      let root = FileManager.default.temporaryDirectory
        .appendingPathComponent("integrity-bench-\(BenchmarkPlatform.processID())").path
      try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: root) }
      let python = PythonFloor.interpreter()
      if python == nil { print("python3 is not on PATH: nothing is measured against its floor\n") }
      if !sizes.isEmpty {
        try ReportMeasure(rubric: rubric, integrity: integrity, python: python, root: root, rounds: rounds)
          .run(sizes: sizes)
        print("")
      }
      if !importSizes.isEmpty {
        try ImportMeasure(rubric: rubric, integrity: integrity, python: python, root: root, rounds: rounds)
          .run(
            sizes: importSizes)
        print("")
      }
      if !artefactSizes.isEmpty {
        try ArtefactMeasure(integrity: integrity, python: python, root: root, rounds: rounds).run(
          sizes: artefactSizes)
        print("")
      }
      try SaveMeasure(rubric: rubric, path: root + "/save").run()
      return 0
    } catch {
      print("integrity-bench: \(error)")
      return 1
    }
  }

  /// The comma-separated sizes after `option`, or nil when the option is not given.
  static func sizeList(after option: String, in arguments: [String]) -> [Int]? {
    guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else { return nil }
    return arguments[index + 1].split(separator: ",").compactMap { Int($0) }
  }
}

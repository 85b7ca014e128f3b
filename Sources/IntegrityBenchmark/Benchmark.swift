import Foundation
import MarkdownReport
import ReviewStore
import RubricEngine
import RubricResources
import TestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// Measures the workbench on synthetic reviews of the standard rubric with 10, 100 and 1,000 interviewees:
/// loading, scoring, rendering, and the whole `integrity report` command as a process, with peak memory; the
/// whole `integrity import` of a sheet of 300, 1,000 and 3,000 interviewees into a new review, beside
/// Python's `csv` module merely parsing the same file; and the time to save one answer durably. Prints
/// figures; asserts nothing.
public enum Benchmark {
  /// Runs the benchmark; `--sizes 10,100` chooses the report sizes, `--import-sizes 300,1000` the import
  /// sizes. Returns the exit code.
  public static func run(arguments: [String]) -> Int32 {
    var sizes = [10, 100, 1000]
    if let index = arguments.firstIndex(of: "--sizes"), index + 1 < arguments.count {
      sizes = arguments[index + 1].split(separator: ",").compactMap { Int($0) }
    }
    var importSizes = [300, 1000, 3000]
    if let index = arguments.firstIndex(of: "--import-sizes"), index + 1 < arguments.count {
      importSizes = arguments[index + 1].split(separator: ",").compactMap { Int($0) }
    }
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
      let root = FileManager.default.temporaryDirectory.appendingPathComponent("integrity-bench-\(getpid())")
        .path
      try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: root) }
      print("integrity-bench: standard rubric, every question answered, evidence of about 200 characters")
      print("")
      print(
        row([
          "interviewees", "answers", "load ms", "score ms", "render ms", "report ms", "answers/s", "peak MB",
        ]))
      var results: [(size: Int, report: Double)] = []
      for size in sizes {
        let folder = try makeReview(size: size, rubric: rubric, at: root + "/review-\(size)")
        let answers = try measure(folder: folder, rubric: rubric, integrity: integrity, size: size)
        results.append((size, answers))
      }
      print("")
      for (previous, next) in zip(results, results.dropFirst()) {
        let dataRatio = Double(next.size) / Double(previous.size)
        let timeRatio = next.report / max(previous.report, 0.001)
        let verdict = timeRatio > dataRatio * 1.2 ? "GROWS FASTER THAN LINEARLY" : "linear or better"
        print(
          "\(previous.size) -> \(next.size) interviewees: \(format(dataRatio))x the data took \(format(timeRatio))x the "
            + "time (\(verdict))")
      }
      print("")
      try measureImport(sizes: importSizes, rubric: rubric, integrity: integrity, at: root)
      print("")
      try measureSave(rubric: rubric, at: root + "/save")
      return 0
    } catch {
      print("integrity-bench: \(error)")
      return 1
    }
  }

  // MARK: Synthetic reviews

  static func makeReview(size: Int, rubric: Rubric, at path: String) throws -> ReviewFolder {
    let folder = try emptyReview(rubric: rubric, at: path)
    for (index, interview) in interviews(size: size, rubric: rubric).enumerated() {
      try folder.save(interview, slug: "interviewee-\(index)")
    }
    return folder
  }

  static func emptyReview(rubric: Rubric, at path: String) throws -> ReviewFolder {
    let review = Review(
      client: "Benchmark Ltd", program: "Scale", decision: "Commit to the benchmark", consultants: ["Bench"],
      created: "2026-11-23T09:00:00Z", rubric: RubricReference(rubric))
    return try ReviewFolder.create(at: path, review: review, rubric: rubric, using: LocalFileSystem())
  }

  /// `size` interviewees in turn in each role, every question of their role answered.
  static func interviews(size: Int, rubric: Rubric) -> [Interview] {
    var generator = SeededGenerator(seed: UInt64(size))
    var interviews: [Interview] = []
    let evidence =
      "They said the steering group reviews milestones monthly, but nobody could show a measure of what "
      + "customers experience; the last report was green although the pilot slipped twice and two teams wait."
    for index in 0..<size {
      let role = rubric.roles[index % rubric.roles.count].id
      var interview = Interview(
        name: "Interviewee \(index)", role: role, started: "2026-11-23T09:00:00Z",
        updated: "2026-11-23T09:00:00Z")
      for question in rubric.questions where question.applies(toRole: role) {
        switch question.kind {
        case .scale:
          interview.answers[question.id] = .scored(
            Int(generator.next() % 5), evidence: evidence + " (\(index))", at: "2026-11-23T09:00:00Z")
        case .text:
          interview.answers[question.id] = .text(
            "Cut claim time from \(5 + index % 3) days to 1 by 2027 without raising complaints",
            at: "2026-11-23T09:00:00Z")
        }
      }
      interviews.append(interview)
    }
    return interviews
  }

  // MARK: Measuring

  static func measure(folder: ReviewFolder, rubric: Rubric, integrity: String, size: Int) throws -> Double {
    var loaded: (review: Review, interviews: [Interview])?
    let load = try time {
      let opened = try ReviewFolder.open(at: folder.path, using: LocalFileSystem())
      let (review, snapshot) = try opened.reviewAndRubric()
      loaded = (review, try opened.interviews(rubric: snapshot).map { try $0.result.get() })
    }
    guard let (review, interviews) = loaded else { return 0 }
    let answers = interviews.reduce(0) { $0 + $1.answers.count }
    var scored: Scorecard?
    let score = time {
      scored = Scoring.scorecard(rubric: rubric, interviews: interviews, adjustments: review.adjustments)
    }
    guard let card = scored else { return 0 }
    let render = time {
      let content = ReportContent(
        review: review, rubric: rubric, scorecard: card, interviews: interviews, attribution: .roles)
      _ = ClientReport(content: content, date: "2026-11-23", chartFile: "report-lenses.svg").markdown()
      _ = LensChart.svg(card, rubric: rubric)
    }
    let (processTime, peak, _) = try runProcess(integrity, ["report", folder.path, "--date", "2026-11-23"])
    print(
      row([
        String(size), String(answers), format(load), format(score), format(render), format(processTime),
        String(Int(Double(answers) / (processTime / 1000))), format(Double(peak) / 1024),
      ]))
    return processTime
  }

  /// The whole `integrity import` of a sheet into a new review, beside the floor: Python's `csv` module
  /// reading the same file into a list of rows, also as a process. Each is the best of `rounds` runs.
  static func measureImport(sizes: [Int], rubric: Rubric, integrity: String, at root: String) throws {
    guard let python = pythonExecutable() else {
      print("python3 is not on PATH: import is not measured against its floor")
      return
    }
    let parse =
      "import csv,sys; f=open(sys.argv[1],newline='',encoding='utf-8'); print(len(list(csv.reader(f))))"
    let rounds = 3
    print(
      "integrity import of a sheet into a new review, beside python3's csv module parsing the same file "
        + "(best of \(rounds) runs each)")
    print("")
    print(
      row([
        "interviewees", "rows", "sheet MB", "import ms", "csv ms", "ratio", "import user", "csv user",
        "user ratio",
        "peak MB",
      ]))
    var results: [(size: Int, importTime: Double, floor: Double, importCPU: Double)] = []
    for size in sizes {
      let sheet = root + "/import-\(size).csv"
      let document = AnswerSheet.document(of: interviews(size: size, rubric: rubric), rubric: rubric)
      let bytes = Array(document.text().utf8)
      try LocalFileSystem().write(bytes, to: sheet)
      var importTime = Double.infinity
      var floor = Double.infinity
      var importCPU = Double.infinity
      var floorCPU = Double.infinity
      var peak = 0
      for round in 0..<rounds {
        let review = try emptyReview(rubric: rubric, at: root + "/import-\(size)-\(round)")
        let (elapsed, memory, cpu) = try runProcess(integrity, ["import", review.path, sheet])
        importTime = min(importTime, elapsed)
        importCPU = min(importCPU, cpu)
        peak = max(peak, memory)
        let (parsed, _, parseCPU) = try runProcess(python, ["-c", parse, sheet])
        floor = min(floor, parsed)
        floorCPU = min(floorCPU, parseCPU)
        try? FileManager.default.removeItem(atPath: review.path)
      }
      print(
        row([
          String(size), String(document.records.count - 1), format(Double(bytes.count) / 1_048_576),
          format(importTime), format(floor), format(importTime / floor) + "x", format(importCPU),
          format(floorCPU),
          format(importCPU / floorCPU) + "x", format(Double(peak) / 1024),
        ]))
      results.append((size, importTime, floor, importCPU))
    }
    print("")
    let steps = Array(zip(results, results.dropFirst())) + Array(zip(results, results.dropFirst(2)))
    for (previous, next) in steps {
      let dataRatio = Double(next.size) / Double(previous.size)
      let importRatio = next.importTime / max(previous.importTime, 0.001)
      let floorRatio = next.floor / max(previous.floor, 0.001)
      let cpuRatio = next.importCPU / max(previous.importCPU, 0.001)
      print(
        "\(previous.size) -> \(next.size) interviewees: \(format(dataRatio))x the data took "
          + "\(format(importRatio))x the time to import (\(format(perTenfold(importRatio, dataRatio)))x per 10x; "
          + "user time \(format(perTenfold(cpuRatio, dataRatio)))x per 10x), "
          + "\(format(floorRatio))x to parse with csv (\(format(perTenfold(floorRatio, dataRatio)))x per 10x)"
      )
    }
  }

  /// The growth in time for 10x the data, from the growth `timeRatio` seen for `dataRatio` times the data.
  static func perTenfold(_ timeRatio: Double, _ dataRatio: Double) -> Double {
    pow(10, log(timeRatio) / log(dataRatio))
  }

  /// The interpreter that `python3` on PATH runs: a version manager's shim is a shell script whose start-up
  /// is no part of parsing CSV.
  static func pythonExecutable() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    guard
      let python3 = path.split(separator: ":").map({ $0 + "/python3" }).first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    else { return nil }
    let process = Process()
    let output = Pipe()
    process.executableURL = URL(fileURLWithPath: python3)
    process.arguments = ["-c", "import sys; print(sys.executable)"]
    process.standardOutput = output
    do { try process.run() } catch { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let executable = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    return process.terminationStatus == 0 && FileManager.default.isExecutableFile(atPath: executable)
      ? executable : nil
  }

  static func measureSave(rubric: Rubric, at path: String) throws {
    let folder = try makeReview(size: 1, rubric: rubric, at: path)
    var interview = try folder.interview(slug: "interviewee-0", rubric: rubric)
    let rounds = 50
    let total = try time {
      for round in 0..<rounds {
        interview.answers["oc-measurable"] = .scored(
          round % 5, evidence: "round \(round)", at: "2026-11-23T09:00:00Z")
        try folder.save(interview, slug: "interviewee-0")
      }
    }
    print(
      "Saving one answer (temporary file, fsync, rename, fsync of the folder): \(format(total / Double(rounds))) ms "
        + "on average over \(rounds) saves")
  }

  /// Runs a program, returning its wall time in milliseconds, its peak resident memory in kilobytes, and the
  /// processor time spent in its own code in milliseconds (user time: neither waiting for the disk nor the
  /// kernel's work for it, which both swing with other processes' use of the disk).
  static func runProcess(_ path: String, _ arguments: [String]) throws -> (Double, Int, Double) {
    var pid: pid_t = 0
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else {
      throw NSError(domain: "bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "cannot start \(path)"])
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    // A run that failed measured nothing worth printing.
    guard status == 0 else {
      throw NSError(
        domain: "bench", code: 1,
        userInfo: [NSLocalizedDescriptionKey: "\(path) \(arguments.first ?? "") exited with status \(status)"]
      )
    }
    let cpu =
      Double(usage.ru_utime.tv_sec) * 1000 + Double(usage.ru_utime.tv_usec) / 1000
    return (elapsed, Int(usage.ru_maxrss), cpu)
  }

  static func time(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
  }

  static func row(_ cells: [String]) -> String {
    cells.map { $0.count >= 12 ? $0 : String(repeating: " ", count: 12 - $0.count) + $0 }.joined(
      separator: " ")
  }

  static func format(_ value: Double) -> String {
    String(format: value < 10 ? "%.2f" : "%.1f", value)
  }
}

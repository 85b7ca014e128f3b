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
/// loading, scoring, rendering, and the whole `integrity report` command as a process, with peak memory, and
/// the time to save one answer durably. Prints figures; asserts nothing.
public enum Benchmark {
  /// Runs the benchmark; `--sizes 10,100` chooses the sizes. Returns the exit code.
  public static func run(arguments: [String]) -> Int32 {
    var sizes = [10, 100, 1000]
    if let index = arguments.firstIndex(of: "--sizes"), index + 1 < arguments.count {
      sizes = arguments[index + 1].split(separator: ",").compactMap { Int($0) }
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
      try measureSave(rubric: rubric, at: root + "/save")
      return 0
    } catch {
      print("integrity-bench: \(error)")
      return 1
    }
  }

  // MARK: Synthetic reviews

  static func makeReview(size: Int, rubric: Rubric, at path: String) throws -> ReviewFolder {
    let files = LocalFileSystem()
    let review = Review(
      client: "Benchmark Ltd", program: "Scale", decision: "Commit to the benchmark", consultants: ["Bench"],
      created: "2026-11-23T09:00:00Z", rubric: RubricReference(rubric))
    let folder = try ReviewFolder.create(at: path, review: review, rubric: rubric, using: files)
    var generator = SeededGenerator(seed: UInt64(size))
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
      try folder.save(interview, slug: "interviewee-\(index)")
    }
    return folder
  }

  // MARK: Measuring

  static func measure(folder: ReviewFolder, rubric: Rubric, integrity: String, size: Int) throws -> Double {
    var loaded: (review: Review, interviews: [Interview])?
    let load = try time {
      let opened = try ReviewFolder.open(at: folder.path, using: LocalFileSystem())
      let review = try opened.review()
      let snapshot = try opened.rubric(for: review)
      loaded = (review, try opened.interviews(rubric: snapshot).map { try $0.result.get() })
    }
    guard let (review, interviews) = loaded else { return 0 }
    let answers = interviews.reduce(0) { $0 + $1.answers.count }
    var card: Scorecard?
    let score = time { card = Scoring.scorecard(rubric: rubric, interviews: interviews) }
    let render = time {
      let content = ReportContent(review: review, rubric: rubric, interviews: interviews, attribution: .roles)
      _ = ClientReport(content: content, date: "2026-11-23", chartFile: "report-lenses.svg").markdown()
      _ = LensChart.svg(card ?? content.scorecard, rubric: rubric)
    }
    let (processTime, peak) = try runProcess(integrity, ["report", folder.path, "--date", "2026-11-23"])
    print(
      row([
        String(size), String(answers), format(load), format(score), format(render), format(processTime),
        String(Int(Double(answers) / (processTime / 1000))), format(Double(peak) / 1024),
      ]))
    return processTime
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

  /// Runs a program, returning its wall time in milliseconds and its peak resident memory in kilobytes.
  static func runProcess(_ path: String, _ arguments: [String]) throws -> (Double, Int) {
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
    return (elapsed, Int(usage.ru_maxrss))
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

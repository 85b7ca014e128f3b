import Foundation
import ReviewStore

/// `integrity artefact check` of a synthetic Jira export with descriptions, beside the floor: Python's `csv`
/// module merely parsing the same file, as a process. Each is the best of `rounds` runs; the peak memory
/// shows the export is read a piece at a time, not whole.
struct ArtefactMeasure {
  var integrity: String
  var python: String?
  var root: String
  var rounds = 3

  /// Writes a Jira export of `size` items to `path`, a piece at a time so that this process never holds
  /// it whole (a child spawned later counts this process's peak memory in its own: Linux's ru_maxrss after
  /// vfork and exec): repeated Labels and Sprint columns, person columns, and a description of about a
  /// kilobyte, one item in ten carrying seed 003's fields.
  /// - Returns: the file's size in bytes.
  static func write(size: Int, to path: String) throws -> Int {
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else { throw BenchmarkFailure("cannot write \(path)") }
    defer { try? handle.close() }
    var text =
      "Summary,Issue key,Issue id,Issue Type,Status,Assignee,Reporter,Labels,Labels,Sprint,Sprint,Description\r\n"
    var written = 0
    func flush() throws {
      let bytes = Data(text.utf8)
      try handle.write(contentsOf: bytes)
      written += bytes.count
      text = ""
    }
    let verbs = ["Build", "Migrate", "Configure", "Integrate", "Reduce", "Add"]
    let states = ["Done", "In Progress", "To Do", "Closed", "In Review"]
    let filler = String(
      repeating: "The handler screen shows the claim, its history and the next step. ", count: 14)
    for index in 0..<size {
      let title =
        index % 10 == 0
        ? "Cut claim handling time from \(10 + index % 5) days to 5 by June 2027"
        : "\(verbs[index % verbs.count]) the claims screen \(index)"
      var description = filler
      if index % 10 == 0 {
        description +=
          "\nHypothesis: we believe that if we automate triage, then handling time will fall, measured by days "
          + "to decision within 3 months.\nSuccess criteria: handling time falls from 10 to 7 days by March 2027."
      }
      text +=
        "\(title),CLM-\(index),\(10000 + index),\(index % 25 == 0 ? "Epic" : "Story"),\(states[index % states.count]),"
        + "Dana Okonkwo,Lewis Farrant,claims,wave\(index % 3),Sprint \(index % 20),,\"\(description)\"\r\n"
      if text.utf8.count > 1 << 20 { try flush() }
    }
    try flush()
    return written
  }

  func run(sizes: [Int]) throws {
    guard let python else {
      print("python3 is not on PATH: artefact check is not measured against its floor")
      return
    }
    print(
      "integrity artefact check of a Jira export with descriptions, beside python3's csv module parsing the same "
        + "file (best of \(rounds) runs each)")
    print("")
    print(
      Figures.row(["items", "file MB", "check ms", "csv ms", "ratio", "check user", "csv user", "peak MB"]))
    var results: [(size: Int, time: Double, floor: Double)] = []
    for size in sizes {
      let path = root + "/artefact-\(size).csv"
      let fileSize = try Self.write(size: size, to: path)
      var time = Double.infinity
      var floor = Double.infinity
      var user = Double.infinity
      var floorUser = Double.infinity
      var peak = 0
      for _ in 0..<rounds {
        let checked = try BenchmarkPlatform.run(integrity, ["artefact", "check", path, "--json"])
        time = min(time, checked.elapsed)
        user = min(user, checked.user)
        peak = max(peak, checked.peakKilobytes)
        let parsed = try BenchmarkPlatform.run(python, ["-c", PythonFloor.parseSheet, path])
        floor = min(floor, parsed.elapsed)
        floorUser = min(floorUser, parsed.user)
      }
      try? FileManager.default.removeItem(atPath: path)
      print(
        Figures.row([
          String(size), Figures.format(Double(fileSize) / 1_048_576), Figures.format(time),
          Figures.format(floor),
          Figures.format(time / floor) + "x", Figures.format(user), Figures.format(floorUser),
          Figures.format(Double(peak) / 1024),
        ]))
      results.append((size, time, floor))
    }
    print("")
    for (previous, next) in zip(results, results.dropFirst()) {
      let dataRatio = Double(next.size) / Double(previous.size)
      let ratio = next.time / max(previous.time, 0.001)
      print(
        "\(previous.size) -> \(next.size) items: \(Figures.format(dataRatio))x the data took \(Figures.format(ratio))x "
          + "the time (\(Figures.format(Figures.perTenfold(ratio, dataRatio)))x per 10x); csv "
          + "\(Figures.format(next.floor / max(previous.floor, 0.001)))x")
    }
  }
}

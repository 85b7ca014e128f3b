import Foundation
import TestSupport
import Testing

/// A firm tunes the method in its rubric's `method` object. Run through the built binary on a review whose
/// rubric snapshot carries `{"contestedSpread": 3, "minimumRespondents": 3}`: `rubric lint` passes it, and the
/// score screen, `score --json`, the report's table and its appendix all change, and all agree.
@Suite("A rubric's method, as processes")
struct MethodOverrideProcessTests {
  static var binary: URL { RepositoryPaths.integrityBinary }
  static let tuned = #"{"contestedSpread": 3, "minimumRespondents": 3}"#

  /// What one run of `score`, `score --json` and `report` said about the review.
  struct Outputs {
    var screen: String
    var lenses: [[String: Any]]
    var verdict: String
    var report: String

    init(_ review: String) throws {
      let screen = try ProcessRun(binary, ["score", review])
      try #require(screen.status == 0, "\(screen.standardError)")
      self.screen = screen.standardOutput
      let json = try ProcessRun(binary, ["score", review, "--json"])
      try #require(json.status == 0, "\(json.standardError)")
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
      lenses = try #require(object["lenses"] as? [[String: Any]])
      verdict = try #require(object["verdict"] as? String)
      let report = try ProcessRun(binary, ["report", review, "-o", "-"])
      try #require(report.status == 0, "\(report.standardError)")
      self.report = report.standardOutput
    }

    func lens(_ id: String) throws -> [String: Any] {
      try #require(lenses.first { $0["id"] as? String == id })
    }

    /// Every contested question as `question min-max`.
    var contested: Set<String> {
      Set(
        lenses.flatMap { lens in
          (lens["contested"] as? [[String: Any]] ?? []).map { entry in
            "\(entry["question"] ?? "") \(entry["min"] ?? "")-\(entry["max"] ?? "")"
          }
        })
    }

    /// The report's lens table row for `title`, split into its cells.
    /// The lens's row of the scorecard table (`last`: of the appendix's coverage table).
    func reportRow(_ title: String, last: Bool = false) throws -> [String] {
      let rows = report.split(separator: "\n").filter { $0.hasPrefix("| \(title)") }
      let line = try #require(last ? rows.last : rows.first, "no row for \(title)")
      return line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    }
  }

  /// A review of three of the demo's stakeholders, one of whom gave no answer on `lock-in`, and two of whom
  /// scored `db-vendor-claims` 0 and 4.
  static func review(in folder: Fixtures.TemporaryFolder) throws -> (
    review: String, lockInQuestions: Set<String>
  ) {
    let demo = try ProcessRun(binary, ["demo"], in: URL(fileURLWithPath: folder.path))
    try #require(demo.status == 0, "\(demo.standardError)")
    let demoFolder = folder.path + "/integrity-demo"
    let sheet = try ProcessRun(binary, ["export", demoFolder, "--format", "csv", "-o", "-"])
    try #require(sheet.status == 0, "\(sheet.standardError)")
    let card = try Outputs(demoFolder)
    let lockIn = Set(
      (try card.lens("lock-in")["questions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
    try #require(!lockIn.isEmpty)
    let kept = ["Elena Novak,", "Margaret Osei,", "Priya Natarajan,"]
    let rows = sheet.standardOutput.components(separatedBy: "\r\n").filter { row in
      guard let person = kept.first(where: { row.hasPrefix($0) }) else { return row.hasPrefix("name,") }
      let question = row.dropFirst(person.count).split(separator: ",").dropFirst().first.map(String.init)
      return !(person == "Priya Natarajan," && lockIn.contains(question ?? ""))
    }
    // One question scored 0 by one and 4 by another, so that a question stays contested at a spread of 3.
    let widened = rows.map { row -> String in
      var cells = row.split(separator: ",", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
      guard cells.count == 5, cells[2] == "db-vendor-claims" else { return row }
      if cells[0] == "Elena Novak" { cells[3] = "0" }
      if cells[0] == "Margaret Osei" { cells[3] = "4" }
      return cells.joined(separator: ",")
    }
    try #require(widened != rows, "the demo's sheet has db-vendor-claims rows")
    let path = folder.path + "/three.csv"
    try widened.joined(separator: "\r\n").write(toFile: path, atomically: false, encoding: .utf8)
    let review = try folder.newReview()
    let imported = try ProcessRun(binary, ["import", review, path])
    try #require(imported.status == 0, "\(imported.standardError)")
    return (review, lockIn)
  }

  @Test(
    "contestedSpread 3 and minimumRespondents 3 lint clean and change score, JSON, report and appendix alike")
  func tunedMethod() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let (review, _) = try Self.review(in: folder)
    let before = try Outputs(review)
    #expect(try before.lens("lock-in")["respondents"] as? Int == 2)
    #expect(try before.lens("lock-in")["computedRating"] as? String != "insufficient-evidence")

    let snapshot = review + "/rubric.json"
    let original = try String(contentsOfFile: snapshot, encoding: .utf8)
    try #require(original.hasPrefix("{"))
    try ("{\n  \"method\" : \(Self.tuned)," + original.dropFirst()).write(
      toFile: snapshot, atomically: false, encoding: .utf8)
    let lint = try ProcessRun(Self.binary, ["rubric", "lint", snapshot])
    #expect(lint.status == 0, "\(lint.standardOutput)\(lint.standardError)")
    #expect(lint.standardOutput.contains(": ok: decision-integrity"))
    let after = try Outputs(review)

    // Contested: exactly the questions 3 or more apart stay, in the JSON and on the screen.
    let spread = { (entry: String) -> Int in
      let range = entry.split(separator: " ").last?.split(separator: "-").compactMap { Int($0) } ?? []
      return (range.last ?? 0) - (range.first ?? 0)
    }
    #expect(before.contested.contains { spread($0) == 2 }, "the review has a question exactly 2 apart")
    #expect(after.contested == before.contested.filter { spread($0) >= 3 })
    #expect(!after.contested.isEmpty, "a question 4 apart stays contested")
    #expect(
      before.screen.contains("Contested questions (scores 2 or more apart): \(before.contested.count)\n"))
    #expect(after.screen.contains("Contested questions (scores 3 or more apart): \(after.contested.count)\n"))

    // Respondents: the lens two people scored now lacks evidence, and says why with the method's number.
    let lockIn = try after.lens("lock-in")
    #expect(lockIn["computedRating"] as? String == "insufficient-evidence")
    let because = lockIn["insufficientBecause"] as? [String] ?? []
    #expect(because.contains { $0.contains("2") && $0.contains("3") }, "\(because)")
    #expect(after.screen.contains("Lock-in points"))
    #expect(
      after.screen.split(separator: "\n").contains {
        $0.contains("Lock-in points") && $0.contains("insufficient")
      })

    // The report's table agrees with the JSON, lens by lens, before and after.
    for outputs in [before, after] {
      for lens in outputs.lenses {
        let title = try #require(lens["title"] as? String)
        let row = try outputs.reportRow(title)
        #expect(
          row.count == 5 && row[3] == "\((lens["contested"] as? [Any])?.count ?? -1)", "\(title): \(row)")
        let coverage = try outputs.reportRow(title, last: true)
        #expect(coverage.count == 5 && coverage[4] == "\(lens["respondents"] ?? "")", "\(title): \(coverage)")
        #expect(row.last == "assertion only", "\(title): no reviewer evidence, so \(row)")
        #expect(lens["evidenceStrength"] as? Double == 0, "\(title)")
        let rating = try #require(lens["rating"] as? String)
        #expect(
          row[2].lowercased().replacingOccurrences(of: " ", with: "-").hasPrefix(rating),
          "\(title): JSON says \(rating), the report \(row[2])")
      }
    }
    let insufficientRow = try after.reportRow("Lock-in points")
    #expect(insufficientRow[2].lowercased().hasPrefix("insufficient"))

    // The appendix states the method the review used.
    #expect(before.report.contains("fewer than 2 respondents"))
    #expect(before.report.contains("scores are 2 or more apart"))
    #expect(after.report.contains("fewer than 3 respondents"))
    #expect(after.report.contains("scores are 3 or more apart"))
    #expect(!after.report.contains("2 or more apart"))
  }

  @Test("a negative contestedSpread is refused by lint with its path, line and column")
  func negativeSpread() throws {
    let rubric = try String(
      contentsOf: RepositoryPaths.root.appendingPathComponent("Rubrics/decision-integrity.json"),
      encoding: .utf8)
    let opening = try #require(rubric.range(of: "\"formatVersion\": 1,"))
    let broken = rubric.replacingCharacters(
      in: opening, with: "\"formatVersion\": 1, \"method\": {\"contestedSpread\": -1},")
    let lint = try ProcessRun(Self.binary, ["rubric", "lint", "-"], standardInput: broken)
    #expect(lint.status == 1)
    let lines = broken.components(separatedBy: "\n")
    let line = try #require(
      lines.firstIndex(where: { (text: String) in text.contains("\"contestedSpread\"") }))
    let problem = try #require(
      lint.standardOutput.split(separator: "\n").first(where: { (row: Substring) in
        row.contains("$.method.contestedSpread")
      }),
      "\(lint.standardOutput)")
    #expect(problem.hasPrefix("<stdin>:\(line + 1):"), "\(problem)")
    #expect(problem.contains(#/<stdin>:\d+:\d+: \$\.method\.contestedSpread: /#), "\(problem)")
  }
}

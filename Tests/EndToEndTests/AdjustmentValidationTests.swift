import Foundation
import TestSupport
import Testing

/// An adjustment in `review.json` that names no lens of the review's rubric snapshot, run through the built
/// binary: every command that opens the review refuses it (exit 1), naming the file, the JSON path, the line
/// and the column, with the lens meant; nothing is scored, written or dropped.
@Suite("Adjustments checked against the rubric snapshot, as processes")
struct AdjustmentValidationTests {
  static var binary: URL { RepositoryPaths.integrityBinary }

  /// `review.json`'s adjustments as the workbench writes them, `decision-basys` on line 5 at column 16.
  static let misspelt = """
      "adjustments" : [
        {
          "date" : "2026-11-23T09:00:00Z",
          "lens" : "decision-basys",
          "rating" : "at-risk",
          "reason" : "Counsel confirmed the exit terms"
        }
      ],
    """

  /// A review made by `integrity init` with one interview imported, and `adjustments` in its `review.json`.
  static func review(in folder: Fixtures.TemporaryFolder, adjustments: String) throws -> String {
    let review = try folder.newReview()
    let sheet = folder.path + "/sheet.csv"
    try "name,role,question,answer,evidence\nAna Lima,sponsor,oc-measurable,3,said 3\n".write(
      toFile: sheet, atomically: false, encoding: .utf8)
    let imported = try ProcessRun(binary, ["import", review, sheet])
    try #require(imported.status == 0, "\(imported.standardError)")
    let path = review + "/review.json"
    let original = try String(contentsOfFile: path, encoding: .utf8)
    let empty = "  \"adjustments\" : [\n\n  ],"
    try #require(original.hasPrefix("{\n" + empty + "\n"), "init wrote \(original)")
    try original.replacingOccurrences(of: empty, with: adjustments).write(
      toFile: path, atomically: false, encoding: .utf8)
    return review
  }

  static func commands(_ review: String, sheet: String) -> [[String]] {
    [
      ["score", review], ["score", review, "--json"], ["score", review, "--explain", "lock-in"],
      ["report", review, "-o", "-"], ["status", review], ["status", review, "--json"],
      ["export", review, "--format", "csv", "-o", "-"],
      ["adjust", review, "--lens", "lock-in", "--rating", "sound", "--why", "Checked"],
      ["adjust", review, "--lens", "decision-basis", "--clear"],
      ["interview", review, "--name", "Bo Chen", "--role", "finance", "--plain"],
      ["import", review, sheet], ["interviewee", "remove", review, "--name", "Ana Lima"],
    ]
  }

  @Test("every command that opens the review exits 1 naming file, path, line and column, with did-you-mean")
  func everyCommandRefuses() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let review = try Self.review(in: folder, adjustments: Self.misspelt)
    let before = try Data(contentsOf: URL(fileURLWithPath: review + "/review.json"))
    let interviews = try FileManager.default.contentsOfDirectory(atPath: review + "/interviews")
    let expected =
      "integrity: \(review)/review.json:5:16: $.adjustments[0].lens: no lens \"decision-basys\" in the "
      + "review's rubric (rubric.json); did you mean \"decision-basis\"? Correct the lens, or remove the "
      + "adjustment\n"
    for arguments in Self.commands(review, sheet: folder.path + "/sheet.csv") {
      let run = try ProcessRun(Self.binary, arguments, standardInput: "3\n\nq\n")
      #expect(run.status == 1, "\(arguments): \(run.standardError)")
      #expect(run.standardError == expected, "\(arguments)")
      #expect(run.standardOutput.isEmpty, "\(arguments): \(run.standardOutput)")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: review + "/review.json")) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: review + "/interviews") == interviews)
  }

  @Test("every bad adjustment is reported at once, each at its line and column; then the fixed one scores")
  func everyProblemAtOnce() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let adjustments = """
        "adjustments" : [
          {
            "date" : "2026-11-23T09:00:00Z",
            "lens" : "decision-basys",
            "rating" : "at-risk",
            "reason" : "Counsel confirmed the exit terms"
          },
          {
            "date" : "2026-11-23T09:00:00Z",
            "lens" : "lock-in",
            "rating" : "great",
            "reason" : "Priced"
          },
          "sound",
          {
            "date" : "2026-11-23T09:00:00Z",
            "lens" : "qqqqqqqqqq",
            "rating" : "sound",
            "reason" : "Nobody said"
          }
        ],
      """
    let review = try Self.review(in: folder, adjustments: adjustments)
    let file = review + "/review.json"
    let run = try ProcessRun(Self.binary, ["score", review])
    #expect(run.status == 1)
    #expect(
      run.standardError.components(separatedBy: "\n") == [
        "integrity: \(file):5:16: $.adjustments[0].lens: no lens \"decision-basys\" in the review's rubric "
          + "(rubric.json); did you mean \"decision-basis\"? Correct the lens, or remove the adjustment",
        "\(file):12:18: $.adjustments[1].rating: unknown rating \"great\"; use sound, at-risk, unsound, "
          + "insufficient-evidence",
        "\(file):15:5: $.adjustments[2]: expected an object, found a string",
        "\(file):18:16: $.adjustments[3].lens: no lens \"qqqqqqqqqq\" in the review's rubric (rubric.json); "
          + "its lenses are outcome-clarity, decision-basis, decision-rights, operating-model-fit, lock-in, "
          + "risk-cost-allocation, governance-readiness. Correct the lens, or remove the adjustment",
        "",
      ])

    try String(contentsOfFile: file, encoding: .utf8)
      .replacingOccurrences(
        of: adjustments, with: Self.misspelt.replacingOccurrences(of: "basys", with: "basis")
      )
      .write(toFile: file, atomically: false, encoding: .utf8)
    let fixed = try ProcessRun(Self.binary, ["score", review])
    #expect(fixed.status == 0, "\(fixed.standardError)")
    #expect(fixed.standardOutput.contains("Counsel confirmed the exit terms"), "\(fixed.standardOutput)")
  }

  @Test("adjust refuses a lens the rubric lacks (exit 64, with the lenses), and writes nothing")
  func adjustRefusesUnknownLens() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let review = try folder.newReview()
    let before = try Data(contentsOf: URL(fileURLWithPath: review + "/review.json"))
    let run = try ProcessRun(
      Self.binary, ["adjust", review, "--lens", "decision-basys", "--rating", "sound", "--why", "Checked"])
    #expect(run.status == 64)
    #expect(run.standardError.contains("decision-basis"), "\(run.standardError)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: review + "/review.json")) == before)
  }
}

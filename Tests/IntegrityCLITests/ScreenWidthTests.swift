import Foundation
import RubricEngine
import TerminalInterview
import TestSupport
import Testing

@testable import IntegrityCLI

/// Every screen fits the terminal: no line wider than the width it is laid out for, but for a single word
/// (a path) longer than the whole line, at 80 columns and at narrower widths.
@Suite("Screens within the terminal's width")
struct ScreenWidthTests {
  /// Lines wider than `width` that are not a lone word too long to break.
  static func overflowing(_ text: String, width: Int) -> [String] {
    text.split(separator: "\n").map(String.init).filter { line in
      DisplayWidth.of(line) > width
        && line.split(separator: " ").count > 1
        && !line.split(separator: " ").contains { DisplayWidth.of($0) + 4 > width }
    }
  }

  @Test(
    "the example review's status, score, every --explain, rubric show and check-outcome fit",
    arguments: [
      80, 60, 40,
    ])
  func exampleScreens(width: Int) throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let review = folder.path + "/r"
    try FileManager.default.copyItem(atPath: ExampleReviewFiles.folder.path, toPath: review)
    try FileManager.default.copyItem(
      atPath: RepositoryPaths.standardRubric.path, toPath: review + "/rubric.json")
    let rubric = try Fixtures.standardRubric()
    var runs = [
      ["status", review], ["score", review], ["rubric", "show"],
      [
        "check-outcome", "Launch the new portal",
        "Halve the claims backlog for small-business customers by 2027.",
      ],
    ]
    runs += rubric.lenses.map { ["score", review, "--explain", $0.id] }
    for arguments in runs {
      let run = CommandRun(arguments, screenWidth: width)
      #expect(Self.overflowing(run.standardError, width: width) == [], "\(arguments) at \(width)")
      #expect(!run.standardOutput.isEmpty, "\(arguments)")
      #expect(Self.overflowing(run.standardOutput, width: width) == [], "\(arguments) at \(width)")
    }
  }

  @Test("a long line breaks between words and hangs under its text; a short one is left alone")
  func wrapping() {
    #expect(ScreenText.fit(line: "  short line", width: 80) == ["  short line"])
    #expect(
      ScreenText.fit(line: "  alpha beta gamma delta epsilon zeta eta theta iota", width: 30)
        == ["  alpha beta gamma delta", "    epsilon zeta eta theta", "    iota"])
    // Too narrow to hang: continuation lines start at the margin.
    #expect(ScreenText.fit(line: "  alpha beta gamma", width: 12) == ["  alpha beta", "gamma"])
    // An aligned option line hangs under its description; a list item under its text.
    #expect(
      ScreenText.fit(line: "  --rubric PATH   use the rubric at PATH instead of the standard one", width: 50)
        == ["  --rubric PATH   use the rubric at PATH instead", "                  of the standard one"])
    #expect(
      ScreenText.fit(line: "- one two three four five six seven eight nine", width: 30)
        == ["- one two three four five six", "  seven eight nine"])
    // A path is never cut, and a place stays with what it introduces.
    let path = "/tmp/a-very-long-folder-name/interviews/dana.json:3:20:"
    #expect(
      ScreenText.fit(line: Substring(path + " unexpected ':' here"), width: 40).first == path + " unexpected")
  }

  @Test("a command in a message starts its own line and goes on with \\, never inside quotes")
  func commands() {
    #expect(
      ScreenText.fit(
        line: "Next: integrity interview /a/long/folder --name 'Ana Lima' --role sponsor", width: 40)
        == ["Next:", "  integrity interview /a/long/folder \\", "    --name 'Ana Lima' --role sponsor"])
    // A command listed by itself keeps its indent; a quoted value is one word however long.
    #expect(
      ScreenText.fit(
        line: "  integrity interviewee restore r --name 'Bo Chen Long Name' --file x.json", width: 40)
        == ["  integrity interviewee restore r \\", "    --name 'Bo Chen Long Name' --file \\", "    x.json"])
    // Two commands in a sentence are prose: no continuation that would join them.
    let prose = ScreenText.fit(
      line: "Next: integrity score r, then integrity report r and more words", width: 30)
    #expect(!prose.contains { $0.hasSuffix("\\") })
    #expect(prose.allSatisfy { DisplayWidth.of($0) <= 30 })
  }

  /// Places that glue to the next word and quoted values are tested above; here the words are plain.
  @Test("any line at any width: every word kept in order, and no line too wide but for one long word")
  func property() {
    var generator = SeededGenerator(seed: 11)
    let vocabulary = [
      "integrity", "pandoc", "Next:", "--name", "x,", "end.",
      "a-very-long-word-that-will-not-fit-anywhere-at-all",
      "山田", "  ", "·", "-", "1.", "--file", "r",
    ]
    for _ in 0..<2_000 {
      let count = Int.random(in: 0...24, using: &generator)
      let words = (0..<count).map { _ in vocabulary.randomElement(using: &generator) ?? "" }
      let line =
        String(repeating: " ", count: Int.random(in: 0...6, using: &generator)) + words.joined(separator: " ")
      let width = Int.random(in: 1...100, using: &generator)
      let lines = ScreenText.fit(line: Substring(line), width: width)
      let kept = lines.joined(separator: " ").split(separator: " ").filter { $0 != "\\" }
      #expect(kept == line.split(separator: " "), "\(line) at \(width)")
      for shown in lines where DisplayWidth.of(shown) > width {
        #expect(
          shown.split(separator: " ").filter { $0 != "\\" }.count <= 2, "\(shown) at \(width) from \(line)")
      }
    }
  }

  @Test("wide characters take two columns, combining marks none")
  func displayWidth() {
    #expect(DisplayWidth.of("Ana Lima") == 8)
    #expect(DisplayWidth.of("山田太郎") == 8)
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of("█░") == 2)
  }

  @Test("a table too wide wraps its wrapping column, then turns into blocks")
  func table() {
    let rows = [["Question", "Scores", "Mean"], ["oc-measurable", "1, 2, 3, 4, 0, 1, 2, 3", "2.00"]]
    let wide = TextTable(rows: rows, rightAligned: [2], wrapping: 1)
    #expect(
      wide.render(width: 80) == [
        "  Question       Scores                  Mean", "  oc-measurable  1, 2, 3, 4, 0, 1, 2, 3  2.00",
      ])
    let wrapped = wide.render(width: 37)
    #expect(wrapped.allSatisfy { DisplayWidth.of($0) <= 37 })
    #expect(wrapped.count > 2 && wrapped[1].hasSuffix("2.00"))
    let blocks = wide.render(width: 24)
    #expect(blocks == ["  oc-measurable", "    Scores: 1, 2, 3, 4,", "    0, 1, 2, 3", "    Mean: 2.00"])
  }

  @Test("the width is the terminal's, else COLUMNS, else 80")
  func width() {
    #expect(CommandContext.screenWidth(terminalColumns: 120, environment: ["COLUMNS": "60"]) == 120)
    #expect(CommandContext.screenWidth(terminalColumns: nil, environment: ["COLUMNS": "60"]) == 60)
    #expect(CommandContext.screenWidth(terminalColumns: nil, environment: ["COLUMNS": "wide"]) == 80)
    #expect(CommandContext.screenWidth(terminalColumns: nil, environment: [:]) == 80)
  }
}

import Foundation
import IntegrityCLI
import ReviewStore
import RubricEngine
import TerminalInterview
import TestSupport
import Testing

/// Text planted in the data (a window-title OSC, a bell, a screen clear, a bidi override, a carriage return)
/// must never reach a terminal raw, by any path: each path is run here as a terminal would show it.
@Suite("Nothing from data drives the terminal")
struct TerminalSafetyTests {
  /// Retitles the window, rings the bell, clears the screen, reverses what follows, returns the carriage.
  static let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}\r"
  static let time = "2026-11-23T09:00:00Z"

  /// Records an issue for every unsafe character in `text`; `where` names the path under test.
  static func expectSafe(_ text: String, _ place: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let unsafe = text.unicodeScalars.filter { ControlCharacters.isUnsafe($0) && $0 != "\n" && $0 != "\t" }
    #expect(
      unsafe.isEmpty, "\(place): \(unsafe.map(ControlCharacters.codePoint))", sourceLocation: sourceLocation)
  }

  /// An interview file's bytes, written as a hand edit or an old import could have left it.
  static func interviewFile(name: String, role: String, answers: [String: [String: Any]]) throws -> [UInt8] {
    let object: [String: Any] = [
      "formatVersion": 1, "name": name, "role": role, "started": time, "updated": time,
      "answers": answers.mapValues { $0.merging(["recorded": time]) { first, _ in first } },
    ]
    return [UInt8](try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
  }

  /// A review whose every field and two interviewees' names and evidence carry the hostile text.
  static func hostileReview() throws -> InMemoryFileSystem {
    let files = InMemoryFileSystem.withStandardRubric()
    let run = CommandRun(
      [
        "init", "r", "--client", "Acme" + hostile, "--program", "Claims" + hostile, "--decision",
        "Sign" + hostile, "--consultant", "R. Okafor" + hostile,
      ], fileSystem: files)
    #expect(run.exitCode == .success, "\(run.standardError)")
    for (slug, role) in [("ana", "sponsor"), ("bo", "finance")] {
      files.add(
        "r/interviews/\(slug).json",
        bytes: try interviewFile(
          name: slug.capitalized + hostile, role: role,
          answers: [
            "oc-outcome-statement": ["status": "text", "text": "Launch it" + hostile],
            "oc-measurable": ["status": "scored", "score": 1, "text": "They said" + hostile],
            "oc-shared-definition": ["status": "scored", "score": 3, "text": hostile + "quote"],
          ]))
    }
    return files
  }

  @Test(
    "status, score, --explain, report and export show planted text made visible on a terminal",
    arguments: [
      ["status", "r"], ["score", "r"], ["score", "r", "--explain", "outcome-clarity"],
      ["score", "r", "--json"],
      ["report", "r", "--draft", "-o", "-"], ["report", "r", "--draft", "--format", "json", "-o", "-"],
      ["export", "r", "--format", "csv"],
    ])
  func reviewOutputs(arguments: [String]) throws {
    let files = try Self.hostileReview()
    let run = CommandRun(arguments, fileSystem: files, onTerminal: true)
    #expect(run.exitCode == .success, "\(run.standardError)")
    Self.expectSafe(run.standardOutput + run.standardError, arguments.joined(separator: " "))
  }

  @Test("into a pipe or a file the bytes stay as they are: export keeps the bidi override it was given")
  func pipedStaysExact() throws {
    let run = CommandRun(["export", "r", "--format", "csv"], fileSystem: try Self.hostileReview())
    #expect(run.standardOutput.contains("They said\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}"))
  }

  @Test("the exit-75 refusal shows what a planted lock file says made visible")
  func lockedRefusal() throws {
    let files = try Self.hostileReview()
    // Names are cleaned on the way in (no override can reach a stored name), but a lock file is written by
    // another process, or planted: what it says is shown only made visible.
    files.heldLocks["r/interviews/.dana.lock"] = 4242
    files.lockHolders["r/interviews/.dana.lock"] = "an import\u{202E}\u{1B}]0;pwned\u{07}"
    let csv = "name,role,question,answer,evidence\nDana,sponsor,oc-measurable,2,\n"
    let run = CommandRun(["import", "r", "-"], fileSystem: files, standardInput: csv, onTerminal: true)
    #expect(run.exitCode == .locked, "\(run.standardError)")
    #expect(run.standardError.contains("<U+202E>"))
    #expect(run.standardError.contains("the interview of Dana"))
    Self.expectSafe(run.standardError, "import refused")
  }

  @Test("a key planted in a damaged review.json is escaped in the message, on a terminal or not")
  func damagedKey() throws {
    let files = try Self.hostileReview()
    var review = try #require(
      try JSONSerialization.jsonObject(with: Data(files.text(at: "r/review.json")?.utf8 ?? "".utf8))
        as? [String: Any])
    review["x" + Self.hostile] = 1
    files.add("r/review.json", bytes: [UInt8](try JSONSerialization.data(withJSONObject: review)))
    for onTerminal in [true, false] {
      let run = CommandRun(["status", "r"], fileSystem: files, onTerminal: onTerminal)
      #expect(run.exitCode == .failure)
      #expect(
        run.standardError.contains(#"$["x\u001B]0;pwned\u0007\u001B[2J\u202E\u000D"]"#),
        "\(run.standardError)")
      Self.expectSafe(run.standardError, "damaged review.json")
    }
  }

  @Test("check-outcome shows a statement's escape sequences and bell made visible")
  func checkOutcome() {
    let statement = "Launch the portal" + Self.hostile
    for (run, json) in [
      (CommandRun(["check-outcome", statement], onTerminal: true), false),
      (CommandRun(["check-outcome"], standardInput: statement + "\n", onTerminal: true), false),
      (CommandRun(["check-outcome", "--json", statement], onTerminal: true), true),
    ] {
      #expect(run.exitCode == .failure)
      #expect(run.standardOutput.contains("Launch the portal^[]0;pwned^G^[[2J<U+202E>") != json)
      Self.expectSafe(run.standardOutput + run.standardError, "check-outcome")
    }
  }

  @Test("rubric lint reports control and bidi characters in rubric text; rubric show refuses such a rubric")
  func rubricText() throws {
    let files = InMemoryFileSystem.withStandardRubric()
    let fixture = RepositoryPaths.root.appendingPathComponent(
      "Tests/RubricEngineTests/Fixtures/MalformedRubrics/control-characters.json")
    let bytes = [UInt8](try Data(contentsOf: fixture))
    files.add("hostile.json", bytes: bytes)
    let lint = CommandRun(["rubric", "lint", "hostile.json"], fileSystem: files, onTerminal: true)
    #expect(lint.exitCode == .failure)
    #expect(
      lint.standardOutput.contains("hostile.json:62:21: $.lenses[0].questions[0].prompt: contains U+202E;"))
    Self.expectSafe(lint.standardOutput + lint.standardError, "rubric lint")
    let piped = CommandRun(
      ["rubric", "lint", "-"], fileSystem: files, standardInput: String(decoding: bytes, as: UTF8.self))
    #expect(piped.exitCode == .failure)
    #expect(piped.standardOutput.contains("<stdin>:55:16: $.lenses[0].title: contains U+001B and U+0007;"))
    let show = CommandRun(["rubric", "show", "hostile.json"], fileSystem: files, onTerminal: true)
    #expect(show.exitCode == .failure)
    Self.expectSafe(show.standardOutput + show.standardError, "rubric show")
  }

  @Test("interview --revisit pre-fills a stored answer without its control and bidi characters")
  func revisitPrefill() throws {
    let files = try Self.hostileReview()
    files.add(
      "r/interviews/dana.json",
      bytes: try Self.interviewFile(
        name: "Dana", role: "sponsor",
        answers: [
          "oc-outcome-statement": ["status": "text", "text": "Cut" + Self.hostile + " time"]
        ]))
    let terminal = ScriptedTerminal(lines: ["q"], isInteractive: true)
    let run = CommandRun(
      ["interview", "r", "--name", "Dana", "--role", "sponsor", "--revisit"], fileSystem: files,
      terminal: terminal)
    #expect(run.exitCode == .success, "\(run.standardError)")
    // The line editor of a real terminal is what draws a pre-filled line (the process test drives it).
    let drawn = terminal.prompts.map { LineEditor(initial: $0.initial).text }
    #expect(drawn == ["Cut]0;pwned[2J time"])
    Self.expectSafe(terminal.transcript, "interview screen")
  }

  @Test("the \"To continue:\" hint shows a stored carriage return made visible")
  func continueHint() throws {
    let files = try Self.hostileReview()
    files.add(
      "r/interviews/dana-x.json",
      bytes: try Self.interviewFile(name: "Dana\rX", role: "sponsor", answers: [:]))
    let terminal = ScriptedTerminal(lines: ["q"])
    let run = CommandRun(
      ["interview", "r", "--name", "Dana X", "--role", "sponsor"], fileSystem: files, terminal: terminal)
    #expect(run.exitCode == .success, "\(run.standardError)")
    #expect(
      terminal.transcript.contains("To continue: integrity interview r --name 'Dana^MX' --role sponsor"))
    Self.expectSafe(terminal.transcript, "interview hint")
  }
}

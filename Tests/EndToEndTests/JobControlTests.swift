import Foundation
import RubricEngine
import TerminalInterview
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The interview run from a shell with job control on a pseudo-terminal, as a consultant runs it: `e` opens
/// an editor that owns the terminal, Ctrl-Z stops the interview and `fg` carries it on.
@Suite("The interview under a shell with job control", .serialized)
struct JobControlTests {
  static var binary: URL { RepositoryPaths.integrityBinary }

  /// A stand-in for an interactive editor: it reads a line from the terminal (a process reading its
  /// terminal from the background is stopped by SIGTTIN, so this proves it has the foreground), writes it
  /// as the note, and exits.
  static let standIn = """
    #!/bin/sh
    printf 'stand-in editor: type the note\\n'
    IFS= read -r line || exit 9
    printf '%s\\n' "$line" > "$1"
    """

  /// A review with one interview started, and the environment to run it in, with `editor` as `EDITOR`.
  static func start(editor: String?, in folder: Fixtures.TemporaryFolder) throws -> JobControlShell {
    let review = folder.path + "/r"
    let made = try ProcessRun(binary, ["init", review, "--client", "A", "--program", "P", "--decision", "D"])
    #expect(made.status == 0, "\(made.standardError)")
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = "xterm-256color"
    environment["VISUAL"] = nil
    environment["EDITOR"] = editor
    return try JobControlShell(
      binary, ["interview", review, "--name", "Ed Stone", "--role", "sponsor"], environment: environment)
  }

  static func interview(_ folder: Fixtures.TemporaryFolder) throws -> Interview {
    let path = folder.path + "/r/interviews/ed-stone.json"
    return try InterviewDecoder(rubric: try Fixtures.standardRubric()).decode(
      [UInt8](Data(contentsOf: URL(fileURLWithPath: path))), file: path)
  }

  /// Answers the outcome statement and scores the second question 3: the evidence prompt is next.
  static func reachEvidence(_ live: LiveProcess) throws -> Int {
    var offset = try #require(live.waitFor("Answer (Enter or s to skip", after: 0), "\(live.screenText)")
    live.send("Halve claim time by 2027\r")
    offset = try #require(live.waitFor("Score 0-4", after: offset), "\(live.screenText)")
    live.send("3\r")
    return try evidencePrompt(live, after: offset)
  }

  /// Waits for the evidence prompt to be drawn whole, over its lines: typing starts after it.
  static func evidencePrompt(_ live: LiveProcess, after offset: Int) throws -> Int {
    let start = try #require(live.waitFor("Evidence, what was said", after: offset), "\(live.screenText)")
    return try #require(live.waitFor("quit): ", after: start), "\(live.screenText)")
  }

  @Test(
    "e: an editor reading the terminal gets it, Ctrl-Z stops it with the interview, and its note is saved")
  func editorInForeground() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let editor = folder.path + "/stand-in-editor"
    try Self.standIn.write(toFile: editor, atomically: true, encoding: .utf8)
    chmod(editor, 0o755)
    let shell = try Self.start(editor: editor, in: folder)
    let live = shell.live
    var offset = try Self.reachEvidence(live)
    live.send("e\r")
    offset = try #require(
      live.waitFor("stand-in editor: type the note", after: offset),
      "the editor never read: \(live.screenText)")
    // Ctrl-Z in the editor stops the job: the editor and the interview together.
    live.send(bytes: [0x1A])
    offset = try #require(live.waitFor("[job stopped]", after: offset), "\(live.screenText)")
    let interview = try #require(shell.processes(named: "integrity").first)
    #expect(JobControlShell.wait(interview, toBe: "T"), "the interview is stopped with its editor")
    // The shell's fg, a line feed ending its line whatever mode the stopped job left the terminal in.
    let resumed = shell.continueJob(interview)
    #expect(
      resumed == "S" || resumed == "R", "after fg the interview is \(resumed.map(String.init) ?? "gone")")
    live.send("Said in the steering group\r")
    offset = try #require(
      live.waitFor("Evidence from the editor: \"Said in the steering group\"", after: offset),
      "\(live.screenText)")
    _ = try #require(live.waitFor("Score 0-4", after: offset), "\(live.screenText)")
    live.send("q\r")
    #expect(live.waitForExit() == 0, "\(live.screenText)")
    let saved = try Self.interview(folder)
    #expect(saved.answers["oc-shared-definition"]?.score == 3)
    #expect(saved.answers["oc-shared-definition"]?.text == "Said in the steering group")
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/r/interviews/.ed-stone.evidence.txt"))
  }

  @Test(
    "a missing, failing or interrupted editor is a message, the evidence is asked again and the interview goes on",
    arguments: [
      ("/no/such/editor", "The editor '/no/such/editor' was not found (set VISUAL or EDITOR"),
      ("sh -c 'exit 3'", "The editor 'sh -c 'exit 3'' exited with 3; the note was not changed."),
      ("interrupted", "was ended by signal 2; the note was not changed."),
    ])
  func failingEditor(editor: String, message: String) throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    var command = editor
    if editor == "interrupted" {
      command = folder.path + "/stand-in-editor"
      try Self.standIn.write(toFile: command, atomically: true, encoding: .utf8)
      chmod(command, 0o755)
    }
    let shell = try Self.start(editor: command, in: folder)
    let live = shell.live
    var offset = try Self.reachEvidence(live)
    live.send("e\r")
    if editor == "interrupted" {
      offset = try #require(
        live.waitFor("stand-in editor: type the note", after: offset), "\(live.screenText)")
      live.send(bytes: [0x03])  // Ctrl-C: the editor's, not the interview's
    }
    offset = try Self.evidencePrompt(live, after: offset)
    // The message is wrapped to the screen: read across its lines.
    let screen = live.screenText.replacingOccurrences(of: "\r\n", with: " ")
    #expect(screen.contains(message), "\(live.screenText)")
    #expect(screen.contains("Type the note here, or e to try the editor again."))
    live.send("Typed instead\r")
    _ = try #require(live.waitFor("Score 0-4", after: offset), "\(live.screenText)")
    live.send("q\r")
    #expect(live.waitForExit() == 0, "\(live.screenText)")
    #expect(try Self.interview(folder).answers["oc-shared-definition"]?.text == "Typed instead")
  }

  @Test("Ctrl-Z at a prompt stops the interview with the terminal restored; fg redraws the line and goes on")
  func suspend() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let shell = try Self.start(editor: nil, in: folder)
    let live = shell.live
    var offset = try #require(live.waitFor("Answer (Enter or s to skip", after: 0), "\(live.screenText)")
    live.send("Halve claim")
    live.send(bytes: [0x1A])
    offset = try #require(live.waitFor("[job stopped]", after: offset), "\(live.screenText)")
    let interview = try #require(shell.processes(named: "integrity").first)
    #expect(JobControlShell.wait(interview, toBe: "T"))
    var settings = termios()
    #expect(tcgetattr(live.terminalDescriptor, &settings) == 0)
    #expect(settings.c_lflag & tcflag_t(ICANON | ECHO) == tcflag_t(ICANON | ECHO), "the terminal restored")
    // The shell's fg, a line feed ending its line whatever mode the stopped job left the terminal in.
    let resumed = shell.continueJob(interview)
    offset = try #require(
      live.waitFor("q save and quit): Halve claim", after: offset), "the line redrawn: \(live.screenText)")
    #expect(
      resumed == "S" || resumed == "R", "after fg the interview is \(resumed.map(String.init) ?? "gone")")
    live.send(" time by 2027\r")  // raw mode again: the line goes on where it was
    offset = try #require(live.waitFor("Score 0-4", after: offset), "\(live.screenText)")
    live.send("q\r")
    #expect(live.waitForExit() == 0, "\(live.screenText)")
    #expect(try Self.interview(folder).answers["oc-outcome-statement"]?.text == "Halve claim time by 2027")
  }
}

import Foundation
import RubricEngine
import TestSupport
import Testing

/// The built binary on a real terminal (a pseudo-terminal) and on `/dev/zero`: what the in-process tests
/// show of the sinks and the readers, checked where the platform calls are made.
@Suite("Terminal output and endless input, as processes", .serialized)
struct TerminalProcessTests {
  static var binary: URL { RepositoryPaths.integrityBinary }
  static let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}"

  /// Runs `arguments` with `/dev/zero` as standard input and returns the exit status and all output.
  static func runOnZero(_ arguments: [String], in directory: URL) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.standardInput = FileHandle(forReadingAtPath: "/dev/zero")
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test("on a terminal, standard output and error show planted text made visible; into a pipe they keep it")
  func terminalSink() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let review = folder.path + "/r"
    let made = try ProcessRun(
      Self.binary, ["init", review, "--client", "Acme", "--program", "P", "--decision", "D"])
    #expect(made.status == 0, "\(made.standardError)")
    // init cleans what it is given, so the planted text goes into review.json by hand, as an attacker would.
    let path = review + "/review.json"
    let stored = try String(contentsOfFile: path, encoding: .utf8)
    let planted =
      "Acme"
      + Self.hostile.unicodeScalars.map {
        $0.value < 0x80 && $0.value >= 0x20 ? String($0) : String(format: "\\u%04x", $0.value)
      }.joined()
    try stored.replacingOccurrences(of: "\"Acme\"", with: "\"" + planted + "\"").write(
      toFile: path, atomically: false, encoding: .utf8)
    for arguments in [
      ["status", review], ["report", review, "--draft", "-o", "-"],
      ["check-outcome", "Launch it" + Self.hostile],
      ["status", review + "/missing" + Self.hostile],
    ] {
      let live = try LiveProcess(Self.binary, arguments, connection: .pseudoTerminal(columns: 100))
      let status = live.waitForExit()
      #expect(status != nil)
      let shown = live.output.replacingOccurrences(of: "\r\n", with: "\n")
      let unsafe = shown.unicodeScalars.filter { ControlCharacters.isUnsafe($0) && $0 != "\n" }
      #expect(unsafe.isEmpty, "\(arguments[0]): \(unsafe.map(ControlCharacters.codePoint))")
      // The report's Markdown drops the override itself; the other outputs show it.
      if arguments[0] != "report" {
        #expect(shown.contains("<U+202E>"), "\(arguments[0]): \(shown.prefix(300))")
      }
    }
    let piped = try ProcessRun(Self.binary, ["check-outcome", "Launch it" + Self.hostile])
    #expect(piped.standardOutput.contains("Launch it" + Self.hostile))
  }

  @Test("interview --revisit in a terminal draws a stored answer's line without its escapes")
  func revisitInTerminal() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let review = folder.path + "/r"
    let made = try ProcessRun(
      Self.binary, ["init", review, "--client", "A", "--program", "P", "--decision", "D"])
    #expect(made.status == 0, "\(made.standardError)")
    let time = "2026-11-23T09:00:00Z"
    let interview: [String: Any] = [
      "formatVersion": 1, "name": "Dana", "role": "sponsor", "started": time, "updated": time,
      "answers": [
        "oc-outcome-statement": [
          "status": "text", "text": "Cut" + Self.hostile + "\r time", "recorded": time,
        ]
      ],
    ]
    try JSONSerialization.data(withJSONObject: interview).write(
      to: URL(fileURLWithPath: review + "/interviews/dana.json"))
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = "xterm-256color"
    let live = try LiveProcess(
      Self.binary, ["interview", review, "--name", "Dana", "--role", "sponsor", "--revisit"],
      connection: .pseudoTerminal(columns: 100), environment: environment)
    let prompt = live.waitFor("Answer (Enter or s to skip")
    #expect(prompt != nil, "\(live.screenText)")
    // Ctrl-U empties the pre-filled line, then q saves and quits.
    live.send(bytes: [0x15])
    live.send("q\r")
    // A loaded machine can take seconds to answer: the wait is generous, a hang still fails.
    #expect(live.waitFor("To continue:", after: prompt ?? 0, timeout: 30) != nil, "\(live.screenText)")
    #expect(live.waitForExit() == 0, "\(live.screenText)")
    let output = live.output
    #expect(output.contains("Cut]0;pwned[2J time"), "the pre-filled line, drawn")
    #expect(output.contains("Cut^[]0;pwned^G^[[2J<U+202E>^M time"), "the current answer, shown")
    for planted in ["]0;pwned\u{07}", "\u{1B}[2J", "\u{202E}", "\u{07}"] {
      #expect(!output.contains(planted), "\(planted.unicodeScalars.map(ControlCharacters.codePoint))")
    }
  }

  @Test("/dev/zero as standard input ends every reader promptly with exit 1 and says why")
  func devZero() throws {
    let folder = try Fixtures.TemporaryFolder()
    defer { folder.remove() }
    let directory = URL(fileURLWithPath: folder.path)
    let made = try ProcessRun(
      Self.binary, ["init", "r", "--client", "A", "--program", "P", "--decision", "D"], in: directory)
    #expect(made.status == 0, "\(made.standardError)")
    let cases: [([String], String)] = [
      (
        ["interview", "r", "--name", "Zero", "--role", "sponsor"], "a line of the input is longer than 256 KB"
      ),
      (["import", "r", "-"], "standard input goes on past 64 MB"),
      (["rubric", "lint", "-"], "standard input goes on past 5 MB"),
      (["rubric", "show", "-"], "standard input goes on past 5 MB"),
      (["check-outcome"], "<stdin>:1: the line is longer than 256 KB"),
    ]
    for (arguments, message) in cases {
      let run = try Self.runOnZero(arguments, in: directory)
      #expect(run.status == 1, "\(arguments.joined(separator: " ")): \(run.output.suffix(300))")
      #expect(run.output.contains(message), "\(arguments.joined(separator: " ")): \(run.output.suffix(300))")
    }
  }

  /// Starts an interview of Dana in a pseudo-terminal `columns` wide, with `TERM` as given.
  static func interviewInTerminal(
    term: String, plain: Bool = false, columns: UInt16 = 80
  ) throws -> (folder: Fixtures.TemporaryFolder, live: LiveProcess) {
    let folder = try Fixtures.TemporaryFolder()
    let made = try ProcessRun(
      Self.binary, ["init", folder.path + "/r", "--client", "A", "--program", "P", "--decision", "D"])
    #expect(made.status == 0, "\(made.standardError)")
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = term
    environment["NO_COLOR"] = nil
    let live = try LiveProcess(
      Self.binary, ["interview", "r", "--name", "Dana", "--role", "sponsor"] + (plain ? ["--plain"] : []),
      in: URL(fileURLWithPath: folder.path), connection: .pseudoTerminal(columns: columns),
      environment: environment)
    return (folder, live)
  }

  @Test(
    "TERM=dumb and --plain: each answer shows once, with no cursor movement, no colour and no rule",
    arguments: [("dumb", false), ("xterm-256color", true)])
  func plainMode(term: String, plain: Bool) throws {
    let (folder, live) = try Self.interviewInTerminal(term: term, plain: plain)
    defer { folder.remove() }
    let prompt = try #require(live.waitFor("Answer (Enter or s to skip", after: 0), "\(live.output)")
    live.send("Halve claim time by 2027\r")
    let score = try #require(live.waitFor("Score 0-4", after: prompt), "\(live.output)")
    live.send("q\r")
    #expect(live.waitForExit() == 0, "\(live.output)")
    let output = live.output
    #expect(output.components(separatedBy: "Halve claim time by 2027").count == 2, "echoed once: \(output)")
    #expect(!output.contains("\u{1B}"), "no escape sequence at all")
    #expect(!output.contains("━"))
    #expect(output.contains("\r\nOutcome clarity\r\n"), "the lens named on a line of its own")
    #expect(score > prompt)
  }

  @Test("in an 80-column terminal every line fits, the lens rule is 80 wide, and typing writes what is typed")
  func eightyColumns() throws {
    let (folder, live) = try Self.interviewInTerminal(term: "xterm-256color")
    defer { folder.remove() }
    let prompt = try #require(live.waitFor("Answer (Enter or s to skip", after: 0), "\(live.output)")
    let before = live.output.count
    live.send("Halve")
    _ = try #require(live.waitFor("Halve", after: prompt))
    live.send(" it by 2027\r")
    let score = try #require(live.waitFor("Score 0-4", after: prompt), "\(live.output)")
    live.send("3\r")
    let evidence = try #require(live.waitFor("Evidence, what was said", after: score), "\(live.output)")
    _ = try #require(live.waitFor("quit): ", after: evidence))
    live.send("q\r")
    #expect(live.waitForExit() == 0, "\(live.output)")
    let typed = String(live.output.dropFirst(before).prefix { $0 != "\r" && $0 != "\n" })
    #expect(typed == "Halve it by 2027", "one character for each key, no redraw")
    let lines = live.screenText.components(separatedBy: "\r\n")
    // A carriage return starts the row again: the widest stretch between them is what the row shows.
    let wide = lines.filter { line in line.split(separator: "\r").contains { $0.count > 80 } }
    #expect(wide.isEmpty, "\(wide)")
    let rules = lines.filter { $0.hasPrefix("━━") }
    #expect(rules.count == 1)
    #expect(rules.allSatisfy { $0.count == 80 }, "\(rules.map(\.count))")
  }
}

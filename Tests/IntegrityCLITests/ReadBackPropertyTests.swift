import Foundation
import IntegrityCLI
import ReviewStore
import RubricEngine
import TestSupport
import Testing

/// Whatever one command accepts, every command reads back: random hostile text through every way in, then
/// every reader. A command may refuse an input (and then writes nothing), but never accept what others refuse.
@Suite("Anything accepted reads back")
struct ReadBackPropertyTests {
  static let pieces: [String] = [
    "Ana", " ", "\t", "\n", "\r\n", "\u{2028}", "\u{2029}", "\u{85}", "\u{0}", "\u{1B}[2J", "\u{7}",
    "\u{202E}",
    "é", "e\u{301}", "名", "\u{A0}", "=cmd", "'", "\"", ",", "|", "<b>", "**", "`", "@", "-",
  ]

  static func hostile(_ generator: inout SeededGenerator, long: Bool = false) -> String {
    let count = Int.random(in: 0...(long ? 60 : 12), using: &generator)
    var text = (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
    if long, Bool.random(using: &generator) {
      text += String(repeating: "x", count: Int.random(in: 40_000...60_000, using: &generator))
    }
    return text
  }

  /// Runs every reader of the review; each must succeed.
  static func expectReadable(_ files: InMemoryFileSystem, _ context: String) {
    for arguments in [
      ["status", "r"], ["score", "r"], ["score", "r", "--json"], ["report", "r", "--draft", "-o", "-"],
      ["report", "r", "--draft", "--format", "json", "-o", "-"], ["export", "r", "--format", "csv"],
    ] {
      let run = CommandRun(arguments, fileSystem: files)
      // A review with no interview has no report: that is said, not read wrongly.
      let interviewed = files.files.keys.contains { $0.hasPrefix("r/interviews/") && $0.hasSuffix(".json") }
      if arguments[0] == "report" && !interviewed {
        #expect(run.exitCode == .failure && run.standardError.contains("has no interviews yet"))
        continue
      }
      #expect(run.exitCode == .success, "\(arguments) after \(context): \(run.standardError)")
    }
    let exported = CommandRun(["export", "r", "--format", "csv"], fileSystem: files)
    let fresh = InMemoryFileSystem.withStandardRubric()
    #expect(
      CommandRun(["init", "r", "--client", "A", "--program", "P", "--decision", "D"], fileSystem: fresh)
        .exitCode == .success, "the setup init")
    let reimported = CommandRun(
      ["import", "r", "-"], fileSystem: fresh, standardInput: exported.standardOutput)
    #expect(reimported.exitCode == .success, "re-import after \(context): \(reimported.standardError)")
    let cleared = CommandRun(["adjust", "r", "--lens", "lock-in", "--clear"], fileSystem: files)
    #expect(cleared.exitCode == .success, "adjust --clear after \(context): \(cleared.standardError)")
  }

  @Test("random hostile text in every option, interview answer and CSV cell is refused or read back")
  func property() {
    var generator = SeededGenerator(seed: 1010)
    for round in 0..<25 {
      let files = InMemoryFileSystem.withStandardRubric()
      let client = Self.hostile(&generator)
      let made = CommandRun(
        [
          "init", "r", "--client", "C" + client, "--program", Self.hostile(&generator) + "P", "--decision",
          Self.hostile(&generator) + "D", "--consultant", Self.hostile(&generator),
        ], fileSystem: files)
      guard made.exitCode == .success else {
        #expect(files.itemKind(at: "r") == nil, "round \(round): a refused init wrote nothing")
        continue
      }
      let name = Self.hostile(&generator)
      let terminal = ScriptedTerminal(lines: [
        Self.hostile(&generator, long: true), "3", Self.hostile(&generator, long: true), "2",
        Self.hostile(&generator, long: true), "q",
      ])
      _ = CommandRun(
        [
          "interview", "r", "--name", name + "N", "--role", "sponsor", "--interviewer",
          Self.hostile(&generator),
        ],
        fileSystem: files, terminal: terminal)
      var sheet = "name,role,question,answer,evidence\n"
      for question in ["oc-measurable", "oc-single-owner", "db-alternatives"] {
        let cells = [
          Self.hostile(&generator) + "B", "finance", question, "2", Self.hostile(&generator, long: true),
        ]
        sheet +=
          cells.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",")
          + "\n"
      }
      _ = CommandRun(["import", "r", "-"], fileSystem: files, standardInput: sheet)
      _ = CommandRun(
        [
          "adjust", "r", "--lens", "lock-in", "--rating", "at-risk", "--why",
          Self.hostile(&generator, long: true),
        ],
        fileSystem: files)
      _ = CommandRun(
        [
          "review", "set", "r", "--forum", Self.hostile(&generator), "--value",
          Self.hostile(&generator, long: true),
          "--option", Self.hostile(&generator), "--option", Self.hostile(&generator), "--decision",
          Self.hostile(&generator) + "D",
        ],
        fileSystem: files)
      Self.expectReadable(files, "round \(round)")
    }
  }

  @Test("a lone line separator or a name that is only a newline is refused where a value is required")
  func blankValues() {
    for value in ["\u{2028}", "\n", " \u{85} ", "\u{1B}"] {
      let files = InMemoryFileSystem.withStandardRubric()
      for option in ["--client", "--program", "--decision"] {
        var arguments = ["init", "r", "--client", "C", "--program", "P", "--decision", "D"]
        if let index = arguments.firstIndex(of: option) { arguments[index + 1] = value }
        let run = CommandRun(arguments, fileSystem: files)
        #expect(run.exitCode == .usage, "\(option) \(value.debugDescription)")
        #expect(files.itemKind(at: "r") == nil)
      }
      #expect(
        CommandRun(["init", "r", "--client", "C", "--program", "P", "--decision", "D"], fileSystem: files)
          .exitCode == .success, "the setup init")
      let interview = CommandRun(
        ["interview", "r", "--name", value, "--role", "sponsor"], fileSystem: files,
        terminal: ScriptedTerminal(lines: ["q"]))
      #expect(interview.exitCode == .usage)
      let why = CommandRun(
        ["adjust", "r", "--lens", "lock-in", "--rating", "sound", "--why", value], fileSystem: files)
      #expect(why.exitCode == .usage)
      Self.expectReadable(files, value.debugDescription)
    }
  }

  @Test("text over its limit is refused with the limit, and nothing is written")
  func overLimits() {
    let files = InMemoryFileSystem.withStandardRubric()
    let long = String(repeating: "n", count: TextRule.name.maximumLength + 1)
    let title = String(repeating: "t", count: TextRule.title.maximumLength + 1)
    let refused = CommandRun(
      ["init", "r", "--client", title, "--program", "P", "--decision", "D"], fileSystem: files)
    #expect(refused.exitCode == .failure)
    #expect(
      refused.standardError.contains("--client is 301 characters long; a title may be at most 300 characters")
    )
    #expect(files.itemKind(at: "r") == nil)
    #expect(
      CommandRun(["init", "r", "--client", "C", "--program", "P", "--decision", "D"], fileSystem: files)
        .exitCode == .success, "the setup init")
    let before = files.files
    let name = CommandRun(
      ["interview", "r", "--name", long, "--role", "sponsor"], fileSystem: files,
      terminal: ScriptedTerminal(lines: ["q"]))
    #expect(name.exitCode == .failure)
    #expect(
      name.standardError.contains("--name is 201 characters long; a name may be at most 200 characters"))
    let cell = String(repeating: "e", count: TextRule.evidence.maximumLength + 1)
    let sheet = "name,role,question,answer,evidence\nBo,finance,oc-measurable,2,\(cell)\n"
    let imported = CommandRun(["import", "r", "-"], fileSystem: files, standardInput: sheet)
    #expect(imported.exitCode == .failure)
    #expect(
      imported.standardError.contains(
        "-:2: the evidence is 50001 characters long; the evidence may be at most 50000"))
    #expect(files.files == before)
  }
}

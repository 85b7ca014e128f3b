import IntegrityCLI
import Testing

@Suite("Argument scanner")
struct ArgumentScannerTests {
  /// What a command asking for `--json`, `--rubric PATH`/`-r` and repeatable `--consultant` sees.
  struct Scan: Equatable, CustomStringConvertible {
    var json = false
    var rubric: String?
    var consultants: [String] = []
    var positionals: [String] = []

    var description: String {
      "json=\(json) rubric=\(rubric ?? "nil") consultants=\(consultants) \(positionals)"
    }
  }

  static func scan(_ arguments: [String]) throws(CommandError) -> Scan {
    var scanner = ArgumentScanner(arguments, command: "test")
    var result = Scan()
    result.json = try scanner.flag("json")
    result.rubric = try scanner.option("rubric", short: "r")
    result.consultants = try scanner.values("consultant")
    result.positionals = try scanner.positionals()
    return result
  }

  @Test(
    "options in any place, in every spelling",
    arguments: [
      ([], Scan()),
      (["a", "b"], Scan(positionals: ["a", "b"])),
      (["--json", "a"], Scan(json: true, positionals: ["a"])),
      (["a", "--json"], Scan(json: true, positionals: ["a"])),
      (["--rubric", "x.json"], Scan(rubric: "x.json")),
      (["--rubric=x.json", "a"], Scan(rubric: "x.json", positionals: ["a"])),
      (["-r", "x.json"], Scan(rubric: "x.json")),
      (["-rx.json"], Scan(rubric: "x.json")),
      (["--rubric", "-"], Scan(rubric: "-")),
      (["-"], Scan(positionals: ["-"])),
      (["--consultant", "Ann", "--consultant=Bo"], Scan(consultants: ["Ann", "Bo"])),
      (["--", "--json", "-r"], Scan(positionals: ["--json", "-r"])),
      (["a", "--", "-"], Scan(positionals: ["a", "-"])),
      (["--rubric="], Scan(rubric: "")),
    ] as [([String], Scan)])
  func accepted(arguments: [String], expected: Scan) throws {
    #expect(try Self.scan(arguments) == expected)
  }

  @Test(
    "refuses what it cannot read, saying what and suggesting the nearest option",
    arguments: [
      (["--jsn"], "unknown option --jsn; did you mean --json?"),
      (["--rubric"], "--rubric needs a value"),
      (["-r"], "-r needs a value"),
      (["--rubric", "a", "--rubric", "b"], "--rubric is given 2 times; give it once"),
      (["--json=yes"], "--json takes no value"),
      (["--frobnicate=1"], "unknown option --frobnicate"),
      (["-x"], "unknown option -x"),
    ])
  func refused(arguments: [String], message: String) {
    #expect(throws: CommandError.usage(message, command: "test")) { try Self.scan(arguments) }
  }

  @Test("counts positionals against what the command takes")
  func counting() {
    let scanner = ArgumentScanner(["a", "b"], command: "test")
    #expect(throws: CommandError.usage("unexpected argument 'b'", command: "test")) {
      try scanner.positionals(minimum: 0, maximum: 1, names: "FILE")
    }
    #expect(throws: CommandError.usage("missing FILE", command: "test")) {
      try ArgumentScanner([], command: "test").positionals(minimum: 1, maximum: 1, names: "FILE")
    }
  }
}

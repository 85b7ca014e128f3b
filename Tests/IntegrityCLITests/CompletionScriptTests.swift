import Foundation
import IntegrityCLI
import TestSupport
import Testing

@Suite("Shell completions made from the command table, run through the real shells and binary")
struct CompletionScriptTests {
  static var binary: URL { RepositoryPaths.integrityBinary }

  /// The path of `name` on this machine, or `nil` when it is not installed.
  static func installed(_ name: String) -> String? {
    for folder in ["/usr/bin", "/bin", "/usr/local/bin"]
    where FileManager.default.isExecutableFile(
      atPath: folder + "/" + name)
    {
      return folder + "/" + name
    }
    return nil
  }

  /// A copy of the example review on disk, made by the built binary, inside `folder`.
  static func exampleReview(in folder: Fixtures.TemporaryFolder) throws -> String {
    let path = folder.path + "/northwind"
    let run = try ProcessRun(binary, ["demo", "--out", path])
    #expect(run.status == 0, "\(run.standardError)")
    return path
  }

  /// What the bash script offers for the command line `words` (the last is the word being completed):
  /// the script is sourced in bash, COMP_WORDS and COMP_CWORD set, the completion function called, and
  /// COMPREPLY printed one word a line, with the built integrity first on PATH.
  static func bashOffers(_ words: [String], in directory: String) throws -> [String] {
    let script = try ProcessRun(binary, ["completions", "bash"]).standardOutput
    let scriptPath = directory + "/integrity.bash"
    try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
    let runner = """
      source "$1"; shift
      COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
      _integrity_complete
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let run = try ProcessRun(
      URL(fileURLWithPath: "/bin/bash"), ["-c", runner, "bash", scriptPath] + words,
      in: URL(fileURLWithPath: directory),
      environment: [
        "PATH": binary.deletingLastPathComponent().path + ":/usr/bin:/bin", "HOME": directory,
      ])
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardError == "")
    return run.standardOutput.split(separator: "\n").map(String.init)
  }

  @Test("bash: commands, subcommands, a command's options, a role, a lens id and an interviewee name")
  func bash() throws {
    let folder = try Fixtures.TemporaryFolder()
    let review = try Self.exampleReview(in: folder)
    let dir = folder.path
    let visible = CommandLineInterface.commands.filter { !$0.hidden }
    var firstWords: [String] = []
    for command in visible {
      let word = String(command.name.split(separator: " ")[0])
      if !firstWords.contains(word) { firstWords.append(word) }
    }
    #expect(try Self.bashOffers(["integrity", ""], in: dir) == firstWords + ["--help", "--version"])
    #expect(try Self.bashOffers(["integrity", "sc"], in: dir) == ["score"])
    #expect(try Self.bashOffers(["integrity", "rubric", ""], in: dir) == ["lint", "show", "--help"])
    #expect(!(try Self.bashOffers(["integrity", "__"], in: dir)).contains("__complete"))
    #expect(try Self.bashOffers(["integrity", "score", review, "--ex"], in: dir) == ["--explain"])
    #expect(
      try Self.bashOffers(["integrity", "interview", review, "--"], in: dir)
        == ["--name", "--role", "--lens", "--interviewer", "--revisit", "--plain", "--help"])
    #expect(
      try Self.bashOffers(["integrity", "interview", review, "--role", ""], in: dir)
        == ["sponsor", "product", "engineering", "delivery", "finance"])
    #expect(try Self.bashOffers(["integrity", "interview", review, "--role", "f"], in: dir) == ["finance"])
    #expect(try Self.bashOffers(["integrity", "score", review, "--explain", "lo"], in: dir) == ["lock-in"])
    let lenses = try Fixtures.standardRubric().lenses.map(\.id)
    #expect(try Self.bashOffers(["integrity", "adjust", review, "--lens", ""], in: dir) == lenses)
    #expect(
      try Self.bashOffers(["integrity", "interview", review, "--name", "S"], in: dir) == ["Sam\\ Whitaker"])
    #expect(
      try Self.bashOffers(["integrity", "interview", review, "--name", ""], in: dir)
        == ["Elena\\ Novak", "Margaret\\ Osei", "Priya\\ Natarajan", "Sam\\ Whitaker", "Tom\\ Reyes"])
    #expect(
      try Self.bashOffers(["integrity", "adjust", review, "--rating", ""], in: dir)
        == ["sound", "at-risk", "unsound", "insufficient-evidence"])
    #expect(
      try Self.bashOffers(["integrity", "report", review, "--attribution", ""], in: dir)
        == ["roles", "anonymous", "names"])
    #expect(try Self.bashOffers(["integrity", "completions", ""], in: dir) == ["bash", "zsh", "fish"])
    #expect(try Self.bashOffers(["integrity", "score", "nor"], in: dir) == ["northwind"])
    // Free text is never completed with file names.
    #expect(try Self.bashOffers(["integrity", "adjust", review, "--why", ""], in: dir) == [])
  }

  @Test("completing reads the review and writes nothing, not even the recovery a command would do")
  func completingWritesNothing() throws {
    let folder = try Fixtures.TemporaryFolder()
    let review = try Self.exampleReview(in: folder)
    // An import's journal left by a kill: the next command that opens the review finishes and removes it.
    let journal = review + "/interviews/.import.journal"
    #expect(FileManager.default.createFile(atPath: journal, contents: Data()))
    func snapshot() throws -> [String: Data] {
      var files: [String: Data] = [:]
      let enumerator = FileManager.default.enumerator(atPath: review)
      while let name = enumerator?.nextObject() as? String {
        files[name] = FileManager.default.contents(atPath: review + "/" + name) ?? Data("folder".utf8)
      }
      return files
    }
    let before = try snapshot()
    for words in ["interviewees", "roles", "lenses"] {
      let run = try ProcessRun(Self.binary, ["__complete", words, review])
      #expect(run.status == 0)
      #expect(!run.standardOutput.isEmpty)
    }
    _ = try Self.bashOffers(["integrity", "interview", review, "--name", ""], in: folder.path)
    #expect(try snapshot() == before)
    // The planted journal is one a command does act on, so the check above could fail.
    _ = try ProcessRun(Self.binary, ["status", review])
    #expect(!FileManager.default.fileExists(atPath: journal))
    // No review on the line: the standard rubric's roles, and no interviewees, with nothing on stderr.
    let roles = try ProcessRun(Self.binary, ["__complete", "roles", folder.path + "/nothing"])
    #expect(roles.standardOutput == "sponsor\nproduct\nengineering\ndelivery\nfinance\n")
    let nobody = try ProcessRun(Self.binary, ["__complete", "interviewees", folder.path + "/nothing"])
    #expect(nobody.status == 0 && nobody.standardOutput == "" && nobody.standardError == "")
  }

  @Test("zsh and fish: the scripts are valid in their shells (skipped where the shell is missing)")
  func zshAndFish() throws {
    let folder = try Fixtures.TemporaryFolder()
    for (shell, arguments) in [("zsh", ["-n"]), ("fish", ["--no-execute"])] {
      let script = try ProcessRun(Self.binary, ["completions", shell])
      #expect(script.status == 0)
      #expect(script.standardOutput.contains("integrity __complete"))
      guard let path = Self.installed(shell) else {
        print("skipped: \(shell) is not installed, so its completion script was not checked by \(shell)")
        continue
      }
      let file = folder.path + "/integrity." + shell
      try script.standardOutput.write(toFile: file, atomically: true, encoding: .utf8)
      let check = try ProcessRun(URL(fileURLWithPath: path), arguments + [file])
      #expect(check.status == 0, "\(shell): \(check.standardError)")
      #expect(check.standardError == "", "\(shell): \(check.standardError)")
    }
  }

  @Test("fish: completing through the script offers commands, options, lens ids and interviewees")
  func fish() throws {
    guard let fish = Self.installed("fish") else {
      print("skipped: fish is not installed")
      return
    }
    let folder = try Fixtures.TemporaryFolder()
    let review = try Self.exampleReview(in: folder)
    let file = folder.path + "/integrity.fish"
    try ProcessRun(Self.binary, ["completions", "fish"]).standardOutput.write(
      toFile: file, atomically: true, encoding: .utf8)
    func offers(_ line: String) throws -> [String] {
      let run = try ProcessRun(
        URL(fileURLWithPath: fish),
        ["--no-config", "-c", "source $argv[1]; complete -C $argv[2]", file, line],
        environment: [
          "PATH": Self.binary.deletingLastPathComponent().path + ":/usr/bin:/bin", "HOME": folder.path,
        ])
      #expect(run.status == 0, "\(run.standardError)")
      return run.standardOutput.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
    }
    #expect(try offers("integrity sc") == ["score"])
    #expect(try offers("integrity rubric ") == ["lint", "show"])
    #expect(try offers("integrity score \(review) --explain lo") == ["lock-in"])
    #expect(try offers("integrity interview \(review) --name S") == ["Sam Whitaker"])
    #expect(try offers("integrity interview \(review) --role f") == ["finance"])
    #expect(try offers("integrity adjust \(review) --cl") == ["--clear"])
  }

  @Test("zsh: the script's function, called as zsh's bash support calls it, offers the review's words")
  func zsh() throws {
    guard let zsh = Self.installed("zsh") else {
      print("skipped: zsh is not installed")
      return
    }
    let folder = try Fixtures.TemporaryFolder()
    let review = try Self.exampleReview(in: folder)
    let file = folder.path + "/integrity.zsh"
    try ProcessRun(Self.binary, ["completions", "zsh"]).standardOutput.write(
      toFile: file, atomically: true, encoding: .utf8)
    // zsh filters the words by what is typed itself; the function offers them all, quoted.
    func offers(_ words: [String]) throws -> [String] {
      let runner = """
        autoload -U compinit && compinit -u -d $HOME/.zcompdump
        source $1; shift
        setopt ksharrays
        COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
        _integrity_complete
        print -rl -- "${COMPREPLY[@]}"
        """
      let run = try ProcessRun(
        URL(fileURLWithPath: zsh), ["-f", "-c", runner, "zsh", file] + words,
        environment: [
          "PATH": Self.binary.deletingLastPathComponent().path + ":/usr/bin:/bin", "HOME": folder.path,
        ])
      #expect(run.status == 0, "\(run.standardError)")
      return run.standardOutput.split(separator: "\n").map(String.init)
    }
    #expect(try offers(["integrity", "interview", review, "--name", "S"]) == ["Sam\\ Whitaker"])
    #expect(
      try offers(["integrity", "interview", review, "--role", ""])
        == ["sponsor", "product", "engineering", "delivery", "finance"])
    #expect(try offers(["integrity", "score", review, "--explain", "lo"]) == ["lock-in"])
  }
}

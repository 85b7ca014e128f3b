import Foundation
import IntegrityCLI
import RubricEngine
import TestSupport
import Testing

@Suite("Lens names: an id, a title in any case, or a unique prefix of either, wherever a lens is named")
struct LensNameTests {
  static func rubric() throws -> Rubric {
    try Fixtures.standardRubric()
  }

  @Test("every lens is found by its id, its title in three cases, and each unique prefix of either")
  func everyForm() throws {
    let rubric = try Self.rubric()
    for lens in rubric.lenses {
      for name in [lens.id, lens.title, lens.title.lowercased(), lens.title.uppercased(), " \(lens.id) "] {
        #expect(LensName.match(name, in: rubric) == .lens(lens), "\(name)")
      }
      for full in [lens.id, lens.title.lowercased()] {
        for length in 1...full.count {
          let prefix = String(full.prefix(length))
          let owners = rubric.lenses.filter {
            $0.id.hasPrefix(prefix) || $0.title.lowercased().hasPrefix(prefix)
          }
          let expected: LensName.Match = owners.count == 1 ? .lens(lens) : .ambiguous(owners)
          if rubric.lenses.contains(where: { $0.id == prefix || $0.title.lowercased() == prefix }) {
            continue
          }
          #expect(LensName.match(prefix, in: rubric) == expected, "\(prefix)")
        }
      }
    }
    #expect(LensName.match("", in: rubric) == .unknown)
    #expect(LensName.match("lock-in pointsx", in: rubric) == .unknown)
  }

  static func review() throws -> InMemoryFileSystem {
    try CommandTableTests.review()
  }

  @Test(
    "score --explain takes \"Lock-in points\" and lock, and lists the ids when it is ambiguous or unknown")
  func scoreExplain() throws {
    let files = try Self.review()
    let byID = CommandRun(["score", "r", "--explain", "lock-in"], fileSystem: files)
    #expect(byID.exitCode == .success)
    #expect(byID.standardOutput.hasPrefix("Lock-in points (lock-in)\n"))
    for name in ["Lock-in points", "lock-in POINTS", "lock", "Lock-in p"] {
      let run = CommandRun(["score", "r", "--explain", name], fileSystem: files)
      #expect(run.exitCode == .success, "\(name): \(run.standardError)")
      #expect(run.standardOutput == byID.standardOutput, "\(name)")
    }
    let ambiguous = CommandRun(["score", "r", "--explain", "decision"], fileSystem: files)
    #expect(ambiguous.exitCode == .usage)
    #expect(
      ambiguous.standardError
        == "integrity: --explain 'decision' could be any of 2 lenses; give more of the id or title:\n"
        + "  decision-basis    Decision basis integrity\n"
        + "  decision-rights   Decision rights\n"
        + "Run 'integrity help score' for usage.\n")
    let unknown = CommandRun(["score", "r", "--explain", "lokc-in"], fileSystem: files)
    #expect(unknown.exitCode == .usage)
    #expect(
      unknown.standardError.hasPrefix(
        "integrity: --explain: unknown lens 'lokc-in'; did you mean 'lock-in'?\n"))
    for lens in try Self.rubric().lenses {
      #expect(unknown.standardError.contains("  \(lens.id) ") && unknown.standardError.contains(lens.title))
    }
  }

  @Test("adjust --lens and interview --lens resolve names the same way")
  func otherOptions() throws {
    let files = try Self.review()
    let adjust = CommandRun(
      ["adjust", "r", "--lens", "Risk", "--rating", "at-risk", "--why", "Counsel confirmed"],
      fileSystem: files)
    #expect(adjust.exitCode == .success, "\(adjust.standardError)")
    #expect(adjust.standardOutput.hasPrefix("Risk and cost allocation: adjusted to at-risk"))
    #expect(files.text(at: "r/review.json")?.contains(#""lens" : "risk-cost-allocation""#) == true)
    let refused = CommandRun(
      ["adjust", "r", "--lens", "d", "--rating", "at-risk", "--why", "x"], fileSystem: files)
    #expect(refused.exitCode == .usage)
    #expect(refused.standardError.contains("  decision-basis    Decision basis integrity\n"))

    let terminal = ScriptedTerminal(lines: ["q"])
    let interview = CommandRun(
      ["interview", "r", "--name", "Sam", "--role", "finance", "--lens", "governance"], fileSystem: files,
      terminal: terminal)
    #expect(interview.exitCode == .success, "\(interview.standardError)")
    #expect(terminal.transcript.contains("Governance readiness"))
    #expect(!terminal.transcript.contains("Outcome clarity"))
    let wrong = CommandRun(
      ["interview", "r", "--name", "Sam", "--role", "finance", "--lens", "nothing"], fileSystem: files)
    #expect(wrong.exitCode == .usage)
    #expect(wrong.standardError.hasPrefix("integrity: --lens: unknown lens 'nothing'\n"))
  }

  @Test("score's screen shows every lens id for --explain, in lines that fit 80 columns")
  func idsOnTheScreen() throws {
    let run = CommandRun(["score", "r"], fileSystem: try Self.review(), screenWidth: 80)
    let start = try #require(
      run.standardOutput.range(of: "To see how a lens was scored: integrity score r --explain ID"))
    let tail = run.standardOutput[start.lowerBound...]
    for lens in try Self.rubric().lenses { #expect(tail.contains(lens.id)) }
    for line in tail.split(separator: "\n") { #expect(line.count <= 80) }
  }
}

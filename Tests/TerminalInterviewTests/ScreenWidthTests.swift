import Foundation
import RubricEngine
import TerminalInterview
import TestSupport
import Testing

/// Every line of the interview fits the width it is given, the lens rule is as wide as the screen, and the
/// plain mode draws no rule.
@Suite("The interview screen within the terminal's width")
struct ScreenWidthTests {
  /// A whole interview of the standard rubric's sponsor, every prompt, help and message included.
  static func transcript(width: Int, plain: Bool = false) throws -> String {
    let rubric = try Fixtures.standardRubric()
    let steps = InterviewStep.steps(of: rubric, role: "sponsor")
    var lines: [String] = []
    for step in steps {
      switch step.question.kind {
      case .text: lines += ["?", "Cut claim time from 5 days to 1 by 2027 for every claimant"]
      case .scale: lines += ["?", "7", "3", "b", "3", "The sponsor showed the memo of the steering group"]
      }
    }
    let terminal = ScriptedTerminal(lines: lines)
    let session = InterviewSession(
      rubric: rubric, interview: Interview(name: "Dana", role: "sponsor", started: "t", updated: "t"),
      terminal: terminal, style: TerminalStyle(isEnabled: false), width: width, plain: plain, now: { "t" },
      save: { _ in })
    #expect(try session.run() == .completed)
    return terminal.transcript
  }

  @Test("no line is wider than the terminal", arguments: [40, 60, 80, 100, 132])
  func fits(width: Int) throws {
    // Typed answers are echoed after their prompt, which leaves room for typing: the long ones are left out.
    let transcript = try Self.transcript(width: width)
      .replacingOccurrences(of: "Cut claim time from 5 days to 1 by 2027 for every claimant\n", with: "\n")
      .replacingOccurrences(of: "The sponsor showed the memo of the steering group\n", with: "\n")
    let wide = transcript.split(separator: "\n").filter { $0.count > width }
    #expect(wide.isEmpty, "\(wide.prefix(3))")
  }

  @Test(
    "the lens rule is as wide as the screen, 100 at most; plain mode draws none", arguments: [40, 80, 132])
  func rule(width: Int) throws {
    let rules = try Self.transcript(width: width).split(separator: "\n").filter { $0.hasPrefix("━━") }
    let lenses = Set(InterviewStep.steps(of: try Fixtures.standardRubric(), role: "sponsor").map(\.lens.id))
    #expect(rules.count == lenses.count)
    #expect(rules.allSatisfy { $0.count == min(width, 100) }, "\(rules.map(\.count))")
    let plain = try Self.transcript(width: width, plain: true)
    #expect(!plain.contains("━"))
    #expect(plain.contains("\nOutcome clarity\n"))
  }
}

@Suite("Text layout")
struct TextLayoutTests {
  @Test("style sequences take no columns: styled words wrap where plain ones do")
  func styled() {
    let style = TerminalStyle(isEnabled: true)
    let plain = TextLayout.wrap("Outcome check: measurable: a change in a measure with a target", width: 30)
    let styled = TextLayout.wrap(
      "Outcome check: " + style.good("measurable") + ": a change in a measure with a target", width: 30)
    #expect(styled.count == plain.count)
    #expect(styled.map { TextLayout.columns($0) } == plain.map(\.count))
  }
}

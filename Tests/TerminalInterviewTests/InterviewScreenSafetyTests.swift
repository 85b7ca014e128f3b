import Foundation
import RubricEngine
import TerminalInterview
import TestSupport
import Testing

@Suite("The interview screen shows rubric text and answers made visible")
struct InterviewScreenSafetyTests {
  static let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}\r"

  /// `smallRubric` with the hostile text in every text a screen shows: lens titles and summaries, prompts,
  /// help, anchors and scale labels (a rubric value that never passed `rubric lint`).
  static var hostileRubric: Rubric {
    var rubric = smallRubric
    rubric.scale = rubric.scale.map { ScaleLevel(value: $0.value, label: $0.label + hostile) }
    for lens in rubric.lenses.indices {
      rubric.lenses[lens].title += hostile
      rubric.lenses[lens].summary += hostile
      for question in rubric.lenses[lens].questions.indices {
        rubric.lenses[lens].questions[question].prompt += hostile
        rubric.lenses[lens].questions[question].help += hostile
        rubric.lenses[lens].questions[question].anchors = rubric.lenses[lens].questions[question].anchors?
          .mapValues { $0 + hostile }
      }
    }
    return rubric
  }

  @Test("with colour on, only the screen's own style sequences are escapes; everything planted is shown")
  func screen() throws {
    let terminal = ScriptedTerminal(lines: [
      "Launch the portal" + Self.hostile, "?", "x" + Self.hostile, "3", "",
    ])
    let session = InterviewSession(
      rubric: Self.hostileRubric,
      interview: Interview(name: "Dana", role: "sponsor", started: "t0", updated: "t0"),
      terminal: terminal, style: TerminalStyle(isEnabled: true), width: 100, now: { "t1" }, save: { _ in })
    _ = try session.run()
    #expect(terminal.transcript.contains("\u{1B}[1m"), "the screen's own styles still work")
    let withoutStyles = terminal.transcript.replacingOccurrences(
      of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    let unsafe = withoutStyles.unicodeScalars.filter { ControlCharacters.isUnsafe($0) && $0 != "\n" }
    #expect(unsafe.isEmpty, "\(unsafe.map(ControlCharacters.codePoint))")
    #expect(withoutStyles.contains("Outcome clarity^[]0;pwned^G^[[2J<U+202E>^M"))
    #expect(withoutStyles.contains("Is it measurable?^[]0;pwned^G^[[2J<U+202E>^M"))
    #expect(withoutStyles.contains("Evidence at level 3.^[]0;pwned"))
  }
}

import RubricEngine
import TerminalInterview
import TestSupport
import Testing

/// A small rubric: a text outcome question and a scale question in one lens, a scale question in another.
let smallRubric: Rubric = {
  let anchors = Dictionary(uniqueKeysWithValues: (0...4).map { ($0, "Evidence at level \($0).") })
  return Rubric(
    id: "small", version: "1.0.0", title: "Small",
    scale: ["Absent", "Asserted", "Partial", "Largely", "Demonstrated"].enumerated().map {
      ScaleLevel(value: $0.offset, label: $0.element)
    },
    bands: [Band(rating: .sound, min: 3), Band(rating: .atRisk, min: 2), Band(rating: .unsound, min: 0)],
    roles: [Role(id: "sponsor", title: "Sponsor"), Role(id: "finance", title: "Finance")],
    lenses: [
      Lens(
        id: "outcome", title: "Outcome clarity", summary: "Is the outcome clear?", gate: true,
        questions: [
          Question(
            id: "statement", kind: .text, prompt: "What is the outcome?", help: "Listen for a measure.",
            check: .outcome),
          Question(
            id: "measurable", kind: .scale, prompt: "Is it measurable?", help: "Metric, baseline, target.",
            critical: true,
            anchors: anchors, finding: "f", recommendation: "r"),
        ]),
      Lens(
        id: "lock-in", title: "Lock-in points", summary: "What hardens?",
        questions: [
          Question(
            id: "exit", kind: .scale, prompt: "Can you exit?", help: "Exit terms.", anchors: anchors,
            finding: "f",
            recommendation: "r")
        ]),
    ])
}()

/// Runs a session on `lines` and returns it with the interviews saved, in order.
final class SessionRun {
  let terminal: ScriptedTerminal
  let session: InterviewSession
  var saved: [Interview] = []
  let ending: InterviewSession.Ending

  init(
    _ lines: [String], ending scriptEnding: TerminalInput = .endOfInput, interview: Interview? = nil,
    revisit: Bool = false, lens: String? = nil, width: Int = 100, plain: Bool = false,
    interactive: Bool = false, editor: ((String) -> NoteEdit)? = nil
  ) throws {
    terminal = ScriptedTerminal(lines: lines, ending: scriptEnding, isInteractive: interactive)
    let start = interview ?? Interview(name: "Dana", role: "sponsor", started: "t0", updated: "t0")
    var savedInterviews: [Interview] = []
    var clock = 0
    session = InterviewSession(
      rubric: smallRubric, interview: start, lensID: lens, revisit: revisit, terminal: terminal,
      style: TerminalStyle(isEnabled: false), width: width, plain: plain,
      now: {
        clock += 1
        return "t\(clock)"
      },
      save: { savedInterviews.append($0) }, editEvidence: editor)
    ending = try session.run()
    saved = savedInterviews
  }

  var answers: [String: Answer] { session.interview.answers }
}

@Suite("The interview, driven line by line")
struct InterviewSessionTests {
  @Test("a whole interview stores every answer and saves after each one")
  func wholeInterview() throws {
    let run = try SessionRun(["Launch the portal", "3", "Memo on the wiki", "n", "Not involved"])
    #expect(run.ending == .completed)
    #expect(run.answers["statement"] == .text("Launch the portal", at: "t1"))
    #expect(run.answers["measurable"] == .scored(3, evidence: "Memo on the wiki", at: "t2"))
    #expect(run.answers["exit"] == .notApplicable(evidence: "Not involved", at: "t3"))
    // Text; score, then its evidence; n/a, then its evidence: five saves, each before the next prompt.
    #expect(run.saved.count == 5)
    #expect(run.saved.last == run.session.interview)
    let screen = run.terminal.transcript
    #expect(screen.contains("━━ Outcome clarity"))
    #expect(screen.contains("Outcome clarity · question 2 of 2 · 2 of 3 overall · critical"))
    #expect(screen.contains("  3  Largely       Evidence at level 3."))
    #expect(screen.contains("Outcome check: an output, not an outcome"))
  }

  @Test("? shows the help and asks again; anything else names the valid inputs and asks again")
  func helpAndInvalid() throws {
    let run = try SessionRun(["", "?", "7", "yes", "2", ""])
    #expect(run.answers["statement"]?.status == .skipped)
    #expect(run.answers["measurable"] == .scored(2, evidence: nil, at: "t2"))
    #expect(run.terminal.transcript.contains("What to listen for\nMetric, baseline, target."))
    #expect(
      run.terminal.transcript.contains(
        "\"7\" is not an answer here: type 0-4 for a score, n (not applicable), s (skip)"))
    #expect(run.terminal.transcript.contains("\"yes\" is not an answer here"))
    #expect(run.terminal.prompts.filter { $0.prompt.hasPrefix("Score") }.count == 5)
  }

  @Test("s skips and leaves the question unanswered; q saves and quits")
  func skipAndQuit() throws {
    let run = try SessionRun(["Cut claim time from 5 days to 1 by March", "s", "q"])
    #expect(run.ending == .quit)
    #expect(run.answers["measurable"]?.status == .skipped)
    #expect(run.answers["exit"] == nil)
  }

  @Test("b goes back to the previous question, shows its answer, and Enter keeps it")
  func back() throws {
    let run = try SessionRun(["b", "Halve the backlog", "b", "", "1", "why", "4", ""])
    #expect(run.terminal.transcript.contains("This is the first question; there is nothing to go back to."))
    #expect(run.terminal.transcript.contains("Current answer: \"Halve the backlog\" (Enter keeps it)"))
    #expect(run.answers["statement"] == .text("Halve the backlog", at: "t1"))
    #expect(run.answers["measurable"] == .scored(1, evidence: "why", at: "t2"))
    #expect(run.answers["exit"]?.score == 4)
    #expect(run.ending == .completed)
  }

  @Test("the end of input at every step keeps everything answered before it")
  func endOfInputEverywhere() throws {
    let lines = ["Halve the backlog by 2027", "3", "Memo", "2", "Contract has exit terms"]
    let complete = try SessionRun(lines)
    for count in 0...lines.count {
      let run = try SessionRun(Array(lines.prefix(count)))
      #expect(run.ending == (count == lines.count ? .completed : .endOfInput))
      // Whatever was answered equals the complete run's answer, or the score without its evidence yet.
      for (question, answer) in run.answers {
        let full = try #require(complete.answers[question])
        #expect(answer.status == full.status && answer.score == full.score)
        #expect(answer.text == nil || answer.text == full.text)
      }
      #expect(run.saved.last.map { $0 == run.session.interview } ?? run.answers.isEmpty)
    }
  }

  @Test("Ctrl-C stops with everything kept")
  func interrupt() throws {
    let run = try SessionRun(["Halve the backlog", "2"], ending: .interrupted)
    #expect(run.ending == .interrupted)
    #expect(run.answers["measurable"]?.score == 2)
  }

  @Test("a second session resumes at the first unanswered question; skipped ones count as unanswered")
  func resume() throws {
    let first = try SessionRun(["Halve the backlog", "s", "q"])
    let second = try SessionRun(["2", "", "3", ""], interview: first.session.interview)
    #expect(second.terminal.prompts.first?.prompt.hasPrefix("Score") == true)
    #expect(second.terminal.transcript.contains("question 2 of 2 · 2 of 3 overall"))
    #expect(!second.terminal.transcript.contains("question 1 of 2"))
    #expect(second.answers["statement"] == first.answers["statement"])
    #expect(second.answers["measurable"]?.score == 2)
    #expect(second.ending == .completed)
  }

  @Test("--revisit walks every question with its answer as the default; empty lines change nothing")
  func revisit() throws {
    let first = try SessionRun(["Halve the backlog", "3", "Memo", "1", "Weak exit terms"])
    let again = try SessionRun(["", "", "", ""], interview: first.session.interview, revisit: true)
    #expect(again.ending == .completed)
    #expect(again.answers == first.answers)
    #expect(again.saved.isEmpty)
    let changed = try SessionRun(["", "4", "", ""], interview: first.session.interview, revisit: true)
    #expect(changed.answers["measurable"] == .scored(4, evidence: "Memo", at: "t1"))
  }

  @Test("an interview with nothing left to ask says so")
  func nothingLeft() throws {
    let first = try SessionRun(["Halve the backlog", "3", "", "2", ""])
    let again = try SessionRun([], interview: first.session.interview)
    #expect(again.ending == .completed)
    #expect(again.terminal.transcript.contains("All 3 questions of this interview are answered"))
  }

  @Test("--lens asks one lens, numbered within the whole interview")
  func oneLens() throws {
    let run = try SessionRun(["2", ""], lens: "lock-in")
    #expect(run.answers.keys.sorted() == ["exit"])
    #expect(run.terminal.transcript.contains("Lock-in points · question 1 of 1 · 3 of 3 overall"))
  }

  @Test("a role is asked only its questions")
  func roleQuestions() {
    #expect(InterviewStep.steps(of: smallRubric, role: "finance").count == 3)
  }

  @Test("control characters in evidence are stored clean and never shown raw")
  func controlCharacters() throws {
    let run = try SessionRun(["x\u{1B}[31m", "3", "said \u{1B}]0;owned\u{07} this\tok"])
    #expect(run.answers["measurable"]?.text == "said ]0;owned this ok")
    #expect(!run.terminal.transcript.contains("\u{1B}]0;"))
  }

  @Test("when saving fails the session stops with the error; earlier answers were saved")
  func saveFailure() throws {
    struct DiskFull: Error {}
    var saves = 0
    let session = InterviewSession(
      rubric: smallRubric, interview: Interview(name: "D", role: "sponsor", started: "t", updated: "t"),
      terminal: ScriptedTerminal(lines: ["Halve it", "3", "memo"]), style: TerminalStyle(isEnabled: false),
      width: 80,
      now: { "t" },
      save: { _ in
        saves += 1
        if saves == 2 { throw DiskFull() }
      })
    #expect(throws: DiskFull.self) { try session.run() }
    #expect(saves == 2)
  }
}

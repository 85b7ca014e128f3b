import Foundation
import RubricEngine
import TerminalInterview
import TestSupport
import Testing

/// The keys at the evidence prompt mean what they mean at the score, the prompts say what Enter does, and a
/// resumed interview says where it takes up.
@Suite("The interview's keys, the same at every prompt")
struct InterviewKeysTests {
  @Test("b at the evidence goes back to the same question's score; the score asked again can change")
  func backFromEvidence() throws {
    let run = try SessionRun(["Halve the backlog", "3", "b", "2", "Memo"])
    #expect(run.answers["measurable"] == .scored(2, evidence: "Memo", at: "t3"))
    let scorePrompts = run.terminal.prompts.filter { $0.prompt.hasPrefix("Score") }
    #expect(scorePrompts.count == 3, "measurable twice, then exit")
    #expect(run.terminal.transcript.contains("Current answer: 3 Largely (Enter keeps it)"))
    #expect(!run.answers.values.contains { $0.text == "b" })
  }

  @Test("s at the evidence goes on with the evidence as it is, q saves and quits, ? shows the help")
  func skipQuitHelpAtEvidence() throws {
    let run = try SessionRun(["Halve the backlog", "3", "?", "s", "1", "q"])
    #expect(run.answers["measurable"] == .scored(3, evidence: nil, at: "t2"))
    #expect(run.answers["exit"] == .scored(1, evidence: nil, at: "t3"))
    #expect(run.ending == .quit)
    #expect(run.terminal.transcript.contains("What to listen for\nMetric, baseline, target."))
    let kept = try SessionRun(["", "s", "", ""], interview: run.session.interview, revisit: true)
    #expect(kept.answers == run.answers, "s keeps an answer's evidence")
  }

  @Test("the evidence prompt names its keys and says Enter keeps evidence already given")
  func evidencePrompts() throws {
    let first = try SessionRun(["Halve the backlog", "3", "Memo", "1", ""])
    let fresh = first.terminal.prompts.filter { $0.prompt.hasPrefix("Evidence") }.map(\.prompt)
    #expect(fresh.count == 2)
    for prompt in fresh {
      #expect(prompt.contains("Enter for none") && !prompt.contains("Enter keeps it"))
      for key in ["s skip", "b back to the score", "q save and quit"] { #expect(prompt.contains(key)) }
      #expect(!prompt.contains("e the editor"), "no editor on piped input")
    }
    // Enter at a score keeps the answer and its evidence at once; the same score asks for the evidence.
    let again = try SessionRun(["", "3", "", "1", ""], interview: first.session.interview, revisit: true)
    let revisited = again.terminal.prompts.filter { $0.prompt.hasPrefix("Evidence") }
    #expect(revisited.map(\.prompt).first?.contains("Enter keeps it") == true)
    #expect(revisited.first?.initial == "Memo")
    #expect(revisited.map(\.prompt).last?.contains("Enter for none") == true, "exit had no evidence")
    let editing = try SessionRun(
      ["Halve the backlog", "3", ""], interactive: true, editor: { _ in .edited("") })
    let withEditor = editing.terminal.prompts.filter { $0.prompt.hasPrefix("Evidence") }.map {
      $0.prompt.replacingOccurrences(of: "\n", with: " ")
    }
    #expect(withEditor.count == 1)
    #expect(withEditor.allSatisfy { $0.contains("e the editor") })
  }

  @Test("a resumed interview says at which question it takes up, of how many, and how many are answered")
  func resuming() throws {
    let first = try SessionRun(["Halve the backlog", "3", "Memo", "q"])
    let second = try SessionRun(["q"], interview: first.session.interview)
    #expect(second.terminal.transcript.hasPrefix("Resuming at question 3 of 3 (2 answered)."))
    #expect(!first.terminal.transcript.contains("Resuming"))
    let revisit = try SessionRun(["q"], interview: first.session.interview, revisit: true)
    #expect(!revisit.terminal.transcript.contains("Resuming"))
  }

  @Test("e opens the editor: its note is saved and shown; a failing editor says why and keeps the note")
  func editor() throws {
    var opened: [String] = []
    let edited = try SessionRun(
      ["Halve the backlog", "3", "e", "1", ""], interactive: true,
      editor: { text in
        opened.append(text)
        return .edited("  A long note\nover two lines \n")
      })
    #expect(opened == [""])
    #expect(edited.answers["measurable"]?.text == "A long note\nover two lines")
    #expect(edited.terminal.transcript.contains("Evidence from the editor: \"A long note\nover two lines\""))

    let revisit = try SessionRun(
      ["Halve the backlog", "3", "e", "q"], interview: edited.session.interview, revisit: true,
      interactive: true,
      editor: { _ in .failed("The editor 'nope' was not found; the note was not changed.") })
    #expect(
      revisit.terminal.transcript.contains("The editor 'nope' was not found; the note was not changed."))
    // Asked again, pre-filled with the note as it was; Enter keeps it.
    let evidence = revisit.terminal.prompts.filter { $0.prompt.hasPrefix("Evidence") }
    #expect(evidence.count == 2)
    #expect(evidence.allSatisfy { $0.initial == "A long note\nover two lines" })
    #expect(revisit.answers["measurable"]?.text == "A long note\nover two lines")
    #expect(revisit.ending == .quit)
  }
}

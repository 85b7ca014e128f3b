import Foundation
import RubricEngine
import TerminalInterview
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Interviews run through the built binary: in a pseudo-terminal, on piped input, killed with SIGKILL, and
/// locked against a second process.
@Suite("The interview as a process", .serialized)
struct InterviewProcessTests {
  static var binary: URL { RepositoryPaths.integrityBinary }

  /// A new review on disk, in a temporary folder.
  static func newReview() throws -> (folder: Fixtures.TemporaryFolder, review: String) {
    let folder = try Fixtures.TemporaryFolder()
    let review = folder.path + "/review"
    let run = try ProcessRun(
      binary, ["init", review, "--client", "Acme", "--program", "Claims", "--decision", "Sign the contract"])
    #expect(run.status == 0, "\(run.standardError)")
    return (folder, review)
  }

  static func interview(_ review: String, slug: String) throws -> Interview {
    let rubric = try Fixtures.standardRubric()
    let path = review + "/interviews/\(slug).json"
    return try InterviewDecoder(rubric: rubric).decode(
      [UInt8](Data(contentsOf: URL(fileURLWithPath: path))), file: path)
  }

  /// The answer the tests give to the question at `overall` (from 1): a score with evidence, or a statement.
  static func plannedLines(for step: InterviewStep) -> [String] {
    switch step.question.kind {
    case .text: return ["Statement \(step.numberOverall): cut claim time from 5 days to 1 by 2027"]
    case .scale: return ["\(step.numberOverall % 5)", "Evidence for question \(step.numberOverall)"]
    }
  }

  static func sponsorSteps() throws -> [InterviewStep] {
    InterviewStep.steps(of: try Fixtures.standardRubric(), role: "sponsor")
  }

  /// Answers with their times left out, for comparing two interviews.
  static func contents(_ interview: Interview) -> [String: [String]] {
    interview.answers.mapValues { [$0.status.rawValue, $0.score.map(String.init) ?? "", $0.text ?? ""] }
  }

  @Test("a whole interview in a pseudo-terminal, edited with the line editor, stores what piped input stores")
  func pseudoTerminalMatchesPipe() throws {
    let (folder, review) = try Self.newReview()
    defer { folder.remove() }
    let steps = try Self.sponsorSteps()

    // Piped: every planned line, then the end of the file.
    let lines = steps.flatMap(Self.plannedLines)
    let piped = try ProcessRun(
      Self.binary, ["interview", review, "--name", "Piped Person", "--role", "sponsor"],
      standardInput: lines.joined(separator: "\n") + "\n")
    #expect(piped.status == 0, "\(piped.standardError)")
    #expect(piped.standardOutput.contains("Interview of Piped Person complete: 41 answered"))
    let end = Self.joined(piped.standardOutput)
    #expect(end.contains("Saved 41 answers for Piped Person in \(review)/interviews/piped-person.json."))
    #expect(end.contains("Next: integrity status \(review)"), "\(piped.standardOutput)")

    // In a terminal: the same answers, some typed with mistakes and corrected with the editor's keys.
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = "xterm-256color"
    environment["NO_COLOR"] = nil
    let live = try LiveProcess(
      Self.binary, ["interview", review, "--name", "Terminal Person", "--role", "sponsor"],
      connection: .pseudoTerminal(columns: 100), environment: environment)
    var offset = 0
    let left: [UInt8] = [0x1B, 0x5B, 0x44]
    let home: [UInt8] = [0x1B, 0x5B, 0x48]
    for step in steps {
      let planned = Self.plannedLines(for: step)
      switch step.question.kind {
      case .text:
        offset = try #require(
          live.waitFor("Answer (Enter or s to skip", after: offset), "no text prompt at \(step.numberOverall)"
        )
        // Types the statement without its first word, goes Home, types the word, then End and Enter.
        let words = planned[0].split(separator: " ", maxSplits: 1).map(String.init)
        live.send(words[1])
        live.send(bytes: home)
        live.send(words[0] + " ")
        live.send(bytes: [0x05, 0x0D])
      case .scale:
        offset = try #require(
          live.waitFor("Score 0-4", after: offset), "no score prompt at \(step.numberOverall)")
        live.send(planned[0] + "\r")
        offset = try #require(live.waitFor("Evidence, what was said", after: offset))
        // Types a typo, moves left over the last word, and deletes back over it, then types it right.
        let evidence = planned[1]
        live.send(String(evidence.dropLast()) + "X")
        live.send(bytes: [0x7F] + left + [0x1B, 0x5B, 0x43])
        live.send(String(evidence.last ?? " ") + "\r")
      }
    }
    #expect(live.waitForExit() == 0)
    #expect(live.screenText.contains("Interview of Terminal Person complete: 41 answered"))
    #expect(live.screenText.contains("Outcome clarity · question 1 of 8 · 1 of 41 overall"))
    #expect(live.output.contains("\u{1B}[1;36m━━ Outcome clarity"), "colour is used on a terminal")
    var settings = termios()
    #expect(tcgetattr(live.terminalDescriptor, &settings) == 0)
    #expect(settings.c_lflag & tcflag_t(ICANON) != 0, "canonical mode restored")
    #expect(settings.c_lflag & tcflag_t(ECHO) != 0, "echo restored")

    let fromPipe = try Self.interview(review, slug: "piped-person")
    let fromTerminal = try Self.interview(review, slug: "terminal-person")
    #expect(Self.contents(fromTerminal) == Self.contents(fromPipe))
    #expect(fromPipe.answers.count == 41)
  }

  @Test("Ctrl-C in a terminal keeps every answer, restores the terminal and exits 130")
  func interruptInTerminal() throws {
    let (folder, review) = try Self.newReview()
    defer { folder.remove() }
    let live = try LiveProcess(
      Self.binary, ["interview", review, "--name", "Dana", "--role", "sponsor"],
      connection: .pseudoTerminal(columns: 80))
    var offset = try #require(live.waitFor("Answer (", after: 0))
    live.send("Halve claim time by 2027\r")
    offset = try #require(live.waitFor("Score 0-4", after: offset))
    live.send("3\r")
    offset = try #require(live.waitFor("Evidence", after: offset))
    live.send("half typed")
    live.send(bytes: [0x03])
    #expect(live.waitForExit() == 130)
    #expect(live.screenText.contains("Interrupted: 2 answered"))
    var settings = termios()
    #expect(tcgetattr(live.terminalDescriptor, &settings) == 0)
    #expect(settings.c_lflag & tcflag_t(ICANON | ECHO) == tcflag_t(ICANON | ECHO))
    let interview = try Self.interview(review, slug: "dana")
    #expect(interview.answers["oc-shared-definition"]?.score == 3)
    #expect(interview.answers["oc-shared-definition"]?.text == nil)
  }

  @Test(
    "killed with SIGKILL at random moments, again and again: every acknowledged answer is kept, every file parses"
  )
  func killNine() throws {
    let (folder, review) = try Self.newReview()
    defer { folder.remove() }
    let steps = try Self.sponsorSteps()
    var generator = SeededGenerator(seed: 9)
    var acknowledged = 0  // questions whose following prompt appeared: answered and saved
    var partial: Set<String> = []  // scores saved by a killed process before their evidence
    for round in 0..<12 where acknowledged < steps.count {
      let live = try LiveProcess(Self.binary, ["interview", review, "--name", "Dana", "--role", "sponsor"])
      let answersThisRound = Int.random(in: 1...4, using: &generator)
      var offset = 0
      var answered = 0
      while answered < answersThisRound, acknowledged < steps.count {
        let step = steps[acknowledged]
        let progress = "· \(step.numberOverall) of \(step.countOverall) overall"
        guard let at = live.waitFor(progress, after: offset) else {
          Issue.record(
            "round \(round): question \(step.numberOverall) never appeared:\n\(live.output.suffix(600))")
          return
        }
        offset = at
        for line in Self.plannedLines(for: step) { live.send(line + "\n") }
        answered += 1
        if answered < answersThisRound {
          // The next question's progress line appears only once this answer is on disk.
          let next =
            acknowledged + 1 < steps.count
            ? "· \(acknowledged + 2) of \(step.countOverall) overall" : "complete"
          guard let atNext = live.waitFor(next, after: offset) else { break }
          offset = atNext - next.count
          acknowledged += 1
        }
      }
      // The last answer of the round is in flight: kill somewhere between typing and saving.
      usleep(UInt32.random(in: 0...3_000, using: &generator))
      live.killHard()
      let interview = try Self.interview(review, slug: "dana")
      for step in steps.prefix(acknowledged) {
        let answer = try #require(
          interview.answers[step.question.id], "round \(round): lost \(step.question.id)")
        let planned = Self.plannedLines(for: step)
        if step.question.kind == .scale {
          #expect(answer.score == Int(planned[0]), "round \(round): \(step.question.id)")
          // A score saved just before the kill may have no evidence yet; any evidence kept is the one typed.
          #expect(answer.text == planned[1] || (answer.text == nil && partial.contains(step.question.id)))
        } else {
          #expect(answer.text == planned[0])
        }
      }
      // What the killed process saved of its last answer counts as acknowledged from now on: the next
      // process resumes after it.
      while acknowledged < steps.count, let answer = interview.answers[steps[acknowledged].question.id] {
        if answer.text == nil { partial.insert(steps[acknowledged].question.id) }
        acknowledged += 1
      }
    }
    #expect(acknowledged >= 12)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: review + "/interviews").filter {
      !$0.hasPrefix(".")
    }
    #expect(leftovers == ["dana.json"])
  }

  @Test(
    "a second interview of the same person is refused with exit 75 and the holder's pid; a dead holder's lock is taken over"
  )
  func lock() throws {
    let (folder, review) = try Self.newReview()
    defer { folder.remove() }
    let first = try LiveProcess(Self.binary, ["interview", review, "--name", "Dana", "--role", "sponsor"])
    _ = try #require(first.waitFor("Answer (", after: 0))
    let second = try ProcessRun(Self.binary, ["interview", review, "--name", "dana", "--role", "sponsor"])
    #expect(second.status == 75)
    // No answer is saved yet, so there is no file to take the stored spelling of the name from.
    #expect(
      second.standardError.contains(
        "the interview of dana is in use by an interview of Dana (process \(first.process.processIdentifier))"
      ))
    first.killHard()
    let third = try ProcessRun(
      Self.binary, ["interview", review, "--name", "Dana", "--role", "sponsor"], standardInput: "Halve it\n")
    #expect(third.status == 0, "\(third.standardError)")
    #expect(try Self.interview(review, slug: "dana").answers["oc-outcome-statement"]?.text == "Halve it")
  }

  @Test("with no input, or quit at the first question, no interview file is written and the run says so")
  func noInput() throws {
    let (folder, review) = try Self.newReview()
    defer { folder.remove() }
    for (input, why) in [("", "Input ended"), ("q\n", "Saved and stopped")] {
      let run = try ProcessRun(
        Self.binary, ["interview", review, "--name", "Dana", "--role", "finance"], standardInput: input)
      #expect(run.status == 0)
      let words = Self.joined(run.standardOutput)
      #expect(words.contains("\(why): before the first answer."), "\(run.standardOutput)")
      #expect(words.contains("Nothing was saved: no answer was given, so no interview file was written."))
      #expect(words.contains("To start: integrity interview \(review) --name Dana --role finance"))
      let files = try FileManager.default.contentsOfDirectory(atPath: review + "/interviews")
      #expect(files.filter { !$0.hasPrefix(".") }.isEmpty, "\(files)")
      let status = try ProcessRun(Self.binary, ["status", review])
      #expect(!status.standardOutput.contains("Dana"), "\(status.standardOutput)")
    }
    // The first answer writes the file, and the end says what it wrote and what to run next.
    let run = try ProcessRun(
      Self.binary, ["interview", review, "--name", "Dana", "--role", "finance"], standardInput: "s\n2\nok\n")
    let words = Self.joined(run.standardOutput)
    #expect(
      words.contains("Saved 2 answers for Dana in \(review)/interviews/dana.json."), "\(run.standardOutput)")
    #expect(words.contains("To continue: integrity interview \(review) --name Dana --role finance"))
    #expect(try Self.interview(review, slug: "dana").answers.count == 2)
  }

  /// Output wrapped to 80 columns (prose at spaces, commands with the shell's continuation), read across.
  static func joined(_ output: String) -> String {
    output.replacingOccurrences(of: " \\\n    ", with: " ").replacingOccurrences(of: "\n", with: " ")
  }
}

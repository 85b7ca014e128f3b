import RubricEngine

/// Walks one interviewee through the questions of their role, lens by lens, recording a score and the
/// evidence for each and saving after every answer, so that whatever stops the interview loses nothing
/// but the line being typed.
public final class InterviewSession {
  /// How the session ended.
  public enum Ending: Equatable, Sendable {
    /// Every question in the walk was dealt with.
    case completed
    /// `q`: saved and quit.
    case quit
    /// The input ended.
    case endOfInput
    /// Ctrl-C.
    case interrupted
    /// The input gave a line longer than `maximumLength` bytes.
    case lineTooLong(maximumLength: Int)
  }

  /// The interview as it stands, every answer so far included.
  public private(set) var interview: Interview
  let rubric: Rubric
  let steps: [InterviewStep]
  let revisit: Bool
  let terminal: any Terminal
  let screen: InterviewScreen
  let now: () -> String
  let save: (Interview) throws -> Void
  let editEvidence: ((String) -> NoteEdit)?
  let checker = OutcomeChecker()
  /// The questions given an answer (or a change to one) in this session, saved each time.
  public private(set) var answeredHere: Set<String> = []

  /// Creates a session.
  /// - Parameters:
  ///   - lensID: asks only this lens's questions when given.
  ///   - revisit: walks every question with its current answer as the default, instead of the unanswered only.
  ///   - now: the current time as an ISO 8601 string, for the answers' `recorded` field.
  ///   - save: writes the interview durably; called after every change, before the next prompt.
  ///   - plain: plain mode, for a dumb terminal or a screen reader: no rules drawn.
  ///   - editEvidence: opens a long note in an editor, when a person is at a terminal.
  public init(
    rubric: Rubric, interview: Interview, lensID: String? = nil, revisit: Bool = false,
    terminal: any Terminal,
    style: TerminalStyle, width: Int, plain: Bool = false, now: @escaping () -> String,
    save: @escaping (Interview) throws -> Void,
    editEvidence: ((String) -> NoteEdit)? = nil
  ) {
    self.rubric = rubric
    self.interview = interview
    self.revisit = revisit
    self.terminal = terminal
    self.screen = InterviewScreen(rubric: rubric, style: style, width: width, plain: plain)
    self.now = now
    self.save = save
    self.editEvidence = editEvidence
    steps = InterviewStep.steps(of: rubric, role: interview.role, lensID: lensID)
  }

  /// The number of questions this session walks.
  public var questionCount: Int { steps.count }

  /// Runs the interview until it is done, quit, or its input ends.
  /// - Throws: what `save` throws; the interview file then still holds every earlier answer.
  public func run() throws -> Ending {
    guard var index = firstStep(from: 0) else {
      terminal.write(screen.nothingToAsk(count: steps.count))
      return .completed
    }
    let answered = steps.filter { interview.answers[$0.question.id]?.isAnswered == true }.count
    if !revisit, answered > 0 {
      terminal.write(screen.resuming(at: index + 1, of: steps.count, answered: answered))
    }
    var shownLens: String?
    while index < steps.count {
      let step = steps[index]
      if shownLens != step.lens.id {
        terminal.write(screen.lensHeader(step.lens))
        shownLens = step.lens.id
      }
      terminal.write(screen.question(step, current: interview.answers[step.question.id]))
      let move: Move
      switch step.question.kind {
      case .scale: move = try askScale(step, showLevels: true)
      case .text: move = try askText(step)
      }
      switch move {
      case .next:
        guard let next = firstStep(from: index + 1) else { return .completed }
        index = next
      case .back:
        index -= 1
        shownLens = nil
      case .rescore:
        continue
      case .stop(let ending):
        return ending
      }
    }
    return .completed
  }

  enum Move {
    case next
    case back
    /// From the evidence: ask the same question's score again.
    case rescore
    case stop(Ending)
  }

  /// The first step at or after `start` to ask: any when revisiting, otherwise one without an answer.
  func firstStep(from start: Int) -> Int? {
    guard start < steps.count else { return nil }
    return steps.indices[start...].first {
      revisit || interview.answers[steps[$0].question.id]?.isAnswered != true
    }
  }

  // MARK: Scale questions

  func askScale(_ step: InterviewStep, showLevels: Bool) throws -> Move {
    let question = step.question
    while true {
      let current = interview.answers[question.id]
      switch read(prompt: screen.scalePrompt, initial: "") {
      case .endOfInput: return .stop(.endOfInput)
      case .interrupted: return .stop(.interrupted)
      case .lineTooLong(let maximumLength): return .stop(.lineTooLong(maximumLength: maximumLength))
      case .line(let line):
        let token = line.trimmingCharacters(in: .whitespaces).lowercased()
        if let score = rubric.method.score(token) {
          try record(
            .scored(score, evidence: current?.score == score ? current?.text : nil, at: now()), for: question)
          return try askEvidence(question, keeping: current)
        }
        switch token {
        case "n", "n/a", "na":
          try record(
            .notApplicable(evidence: current?.status == .notApplicable ? current?.text : nil, at: now()),
            for: question)
          return try askEvidence(question, keeping: current)
        case "s":
          if current == nil { try record(.skipped(at: now()), for: question) }
          return .next
        case "?":
          terminal.write(screen.help(question))
        case "b":
          if step.position == 0 {
            terminal.write(screen.message("This is the first question; there is nothing to go back to."))
          } else {
            return .back
          }
        case "q":
          return .stop(.quit)
        case "":
          if let current, current.status != .skipped { return .next }
          terminal.write(screen.invalidScale(line))
        default:
          terminal.write(screen.invalidScale(line))
        }
      }
    }
  }

  /// Asks for the evidence of the answer just recorded; the score is already saved. The keys mean what they
  /// mean at the score: `s` goes on leaving the evidence as it is, `b` goes back to the score, `q` quits,
  /// `?` shows the help; `e` opens the editor.
  func askEvidence(_ question: Question, keeping previous: Answer?) throws -> Move {
    let previousEvidence = previous.flatMap {
      $0.status == .scored || $0.status == .notApplicable ? $0.text : nil
    }
    let prompt = screen.evidencePrompt(editorAvailable: editEvidence != nil, keeps: previousEvidence != nil)
    var initial = previousEvidence ?? ""
    while true {
      switch read(prompt: prompt, initial: initial) {
      case .endOfInput: return .stop(.endOfInput)
      case .interrupted: return .stop(.interrupted)
      case .lineTooLong(let maximumLength): return .stop(.lineTooLong(maximumLength: maximumLength))
      case .line(let line):
        var evidence = TextRule.evidence.cleaned(line)
        switch evidence.lowercased() {
        case "b": return .rescore
        case "q": return .stop(.quit)
        case "s": return .next
        case "?":
          terminal.write(screen.help(question))
          continue
        case "e" where editEvidence != nil:
          switch editEvidence?(previousEvidence ?? "") ?? .failed("") {
          case .edited(let note):
            evidence = TextRule.evidence.cleaned(note)
            terminal.write(screen.noteFromEditor(evidence))
          case .failed(let reason):
            terminal.write(screen.editorFailed(reason))
            initial = previousEvidence ?? ""
            continue
          }
        case "" where !terminal.isInteractive:
          // Piped input cannot be pre-filled: an empty line keeps the evidence already recorded.
          evidence = previousEvidence ?? ""
        default:
          break
        }
        if let problem = TextRule.evidence.problem(with: evidence, required: false) {
          terminal.write(screen.message("The evidence \(problem); it was not saved. Type a shorter note."))
          continue
        }
        guard var answer = interview.answers[question.id] else { return .next }
        let newText = evidence.isEmpty ? nil : evidence
        if answer.text != newText {
          answer.text = newText
          try record(answer, for: question)
        }
        return .next
      }
    }
  }

  // MARK: Text questions

  func askText(_ step: InterviewStep) throws -> Move {
    let question = step.question
    while true {
      let current = interview.answers[question.id]
      let currentText = current?.status == .text ? current?.text : nil
      switch read(prompt: screen.textPrompt, initial: currentText ?? "") {
      case .endOfInput: return .stop(.endOfInput)
      case .interrupted: return .stop(.interrupted)
      case .lineTooLong(let maximumLength): return .stop(.lineTooLong(maximumLength: maximumLength))
      case .line(let line):
        let text = TextRule.evidence.cleaned(line)
        if let problem = TextRule.evidence.problem(with: text, required: false) {
          terminal.write(screen.message("The answer \(problem); it was not saved. Type a shorter answer."))
          continue
        }
        switch text.lowercased() {
        case "?":
          terminal.write(screen.help(question))
          continue
        case "b":
          if step.position == 0 {
            terminal.write(screen.message("This is the first question; there is nothing to go back to."))
            continue
          }
          return .back
        case "q":
          return .stop(.quit)
        case "", "s":
          // Piped input cannot be pre-filled: an empty line keeps an answer already given.
          if text.isEmpty, !terminal.isInteractive, currentText != nil { return .next }
          try record(.skipped(at: now()), for: question)
          return .next
        case currentText?.lowercased():
          return .next
        default:
          try record(.text(text, at: now()), for: question)
          showCheck(question, text: text)
          return .next
        }
      }
    }
  }

  func showCheck(_ question: Question, text: String) {
    guard question.check == .outcome else { return }
    terminal.write(screen.outcomeCheck(checker.check(text)))
  }

  /// Reads a line after `prompt`, wrapped to the screen at word boundaries.
  func read(prompt: String, initial: String) -> TerminalInput {
    let lines = screen.promptLines(prompt)
    return terminal.readLine(prompt: lines.before + lines.last, initial: initial)
  }

  // MARK: Saving

  func record(_ answer: Answer, for question: Question) throws {
    interview.answers[question.id] = answer
    interview.updated = answer.recorded
    try save(interview)
    answeredHere.insert(question.id)
  }
}

import RubricEngine

/// The interview's text: lens headers, questions with their levels and anchors, prompts and messages.
/// Pure, so that what a consultant sees is tested line by line. Every text from data (the rubric's titles,
/// prompts, anchors and help, and a person's answers) goes through `shown`, so that only the screen's own
/// styles reach the terminal as escape sequences.
public struct InterviewScreen: Sendable {
  let rubric: Rubric
  let style: TerminalStyle
  /// The width every line is wrapped to: the terminal's, at most 100 (for reading), at least 20.
  public let width: Int
  /// Plain mode (a dumb terminal, a screen reader): no rules, nothing drawn, only text.
  let plain: Bool

  /// Creates the screen text for `rubric`, wrapped to `width` columns (at most 100, for reading); `plain`
  /// leaves out the rules.
  public init(rubric: Rubric, style: TerminalStyle, width: Int, plain: Bool = false) {
    self.rubric = rubric
    self.style = style
    self.width = min(max(width, 20), 100)
    self.plain = plain
  }

  /// The prompt for a scale question's answer.
  public var scalePrompt: String {
    "Score \(rubric.method.scaleText) (n not applicable, s skip, ? help, b back, q save and quit): "
  }
  /// The prompt for a text question's answer.
  public let textPrompt = "Answer (Enter or s to skip; ? help, b back, q save and quit): "

  /// The prompt for the evidence after a score: the same keys as at the score, and what Enter does.
  /// - Parameters:
  ///   - keeps: whether the answer has evidence already, which Enter keeps.
  public func evidencePrompt(editorAvailable: Bool, keeps: Bool) -> String {
    "Evidence, what was said (Enter " + (keeps ? "keeps it" : "for none")
      + (editorAvailable ? ", e the editor" : "") + ", s skip, b back to the score, q save and quit): "
  }

  /// A prompt as it is shown: the lines it wraps to within the width, all but the last written before the
  /// line is read, and the last (with its trailing space) put before the line being typed.
  public func promptLines(_ prompt: String) -> (before: String, last: String) {
    // Room is left on the last line for what is typed to start.
    guard prompt.count > width - 8 else { return ("", prompt) }
    let lines = TextLayout.wrap(prompt, width: width - 8)
    let before = lines.dropLast().map { $0 + "\n" }.joined()
    return (before, (lines.last ?? "") + (prompt.hasSuffix(" ") ? " " : ""))
  }

  /// The header shown when the walk enters a lens: a rule as wide as the screen with the title in it, or the
  /// title alone in plain mode.
  public func lensHeader(_ lens: Lens) -> String {
    let title = shown(lens.title)
    var lines = [""]
    if plain {
      lines += TextLayout.wrap(title, width: width)
    } else if title.count + 7 <= width {
      lines.append(style.heading("━━ \(title) " + String(repeating: "━", count: width - title.count - 4)))
    } else {
      lines += TextLayout.wrap(title, width: width).map(style.heading)
      lines.append(style.heading(String(repeating: "━", count: width)))
    }
    lines += TextLayout.wrap(shown(lens.summary), width: width)
    return lines.joined(separator: "\n") + "\n"
  }

  /// Where an interview that had answers already takes up again.
  public func resuming(at number: Int, of count: Int, answered: Int) -> String {
    message("Resuming at question \(number) of \(count) (\(answered) answered).")
  }

  /// The note the editor gave, shown once the interview has the terminal back.
  public func noteFromEditor(_ note: String) -> String {
    let text =
      note.isEmpty ? "Evidence from the editor: none" : "Evidence from the editor: \"\(shown(note))\""
    return TextLayout.wrap(text, width: width).map(style.dim).joined(separator: "\n") + "\n"
  }

  /// Shown when the editor could not give a note back.
  public func editorFailed(_ reason: String) -> String {
    // On a line of its own: the editor may have left the cursor after its last output (a ^C).
    "\n" + message(reason + " Type the note here, or e to try the editor again.")
  }

  /// A question: where it stands, the prompt, the levels with their anchors, and the current answer.
  public func question(_ step: InterviewStep, current: Answer?) -> String {
    var progress =
      "\(shown(step.lens.title)) · question \(step.numberInLens) of \(step.countInLens) · "
      + "\(step.numberOverall) of \(step.countOverall) overall"
    if step.question.critical { progress += " · critical" }
    var lines = [""] + TextLayout.wrap(progress, width: width).map(style.dim)
    lines += TextLayout.wrap(shown(step.question.prompt), width: width).map(style.bold)
    if step.question.kind == .scale, let anchors = step.question.anchors {
      lines.append("")
      let labelWidth = (rubric.scale.map { shown($0.label).count }.max() ?? 0) + 2
      for level in rubric.scale {
        let head =
          "  \(level.value)  " + shown(level.label).padding(toLength: labelWidth, withPad: " ", startingAt: 0)
        let anchor = shown(anchors[level.value] ?? "")
        if width - head.count >= 20 {
          let body = TextLayout.wrap(anchor, width: width - head.count)
          lines.append(style.bold(head) + (body.first ?? ""))
          lines += body.dropFirst().map { String(repeating: " ", count: head.count) + $0 }
        } else {
          // Too narrow for a column of anchors: each under its level.
          lines += TextLayout.wrap(head.trimmingCharacters(in: .whitespaces), width: width, indent: "  ")
            .map(style.bold)
          lines += TextLayout.wrap(anchor, width: width, indent: "    ")
        }
      }
    }
    if let current {
      lines += TextLayout.wrap("Current answer: " + describe(current), width: width).map(style.dim)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// An answer in words, as shown under the question.
  public func describe(_ answer: Answer) -> String {
    let evidence = answer.text.map { " · \"\(TerminalText.visible($0))\"" } ?? ""
    switch answer.status {
    case .scored:
      let score = answer.score ?? 0
      return "\(score) \(shown(rubric.label(for: score) ?? ""))\(evidence) (Enter keeps it)"
    case .notApplicable: return "not applicable\(evidence) (Enter keeps it)"
    case .skipped: return "skipped"
    case .text: return "\"\(TerminalText.visible(answer.text ?? ""))\" (Enter keeps it)"
    }
  }

  /// The help text of a question.
  public func help(_ question: Question) -> String {
    (["", style.bold("What to listen for")] + TextLayout.wrap(shown(question.help), width: width) + [""])
      .joined(separator: "\n") + "\n"
  }

  /// The message for input that is not an answer to a scale question.
  public func invalidScale(_ line: String) -> String {
    let shown = TerminalText.visible(line.trimmingCharacters(in: .whitespaces))
    let what = shown.isEmpty ? "An empty line" : "\"\(shown)\""
    return message(
      "\(what) is not an answer here: type \(rubric.method.scaleText) for a score, n (not applicable), s (skip), ? (help), b (back) "
        + "or q (save and quit).")
  }

  /// A message, wrapped to the screen.
  public func message(_ text: String) -> String {
    TextLayout.wrap(text, width: width).map(style.warning).joined(separator: "\n") + "\n"
  }

  /// The outcome checker's verdict on an answer, shown right after it.
  public func outcomeCheck(_ assessment: OutcomeAssessment) -> String {
    let verdict: String
    switch assessment.verdict {
    case .measurable: verdict = style.good("measurable")
    case .vague: verdict = style.warning("vague")
    case .output: verdict = style.warning("an output, not an outcome")
    }
    var lines = TextLayout.wrap(
      "Outcome check: " + verdict + (assessment.reasons.first.map { ": " + shown($0) } ?? ""), width: width)
    if !assessment.missing.isEmpty {
      lines += TextLayout.wrap(
        "missing: " + assessment.missing.map { shown($0.title) }.joined(separator: ", "), width: width,
        indent: "  ")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Text from data as the screen shows it: its lines kept, every other unsafe character made visible.
  func shown(_ text: String) -> String {
    TerminalText.visibleLines(text)
  }

  /// Shown when every question in the walk has an answer already.
  public func nothingToAsk(count: Int) -> String {
    TextLayout.wrap(
      "All \(count) questions of this interview are answered. To go through them again, add --revisit.",
      width: width
    ).joined(separator: "\n") + "\n"
  }
}

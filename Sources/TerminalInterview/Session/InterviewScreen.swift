import RubricEngine

/// The interview's text: lens headers, questions with their levels and anchors, prompts and messages.
/// Pure, so that what a consultant sees is tested line by line. Every text from data (the rubric's titles,
/// prompts, anchors and help, and a person's answers) goes through `shown`, so that only the screen's own
/// styles reach the terminal as escape sequences.
public struct InterviewScreen: Sendable {
  let rubric: Rubric
  let style: TerminalStyle
  let width: Int

  /// Creates the screen text for `rubric`, wrapped to `width` columns (at most 100, for reading).
  public init(rubric: Rubric, style: TerminalStyle, width: Int) {
    self.rubric = rubric
    self.style = style
    self.width = min(max(width, 40), 100)
  }

  /// The prompt for a scale question's answer.
  public let scalePrompt = "Score 0-4 (n not applicable, s skip, ? help, b back, q save and quit): "
  /// The prompt for a text question's answer.
  public let textPrompt = "Answer (Enter or s to skip; ? help, b back, q save and quit): "

  /// The prompt for the evidence after a score.
  public func evidencePrompt(editorAvailable: Bool) -> String {
    editorAvailable
      ? "Evidence, what was said (Enter for none, e for the editor): "
      : "Evidence, what was said (Enter for none): "
  }

  /// The header shown when the walk enters a lens.
  public func lensHeader(_ lens: Lens) -> String {
    let title = shown(lens.title)
    var lines = [
      "",
      style.heading("━━ \(title) " + String(repeating: "━", count: max(3, width - title.count - 4))),
    ]
    lines += TextLayout.wrap(shown(lens.summary), width: width)
    return lines.joined(separator: "\n") + "\n"
  }

  /// A question: where it stands, the prompt, the levels with their anchors, and the current answer.
  public func question(_ step: InterviewStep, current: Answer?) -> String {
    var progress =
      "\(shown(step.lens.title)) · question \(step.numberInLens) of \(step.countInLens) · "
      + "\(step.numberOverall) of \(step.countOverall) overall"
    if step.question.critical { progress += " · critical" }
    var lines = ["", style.dim(progress)]
    lines += TextLayout.wrap(shown(step.question.prompt), width: width).map(style.bold)
    if step.question.kind == .scale, let anchors = step.question.anchors {
      lines.append("")
      let labelWidth = (rubric.scale.map { shown($0.label).count }.max() ?? 0) + 2
      for level in rubric.scale {
        let head =
          "  \(level.value)  " + shown(level.label).padding(toLength: labelWidth, withPad: " ", startingAt: 0)
        let body = TextLayout.wrap(shown(anchors[level.value] ?? ""), width: width - head.count)
        lines.append(style.bold(head) + (body.first ?? ""))
        lines += body.dropFirst().map { String(repeating: " ", count: head.count) + $0 }
      }
    }
    if let current { lines.append(style.dim("Current answer: " + describe(current))) }
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
      "\(what) is not an answer here: type 0-4 for a score, n (not applicable), s (skip), ? (help), b (back) "
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
    "All \(count) questions of this interview are answered. To go through them again, add --revisit.\n"
  }
}

import Foundation
import ReviewStore
import RubricEngine
import TerminalInterview

extension Command {
  /// `integrity interview DIR --name NAME --role ROLE`: the guided interview of one stakeholder.
  static let interview = Command(
    name: "interview",
    summary: "Interview one stakeholder, question by question, saving each answer as given",
    usage:
      "integrity interview DIR --name NAME --role ROLE [--lens ID] [--interviewer NAME] [--revisit] [--plain]",
    arguments: [.reviewFolder],
    options: [
      .value(
        "name", "NAME", .interviewee, help: "The interviewee (the same name continues their interview)"),
      .value("role", "ROLE", .role, help: "Their role: one of the rubric's role ids"),
      .value(
        "lens", "ID", .lens,
        help: "Ask only this lens's questions; ID is the lens's id, its title or the start of either"),
      .value("interviewer", "NAME", .text, help: "Who is asking"),
      .flag("revisit", help: "Walk every question with its current answer as the default"),
      .flag(
        "plain",
        help: "Plain text for a screen reader: no cursor movement, no rules, no colour (as TERM=dumb)"),
    ],
    details: """
      For a scale question type \(Method.standard.scaleText), n (not applicable), s (skip), ? (help),
      b (back) or q (save and quit); after a score or n, type the evidence, what
      the interviewee said: e opens $VISUAL or $EDITOR in a terminal, and s, b
      (back to the score), ? and q mean the same there. For a text question type
      the answer; an empty line skips it.
      Every answer is saved before the next prompt; no interview file is written
      before the first. Ctrl-D or the end of piped input stops and keeps
      everything (exit 0); Ctrl-C does the same and exits 130; Ctrl-Z suspends
      (fg resumes). A piped line longer than 256 KB, more than any answer holds,
      stops it with exit 1. Run the same command to continue.

      Examples:
        integrity interview acme-review --name "Dana Whitfield" --role sponsor
        printf '%s\\n' 'Cut claim time from 5 days to 1 by 2027' 3 memo q |
          integrity interview acme-review --name Dana --role sponsor
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let name = try acceptedText(arguments.option("name"), rule: .name, option: "--name", command: "interview")
    let role = try arguments.option("role")
    let lensID = try arguments.option("lens")
    let interviewer = try arguments.option("interviewer").map { text throws(CommandError) in
      try acceptedText(text, rule: .name, option: "--interviewer", command: "interview")
    }
    let revisit = try arguments.flag("revisit")
    let plainAsked = try arguments.flag("plain")
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    guard let role else { throw .usage("--role is required: the interviewee's role", command: "interview") }
    let opened = try OpenReview(directory, context: context)
    let rubric = opened.rubric
    try checkChoice(role, among: rubric.roles.map(\.id), what: "role")
    let lens = try lensID.map { name throws(CommandError) in
      try LensName.resolve(name, in: rubric, option: "--lens", command: "interview")
    }

    let folder = opened.folder
    let slug: String
    let lock: any HeldLock
    var interview: Interview
    let fileExisted: Bool
    do throws(ReviewStoreError) {
      let claim = try folder.claimInterview(
        name: name, rubric: rubric, holder: "an interview of \(name)")
      slug = claim.slug
      lock = claim.lock
      fileExisted = claim.stored != nil
      if let stored = claim.stored {
        interview = stored
      } else {
        // Not saved yet: the file is written with the first answer, so a run with none leaves nothing.
        let started = context.timestamp()
        interview = Interview(
          name: name, role: role, interviewer: interviewer, started: started, updated: started)
      }
    } catch {
      throw CommandError(error)
    }
    defer { lock.release() }
    guard interview.role == role else {
      throw .usage(
        "\(TerminalText.visible(interview.name)) was interviewed as \(interview.role); continue with --role \(interview.role)",
        command: "interview")
    }
    if let interviewer, interview.interviewer == nil { interview.interviewer = interviewer }

    TerminalPlatform.installSignalHandlers()
    // Plain mode: a dumb terminal cannot move the cursor, and a screen reader reads every redraw aloud.
    let plain = plainAsked || context.environment["TERM"] == "dumb"
    let terminal = plain ? context.makeTerminal().plain : context.makeTerminal()
    let style =
      plain
      ? TerminalStyle(isEnabled: false)
      : TerminalStyle.forOutput(
        isTerminal: context.standardOutputIsTerminal, environment: context.environment)
    let width = context.screenWidth
    let path = TerminalText.visible(folder.interviewPath(slug: slug))
    // The editor needs a person at a terminal, in plain mode too.
    let editorAvailable =
      terminal.isInteractive || (context.standardInputIsTerminal && context.standardOutputIsTerminal)
    let session = InterviewSession(
      rubric: rubric, interview: interview, lensID: lens?.id, revisit: revisit, terminal: terminal,
      style: style, width: width, plain: plain, now: context.timestamp,
      save: { interview throws(ReviewStoreError) in try folder.save(interview, slug: slug) },
      editEvidence: editorAvailable
        ? { text in ExternalEditor(context: context, folder: folder, slug: slug).edit(text) } : nil)
    let ending: InterviewSession.Ending
    do {
      ending = try session.run()
    } catch let error as ReviewStoreError {
      throw .failure("\(error.description)\nEvery answer before this one is saved in \(path).")
    } catch {
      throw .failure("\(error)\nEvery answer before this one is saved in \(path).")
    }
    let summary = InterviewSummary(interview: session.interview, rubric: rubric)
    let shownName = TerminalText.visible(session.interview.name)
    // Written to the interview's terminal, not through a sink, so the stored name is made visible here.
    let resumeParts = [
      "integrity interview", shellQuoted(folder.path), "--name " + shellQuoted(session.interview.name),
      "--role " + role,
    ].map(TerminalText.visible)
    let resume = { (lead: String) in commandLine(lead, resumeParts, width: width) }
    let next = commandLine(
      "Next: ", ["integrity status", TerminalText.visible(shellQuoted(folder.path))], width: width)
    let saved = session.answeredHere.count
    let written: String
    if saved > 0 {
      written = "Saved \(saved) \(saved == 1 ? "answer" : "answers") for \(shownName) in \(path)."
    } else if fileExisted {
      written = "No answer changed: \(path) is as it was."
    } else {
      written = "Nothing was saved: no answer was given, so no interview file was written."
    }
    let wrap = { (text: String) in TextLayout.wrap(text, width: width).joined(separator: "\n") + "\n" }
    let stoppedBeforeAny = saved == 0 && !fileExisted
    switch ending {
    case .completed:
      // With --lens only that lens was asked: the interview as a whole may still have questions to go.
      let finished =
        lens.map {
          "The \($0.title) questions of \(shownName) are done; the whole interview: \(summary.text)."
        }
        ?? "Interview of \(shownName) complete: \(summary.text)."
      var text = "\n" + wrap(finished) + wrap(written)
      if summary.skipped > 0 { text += resume("To return to the skipped questions: ") }
      terminal.write(text + next)
      return .success
    case .quit, .endOfInput, .interrupted:
      let why: String
      switch ending {
      case .quit: why = "Saved and stopped"
      case .interrupted: why = "Interrupted"
      default: why = "Input ended"
      }
      let state = stoppedBeforeAny ? "before the first answer" : summary.text
      terminal.write(
        "\n" + wrap("\(why): \(state).") + wrap(written)
          + resume(stoppedBeforeAny ? "To start: " : "To continue: "))
      return ending == .interrupted ? .interrupted : .success
    case .lineTooLong(let maximumLength):
      throw .failure(
        "a line of the input is longer than \(maximumLength / 1024) KB, the longest answer the workbench "
          + "keeps, so the interview stopped there (is this the right input?); \(summary.text). "
          + "\(written)\n" + resume("To continue: ").dropLast())
    }
  }
}

/// The width of the interview's screen: the terminal's (TIOCGWINSZ), `COLUMNS` when standard output is not a
/// terminal, else 80.
/// A command to run, after `lead`, within `width` where it can be: too long, it goes on over lines that end
/// with the shell's continuation, so that it can still be copied whole. Each part stays on one line.
private func commandLine(_ lead: String, _ parts: [String], width: Int) -> String {
  var lines = [lead + (parts.first ?? "")]
  for part in parts.dropFirst() {
    if lines[lines.count - 1].count + 1 + part.count + 2 <= width {
      lines[lines.count - 1] += " " + part
    } else {
      lines[lines.count - 1] += " \\"
      lines.append("    " + part)
    }
  }
  return lines.joined(separator: "\n") + "\n"
}

import Foundation
import ReviewStore
import RubricEngine
import TerminalInterview

extension Command {
  /// `integrity interview DIR --name NAME --role ROLE`: the guided interview of one stakeholder.
  static let interview = Command(
    name: "interview",
    summary: "Interview one stakeholder, question by question, saving every answer as it is given",
    usage: "integrity interview DIR --name NAME --role ROLE [--lens ID] [--interviewer NAME] [--revisit]",
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
    ],
    details: """
      For a scale question type 0-4, n (not applicable), s (skip), ? (help), b (back) or q (save and quit);
      after a score or n, type the evidence: what the interviewee said (e opens $EDITOR in a terminal).
      For a text question type the answer; an empty line skips it.
      Every answer is saved before the next prompt. Ctrl-D or the end of piped input stops and keeps
      everything (exit 0); Ctrl-C does the same and exits 130. A piped line longer than 256 KB, more than
      any answer holds, stops it with exit 1. Run the same command to continue.

      Examples:
        integrity interview acme-review --name "Dana Whitfield" --role sponsor
        printf 'Cut claim time to 1 day by 2027\\n3\\nA one-page memo\\nq\\n' |
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
    do throws(ReviewStoreError) {
      let claim = try folder.claimInterview(
        name: name, rubric: rubric, holder: "an interview of \(name)")
      slug = claim.slug
      lock = claim.lock
      if let stored = claim.stored {
        interview = stored
      } else {
        let started = context.timestamp()
        interview = Interview(
          name: name, role: role, interviewer: interviewer, started: started, updated: started)
        do throws(ReviewStoreError) {
          try folder.save(interview, slug: slug)
        } catch {
          lock.release()
          throw error
        }
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
    let terminal = context.makeTerminal()
    let style = TerminalStyle.forOutput(
      isTerminal: context.standardOutputIsTerminal, environment: context.environment)
    let path = TerminalText.visible(folder.interviewPath(slug: slug))
    let session = InterviewSession(
      rubric: rubric, interview: interview, lensID: lens?.id, revisit: revisit, terminal: terminal,
      style: style,
      width: terminal.isInteractive ? TerminalPlatform.columns(of: 1) : 100, now: context.timestamp,
      save: { interview throws(ReviewStoreError) in try folder.save(interview, slug: slug) },
      editEvidence: terminal.isInteractive
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
    // Written to the interview's terminal, not through a sink, so the stored name is made visible here.
    let resume = TerminalText.visible(
      "integrity interview \(shellQuoted(folder.path)) --name \(shellQuoted(session.interview.name)) --role \(role)"
    )
    switch ending {
    case .completed:
      terminal.write(
        "\nInterview of \(TerminalText.visible(session.interview.name)) complete: \(summary.text). Saved in \(path).\n"
      )
      if summary.skipped > 0 { terminal.write("To return to the skipped questions: \(resume)\n") }
      return .success
    case .quit, .endOfInput:
      let why = ending == .quit ? "Saved and stopped" : "Input ended"
      terminal.write("\n\(why): \(summary.text), saved in \(path).\nTo continue: \(resume)\n")
      return .success
    case .interrupted:
      terminal.write("\nInterrupted: \(summary.text), saved in \(path).\nTo continue: \(resume)\n")
      return .interrupted
    case .lineTooLong(let maximumLength):
      throw .failure(
        "a line of the input is longer than \(maximumLength / 1024) KB, the longest answer the workbench "
          + "keeps, so the interview stopped there (is this the right input?); \(summary.text), saved in "
          + "\(path).\nTo continue: \(resume)")
    }
  }
}

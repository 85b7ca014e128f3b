import ReviewStore
import RubricEngine

extension Command {
  /// `integrity interviewee remove DIR --name NAME`: takes an interview out of the review, recoverably.
  static let intervieweeRemove = Command(
    name: "interviewee remove",
    summary: "Remove an interview from the review (kept in DIR/.removed/ for restore)",
    usage: "integrity interviewee remove DIR --name NAME",
    arguments: [.reviewFolder],
    options: [
      .value("name", "NAME", .interviewee, help: "The interviewee (matched as every command matches names)")
    ],
    details: """
      The interview file is moved to DIR/.removed/, its name followed by the date
      and time of the removal, such as .removed/ana-lima.2026-11-23T090000Z.json.
      status, score, report and export never read DIR/.removed/; integrity
      interviewee restore puts the interview back. Refused (exit 75) while another
      command holds the interview, such as a running interview of NAME.

      Example:
        integrity interviewee remove acme-review --name "Ana Lima"
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let command = "interviewee remove"
    let name = try acceptedText(arguments.option("name"), rule: .name, option: "--name", command: command)
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    let opened = try OpenReview(directory, context: context)
    let change: IntervieweeChange
    do throws(ReviewStoreError) {
      change = try opened.folder.removeInterviewee(
        name, rubric: opened.rubric, recorded: context.timestamp(), holder: "a removal of \(name)")
    } catch {
      throw CommandError(error)
    }
    context.say("Removed the interview of \(change.name) (moved to \(change.path)).")
    context.say(
      "To undo: integrity interviewee restore \(shellQuoted(opened.folder.path)) "
        + "--name \(shellQuoted(change.name))")
    return .success
  }
}

import ReviewStore
import RubricEngine

extension Command {
  /// `integrity interviewee rename DIR --name OLD --to NEW`: corrects a name typed wrongly.
  static let intervieweeRename = Command(
    name: "interviewee rename",
    summary: "Rename an interviewee: the name in their interview file and the file's name",
    usage: "integrity interviewee rename DIR --name OLD --to NEW",
    arguments: [.reviewFolder],
    options: [
      .value(
        "name", "OLD", .interviewee,
        help: "The interviewee as interviewed (case, accents as typed and spaces aside, as every command "
          + "matches names)"),
      .value("to", "NEW", .text, help: "The name to give them"),
    ],
    details: """
      Refused when NEW is already interviewed, and (exit 75) while another command
      holds the interview, such as a running interview of OLD.

      Example:
        integrity interviewee rename acme-review --name "Jose" --to "José"
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let command = "interviewee rename"
    let old = try acceptedText(arguments.option("name"), rule: .name, option: "--name", command: command)
    let new = try acceptedText(arguments.option("to"), rule: .name, option: "--to", command: command)
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    let opened = try OpenReview(directory, context: context)
    let change: IntervieweeChange
    do throws(ReviewStoreError) {
      change = try opened.folder.renameInterviewee(
        old, to: new, rubric: opened.rubric, recorded: context.timestamp(), holder: "a rename of \(old)")
    } catch {
      throw CommandError(error)
    }
    context.say(
      "Renamed the interview of \(change.previousName) to \(change.name) (\(change.path)).")
    context.say("Next: integrity status \(shellQuoted(opened.folder.path))")
    return .success
  }
}

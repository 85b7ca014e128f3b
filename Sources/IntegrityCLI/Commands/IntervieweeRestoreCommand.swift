import ReviewStore
import RubricEngine

extension Command {
  /// `integrity interviewee restore DIR --name NAME [--file FILE]`: puts a removed interview back.
  static let intervieweeRestore = Command(
    name: "interviewee restore",
    summary: "Put a removed interview back from DIR/.removed/ into the review",
    usage: "integrity interviewee restore DIR --name NAME [--file FILE]",
    arguments: [.reviewFolder],
    options: [
      .value("name", "NAME", .text, help: "The interviewee whose removed interview to restore"),
      .value(
        "file", "FILE", .text,
        help: "Which removed copy, by its file name in DIR/.removed/, when NAME was removed more than once"),
    ],
    details: """
      Nothing is ever overwritten. With several removed copies of NAME and no
      --file, nothing is restored and the copies are listed. When NAME has been
      interviewed again since the removal, nothing is restored: rename or remove
      the current interview first. Refused (exit 75) while another command holds
      the review's interviews.

      Example:
        integrity interviewee restore acme-review --name "Ana Lima"
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let command = "interviewee restore"
    let name = try acceptedText(arguments.option("name"), rule: .name, option: "--name", command: command)
    let file = try arguments.option("file")
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    let opened = try OpenReview(directory, context: context)
    let change: IntervieweeChange
    do throws(ReviewStoreError) {
      change = try opened.folder.restoreInterviewee(
        name, file: file, rubric: opened.rubric, holder: "a restore of \(name)")
    } catch {
      let folder = shellQuoted(opened.folder.path)
      switch error {
      case .alreadyInterviewed(let current, let path):
        let quoted = shellQuoted(current)
        throw .failure(
          "\(current) is interviewed again since the removal (\(path)); nothing was restored. Either:\n"
            + "  integrity interviewee rename \(folder) --name \(quoted) --to NEW\n"
            + "  integrity interviewee remove \(folder) --name \(quoted)\n"
            + "then restore again.")
      case .severalRemoved(let removed, _, let copies):
        throw .failure(
          "\(copies.count) removed interviews of \(removed) are kept; nothing was restored. Choose one:\n"
            + copies.map {
              "  integrity interviewee restore \(folder) --name \(shellQuoted(removed)) --file \($0)"
            }.joined(separator: "\n"))
      default:
        throw CommandError(error)
      }
    }
    context.say(
      "Restored the interview of \(change.name) (\(change.path), from \(change.previousPath)).")
    context.say("Next: integrity status \(shellQuoted(opened.folder.path))")
    return .success
  }
}

import ReviewStore
import RubricEngine

extension Command {
  /// `integrity __complete roles|lenses|interviewees [DIR]`: the words a completion script offers, one a
  /// line. Hidden; it only reads, and prints nothing (exit 0) when there is nothing to read.
  static let complete = Command(
    name: "__complete",
    summary: "Print the roles, lens ids or interviewee names of a review, for the completion scripts",
    usage: "integrity __complete roles|lenses|interviewees [DIR]",
    arguments: [
      CommandArgument("WORDS", .choices(CompletionWords.allCases.map(\.rawValue)), help: "What to print"),
      CommandArgument(
        "DIR", .directory, optional: true,
        help: "The review folder; without it, or when it is not a review, the standard rubric's words"),
    ],
    details: "",
    hidden: true
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let words = try arguments.positionals(
      minimum: 1, maximum: 2, names: "WORDS: roles, lenses or interviewees")
    guard let kind = CompletionWords(rawValue: words[0]) else {
      throw .usage("unknown words '\(words[0])'; use roles, lenses or interviewees", command: "__complete")
    }
    var reading = context
    reading.fileSystem = ReadOnlyFileSystem(base: context.fileSystem)
    for word in kind.words(in: words.count > 1 ? words[1] : nil, context: reading) {
      context.standardOutput.line(word)
    }
    return .success
  }
}

/// What `integrity __complete` prints.
enum CompletionWords: String, CaseIterable {
  case roles, lenses, interviewees

  /// The words of the review in `path`, or of the standard rubric when there is none (interviewees: none).
  /// Reads only; a problem means no words, never a message, since a completion has nowhere to show one.
  func words(in path: String?, context: CommandContext) -> [String] {
    let opened = path.flatMap { try? OpenReview($0, context: context) }
    switch self {
    case .interviewees:
      guard let opened, let interviews = try? opened.folder.interviews(rubric: opened.rubric) else {
        return []
      }
      return interviews.compactMap { try? $0.result.get().name }.filter { !$0.contains("\n") }.sorted()
    case .roles, .lenses:
      guard
        let rubric = opened?.rubric ?? (try? RubricSelection(explicitPath: nil).load(in: context))
      else { return [] }
      return self == .roles ? rubric.roles.map(\.id) : rubric.lenses.map(\.id)
    }
  }
}

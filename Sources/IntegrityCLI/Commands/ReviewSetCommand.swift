import ReviewStore
import RubricEngine
import TerminalInterview

extension Command {
  /// `integrity review set DIR ...`: changes what the review is about after `init`.
  static let reviewSet = Command(
    name: "review set",
    summary: "Change what the review is about: client, program, decision, its date, forum, value, options",
    usage:
      "integrity review set DIR [--client NAME] [--program NAME] [--decision TEXT] [--decision-date YYYY-MM-DD] "
      + "[--forum TEXT] [--value TEXT] [--option TEXT]... [--consultant NAME]...",
    arguments: [.reviewFolder],
    options: [
      .value("client", "NAME", .text, help: "The client organisation"),
      .value("program", "NAME", .text, help: "The program of work under review"),
      .value("decision", "TEXT", .text, help: "The commitment being judged, in a sentence"),
      .value(
        "decision-date", "YYYY-MM-DD", .date, help: "The day the commitment hardens (\"\" clears it)"),
      .value("forum", "TEXT", .text, help: "Who takes the decision (\"\" clears it)"),
      .value(
        "value", "TEXT", .text, help: "What is at stake, such as \"£38m over 7 years\" (\"\" clears it)"),
      .value(
        "option", "TEXT", .text, repeats: true,
        help: "An option the client weighed; repeat for each (replaces the list; \"\" alone clears it)"),
      .value(
        "consultant", "NAME", .text, repeats: true,
        help: "A consultant running the review; repeat for each (replaces the list)"),
    ],
    details: """
      Each option given replaces that field of DIR/review.json; the others are kept. The client, the
      program and the decision cannot be emptied. The report's executive summary opens with the decision,
      its date, forum and value, and the options considered.

      Example:
        integrity review set acme-review --decision-date 2027-03-31 \\
          --forum "the board" --value "£40m over 5 years" \\
          --option "Sign with Halcyon" --option "Extend the legacy contract"
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let command = "review set"
    var changes: [String] = []
    var edits: [(inout Review) -> Void] = []
    for (option, name, rule, keyPath) in [
      ("client", "the client", TextRule.title, \Review.client), ("program", "the program", .title, \.program),
      ("decision", "the decision", .sentence, \.decision),
    ] {
      guard let value = try arguments.option(option) else { continue }
      guard !rule.cleaned(value).isEmpty else {
        throw .usage("--\(option) cannot be empty: a review always names \(name)", command: command)
      }
      let text = try acceptedText(value, rule: rule, option: "--" + option, command: command)
      changes.append(name)
      edits.append { $0[keyPath: keyPath] = text }
    }
    if let value = try arguments.option("decision-date") {
      let date = value.isEmpty ? nil : try calendarDate(value, option: "--decision-date", command: command)
      changes.append("the decision date")
      edits.append { $0.decisionDate = date }
    }
    for (option, name, keyPath) in [
      ("forum", "the forum", \Review.decisionForum), ("value", "the value at stake", \.valueAtStake),
    ] {
      guard let value = try arguments.option(option) else { continue }
      let text = try optionalText(value, rule: .title, option: "--" + option, command: command, clears: true)
      changes.append(name)
      edits.append { $0[keyPath: keyPath] = text }
    }
    let options = try arguments.values("option")
    if !options.isEmpty {
      // `--option ""` alone clears the list; an empty one among others is refused, as is a duplicate.
      var kept: [String] = []
      for text in options where !(options.count == 1 && text.isEmpty) {
        guard
          let option = try optionalText(
            text, rule: .title, option: "--option", command: command, clears: false)
        else { continue }
        guard !kept.contains(where: { $0.lowercased() == option.lowercased() }) else {
          throw .usage("--option \"\(TerminalText.visible(option))\" is given twice", command: command)
        }
        kept.append(option)
      }
      changes.append("the options considered")
      edits.append { $0.optionsConsidered = kept.isEmpty ? nil : kept }
    }
    let consultants = try arguments.values("consultant")
    if !consultants.isEmpty {
      let kept = try consultants.filter { !TextRule.name.cleaned($0).isEmpty }.map {
        text throws(CommandError) in
        try acceptedText(text, rule: .name, option: "--consultant", command: command)
      }
      changes.append("the consultants")
      edits.append { $0.consultants = kept }
    }
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    guard !edits.isEmpty else {
      throw .usage(
        "nothing to set: give one or more of --client, --program, --decision, --decision-date, --forum, "
          + "--value, --option, --consultant", command: command)
    }
    let opened = try OpenReview(directory, context: context)
    do throws(ReviewStoreError) {
      try opened.folder.updateReview(holder: "a review edit") { review throws(ReviewStoreError) in
        for edit in edits { edit(&review) }
      }
    } catch {
      throw CommandError(error)
    }
    context.say(
      "Set " + ReasonWords.sentence(changes)
        + " in \(opened.folder.path)/review.json. See it: integrity status "
        + shellQuoted(directory))
    return .success
  }
}

import ReviewStore
import RubricEngine
import TerminalInterview

extension Command {
  /// `integrity init DIR ...`: creates a review folder with a snapshot of its rubric.
  static let initialise = Command(
    name: "init",
    summary: "Create a review folder for a client's decision",
    usage:
      "integrity init DIR --client NAME --program NAME --decision TEXT [--decision-date YYYY-MM-DD] "
      + "[--forum TEXT] [--value TEXT] [--rubric PATH] [--consultant NAME]...",
    arguments: [CommandArgument("DIR", .directory, help: "A new or empty folder for the review")],
    options: [
      .value("client", "NAME", .text, help: "The client organisation"),
      .value("program", "NAME", .text, help: "The program of work under review"),
      .value("decision", "TEXT", .text, help: "The commitment being judged, in a sentence"),
      .value("decision-date", "YYYY-MM-DD", .date, help: "The day the commitment hardens"),
      .value("forum", "TEXT", .text, help: "Who takes the decision: the board, an investment committee"),
      .value("value", "TEXT", .text, help: "What is at stake, such as \"£38m over 7 years\""),
      .value(
        "rubric", "PATH", .file, help: "The rubric to use (default: the standard Decision Integrity rubric)"),
      .value(
        "consultant", "NAME", .text, repeats: true, help: "A consultant running the review; repeat for each"),
    ],
    details: """
      The decision's date, forum and value (and the options considered) can be set or changed later
      with integrity review set.

      Writes DIR/review.json, DIR/rubric.json (a snapshot of the rubric, so later edits to the rubric never
      change this review) and DIR/interviews/. Refuses to touch a folder that already holds a review.

      Example:
        integrity init acme-review --client "Acme Insurance" \\
          --program "Claims platform" \\
          --decision "Sign the 5-year, £40m platform contract" \\
          --decision-date 2027-03-31 --forum "the board" \\
          --value "£40m over 5 years" \\
          --consultant "R. Okafor"
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let client = try arguments.option("client")
    let program = try arguments.option("program")
    let decision = try arguments.option("decision")
    let rubricPath = try arguments.option("rubric")
    let decisionDate = try arguments.option("decision-date").map { value throws(CommandError) in
      try calendarDate(value, option: "--decision-date", command: "init")
    }
    let forum = try arguments.option("forum").flatMap { value throws(CommandError) in
      try optionalText(value, rule: .title, option: "--forum", command: "init", clears: false)
    }
    let value = try arguments.option("value").flatMap { text throws(CommandError) in
      try optionalText(text, rule: .title, option: "--value", command: "init", clears: false)
    }
    let consultants = try arguments.values("consultant").filter { !TextRule.name.cleaned($0).isEmpty }.map {
      text throws(CommandError) in
      try acceptedText(text, rule: .name, option: "--consultant", command: "init")
    }
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    var fields: [String: String] = [:]
    for (name, value, rule) in [
      ("client", client, TextRule.title), ("program", program, .title), ("decision", decision, .sentence),
    ] {
      fields[name] = try acceptedText(value, rule: rule, option: "--" + name, command: "init")
    }
    let rubric = try RubricSelection(explicitPath: rubricPath).load(in: context)
    let review = Review(
      client: fields["client"] ?? "", program: fields["program"] ?? "", decision: fields["decision"] ?? "",
      consultants: consultants, created: context.timestamp(), rubric: RubricReference(rubric),
      decisionDate: decisionDate, decisionForum: forum, valueAtStake: value)
    let folder: ReviewFolder
    do throws(ReviewStoreError) {
      folder = try ReviewFolder.create(
        at: directory, review: review, rubric: rubric, using: context.fileSystem)
    } catch {
      throw CommandError(error)
    }
    context.say(
      "Created the review of \(TerminalText.visible(review.client)): \(TerminalText.visible(review.program)) in "
        + "\(folder.path) (rubric \(rubric.id) \(rubric.version), \(rubric.questions.count) questions).")
    context.say(
      "Next, interview each stakeholder: integrity interview \(shellQuoted(folder.path)) --name NAME --role ROLE"
    )
    context.say(
      "Roles: " + rubric.roles.map { "\($0.id) (\($0.title))" }.joined(separator: ", "))
    return .success
  }
}

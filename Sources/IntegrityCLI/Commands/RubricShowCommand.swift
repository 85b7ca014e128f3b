import RubricEngine

extension Command {
  /// `integrity rubric show [FILE] [--json]`: lists a rubric's lenses and questions in asking order.
  static let rubricShow = Command(
    name: "rubric show",
    summary: "List a rubric's lenses and questions in asking order",
    usage: "integrity rubric show [FILE] [--rubric PATH] [--json]",
    arguments: [
      CommandArgument(
        "FILE", .file, optional: true,
        help: "The rubric to show (default: the standard Decision Integrity rubric)")
    ],
    options: [
      .value("rubric", "PATH", .file, help: "The same as FILE"),
      .flag(
        "json", help: "Print the normalised rubric (defaults filled in, keys sorted) instead of the listing"),
    ],
    details: """
      Examples:
        integrity rubric show
        integrity rubric show --json > my-rubric.json
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let json = try arguments.flag("json")
    let option = try arguments.option("rubric")
    let files = try arguments.positionals(minimum: 0, maximum: 1, names: "FILE")
    if option != nil && !files.isEmpty {
      throw .usage("give the rubric either as FILE or with --rubric, not both", command: "rubric show")
    }
    let rubric = try RubricSelection(explicitPath: option ?? files.first).load(in: context)
    if json {
      do {
        context.standardOutput.write(try RubricEncoder().encode(rubric))
      } catch {
        throw .failure("cannot write the rubric as JSON: \(error)")
      }
    } else {
      context.standardOutput.write(RubricListing.render(rubric, width: context.screenWidth))
    }
    return .success
  }
}

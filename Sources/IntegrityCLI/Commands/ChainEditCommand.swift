import ReviewStore
import RubricEngine

extension Command {
  /// `integrity chain edit DIR ID ...`: changes a node's fields.
  static let chainEdit = Command(
    name: "chain edit",
    summary: "Change a node of the outcome chain: its statement, links, owner, signals, trade-off or date",
    usage:
      "integrity chain edit DIR ID [--statement TEXT] [--supports ID]... [--owner ROLE] [--leading TEXT] "
      + "[--lagging TEXT] [--tradeoff TEXT] [--inspect YYYY-MM-DD] [--kind KIND] [--rationale TEXT]",
    arguments: [
      .reviewFolder, CommandArgument("ID", .text, help: "The node's id, as integrity chain show lists it"),
    ],
    options: chainFieldOptions,
    details: """
      Each option given replaces that field; --supports, given once or more, replaces the node's links. A
      drafted node edited is no longer a draft.

      Example:
        integrity chain edit acme-review bet-2 --inspect 2027-03-31 \\
          --lagging "handling time per claim"
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let command = "chain edit"
    let fields = try chainFields(&arguments, command: command)
    let words = try arguments.positionals(minimum: 2, maximum: 2, names: "DIR and ID")
    let (directory, id) = (words[0], words[1])
    let opened = try OpenReview(directory, context: context)
    do throws(ReviewStoreError) {
      try opened.folder.updateChain(holder: "a chain edit") { chain throws(ReviewStoreError) in
        guard let index = chain.nodes.firstIndex(where: { $0.id == id }) else {
          throw .refused(unknownNode(id, in: chain))
        }
        let node = fields.applied(to: chain.nodes[index])
        if let problem = chainNodeProblem(node, in: chain) {
          throw .refused(problem + "; nothing was changed")
        }
        chain.nodes[index] = node
      }
    } catch {
      throw CommandError(error)
    }
    context.say("Changed \(id). Next: integrity chain check \(shellQuoted(directory))")
    return .success
  }

  /// What a command naming a node the chain lacks is told.
  static func unknownNode(_ id: String, in chain: OutcomeChain) -> String {
    guard !chain.nodes.isEmpty else { return "the chain has no node yet, so not \(id)" }
    var message = "no node \(id) in the chain"
    if let guess = NearestName.suggestion(for: id, among: chain.nodes.map(\.id)) {
      message += " (did you mean \(guess)?)"
    }
    return message + "; its nodes: " + chain.nodes.map(\.id).joined(separator: ", ")
  }
}

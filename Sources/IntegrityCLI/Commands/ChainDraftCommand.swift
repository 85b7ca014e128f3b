import ArtefactReading
import ReviewStore
import RubricEngine

extension Command {
  /// `integrity chain draft DIR [--write]`: proposes a first chain from the review.
  static let chainDraft = Command(
    name: "chain draft",
    summary:
      "Propose a first outcome chain from the interviews and the work; nothing is written without --write",
    usage: "integrity chain draft DIR [--write]",
    arguments: [.reviewFolder],
    options: [.flag("write", help: "Save the proposal as DIR/outcome-chain.json (refused over a chain)")],
    details: """
      One customer outcome for each different outcome statement the stakeholders gave, in their own words,
      with the owner most often named; one bet for each epic or initiative of the imported artefacts. Every
      node is marked a draft until a reviewer edits it. No business result is made up: write it with
      integrity chain add, then link the outcomes to it with integrity chain edit.

      Example:
        integrity chain draft acme-review --write
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let write = try arguments.flag("write")
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    let opened = try OpenReview(directory, context: context)
    let interviews = try opened.readableInterviews()
    let card = try opened.scorecard(interviews: interviews)
    let bets = try opened.artefacts().flatMap { artefact in
      artefact.items.filter {
        ["epic", "initiative"].contains($0.type ?? "") && $0.statusClass != .cancelled
      }
      .map(\.title)
    }
    let draft = ChainDraft.draft(outcomes: card.outcomes, owners: card.owners, bets: bets)
    guard !draft.nodes.isEmpty else {
      context.say(
        "Nothing to draft from: no outcome statement was given and no epic or initiative imported. Start with "
          + "integrity chain add \(shellQuoted(directory)) --level business --statement TEXT")
      return .success
    }
    var lines = ["Proposed chain (every node a draft):"]
    for node in draft.nodes {
      lines.append(
        "  \(node.id)  \(node.statement)"
          + (node.owner.map { "  (owner: \($0))" } ?? "")
          + (node.supports.isEmpty ? "" : "  (supports \(node.supports.joined(separator: ", ")))"))
    }
    context.standardOutput.write(
      ScreenText.fit(lines, width: context.screenWidth).joined(separator: "\n") + "\n")
    guard write else {
      context.say(
        "Nothing was written. To save it: integrity chain draft \(shellQuoted(directory)) --write")
      return .success
    }
    do throws(ReviewStoreError) {
      try opened.folder.updateChain(holder: "a chain draft") { chain throws(ReviewStoreError) in
        guard chain.nodes.isEmpty else {
          throw .refused(
            "the review already has an outcome chain of \(chain.nodes.count) nodes; nothing was written. A draft "
              + "never replaces one: edit it with integrity chain add and chain edit")
        }
        chain = draft
      }
    } catch {
      throw CommandError(error)
    }
    context.say("Saved in \(opened.folder.chainPath). Next: integrity chain check \(shellQuoted(directory))")
    return .success
  }
}

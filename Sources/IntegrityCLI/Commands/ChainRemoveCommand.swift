import ReviewStore
import RubricEngine

extension Command {
  /// `integrity chain remove DIR ID [--cascade]`: takes a node out of the chain.
  static let chainRemove = Command(
    name: "chain remove",
    summary: "Remove a node of the outcome chain (refused while another supports it, unless --cascade)",
    usage: "integrity chain remove DIR ID [--cascade]",
    arguments: [
      .reviewFolder, CommandArgument("ID", .text, help: "The node's id, as integrity chain show lists it"),
    ],
    options: [.flag("cascade", help: "Remove the nodes that support it too, and theirs")],
    details: """
      Example:
        integrity chain remove acme-review customer-2 --cascade
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let cascade = try arguments.flag("cascade")
    let words = try arguments.positionals(minimum: 2, maximum: 2, names: "DIR and ID")
    let (directory, id) = (words[0], words[1])
    let opened = try OpenReview(directory, context: context)
    let removed: [String]
    do throws(ReviewStoreError) {
      removed = try opened.folder.updateChain(holder: "a chain edit") { chain throws(ReviewStoreError) in
        guard chain.node(id: id) != nil else { throw .refused(unknownNode(id, in: chain)) }
        let supporters = chain.supporters(of: id).map(\.id)
        if !supporters.isEmpty && !cascade {
          throw .refused(
            "\(id) is supported by \(supporters.joined(separator: ", ")); nothing was removed. Remove or relink "
              + "\(supporters.count == 1 ? "it" : "them") first, or remove them all with --cascade")
        }
        // The node and, with --cascade, every node below it.
        var gone: [String] = []
        var queue = [id]
        while let next = queue.first {
          queue.removeFirst()
          guard !gone.contains(next) else { continue }
          gone.append(next)
          queue += chain.supporters(of: next).map(\.id)
        }
        chain.nodes.removeAll { gone.contains($0.id) }
        return gone
      }
    } catch {
      throw CommandError(error)
    }
    context.say("Removed \(removed.joined(separator: ", ")) from the chain.")
    return .success
  }
}

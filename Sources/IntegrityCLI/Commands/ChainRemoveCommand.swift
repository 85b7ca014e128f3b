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
    options: [
      .flag(
        "cascade",
        help:
          "Remove the nodes that support it too, and theirs; one that also supports a node kept only loses "
          + "its link")
    ],
    details: """
      Example:
        integrity chain remove acme-review customer-2 --cascade
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let cascade = try arguments.flag("cascade")
    let words = try arguments.positionals(minimum: 2, maximum: 2, names: "DIR and ID")
    let (directory, id) = (words[0], words[1])
    let opened = try OpenReview(directory, context: context)
    let removed: (gone: [String], unlinked: [String])
    do throws(ReviewStoreError) {
      removed = try opened.folder.updateChain(holder: "a chain edit") { chain throws(ReviewStoreError) in
        guard chain.node(id: id) != nil else { throw .refused(unknownNode(id, in: chain)) }
        let supporters = chain.supporters(of: id).map(\.id)
        if !supporters.isEmpty && !cascade {
          throw .refused(
            "\(id) is supported by \(supporters.joined(separator: ", ")); nothing was removed. Remove or relink "
              + "\(supporters.count == 1 ? "it" : "them") first, or remove them all with --cascade")
        }
        // The node and, with --cascade, every node below it that supports nothing else; a node below it
        // that also supports a node kept keeps that link and loses only its links to the nodes removed.
        var gone: Set<String> = []
        var order: [String] = []
        var queue = [id]
        while let next = queue.first {
          queue.removeFirst()
          guard gone.insert(next).inserted else { continue }
          order.append(next)
          for supporter in chain.supporters(of: next) where supporter.supports.allSatisfy(gone.contains) {
            queue.append(supporter.id)
          }
        }
        chain.nodes.removeAll { gone.contains($0.id) }
        var unlinked: [String] = []
        for index in chain.nodes.indices where chain.nodes[index].supports.contains(where: gone.contains) {
          chain.nodes[index].supports.removeAll(where: gone.contains)
          unlinked.append(chain.nodes[index].id)
        }
        return (order, unlinked)
      }
    } catch {
      throw CommandError(error)
    }
    context.say("Removed \(removed.gone.joined(separator: ", ")) from the chain.")
    if !removed.unlinked.isEmpty {
      context.say(
        removed.unlinked.joined(separator: ", ") + " also support\(removed.unlinked.count == 1 ? "s" : "") "
          + "a node kept: only \(removed.unlinked.count == 1 ? "its link" : "their links") to what was removed "
          + "went.")
    }
    return .success
  }
}

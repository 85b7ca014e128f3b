import ReviewStore
import RubricEngine

extension Command {
  /// `integrity chain show DIR [--json]`: the outcome chain, business results down to bets.
  static let chainShow = Command(
    name: "chain show",
    summary:
      "Show the outcome chain: business results, the customer outcomes under them, the bets under those",
    usage: "integrity chain show DIR [--json]",
    arguments: [.reviewFolder],
    options: [.flag("json", help: "Print the chain as JSON: the contents of outcome-chain.json")],
    details: """
      Example:
        integrity chain show acme-review
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let json = try arguments.flag("json")
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    let opened = try OpenReview(directory, context: context)
    let chain = try opened.chain()
    if json {
      try printJSON(chain, what: "the chain", context: context)
      return .success
    }
    guard !chain.nodes.isEmpty else {
      context.standardOutput.line("No outcome chain in \(opened.folder.path) yet.")
      context.standardOutput.line(
        "Start at the top: integrity chain add \(shellQuoted(directory)) --level business --statement TEXT")
      return .success
    }
    var lines: [String] = []
    var shown: Set<String> = []
    func show(_ node: ChainNode, depth: Int) {
      let indent = String(repeating: "    ", count: depth)
      var line = "\(indent)\(node.id)  \(node.statement)"
      if node.draft == true { line += "  (draft)" }
      lines.append(line)
      var details: [String] = []
      if let owner = node.owner { details.append("owner \(owner)") }
      if let kind = node.kind, kind != .outcome { details.append(kind.rawValue) }
      if let leading = node.evidence?.leading { details.append("leading: \(leading)") }
      if let lagging = node.evidence?.lagging { details.append("lagging: \(lagging)") }
      if let tradeoff = node.tradeoff { details.append("trade-off: \(tradeoff)") }
      if let inspect = node.inspect { details.append("inspect \(inspect)") }
      if !details.isEmpty { lines.append(indent + "      " + details.joined(separator: " · ")) }
      guard shown.insert(node.id).inserted else { return }
      for child in chain.supporters(of: node.id) { show(child, depth: depth + 1) }
    }
    for node in chain.nodes where node.level == .business { show(node, depth: 0) }
    let orphans = chain.nodes.filter { !shown.contains($0.id) }
    if !orphans.isEmpty {
      lines.append("")
      lines.append("Supporting nothing in the chain:")
      for node in orphans { show(node, depth: 1) }
    }
    context.standardOutput.write(
      ScreenText.fit(lines, width: context.screenWidth).joined(separator: "\n") + "\n")
    return .success
  }
}

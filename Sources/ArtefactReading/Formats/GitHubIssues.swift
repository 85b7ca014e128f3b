import RubricEngine

/// GitHub issues as JSON, as `gh issue list --json number,title,body,state,labels` writes them: a list of
/// objects; `state` is OPEN or CLOSED, `stateReason` (when asked for) COMPLETED or NOT_PLANNED; `labels` a
/// list of objects with a `name`. Any other key (`author`, `assignees`, ...) is never read.
enum GitHubIssues {
  /// Labels that name an item's type.
  static let typeLabels = ["epic", "initiative", "story", "user story", "task", "bug", "feature", "spike"]

  static func items(of bytes: [UInt8]) throws(ArtefactError) -> [(item: RawItem, stateReason: String?)] {
    let root: JSONValue
    do {
      root = try JSONParser().parse(bytes)
    } catch {
      throw .json(line: error.position.line, column: error.position.column, message: error.message)
    }
    guard case .array(let elements) = root.content else {
      throw .notIssues(message: "the file is JSON but not a list")
    }
    var items: [(RawItem, String?)] = []
    for (index, element) in elements.enumerated() {
      guard case .object(let members) = element.content else {
        throw .notIssues(message: "item \(index + 1) of the list is not an object")
      }
      func text(_ key: String) -> String? {
        guard let value = members.first(where: { $0.key == key })?.value else { return nil }
        switch value.content {
        case .string(let text): return text
        case .number(_, let literal): return literal
        default: return nil
        }
      }
      guard let title = text("title") else {
        throw .notIssues(message: "item \(index + 1) of the list has no title")
      }
      var labels: [String] = []
      if let value = members.first(where: { $0.key == "labels" })?.value,
        case .array(let list) = value.content
      {
        for label in list {
          switch label.content {
          case .string(let name): labels.append(name)
          case .object(let fields):
            if let name = fields.first(where: { $0.key == "name" })?.value,
              case .string(let text) = name.content
            {
              labels.append(text)
            }
          default: continue
          }
        }
      }
      let type =
        labels.first { typeLabels.contains($0.lowercased().replacingPrefix("type: ", "")) }
        .map { $0.lowercased().replacingPrefix("type: ", "") } ?? "issue"
      let number = text("number")
      items.append(
        (
          RawItem(
            key: number.map { "#" + $0 } ?? "#\(index + 1)", title: title, type: type, status: text("state"),
            labels: labels, parent: nil, description: text("body") ?? "", line: element.position.line),
          text("stateReason")
        ))
    }
    return items
  }
}

extension String {
  /// The string without `prefix` at its start, when it has it.
  func replacingPrefix(_ prefix: String, _ replacement: String) -> String {
    hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
  }
}

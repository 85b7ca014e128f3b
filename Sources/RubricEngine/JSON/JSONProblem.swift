/// One thing wrong with a JSON document: where (a JSON path, and the line when known) and what.
public struct JSONProblem: Equatable, Sendable, CustomStringConvertible {
  /// The place in the document's structure; `nil` when the text is not JSON at all.
  public var path: JSONPath?
  /// The line and column, when known.
  public var position: SourcePosition?
  /// What is wrong and, where it helps, what to do.
  public var message: String

  /// Creates a problem at a JSON path.
  public init(path: JSONPath?, position: SourcePosition? = nil, message: String) {
    self.path = path
    self.position = position
    self.message = message
  }

  /// The problem as a line after `FILE`: `FILE:LINE:COLUMN: message` for syntax errors,
  /// `FILE: $.a.b: message` for the rest.
  public func formatted(file: String) -> String {
    if let path {
      return "\(file): \(path): \(message)"
    }
    if let position {
      return "\(file):\(position.line):\(position.column): \(message)"
    }
    return "\(file): \(message)"
  }

  public var description: String {
    if let path { return "\(path): \(message)" }
    if let position { return "\(position): \(message)" }
    return message
  }
}

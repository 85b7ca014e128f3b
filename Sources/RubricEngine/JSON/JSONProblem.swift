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

  /// The problem as a line after `FILE`: `FILE:LINE:COLUMN: $.a.b: message`, the place an editor jumps to
  /// and then the place in the document's structure; a part that is not known is left out.
  public func formatted(file: String) -> String {
    guard position != nil else { return "\(file): \(description)" }
    return "\(file):\(description)"
  }

  /// The problem without its file: `LINE:COLUMN: $.a.b: message`; a part that is not known is left out.
  public var description: String {
    var text = message
    if let path { text = "\(path): " + text }
    if let position { text = "\(position.line):\(position.column): " + text }
    return text
  }
}

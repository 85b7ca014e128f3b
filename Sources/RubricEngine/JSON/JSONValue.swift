/// A parsed JSON value that remembers where it stood in its file, so that every problem found later
/// can point at a line and a JSON path.
public struct JSONValue: Sendable, Equatable {
  /// The kinds of JSON value, with their contents.
  public indirect enum Content: Sendable, Equatable {
    /// An object, its members in file order (duplicate keys are refused by the parser).
    case object([Member])
    case array([JSONValue])
    case string(String)
    /// A number, with the text it was written as (so `1e999` can be reported as written).
    case number(Double, literal: String)
    case bool(Bool)
    case null
  }

  /// One `key: value` pair of an object.
  public struct Member: Sendable, Equatable {
    public var key: String
    public var keyPosition: SourcePosition
    public var value: JSONValue

    /// Creates a member from its key, where the key stood, and its value.
    public init(key: String, keyPosition: SourcePosition, value: JSONValue) {
      self.key = key
      self.keyPosition = keyPosition
      self.value = value
    }
  }

  public var content: Content
  /// Where the value starts in its file.
  public var position: SourcePosition

  /// Creates a value with its content and position.
  public init(_ content: Content, at position: SourcePosition = SourcePosition(line: 1, column: 1)) {
    self.content = content
    self.position = position
  }

  /// The member named `key` when this is an object that has it.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = content else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// A word for the kind of value, as a person would say it in an error message.
  public var kindName: String {
    switch content {
    case .object: return "an object"
    case .array: return "a list"
    case .string: return "a string"
    case .number: return "a number"
    case .bool: return "true or false"
    case .null: return "null"
    }
  }
}

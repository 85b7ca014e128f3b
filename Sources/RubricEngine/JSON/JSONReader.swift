/// Reads model values out of a parsed JSON tree, collecting every problem it meets instead of stopping
/// at the first, each with its JSON path and line.
public struct JSONReader: Sendable {
  /// Every problem met so far, in document order.
  public private(set) var problems: [JSONProblem] = []
  /// The document: the value first read as an object at `$`, kept so that a problem reported with its path
  /// alone is still given the line and column of the place the path names.
  private var document: JSONValue?

  /// Creates a reader with no problems recorded.
  public init() {}

  /// Records a problem at `path`, placed at `value` when given, else at the value `path` names in the
  /// document (or the nearest one above it that exists).
  public mutating func report(_ message: String, at path: JSONPath, near value: JSONValue? = nil) {
    let position = value?.position ?? document?.position(nearest: path)
    problems.append(JSONProblem(path: path, position: position, message: message))
  }

  /// Records a problem at `path` and a known line and column.
  public mutating func report(_ message: String, at path: JSONPath, position: SourcePosition) {
    problems.append(JSONProblem(path: path, position: position, message: message))
  }

  /// The members of `value` when it is an object; reports other types and members not in `allowedKeys`.
  public mutating func object(
    _ value: JSONValue, at path: JSONPath, allowedKeys: [String]
  ) -> JSONObject? {
    if document == nil, path == .root { document = value }
    guard case .object(let members) = value.content else {
      report("expected an object, found \(value.kindName)", at: path, near: value)
      return nil
    }
    for member in members where !allowedKeys.contains(member.key) {
      var message = "unknown field"
      if let guess = NearestName.suggestion(for: member.key, among: allowedKeys) {
        message += "; did you mean \"\(guess)\"?"
      } else {
        message += "; known fields are " + allowedKeys.joined(separator: ", ")
      }
      problems.append(
        JSONProblem(path: path.appending(member.key), position: member.keyPosition, message: message))
    }
    return JSONObject(value: value, path: path, members: members)
  }

  /// The elements of `value` when it is a list, each with its path; reports other types.
  public mutating func list(_ value: JSONValue, at path: JSONPath) -> [(value: JSONValue, path: JSONPath)]? {
    guard case .array(let elements) = value.content else {
      report("expected a list, found \(value.kindName)", at: path, near: value)
      return nil
    }
    return elements.enumerated().map { (value: $0.element, path: path.appending($0.offset)) }
  }

  /// The list under `key`; reports a missing, mistyped or (unless `allowEmpty`) empty list.
  public mutating func list(
    _ object: JSONObject, _ key: String, required: Bool = true, allowEmpty: Bool = false
  ) -> [(value: JSONValue, path: JSONPath)]? {
    guard let value = member(object, key, required: required) else { return nil }
    guard let elements = list(value, at: object.path.appending(key)) else { return nil }
    if elements.isEmpty && !allowEmpty {
      report("must not be empty", at: object.path.appending(key), near: value)
      return nil
    }
    return elements
  }

  /// The string under `key`; reports a missing, mistyped or (unless `allowEmpty`) blank string.
  public mutating func string(
    _ object: JSONObject, _ key: String, required: Bool = true, allowEmpty: Bool = false
  ) -> String? {
    guard let value = member(object, key, required: required) else { return nil }
    return string(value, at: object.path.appending(key), allowEmpty: allowEmpty)
  }

  /// The string under `key`, held to `rule`: what the workbench writes under that key, it reads back, and
  /// text over the rule's length is reported with its place.
  public mutating func text(_ object: JSONObject, _ key: String, rule: TextRule, required: Bool = true)
    -> String?
  {
    guard let value = member(object, key, required: required) else { return nil }
    return text(value, at: object.path.appending(key), rule: rule)
  }

  /// `value` as a string held to `rule`.
  public mutating func text(_ value: JSONValue, at path: JSONPath, rule: TextRule) -> String? {
    guard let text = string(value, at: path) else { return nil }
    if let problem = rule.problem(with: text, required: false) {
      report(problem, at: path, near: value)
      return nil
    }
    return text
  }

  /// `value` as a string; reports other types and (unless `allowEmpty`) blank strings.
  public mutating func string(_ value: JSONValue, at path: JSONPath, allowEmpty: Bool = false) -> String? {
    guard case .string(let text) = value.content else {
      report("expected a string, found \(value.kindName)", at: path, near: value)
      return nil
    }
    if !allowEmpty && Self.isBlank(text) {
      report("must not be empty", at: path, near: value)
      return nil
    }
    return text
  }

  /// Whether `text` is empty or only white space, as `Character.isWhitespace` says; decided from the bytes
  /// while they are ASCII (the four JSON white-space bytes, vertical tab and form feed are white space, any
  /// other ASCII byte is not), by the characters from the first other byte.
  static func isBlank(_ text: String) -> Bool {
    for byte in text.utf8 {
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: continue
      case 0..<0x80: return false
      default: return text.allSatisfy(\.isWhitespace)
      }
    }
    return true
  }

  /// The boolean under `key`, or `defaultValue` when absent; reports other types.
  public mutating func bool(_ object: JSONObject, _ key: String, default defaultValue: Bool) -> Bool {
    guard let value = member(object, key, required: false) else { return defaultValue }
    guard case .bool(let flag) = value.content else {
      report("expected true or false, found \(value.kindName)", at: object.path.appending(key), near: value)
      return defaultValue
    }
    return flag
  }

  /// The finite number under `key`, or `defaultValue` when absent and a default is given.
  public mutating func number(_ object: JSONObject, _ key: String, default defaultValue: Double? = nil)
    -> Double?
  {
    guard let value = member(object, key, required: defaultValue == nil) else { return defaultValue }
    return number(value, at: object.path.appending(key))
  }

  /// `value` as a finite number; reports other types, NaN and infinities.
  public mutating func number(_ value: JSONValue, at path: JSONPath) -> Double? {
    guard case .number(let number, let literal) = value.content else {
      report("expected a number, found \(value.kindName)", at: path, near: value)
      return nil
    }
    guard number.isFinite else {
      report("\(literal) is not a usable number; give a finite number", at: path, near: value)
      return nil
    }
    return number
  }

  /// The whole number under `key`; reports fractions and numbers too large to be meant.
  public mutating func integer(_ object: JSONObject, _ key: String, required: Bool = true) -> Int? {
    guard let value = member(object, key, required: required) else { return nil }
    return integer(value, at: object.path.appending(key))
  }

  /// `value` as a whole number within ±1,000,000,000.
  public mutating func integer(_ value: JSONValue, at path: JSONPath) -> Int? {
    guard let number = number(value, at: path) else { return nil }
    guard number.rounded() == number, abs(number) <= 1_000_000_000 else {
      report("expected a whole number, found \(value.literal ?? String(number))", at: path, near: value)
      return nil
    }
    return Int(number)
  }

  /// The member under `key`; reports it missing when `required`. A `null` counts as absent.
  public mutating func member(_ object: JSONObject, _ key: String, required: Bool) -> JSONValue? {
    if let value = object.members.first(where: { $0.key == key })?.value, value.content != .null {
      return value
    }
    if required {
      report("required field is missing", at: object.path.appending(key), near: object.value)
    }
    return nil
  }
}

/// An object being read, with its path, so that its members' problems name their place.
public struct JSONObject: Sendable {
  public var value: JSONValue
  public var path: JSONPath
  public var members: [JSONValue.Member]

  /// Whether the object has a member named `key`.
  public func has(_ key: String) -> Bool { members.contains { $0.key == key } }
}

extension JSONValue {
  /// Where the value at `path` starts, or the deepest value on the way to it when the path leads to nothing
  /// (a missing member starts nowhere; its object is the place to look).
  public func position(nearest path: JSONPath) -> SourcePosition {
    var value = self
    for component in path.components {
      let next: JSONValue?
      switch (component, value.content) {
      case (.key(let key), .object(let members)): next = members.first { $0.key == key }?.value
      case (.index(let index), .array(let elements)):
        next = elements.indices.contains(index) ? elements[index] : nil
      default: next = nil
      }
      guard let next else { break }
      value = next
    }
    return value.position
  }

  /// The number as it was written, for numbers.
  public var literal: String? {
    if case .number(_, let literal) = content { return literal }
    return nil
  }
}

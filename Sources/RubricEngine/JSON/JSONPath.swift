/// A JSONPath such as `$.lenses[2].questions[4].anchors`, naming a place inside a document.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible {
  /// One step down into an object member or a list element.
  public enum Component: Hashable, Sendable {
    case key(String)
    case index(Int)
  }

  public private(set) var components: [Component]

  /// The root of the document, `$`.
  public static let root = JSONPath(components: [])

  /// Creates a path from its steps.
  public init(components: [Component]) {
    self.components = components
  }

  /// The path one object member further down.
  public func appending(_ key: String) -> JSONPath {
    JSONPath(components: components + [.key(key)])
  }

  /// The path one list element further down.
  public func appending(_ index: Int) -> JSONPath {
    JSONPath(components: components + [.index(index)])
  }

  public var description: String {
    var text = "$"
    for component in components {
      switch component {
      case .index(let index):
        text += "[\(index)]"
      case .key(let key) where Self.isPlainName(key):
        text += "." + key
      case .key(let key):
        text += "[\"" + Self.escaped(key) + "\"]"
      }
    }
    return text
  }

  /// A key as a JSON string's contents: quotes and backslashes escaped, and the characters that would act on
  /// a terminal written as `\u001B`, so that a key from a damaged file never reaches the screen raw.
  private static func escaped(_ key: String) -> String {
    var result = ""
    for scalar in key.unicodeScalars {
      if scalar == "\\" || scalar == "\"" {
        result += "\\" + String(scalar)
      } else if ControlCharacters.isUnsafe(scalar) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func isPlainName(_ key: String) -> Bool {
    guard let first = key.unicodeScalars.first, !(("0"..."9").contains(first)) else { return false }
    return key.unicodeScalars.allSatisfy { scalar in
      ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        || scalar == "_" || scalar == "-"
    }
  }
}

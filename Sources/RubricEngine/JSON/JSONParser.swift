/// A JSON5 parser that keeps the line and column of every value.
///
/// Foundation's decoders stop at the first problem and forget where values stood; linting a rubric
/// needs every problem with its place, and refuses what a decoder would silently accept (duplicate
/// keys, a byte order mark, invalid UTF-8). It reads standard JSON and the JSON5 extensions that
/// `JSONDecoder.allowsJSON5` reads: comments, trailing commas, unquoted keys, single-quoted strings,
/// hexadecimal numbers, leading `+`, and `Infinity` and `NaN`.
public struct JSONParser: Sendable {
  /// How deeply objects and lists may nest before the input is refused.
  public var maximumDepth: Int

  /// Creates a parser that refuses input nested deeper than `maximumDepth`.
  public init(maximumDepth: Int = 64) {
    self.maximumDepth = maximumDepth
  }

  /// Parses one JSON5 document.
  /// - Throws: `JSONSyntaxError` with the line and column of the first problem.
  public func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    var scanner = try Scanner(bytes: bytes, maximumDepth: maximumDepth)
    try scanner.skipBlanks()
    guard !scanner.isAtEnd else {
      throw JSONSyntaxError(message: "the file is empty; expected a JSON value", position: scanner.position)
    }
    let value = try scanner.parseValue(depth: 0)
    try scanner.skipBlanks()
    guard scanner.isAtEnd else {
      throw scanner.error("unexpected \(scanner.describeCurrent()) after the end of the JSON value")
    }
    return value
  }
}

/// A problem that stops a file from being read as JSON at all.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong, in words.
  public var message: String
  /// Where it is wrong.
  public var position: SourcePosition

  /// Creates an error with a message and the place it applies to.
  public init(message: String, position: SourcePosition) {
    self.message = message
    self.position = position
  }

  public var description: String { "\(position): \(message)" }
}

// MARK: - Scanning

private struct Scanner {
  /// The input as Unicode scalars, checked to be valid UTF-8 up front.
  let scalars: [Unicode.Scalar]
  let maximumDepth: Int
  var index = 0
  var line = 1
  var column = 1

  init(bytes: [UInt8], maximumDepth: Int) throws(JSONSyntaxError) {
    self.maximumDepth = maximumDepth
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      throw JSONSyntaxError(
        message: "the file starts with a byte order mark (BOM); save it as UTF-8 without a BOM",
        position: SourcePosition(line: 1, column: 1))
    }
    var decoded: [Unicode.Scalar] = []
    decoded.reserveCapacity(bytes.count)
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var line = 1
    var column = 1
    decoding: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        decoded.append(scalar)
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      case .emptyInput:
        break decoding
      case .error:
        throw JSONSyntaxError(
          message: "the file is not valid UTF-8 text; save it with UTF-8 encoding",
          position: SourcePosition(line: line, column: column))
      }
    }
    scalars = decoded
  }

  var isAtEnd: Bool { index >= scalars.count }
  var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
  var position: SourcePosition { SourcePosition(line: line, column: column) }

  func peek(_ offset: Int) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  mutating func advance() {
    guard let scalar = current else { return }
    index += 1
    if scalar == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
  }

  func error(_ message: String, at position: SourcePosition? = nil) -> JSONSyntaxError {
    JSONSyntaxError(message: message, position: position ?? self.position)
  }

  func describeCurrent() -> String {
    guard let scalar = current else { return "end of file" }
    if scalar.value < 0x20 || scalar.value == 0x7F {
      return "control character U+\(String(scalar.value, radix: 16, uppercase: true))"
    }
    return "'\(Character(scalar))'"
  }

  // MARK: Blanks and comments

  mutating func skipBlanks() throws(JSONSyntaxError) {
    while let scalar = current {
      if Self.isBlank(scalar) {
        advance()
      } else if scalar == "/", peek(1) == "/" {
        while let next = current, !Self.isLineTerminator(next) { advance() }
      } else if scalar == "/", peek(1) == "*" {
        let start = position
        advance()
        advance()
        while current != nil, !(current == "*" && peek(1) == "/") { advance() }
        if current == nil {
          throw error("unterminated comment: the '/*' at \(start) has no closing '*/'", at: start)
        }
        advance()
        advance()
      } else {
        return
      }
    }
  }

  static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{FEFF}": return true
    default: return false
    }
  }

  static func isLineTerminator(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}"
  }

  // MARK: Values

  mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    try skipBlanks()
    let start = position
    guard let scalar = current else {
      throw error("unexpected end of file; expected a value")
    }
    switch scalar {
    case "{":
      return try parseObject(depth: depth + 1)
    case "[":
      return try parseArray(depth: depth + 1)
    case "\"", "'":
      return JSONValue(.string(try parseString()), at: start)
    case "-", "+", ".", "0"..."9":
      return try parseNumber()
    default:
      guard Self.isIdentifierStart(scalar) else {
        throw error("unexpected \(describeCurrent()); expected a value")
      }
      let word = parseIdentifier()
      switch word {
      case "true": return JSONValue(.bool(true), at: start)
      case "false": return JSONValue(.bool(false), at: start)
      case "null": return JSONValue(.null, at: start)
      case "Infinity": return JSONValue(.number(.infinity, literal: word), at: start)
      case "NaN": return JSONValue(.number(.nan, literal: word), at: start)
      default:
        throw error("unexpected word '\(word)'; expected a value (strings need quotes)", at: start)
      }
    }
  }

  mutating func enter(_ depth: Int) throws(JSONSyntaxError) {
    if depth > maximumDepth {
      throw error("nesting is deeper than \(maximumDepth) levels; this is not a file the workbench writes")
    }
  }

  mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    try enter(depth)
    let start = position
    advance()
    var members: [JSONValue.Member] = []
    var seen: [String: SourcePosition] = [:]
    while true {
      try skipBlanks()
      guard let scalar = current else {
        throw error("unexpected end of file; the object opened at \(start) is not closed")
      }
      if scalar == "}" {
        advance()
        return JSONValue(.object(members), at: start)
      }
      let keyPosition = position
      let key: String
      if scalar == "\"" || scalar == "'" {
        key = try parseString()
      } else if Self.isIdentifierStart(scalar) {
        key = parseIdentifier()
      } else {
        throw error("unexpected \(describeCurrent()); expected a member name in quotes or '}'")
      }
      if let first = seen[key] {
        throw error("duplicate key \"\(key)\" (first at line \(first.line)); keep only one", at: keyPosition)
      }
      seen[key] = keyPosition
      try skipBlanks()
      guard current == ":" else {
        throw error("unexpected \(describeCurrent()); expected ':' after \"\(key)\"")
      }
      advance()
      let value = try parseValue(depth: depth)
      members.append(JSONValue.Member(key: key, keyPosition: keyPosition, value: value))
      try skipBlanks()
      switch current {
      case ",": advance()
      case "}": continue
      case nil: throw error("unexpected end of file; the object opened at \(start) is not closed")
      default:
        throw error("unexpected \(describeCurrent()); expected ',' or '}' after the value of \"\(key)\"")
      }
    }
  }

  mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    try enter(depth)
    let start = position
    advance()
    var elements: [JSONValue] = []
    while true {
      try skipBlanks()
      guard let scalar = current else {
        throw error("unexpected end of file; the list opened at \(start) is not closed")
      }
      if scalar == "]" {
        advance()
        return JSONValue(.array(elements), at: start)
      }
      elements.append(try parseValue(depth: depth))
      try skipBlanks()
      switch current {
      case ",": advance()
      case "]": continue
      case nil: throw error("unexpected end of file; the list opened at \(start) is not closed")
      default: throw error("unexpected \(describeCurrent()); expected ',' or ']' in the list")
      }
    }
  }

  // MARK: Strings

  mutating func parseString() throws(JSONSyntaxError) -> String {
    let start = position
    guard let quote = current else { throw error("unexpected end of file") }
    advance()
    var text = String.UnicodeScalarView()
    while true {
      guard let scalar = current else {
        throw error("unexpected end of file; the string opened at \(start) is not closed")
      }
      if scalar == quote {
        advance()
        return String(text)
      }
      if Self.isLineTerminator(scalar) {
        throw error("the string opened at \(start) runs past the end of the line; close it or write \\n")
      }
      if scalar.value < 0x20 && scalar != "\t" {
        throw error(
          "control character U+\(String(scalar.value, radix: 16, uppercase: true)) inside a string; write it escaped"
        )
      }
      if scalar == "\\" {
        advance()
        try parseEscape(into: &text)
      } else {
        text.append(scalar)
        advance()
      }
    }
  }

  mutating func parseEscape(into text: inout String.UnicodeScalarView) throws(JSONSyntaxError) {
    guard let scalar = current else { throw error("unexpected end of file in an escape sequence") }
    let escapes: [Unicode.Scalar: Unicode.Scalar] = [
      "b": "\u{08}", "f": "\u{0C}", "n": "\n", "r": "\r", "t": "\t", "v": "\u{0B}", "0": "\0",
    ]
    if let replacement = escapes[scalar],
      !(scalar == "0" && (peek(1).map { ("0"..."9").contains($0) } ?? false))
    {
      text.append(replacement)
      advance()
    } else if scalar == "u" {
      advance()
      var value = try parseHexDigits(count: 4)
      if (0xD800...0xDBFF).contains(value), current == "\\", peek(1) == "u" {
        advance()
        advance()
        let low = try parseHexDigits(count: 4)
        guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid surrogate pair in \\u escape") }
        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
      }
      guard let decoded = Unicode.Scalar(value) else {
        throw error("\\u escape names no character (a lone surrogate)")
      }
      text.append(decoded)
    } else if scalar == "x" {
      advance()
      let value = try parseHexDigits(count: 2)
      if let decoded = Unicode.Scalar(value) { text.append(decoded) }
    } else if scalar == "\r" {
      advance()
      if current == "\n" { advance() }
    } else if Self.isLineTerminator(scalar) {
      advance()
    } else if ("1"..."9").contains(scalar) || scalar == "0" {
      throw error("digits cannot be escaped in a string")
    } else {
      text.append(scalar)
      advance()
    }
  }

  mutating func parseHexDigits(count: Int) throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<count {
      guard let scalar = current, let digit = Self.hexValue(scalar) else {
        throw error("expected \(count) hexadecimal digits in an escape sequence")
      }
      value = value * 16 + digit
      advance()
    }
    return value
  }

  static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
    switch scalar {
    case "0"..."9": return scalar.value - 48
    case "a"..."f": return scalar.value - 87
    case "A"..."F": return scalar.value - 55
    default: return nil
    }
  }

  // MARK: Numbers and names

  mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
    let start = position
    var literal = ""
    var sign = 1.0
    if let scalar = current, scalar == "-" || scalar == "+" {
      literal.unicodeScalars.append(scalar)
      if scalar == "-" { sign = -1 }
      advance()
    }
    if let scalar = current, Self.isIdentifierStart(scalar) {
      let word = parseIdentifier()
      literal += word
      switch word {
      case "Infinity": return JSONValue(.number(sign * .infinity, literal: literal), at: start)
      case "NaN": return JSONValue(.number(.nan, literal: literal), at: start)
      default: throw error("'\(literal)' is not a number", at: start)
      }
    }
    if current == "0", let next = peek(1), next == "x" || next == "X" {
      advance()
      advance()
      literal += "0x"
      var digits = ""
      while let scalar = current, Self.hexValue(scalar) != nil {
        digits.unicodeScalars.append(scalar)
        advance()
      }
      literal += digits
      guard !digits.isEmpty, let magnitude = Double("0x" + digits) else {
        throw error("'\(literal)' is not a hexadecimal number", at: start)
      }
      return JSONValue(.number(sign * magnitude, literal: literal), at: start)
    }
    var digitsBeforePoint = 0
    var digitsAfterPoint = 0
    while let scalar = current, ("0"..."9").contains(scalar) {
      literal.unicodeScalars.append(scalar)
      digitsBeforePoint += 1
      advance()
    }
    if current == "." {
      literal += "."
      advance()
      while let scalar = current, ("0"..."9").contains(scalar) {
        literal.unicodeScalars.append(scalar)
        digitsAfterPoint += 1
        advance()
      }
    }
    guard digitsBeforePoint + digitsAfterPoint > 0 else {
      throw error("'\(literal)' is not a number", at: start)
    }
    if let scalar = current, scalar == "e" || scalar == "E" {
      literal.unicodeScalars.append(scalar)
      advance()
      if let signScalar = current, signScalar == "+" || signScalar == "-" {
        literal.unicodeScalars.append(signScalar)
        advance()
      }
      var exponentDigits = 0
      while let scalar = current, ("0"..."9").contains(scalar) {
        literal.unicodeScalars.append(scalar)
        exponentDigits += 1
        advance()
      }
      guard exponentDigits > 0 else {
        throw error("'\(literal)' is not a number: the exponent has no digits", at: start)
      }
    }
    if let scalar = current, Self.isIdentifierStart(scalar) || ("0"..."9").contains(scalar) {
      throw error("unexpected \(describeCurrent()) in the number '\(literal)'")
    }
    let unsigned = literal.hasPrefix("+") ? String(literal.dropFirst()) : literal
    guard let value = Double(unsigned) else { throw error("'\(literal)' is not a number", at: start) }
    return JSONValue(.number(value, literal: literal), at: start)
  }

  mutating func parseIdentifier() -> String {
    var word = String.UnicodeScalarView()
    while let scalar = current, Self.isIdentifierPart(scalar) {
      word.append(scalar)
      advance()
    }
    return String(word)
  }

  static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_" || scalar == "$"
      || (scalar.value >= 0x80 && scalar.properties.isAlphabetic)
  }

  static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
    isIdentifierStart(scalar) || ("0"..."9").contains(scalar)
  }
}

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

/// Reads the UTF-8 bytes directly: positions count characters (a byte that does not continue a character),
/// strings are copied in runs, and only escapes and error messages decode single characters.
private struct Scanner {
  let bytes: [UInt8]
  let maximumDepth: Int
  var index = 0
  var line = 1
  var column = 1
  /// One set of keys per depth, reused by every object of that depth that has many members.
  var keySets: [Set<String>] = []

  init(bytes: [UInt8], maximumDepth: Int) throws(JSONSyntaxError) {
    self.maximumDepth = maximumDepth
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      throw JSONSyntaxError(
        message: "the file starts with a byte order mark (BOM); save it as UTF-8 without a BOM",
        position: SourcePosition(line: 1, column: 1))
    }
    if !Self.isASCII(bytes), String(validating: bytes, as: UTF8.self) == nil {
      throw JSONSyntaxError(
        message: "the file is not valid UTF-8 text; save it with UTF-8 encoding",
        position: Self.firstInvalid(bytes))
    }
    self.bytes = bytes
  }

  /// Whether every byte is ASCII (and so the whole is valid UTF-8), checked eight bytes at a time: most
  /// files are, and need not be copied into a `String` to be validated.
  static func isASCII(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { raw in
      var index = 0
      var high: UInt64 = 0
      while index + 8 <= raw.count {
        high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        index += 8
      }
      while index < raw.count {
        high |= UInt64(raw[index])
        index += 1
      }
      return high & 0x8080_8080_8080_8080 == 0
    }
  }

  /// Where the first byte that is not valid UTF-8 stands.
  static func firstInvalid(_ bytes: [UInt8]) -> SourcePosition {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var line = 1
    var column = 1
    while case .scalarValue(let scalar) = decoder.decode(&iterator) {
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return SourcePosition(line: line, column: column)
  }

  var isAtEnd: Bool { index >= bytes.count }
  var current: UInt8? { index < bytes.count ? bytes[index] : nil }
  var position: SourcePosition { SourcePosition(line: line, column: column) }

  func peek(_ offset: Int) -> UInt8? {
    index + offset < bytes.count ? bytes[index + offset] : nil
  }

  mutating func advance() {
    guard index < bytes.count else { return }
    let byte = bytes[index]
    index += 1
    if byte == 0x0A {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }

  /// Moves over the whole character at the current position.
  mutating func advanceCharacter() {
    advance()
    while let byte = current, byte & 0xC0 == 0x80 { advance() }
  }

  /// The character at the current position.
  func currentScalar() -> Unicode.Scalar? {
    guard index < bytes.count else { return nil }
    var end = index + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    return String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.first
  }

  func error(_ message: String, at position: SourcePosition? = nil) -> JSONSyntaxError {
    JSONSyntaxError(message: message, position: position ?? self.position)
  }

  func describeCurrent() -> String {
    guard let scalar = currentScalar() else { return "end of file" }
    if scalar.value < 0x20 || scalar.value == 0x7F {
      return "control character U+\(String(scalar.value, radix: 16, uppercase: true))"
    }
    return "'\(Character(scalar))'"
  }

  static func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(character.value) }

  // MARK: Blanks and comments

  mutating func skipBlanks() throws(JSONSyntaxError) {
    while let byte = current {
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
        advance()
      case 0xC2 where peek(1) == 0xA0:
        advanceCharacter()
      case 0xE2 where peek(1) == 0x80 && (peek(2) == 0xA8 || peek(2) == 0xA9):
        advanceCharacter()
      case 0xEF where peek(1) == 0xBB && peek(2) == 0xBF:
        advanceCharacter()
      case 0x2F where peek(1) == 0x2F:
        while let next = current, next != 0x0A, next != 0x0D { advance() }
      case 0x2F where peek(1) == 0x2A:
        let start = position
        advance()
        advance()
        while current != nil, !(current == 0x2A && peek(1) == 0x2F) { advance() }
        if current == nil {
          throw error("unterminated comment: the '/*' at \(start) has no closing '*/'", at: start)
        }
        advance()
        advance()
      default:
        return
      }
    }
  }

  // MARK: Values

  mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    try skipBlanks()
    let start = position
    guard let byte = current else { throw error("unexpected end of file; expected a value") }
    switch byte {
    case 0x7B:
      return try parseObject(depth: depth + 1)
    case 0x5B:
      return try parseArray(depth: depth + 1)
    case 0x22, 0x27:
      return JSONValue(.string(try parseString()), at: start)
    case 0x2D, 0x2B, 0x2E, 0x30...0x39:
      return try parseNumber()
    default:
      guard Self.isIdentifierStart(byte) else {
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
    var hashed = false
    while true {
      try skipBlanks()
      guard let byte = current else {
        throw error("unexpected end of file; the object opened at \(start) is not closed")
      }
      if byte == 0x7D {
        advance()
        return JSONValue(.object(members), at: start)
      }
      let keyPosition = position
      let key: String
      if byte == 0x22 || byte == 0x27 {
        key = try parseString()
      } else if Self.isIdentifierStart(byte) {
        key = parseIdentifier()
      } else {
        throw error("unexpected \(describeCurrent()); expected a member name in quotes or '}'")
      }
      if isDuplicate(key, among: members, depth: depth, hashed: &hashed),
        let first = members.first(where: { $0.key == key })
      {
        throw error(
          "duplicate key \"\(key)\" (first at line \(first.keyPosition.line)); keep only one", at: keyPosition
        )
      }
      try skipBlanks()
      guard current == 0x3A else {
        throw error("unexpected \(describeCurrent()); expected ':' after \"\(key)\"")
      }
      advance()
      let value = try parseValue(depth: depth)
      members.append(JSONValue.Member(key: key, keyPosition: keyPosition, value: value))
      try skipBlanks()
      switch current {
      case 0x2C: advance()
      case 0x7D: continue
      case nil: throw error("unexpected end of file; the object opened at \(start) is not closed")
      default:
        throw error("unexpected \(describeCurrent()); expected ',' or '}' after the value of \"\(key)\"")
      }
    }
  }

  /// The members an object compares a new key with one by one; past this, its keys go into a set.
  static let linearKeys = 16

  /// Whether `key` is already among `members` (of an object at `depth`), then records it: compared with
  /// each member for small objects, looked up in the depth's reused set for large ones.
  mutating func isDuplicate(_ key: String, among members: [JSONValue.Member], depth: Int, hashed: inout Bool)
    -> Bool
  {
    if members.count < Self.linearKeys {
      return members.contains { $0.key == key }
    }
    while keySets.count <= depth { keySets.append([]) }
    if !hashed {
      hashed = true
      keySets[depth].removeAll(keepingCapacity: true)
      for member in members { keySets[depth].insert(member.key) }
    }
    return !keySets[depth].insert(key).inserted
  }

  mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    try enter(depth)
    let start = position
    advance()
    var elements: [JSONValue] = []
    while true {
      try skipBlanks()
      guard let byte = current else {
        throw error("unexpected end of file; the list opened at \(start) is not closed")
      }
      if byte == 0x5D {
        advance()
        return JSONValue(.array(elements), at: start)
      }
      elements.append(try parseValue(depth: depth))
      try skipBlanks()
      switch current {
      case 0x2C: advance()
      case 0x5D: continue
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
    // Most strings have no escape: they are made once, straight from the bytes between the quotes.
    var text: [UInt8] = []
    var plain = true
    while true {
      // Copies the run of ordinary bytes up to the next quote, backslash, line end or control character.
      let runStart = index
      while index < bytes.count {
        let byte = bytes[index]
        if byte == quote || byte == 0x5C || byte < 0x20 { break }
        index += 1
        if byte & 0xC0 != 0x80 { column += 1 }
      }
      guard let byte = current else {
        throw error("unexpected end of file; the string opened at \(start) is not closed")
      }
      if byte == quote, plain {
        let string = String(decoding: bytes[runStart..<index], as: UTF8.self)
        advance()
        return string
      }
      plain = false
      text.append(contentsOf: bytes[runStart..<index])
      if byte == quote {
        advance()
        return String(decoding: text, as: UTF8.self)
      }
      if byte == 0x0A || byte == 0x0D {
        throw error("the string opened at \(start) runs past the end of the line; close it or write \\n")
      }
      if byte == 0x09 {
        text.append(byte)
        advance()
      } else if byte < 0x20 {
        throw error(
          "control character U+\(String(byte, radix: 16, uppercase: true)) inside a string; write it escaped")
      } else {
        advance()
        try parseEscape(into: &text)
      }
    }
  }

  mutating func parseEscape(into text: inout [UInt8]) throws(JSONSyntaxError) {
    guard let byte = current else { throw error("unexpected end of file in an escape sequence") }
    func append(_ scalar: Unicode.Scalar) {
      text.append(contentsOf: Array(String(Character(scalar)).utf8))
    }
    switch byte {
    case Self.ascii("b"): text.append(0x08)
    case Self.ascii("f"): text.append(0x0C)
    case Self.ascii("n"): text.append(0x0A)
    case Self.ascii("r"): text.append(0x0D)
    case Self.ascii("t"): text.append(0x09)
    case Self.ascii("v"): text.append(0x0B)
    case Self.ascii("0") where !(peek(1).map { (0x30...0x39).contains($0) } ?? false): text.append(0x00)
    case Self.ascii("u"):
      advance()
      var value = try parseHexDigits(count: 4)
      if (0xD800...0xDBFF).contains(value), current == 0x5C, peek(1) == Self.ascii("u") {
        advance()
        advance()
        let low = try parseHexDigits(count: 4)
        guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid surrogate pair in \\u escape") }
        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
      }
      guard let decoded = Unicode.Scalar(value) else {
        throw error("\\u escape names no character (a lone surrogate)")
      }
      append(decoded)
      return
    case Self.ascii("x"):
      advance()
      if let decoded = Unicode.Scalar(try parseHexDigits(count: 2)) { append(decoded) }
      return
    case 0x0D:
      advance()
      if current == 0x0A { advance() }
      return
    case 0x0A:
      advance()
      return
    case 0x30...0x39:
      throw error("digits cannot be escaped in a string")
    default:
      let start = index
      advanceCharacter()
      text.append(contentsOf: bytes[start..<index])
      return
    }
    advance()
  }

  mutating func parseHexDigits(count: Int) throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<count {
      guard let byte = current, let digit = Self.hexValue(byte) else {
        throw error("expected \(count) hexadecimal digits in an escape sequence")
      }
      value = value * 16 + digit
      advance()
    }
    return value
  }

  static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case 0x30...0x39: return UInt32(byte - 0x30)
    case 0x61...0x66: return UInt32(byte - 0x61 + 10)
    case 0x41...0x46: return UInt32(byte - 0x41 + 10)
    default: return nil
    }
  }

  // MARK: Numbers and names

  static func isDigit(_ byte: UInt8?) -> Bool {
    byte.map { (0x30...0x39).contains($0) } ?? false
  }

  mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
    let start = position
    let startIndex = index
    var sign = 1.0
    if let byte = current, byte == 0x2D || byte == 0x2B {
      if byte == 0x2D { sign = -1 }
      advance()
    }
    var literal: String { String(decoding: bytes[startIndex..<index], as: UTF8.self) }
    if let byte = current, Self.isIdentifierStart(byte) {
      let word = parseIdentifier()
      switch word {
      case "Infinity": return JSONValue(.number(sign * .infinity, literal: literal), at: start)
      case "NaN": return JSONValue(.number(.nan, literal: literal), at: start)
      default: throw error("'\(literal)' is not a number", at: start)
      }
    }
    if current == 0x30, let next = peek(1), next == Self.ascii("x") || next == Self.ascii("X") {
      advance()
      advance()
      let digitsStart = index
      while let byte = current, Self.hexValue(byte) != nil { advance() }
      let digits = String(decoding: bytes[digitsStart..<index], as: UTF8.self)
      guard !digits.isEmpty, let magnitude = Double("0x" + digits) else {
        throw error("'\(literal)' is not a hexadecimal number", at: start)
      }
      return JSONValue(.number(sign * magnitude, literal: literal), at: start)
    }
    var digits = 0
    while Self.isDigit(current) {
      digits += 1
      advance()
    }
    if current == 0x2E {
      advance()
      while Self.isDigit(current) {
        digits += 1
        advance()
      }
    }
    guard digits > 0 else { throw error("'\(literal)' is not a number", at: start) }
    if let byte = current, byte == Self.ascii("e") || byte == Self.ascii("E") {
      advance()
      if let signByte = current, signByte == 0x2B || signByte == 0x2D { advance() }
      var exponentDigits = 0
      while Self.isDigit(current) {
        exponentDigits += 1
        advance()
      }
      guard exponentDigits > 0 else {
        throw error("'\(literal)' is not a number: the exponent has no digits", at: start)
      }
    }
    if let byte = current, Self.isIdentifierStart(byte) || Self.isDigit(byte) {
      throw error("unexpected \(describeCurrent()) in the number '\(literal)'")
    }
    let text = literal
    let unsigned = text.hasPrefix("+") ? String(text.dropFirst()) : text
    guard let value = Double(unsigned) else { throw error("'\(text)' is not a number", at: start) }
    return JSONValue(.number(value, literal: text), at: start)
  }

  mutating func parseIdentifier() -> String {
    let start = index
    while let byte = current, Self.isIdentifierPart(byte) { advanceCharacter() }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  /// Letters, `_` and `$` start a name; any non-ASCII character is taken as a letter.
  static func isIdentifierStart(_ byte: UInt8) -> Bool {
    (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || byte == 0x5F || byte == 0x24
      || byte >= 0x80
  }

  static func isIdentifierPart(_ byte: UInt8) -> Bool {
    isIdentifierStart(byte) || isDigit(byte)
  }
}

import Foundation

/// Comma-separated values as RFC 4180 writes them: fields separated by commas, records by CRLF or LF,
/// fields with commas, quotes or line breaks enclosed in double quotes, quotes doubled inside.
public struct CSVDocument: Equatable, Sendable {
  /// One record with the line it starts on (from 1), for error messages.
  public struct Record: Equatable, Sendable {
    public var fields: [String]
    public var line: Int

    /// Creates a record.
    public init(fields: [String], line: Int) {
      self.fields = fields
      self.line = line
    }
  }

  public var records: [Record]

  /// Creates a document from its records.
  public init(records: [Record]) {
    self.records = records
  }

  /// Parses CSV text; a UTF-8 byte order mark, as spreadsheet programs write one, is skipped. Linear in the
  /// bytes: once the text is known to be UTF-8 it is split on bytes, since the comma, the quote and the line
  /// breaks are ASCII and no byte of a longer character is.
  /// - Throws: `CSVSyntaxError` with the line of the first problem.
  public static func parse(_ bytes: [UInt8]) throws(CSVSyntaxError) -> CSVDocument {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    guard String(validating: body, as: UTF8.self) != nil else {
      throw CSVSyntaxError(
        line: firstInvalidLine(Array(body)), message: "the file is not valid UTF-8 text; save it as CSV UTF-8"
      )
    }
    let comma = UInt8(ascii: ",")
    let quote = UInt8(ascii: "\"")
    let lineFeed = UInt8(ascii: "\n")
    let carriageReturn = UInt8(ascii: "\r")
    var records: [Record] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var line = 1
    var recordLine = 1
    var inQuotes = false
    var quotedFieldEnded = false
    func endField() {
      fields.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
    }
    func endRecord() {
      endField()
      if !(fields.count == 1 && fields[0].isEmpty) {
        records.append(Record(fields: fields, line: recordLine))
      }
      fields = []
    }
    var index = body.startIndex
    while index < body.endIndex {
      let byte = body[index]
      index += 1
      let next = index < body.endIndex ? body[index] : nil
      if inQuotes {
        if byte == quote {
          if next == quote {
            field.append(quote)
            index += 1
          } else {
            inQuotes = false
            quotedFieldEnded = true
          }
        } else {
          if byte == lineFeed { line += 1 }
          field.append(byte)
        }
        continue
      }
      switch byte {
      case comma:
        endField()
        quotedFieldEnded = false
      case carriageReturn where next == lineFeed:
        continue
      case lineFeed, carriageReturn:
        endRecord()
        quotedFieldEnded = false
        line += 1
        recordLine = line
      case quote:
        guard field.isEmpty, !quotedFieldEnded else {
          throw CSVSyntaxError(
            line: line,
            message:
              "a quote inside a field that is not quoted; enclose the field in quotes and double the quote")
        }
        inQuotes = true
      default:
        if quotedFieldEnded {
          throw CSVSyntaxError(
            line: line,
            message: "text after a closing quote; a quoted field must end at a comma or the line's end")
        }
        field.append(byte)
      }
    }
    if inQuotes {
      throw CSVSyntaxError(
        line: recordLine, message: "a quoted field is not closed before the end of the file")
    }
    if !field.isEmpty || !fields.isEmpty || quotedFieldEnded { endRecord() }
    return CSVDocument(records: records)
  }

  /// The document as CSV text, with CRLF line endings as RFC 4180 asks.
  public func text() -> String {
    records.map { record in record.fields.map(Self.quoted).joined(separator: ",") + "\r\n" }.joined()
  }

  /// A field, quoted when it holds a comma, a quote, a line break, or space at either end. Scalars, not
  /// characters, as `parse` reads them: `\r\n` is one character, and so is a quote under a combining accent.
  static func quoted(_ field: String) -> String {
    let scalars = field.unicodeScalars
    let needsQuotes =
      scalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
      || scalars.first?.properties.isWhitespace == true
      || scalars.last?.properties.isWhitespace == true
    guard needsQuotes else { return field }
    var quoted = "\""
    for scalar in scalars {
      if scalar == "\"" { quoted.unicodeScalars.append("\"") }
      quoted.unicodeScalars.append(scalar)
    }
    quoted.unicodeScalars.append("\"")
    return quoted
  }

  static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var line = 1
    while case .scalarValue(let scalar) = decoder.decode(&iterator) {
      if scalar == "\n" { line += 1 }
    }
    return line
  }
}

/// A problem that stops a file from being read as CSV.
public struct CSVSyntaxError: Error, Equatable, Sendable {
  public var line: Int
  public var message: String
}

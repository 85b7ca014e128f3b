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

  /// Parses CSV text; a UTF-8 byte order mark, as spreadsheet programs write one, is skipped.
  /// - Throws: `CSVSyntaxError` with the line of the first problem.
  public static func parse(_ bytes: [UInt8]) throws(CSVSyntaxError) -> CSVDocument {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    guard let text = String(validating: body, as: UTF8.self) else {
      throw CSVSyntaxError(
        line: firstInvalidLine(Array(body)), message: "the file is not valid UTF-8 text; save it as CSV UTF-8"
      )
    }
    var records: [Record] = []
    var fields: [String] = []
    var field = ""
    var line = 1
    var recordLine = 1
    var inQuotes = false
    var quotedFieldEnded = false
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = scalars.next()
    func endRecord() {
      fields.append(field)
      if !(fields.count == 1 && fields[0].isEmpty) {
        records.append(Record(fields: fields, line: recordLine))
      }
      fields = []
      field = ""
    }
    while let scalar = pending {
      pending = scalars.next()
      if inQuotes {
        if scalar == "\"" {
          if pending == "\"" {
            field.unicodeScalars.append("\"")
            pending = scalars.next()
          } else {
            inQuotes = false
            quotedFieldEnded = true
          }
        } else {
          if scalar == "\n" { line += 1 }
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case ",":
        fields.append(field)
        field = ""
        quotedFieldEnded = false
      case "\r" where pending == "\n":
        continue
      case "\n", "\r":
        endRecord()
        quotedFieldEnded = false
        line += 1
        recordLine = line
      case "\"":
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
        field.unicodeScalars.append(scalar)
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

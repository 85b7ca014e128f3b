import CSVParsing
import Foundation

/// A problem that stops a file from being read as CSV (`CSVParsing`'s).
public typealias CSVSyntaxError = CSVParsing.CSVSyntaxError

/// Comma-separated values as RFC 4180 writes them: fields separated by commas, records by CRLF or LF,
/// fields with commas, quotes or line breaks enclosed in double quotes, quotes doubled inside. The records
/// of a whole file, read by `CSVRecordReader`.
public struct CSVDocument: Equatable, Sendable {
  /// One record with the line it starts on (from 1), for error messages.
  public typealias Record = CSVRecord

  public var records: [Record]

  /// Creates a document from its records.
  public init(records: [Record]) {
    self.records = records
  }

  /// Parses CSV text; a UTF-8 byte order mark, as spreadsheet programs write one, is skipped. Linear in the
  /// bytes. The whole text is checked to be UTF-8 first, so that the error names the line of the first
  /// byte that is not.
  /// - Throws: `CSVSyntaxError` with the line of the first problem.
  public static func parse(_ bytes: [UInt8]) throws(CSVSyntaxError) -> CSVDocument {
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    guard String(validating: body, as: UTF8.self) != nil else {
      throw CSVSyntaxError(
        line: CSVRecordReader.firstInvalidLine(body),
        message: "the file is not valid UTF-8 text; save it as CSV UTF-8"
      )
    }
    var reader = CSVRecordReader()
    let records = try reader.feed(bytes) + reader.finish()
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
}

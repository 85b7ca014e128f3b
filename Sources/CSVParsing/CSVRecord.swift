/// One record of a CSV file, with the line it starts on (from 1), for error messages.
public struct CSVRecord: Equatable, Sendable {
  public var fields: [String]
  public var line: Int

  /// Creates a record.
  public init(fields: [String], line: Int) {
    self.fields = fields
    self.line = line
  }
}

/// A problem that stops a file from being read as CSV, with the line it is on.
public struct CSVSyntaxError: Error, Equatable, Sendable {
  public var line: Int
  public var message: String

  /// Creates an error.
  public init(line: Int, message: String) {
    self.line = line
    self.message = message
  }
}

/// Comma-separated values as RFC 4180 writes them, read a piece at a time: fields separated by commas,
/// records by CRLF, LF or CR, fields with commas, quotes or line breaks enclosed in double quotes, quotes
/// doubled inside. A UTF-8 byte order mark at the start is skipped. Bytes go in with `feed`, in pieces of
/// any size (a piece may end inside a field or a character); whole records come out as they end, so a file
/// of any size is read in the room of its longest record.
public struct CSVRecordReader: Sendable {
  private static let comma = UInt8(ascii: ",")
  private static let quote = UInt8(ascii: "\"")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")
  private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// The longest field kept whole; the rest of a longer one is dropped and the field marked in
  /// `truncatedFields` (a description of several megabytes is read up to this, not refused).
  public let maximumFieldLength: Int

  private var fields: [String] = []
  private var field: [UInt8] = []
  private var fieldTruncated = false
  private var line = 1
  private var recordLine = 1
  private var inQuotes = false
  private var quotedFieldEnded = false
  /// A carriage return was the last byte of a piece: a line feed at the start of the next one belongs to it.
  private var pendingCarriageReturn = false
  /// A quote inside a quoted field was the last byte of a piece: the next byte says whether it is doubled.
  private var pendingQuote = false
  private var start: [UInt8] = []
  private var started = false
  /// The fields cut short so far, with the line of their record.
  public private(set) var truncatedFields: [(line: Int, column: Int)] = []

  /// Creates a reader keeping fields of up to `maximumFieldLength` bytes whole.
  public init(maximumFieldLength: Int = 1 << 30) {
    self.maximumFieldLength = maximumFieldLength
  }

  /// Reads `bytes`, the next piece of the file, and returns the records that ended in it.
  /// - Throws: `CSVSyntaxError` at the first problem; the reader must not be fed again after it.
  public mutating func feed(_ bytes: some Collection<UInt8>) throws(CSVSyntaxError) -> [CSVRecord] {
    var records: [CSVRecord] = []
    guard started else {
      // The first bytes are held until it is known whether they are a byte order mark.
      start += bytes
      guard start.count >= Self.byteOrderMark.count else { return [] }
      try begin(into: &records)
      return records
    }
    try consume(Array(bytes)[...], into: &records)
    return records
  }

  private mutating func begin(into records: inout [CSVRecord]) throws(CSVSyntaxError) {
    started = true
    let held = start
    start = []
    try consume(
      held.starts(with: Self.byteOrderMark) ? held.dropFirst(Self.byteOrderMark.count) : held[...],
      into: &records)
  }

  /// Ends the file and returns its last record, if it had no line break after it.
  /// - Throws: `CSVSyntaxError` when a quoted field is still open.
  public mutating func finish() throws(CSVSyntaxError) -> [CSVRecord] {
    var records: [CSVRecord] = []
    if !started { try begin(into: &records) }
    if pendingQuote {
      pendingQuote = false
      inQuotes = false
      quotedFieldEnded = true
    }
    if inQuotes {
      throw CSVSyntaxError(
        line: recordLine, message: "a quoted field is not closed before the end of the file")
    }
    if !field.isEmpty || !fields.isEmpty || quotedFieldEnded { try endRecord(into: &records) }
    return records
  }

  private mutating func consume(_ bytes: ArraySlice<UInt8>, into records: inout [CSVRecord])
    throws(CSVSyntaxError)
  {
    var index = bytes.startIndex
    if pendingCarriageReturn {
      pendingCarriageReturn = false
      if index < bytes.endIndex, bytes[index] == Self.lineFeed { index += 1 }
    }
    if pendingQuote, index < bytes.endIndex {
      pendingQuote = false
      if bytes[index] == Self.quote {
        append(Self.quote)
        index += 1
      } else {
        inQuotes = false
        quotedFieldEnded = true
      }
    }
    while index < bytes.endIndex {
      let byte = bytes[index]
      index += 1
      if inQuotes {
        if byte == Self.quote {
          guard index < bytes.endIndex else {
            pendingQuote = true
            return
          }
          if bytes[index] == Self.quote {
            append(Self.quote)
            index += 1
          } else {
            inQuotes = false
            quotedFieldEnded = true
          }
        } else {
          if byte == Self.lineFeed { line += 1 }
          append(byte)
        }
        continue
      }
      switch byte {
      case Self.comma:
        try endField()
        quotedFieldEnded = false
      case Self.lineFeed, Self.carriageReturn:
        if byte == Self.carriageReturn {
          if index < bytes.endIndex {
            if bytes[index] == Self.lineFeed { index += 1 }
          } else {
            pendingCarriageReturn = true
          }
        }
        try endRecord(into: &records)
        quotedFieldEnded = false
        line += 1
        recordLine = line
      case Self.quote:
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
        append(byte)
      }
    }
  }

  private mutating func append(_ byte: UInt8) {
    guard field.count < maximumFieldLength else {
      fieldTruncated = true
      return
    }
    field.append(byte)
  }

  private mutating func endField() throws(CSVSyntaxError) {
    if fieldTruncated {
      // Cut at a character boundary: drop the bytes of a character the limit split.
      while let last = field.last, last & 0xC0 == 0x80 { field.removeLast() }
      if let last = field.last, last >= 0xC0 { field.removeLast() }
      truncatedFields.append((recordLine, fields.count + 1))
      fieldTruncated = false
    }
    guard let text = String(validating: field, as: UTF8.self) else {
      throw CSVSyntaxError(line: line, message: "the file is not valid UTF-8 text; save it as CSV UTF-8")
    }
    fields.append(text)
    field.removeAll(keepingCapacity: true)
  }

  private mutating func endRecord(into records: inout [CSVRecord]) throws(CSVSyntaxError) {
    try endField()
    if !(fields.count == 1 && fields[0].isEmpty) {
      records.append(CSVRecord(fields: fields, line: recordLine))
    }
    fields = []
  }

  /// The line of the first byte of `bytes` that is not UTF-8, for the message that says so.
  public static func firstInvalidLine(_ bytes: some Sequence<UInt8>) -> Int {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var line = 1
    while case .scalarValue(let scalar) = decoder.decode(&iterator) {
      if scalar == "\n" { line += 1 }
    }
    return line
  }
}

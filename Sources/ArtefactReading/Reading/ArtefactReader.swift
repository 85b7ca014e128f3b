import CSVParsing
import RubricEngine

/// Reads an artefact a piece at a time: bytes go in with `feed` and the reading comes out of `finish`. A CSV
/// export is read record by record, each item classified as it ends and its description dropped, so a large
/// export is read in the room of its items, never of its descriptions. The format is taken from the header
/// (or from the first character: `[` is GitHub's JSON) unless it is given.
public struct ArtefactReader: Sendable {
  public let kind: ArtefactKind
  public private(set) var format: ArtefactFormat
  let columns: ColumnChoice
  let skipBadRows: Bool

  /// The longest text of a field read; a longer description is read up to it and the reading says so.
  public static let maximumFieldLength = 1 << 20
  /// The most of a JSON or line-list file read (they are read whole).
  public static let maximumWholeFileSize = 256 * 1024 * 1024

  private var csv = CSVRecordReader(maximumFieldLength: ArtefactReader.maximumFieldLength)
  private var held: [UInt8] = []
  private var header: [String]?
  private var map: ColumnMap?
  private var items: [ArtefactItem] = []
  private var unknownStates: [String] = []
  private var seenStates: Set<String> = []
  private var badRows: [ArtefactRowProblem] = []
  private let classifier = ItemClassifier()

  /// A reader of an artefact of `kind`, in `format` (`auto`: detected), with the columns of a plain CSV.
  public init(
    kind: ArtefactKind, format: ArtefactFormat = .auto, columns: ColumnChoice = ColumnChoice(),
    skipBadRows: Bool = false
  ) {
    self.kind = kind
    self.format = format
    self.columns = columns
    self.skipBadRows = skipBadRows
  }

  /// Reads the next piece of the file.
  /// - Throws: `ArtefactError` at a problem that stops the reading.
  public mutating func feed(_ bytes: [UInt8]) throws(ArtefactError) {
    if format == .auto {
      held += bytes
      guard let detected = Self.detectWhole(held) else { return }
      format = detected
      if format == .github || format == .lines { return }
      let pending = held
      held = []
      try readCSV(pending)
      return
    }
    if format == .github || format == .lines {
      held += bytes
      guard held.count <= Self.maximumWholeFileSize else {
        throw .syntax(
          line: 1,
          message: "the file is over \(Self.maximumWholeFileSize / 1024 / 1024) MB; export fewer items")
      }
      return
    }
    try readCSV(bytes)
  }

  /// Ends the file and returns the reading.
  /// - Throws: `ArtefactError` when the file is empty, malformed, or has bad rows (without `skipBadRows`).
  public mutating func finish() throws(ArtefactError) -> ArtefactReading {
    if format == .auto {
      guard let detected = Self.detectWhole(held, atEnd: true) else { throw .empty }
      format = detected
      if format != .github && format != .lines {
        let pending = held
        held = []
        try readCSV(pending)
      }
    }
    switch format {
    case .github:
      guard held.contains(where: { !Self.isSpace($0) }) else { throw .empty }
      for (raw, reason) in try GitHubIssues.items(of: held) { add(raw, stateReason: reason) }
    case .lines:
      try refuseBinary(held)
      guard
        let text = String(
          validating: held.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(held.dropFirst(3)) : held, as: UTF8.self)
      else {
        throw .syntax(
          line: CSVRecordReader.firstInvalidLine(held),
          message: "the file is not valid UTF-8 text; save it as UTF-8")
      }
      let raws = LineList.items(of: text, kind: kind)
      guard !raws.isEmpty else { throw .empty }
      for raw in raws { add(raw) }
    default:
      let records: [CSVRecord]
      do { records = try csv.finish() } catch { throw .syntax(line: error.line, message: error.message) }
      try read(records)
      guard header != nil else { throw .empty }
    }
    if !badRows.isEmpty && !skipBadRows { throw .badRows(badRows) }
    return ArtefactReading(
      kind: kind, format: format, items: items, unknownStates: unknownStates, skippedRows: badRows,
      cutDescriptions: csv.truncatedFields.map(\.line).reduce(into: [Int]()) { lines, line in
        if lines.last != line { lines.append(line) }
      })
  }

  // MARK: CSV

  private mutating func readCSV(_ bytes: [UInt8]) throws(ArtefactError) {
    try refuseBinary(bytes)
    let records: [CSVRecord]
    do { records = try csv.feed(bytes) } catch { throw .syntax(line: error.line, message: error.message) }
    try read(records)
  }

  private mutating func read(_ records: [CSVRecord]) throws(ArtefactError) {
    var raws: [RawItem] = []
    defer { add(raws) }
    for record in records {
      guard let header else {
        self.header = record.fields
        map = try columnMap(record.fields)
        continue
      }
      guard let map else { continue }
      if record.fields.count > header.count {
        badRows.append(
          ArtefactRowProblem(
            line: record.line,
            message:
              "\(record.fields.count) fields, more than the header's \(header.count); a quote may be missing")
        )
        continue
      }
      guard let raw = rawItem(record, map: map) else {
        badRows.append(ArtefactRowProblem(line: record.line, message: "the item has no title"))
        continue
      }
      raws.append(raw)
    }
  }

  /// The column map of the header, by the format.
  private mutating func columnMap(_ header: [String]) throws(ArtefactError) -> ColumnMap {
    if header.count == 1, let separator = Self.otherSeparator(header[0]) {
      throw .syntax(
        line: 1,
        message:
          "the columns are separated by \(separator), not commas; save the export as comma-separated CSV "
          + "(CSV UTF-8), or read it with --format lines if each line is one item")
    }
    switch format {
    case .jira where JiraExport.matches(header): return JiraExport.map(header)
    case .azureDevOps where AzureDevOpsExport.matches(header): return AzureDevOpsExport.map(header)
    case .linear where LinearExport.matches(header): return LinearExport.map(header)
    case .jira, .azureDevOps, .linear:
      throw .missingColumn(
        name: format == .jira ? "Issue key" : format == .azureDevOps ? "Work Item Type" : "Team",
        option: "--format csv and --title-column", header: header)
    default:
      return try plainMap(header)
    }
  }

  private func plainMap(_ header: [String]) throws(ArtefactError) -> ColumnMap {
    switch columns.map(header) {
    case .success(let map): return map
    case .failure(let missing):
      throw .missingColumn(name: missing.name, option: missing.option, header: header)
    }
  }

  private func rawItem(_ record: CSVRecord, map: ColumnMap) -> RawItem? {
    let fields = record.fields
    guard let title = map.titles.lazy.compactMap({ ColumnMap.cell(fields, $0) }).first else { return nil }
    var description = ""
    for described in map.descriptions {
      guard let text = ColumnMap.cell(fields, described.column) else { continue }
      if !description.isEmpty { description += "\n" }
      description += described.label.map { "\($0): " } ?? ""
      description += text
    }
    var labels: [String] = []
    for (column, separator) in map.labels {
      guard let cell = ColumnMap.cell(fields, column) else { continue }
      let parts = separator.map { cell.split(separator: $0).map { $0.trimmingSpaces() } } ?? [cell]
      labels += parts.filter { !$0.isEmpty && !labels.contains($0) }
    }
    return RawItem(
      key: ColumnMap.cell(fields, map.key) ?? "row \(record.line)", title: title,
      type: ColumnMap.cell(fields, map.type),
      status: ColumnMap.cell(fields, map.status), labels: labels,
      parent: map.parents.lazy.compactMap { ColumnMap.cell(fields, $0) }.first, description: description,
      line: record.line, resolution: ColumnMap.cell(fields, map.resolution))
  }

  private mutating func add(_ raw: RawItem, stateReason: String? = nil) {
    let (item, known) = classifier.item(raw, stateReason: stateReason)
    if !known, let state = raw.status, seenStates.insert(state).inserted { unknownStates.append(state) }
    items.append(item)
  }

  /// Classifies `raws`, a piece of the export's records, on every core, and adds them in their order.
  private mutating func add(_ raws: [RawItem]) {
    for (raw, (item, known)) in zip(raws, classifier.items(raws)) {
      if !known, let state = raw.status, seenStates.insert(state).inserted { unknownStates.append(state) }
      items.append(item)
    }
  }

  /// A NUL byte is no text any export writes: the file is binary.
  private func refuseBinary(_ bytes: [UInt8]) throws(ArtefactError) {
    guard let index = bytes.firstIndex(of: 0) else { return }
    throw .syntax(
      line: CSVRecordReader.firstInvalidLine(bytes[..<index]),
      message: "the file holds binary data (a NUL byte), not text; export the items as CSV, JSON or text")
  }

  // MARK: Detection

  /// The format of a file that starts with `bytes`: GitHub's JSON when its first character is `[`; a known
  /// export, or a plain CSV, when its first line is a CSV header with a title column; a line list otherwise.
  /// `nil` until the first line is complete (or the file ends).
  static func detectWhole(_ bytes: [UInt8], atEnd: Bool = false) -> ArtefactFormat? {
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    guard let first = body.firstIndex(where: { !isSpace($0) }) else { return nil }
    if body[first] == UInt8(ascii: "[") || body[first] == UInt8(ascii: "{") { return .github }
    guard
      let end = body[first...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D })
        ?? (atEnd ? body.endIndex : nil)
    else { return nil }
    var reader = CSVRecordReader()
    guard let records = try? reader.feed(Array(body[first..<end])) + reader.finish(),
      let header = records.first?.fields
    else { return .lines }
    if JiraExport.matches(header) { return .jira }
    if AzureDevOpsExport.matches(header) { return .azureDevOps }
    if LinearExport.matches(header) { return .linear }
    if header.count >= 2, ColumnMap.firstColumn(ColumnChoice.titleNames, in: header) != nil { return .csv }
    // Three columns or more, or columns split by semicolons or tabs (as Excel saves CSV in some locales),
    // are a table, never a list of lines: read as a CSV, which names the columns it needs.
    if header.count >= 3 { return .csv }
    if header.count == 1, let line = header.first, Self.otherSeparator(line) != nil { return .csv }
    return .lines
  }

  /// The separator a one-column header splits on instead of commas, when it is a table's: semicolons or
  /// tabs, two or more.
  static func otherSeparator(_ line: String) -> String? {
    if line.filter({ $0 == ";" }).count >= 2 { return "semicolons" }
    if line.filter({ $0 == "\t" }).count >= 2 { return "tabs" }
    return nil
  }

  static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

}

/// Where a CSV export keeps what an item is read from: only these columns are ever read, so a person column
/// (assignee, reporter, creator, commenter, watcher) never reaches the review.
struct ColumnMap: Sendable {
  /// A column of description text, with the label its text is filed under (a custom field "Hypothesis"
  /// reads as "Hypothesis: ...").
  struct Described: Sendable {
    var column: Int
    var label: String?
  }

  var key: Int?
  /// The title's columns, the first non-empty one counting (Azure DevOps' tree queries use "Title 1",
  /// "Title 2", ...).
  var titles: [Int]
  var type: Int?
  var status: Int?
  /// Jira's Resolution: "Won't Do" or "Duplicate" on a closed item says it was not done.
  var resolution: Int?
  var descriptions: [Described] = []
  /// Label columns, with the separator that splits a cell into several labels (`nil`: one label a cell).
  var labels: [(column: Int, separator: Character?)] = []
  var parents: [Int] = []

  /// The columns a record must reach for the map to read it.
  var width: Int {
    ([key, type, status].compactMap { $0 } + titles + descriptions.map(\.column) + labels.map(\.column)
      + parents)
      .max().map { $0 + 1 } ?? 0
  }

  /// The cell of `record` at `column`, trimmed; `nil` when the column is missing or the cell empty.
  static func cell(_ record: [String], _ column: Int?) -> String? {
    guard let column, column < record.count else { return nil }
    let text = record[column].trimmingSpaces()
    return text.isEmpty ? nil : text
  }

  /// A header cell as it is compared: trimmed and lower-cased.
  static func name(_ cell: String) -> String { cell.trimmingSpaces().lowercased() }

  /// The first column of `header` named `name`.
  static func column(_ name: String, in header: [String]) -> Int? {
    header.firstIndex { Self.name($0) == name }
  }

  /// Every column of `header` named `name` (Jira repeats "Labels" and "Sprint").
  static func columns(_ name: String, in header: [String]) -> [Int] {
    header.indices.filter { Self.name(header[$0]) == name }
  }

  /// The first of `names` that `header` has.
  static func firstColumn(_ names: [String], in header: [String]) -> Int? {
    names.lazy.compactMap { column($0, in: header) }.first
  }
}

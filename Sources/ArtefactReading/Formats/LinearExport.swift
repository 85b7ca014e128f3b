/// Linear's CSV export: "ID", "Team", "Title", "Description" (Markdown), "Status", "Labels" separated by
/// commas, "Parent issue", and cycle, project and date columns.
enum LinearExport {
  static func matches(_ header: [String]) -> Bool {
    ["id", "team", "title", "status"].allSatisfy { ColumnMap.column($0, in: header) != nil }
      && ["cycle name", "cycle number", "triaged", "estimate", "project", "parent issue"].contains {
        ColumnMap.column($0, in: header) != nil
      }
  }

  static func map(_ header: [String]) -> ColumnMap {
    var map = ColumnMap(
      key: ColumnMap.column("id", in: header), titles: ColumnMap.columns("title", in: header), type: nil,
      status: ColumnMap.column("status", in: header))
    map.descriptions = ColumnMap.columns("description", in: header).map { ColumnMap.Described(column: $0) }
    map.labels = ColumnMap.columns("labels", in: header).map { ($0, ",") }
    map.parents = ColumnMap.columns("parent issue", in: header)
    return map
  }
}

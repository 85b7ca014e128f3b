/// Azure DevOps' CSV export of a query: "ID", "Work Item Type", "Title" (or "Title 1", "Title 2", ... for
/// a tree query), "State", "Tags" separated by semicolons, and HTML in "Description" and "Acceptance
/// Criteria".
enum AzureDevOpsExport {
  static func matches(_ header: [String]) -> Bool {
    ColumnMap.column("work item type", in: header) != nil
      && (ColumnMap.column("title", in: header) != nil || ColumnMap.column("title 1", in: header) != nil)
  }

  static func map(_ header: [String]) -> ColumnMap {
    var titles = ColumnMap.columns("title", in: header)
    var level = 1
    while let column = ColumnMap.column("title \(level)", in: header) {
      titles.append(column)
      level += 1
    }
    var map = ColumnMap(
      key: ColumnMap.column("id", in: header), titles: titles,
      type: ColumnMap.column("work item type", in: header), status: ColumnMap.column("state", in: header))
    map.descriptions = ColumnMap.columns("description", in: header).map { ColumnMap.Described(column: $0) }
    for (name, label) in [
      ("acceptance criteria", "Acceptance criteria"), ("hypothesis", "Hypothesis"),
      ("success criteria", "Success criteria"), ("outcome", "Outcome"),
    ] {
      map.descriptions += ColumnMap.columns(name, in: header).map {
        ColumnMap.Described(column: $0, label: label)
      }
    }
    map.labels = ColumnMap.columns("tags", in: header).map { ($0, ";") }
    map.parents = ["parent", "parent id"].flatMap { ColumnMap.columns($0, in: header) }
    return map
  }
}

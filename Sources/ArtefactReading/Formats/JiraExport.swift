/// Jira's CSV export ("Export Excel CSV (all fields)"): a header with "Summary" and "Issue key", columns
/// repeated for multi-valued fields ("Labels", "Sprint", "Comment", "Watchers"), custom fields as
/// `Custom field (Name)`, and wiki markup in descriptions.
enum JiraExport {
  /// Whether `header` is Jira's.
  static func matches(_ header: [String]) -> Bool {
    ColumnMap.column("issue key", in: header) != nil && ColumnMap.column("summary", in: header) != nil
  }

  /// Custom fields whose text is read as a labelled section of the description.
  static let describedCustomFields = [
    "hypothesis", "success", "outcome", "objective", "guardrail", "experiment", "rollout", "metric",
    "acceptance criteria", "kpi",
  ]

  static func map(_ header: [String]) -> ColumnMap {
    var map = ColumnMap(
      key: ColumnMap.column("issue key", in: header), titles: ColumnMap.columns("summary", in: header),
      type: ColumnMap.column("issue type", in: header), status: ColumnMap.column("status", in: header))
    map.descriptions = ColumnMap.columns("description", in: header).map { ColumnMap.Described(column: $0) }
    for (index, cell) in header.enumerated() {
      let name = ColumnMap.name(cell)
      guard name.hasPrefix("custom field ("), name.hasSuffix(")") else { continue }
      let field = String(cell.trimmingSpaces().dropFirst("custom field (".count).dropLast())
      if describedCustomFields.contains(where: field.lowercased().contains) {
        map.descriptions.append(ColumnMap.Described(column: index, label: field))
      }
    }
    map.resolution = ColumnMap.column("resolution", in: header)
    map.labels = ColumnMap.columns("labels", in: header).map { ($0, nil) }
    map.parents =
      ["parent", "parent key", "custom field (epic link)", "parent id"].flatMap {
        ColumnMap.columns($0, in: header)
      }
    return map
  }
}

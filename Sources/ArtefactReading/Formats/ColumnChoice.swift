/// The columns of a CSV that is none of the known exports, as the consultant names them
/// (`--title-column` and the like); a column left unnamed is looked for under its usual names.
public struct ColumnChoice: Equatable, Sendable {
  public var title: String?
  public var description: String?
  public var status: String?
  public var type: String?

  /// Creates a choice.
  public init(title: String? = nil, description: String? = nil, status: String? = nil, type: String? = nil) {
    self.title = title
    self.description = description
    self.status = status
    self.type = type
  }

  /// Whether any column is named.
  public var isEmpty: Bool { title == nil && description == nil && status == nil && type == nil }

  static let titleNames = [
    "title", "summary", "name", "item", "feature", "initiative", "objective", "key result", "outcome", "epic",
  ]
  static let descriptionNames = ["description", "details", "body", "notes", "detail"]
  static let statusNames = ["status", "state", "progress"]
  static let typeNames = ["type", "issue type", "item type", "work item type", "kind", "level"]
  static let keyNames = ["key", "id", "issue key", "ref", "number", "#"]

  /// The column map of `header`, or the name of a column asked for that it lacks.
  func map(_ header: [String]) -> Result<ColumnMap, MissingColumn> {
    func find(_ chosen: String?, _ usual: [String], option: String) -> Result<Int?, MissingColumn> {
      if let chosen {
        guard let column = ColumnMap.column(ColumnMap.name(chosen), in: header) else {
          return .failure(MissingColumn(name: chosen, option: option))
        }
        return .success(column)
      }
      return .success(ColumnMap.firstColumn(usual, in: header))
    }
    let title: Int?
    let description: Int?
    let status: Int?
    let type: Int?
    switch (
      find(self.title, Self.titleNames, option: "--title-column"),
      find(self.description, Self.descriptionNames, option: "--description-column"),
      find(self.status, Self.statusNames, option: "--status-column"),
      find(self.type, Self.typeNames, option: "--type-column")
    ) {
    case (.success(let t), .success(let d), .success(let s), .success(let k)):
      (title, description, status, type) = (t, d, s, k)
    case (.failure(let missing), _, _, _), (_, .failure(let missing), _, _), (_, _, .failure(let missing), _),
      (_, _, _, .failure(let missing)):
      return .failure(missing)
    }
    guard let title else { return .failure(MissingColumn(name: "title", option: "--title-column")) }
    var map = ColumnMap(
      key: ColumnMap.firstColumn(Self.keyNames, in: header), titles: [title], type: type, status: status)
    map.descriptions = description.map { [ColumnMap.Described(column: $0)] } ?? []
    map.labels = ColumnMap.columns("labels", in: header).map { ($0, ",") }
    map.parents = ColumnMap.columns("parent", in: header)
    return .success(map)
  }

  /// A column the consultant named (or the title, which every item needs) that the header lacks.
  struct MissingColumn: Error {
    var name: String
    var option: String
  }
}

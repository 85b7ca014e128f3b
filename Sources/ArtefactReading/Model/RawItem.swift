/// An item as an export gives it, before it is read: its description is here only until its ticket fields
/// are found, and is never kept.
struct RawItem: Sendable {
  var key: String
  var title: String
  var type: String?
  var status: String?
  var labels: [String] = []
  var parent: String?
  var group: String?
  var description: String = ""
  /// The line (CSV) or position the item starts on, for messages.
  var line: Int
  /// How it was resolved (Jira's Resolution, GitHub's stateReason): what says a closed item was not done.
  var resolution: String?
}

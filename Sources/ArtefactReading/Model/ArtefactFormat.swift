/// The format an artefact is exported in. `auto` detects it from the file's header.
public enum ArtefactFormat: String, Codable, CaseIterable, Sendable {
  case auto
  /// Jira's CSV export ("Issue key", "Summary", repeated columns such as "Labels" and "Sprint").
  case jira
  /// Azure DevOps' CSV export of a query ("ID", "Work Item Type", "Title", "State"; HTML descriptions).
  case azureDevOps = "azure-devops"
  /// Linear's CSV export ("ID", "Team", "Title", "Status", "Cycle Name", ...).
  case linear
  /// GitHub issues as JSON, as `gh issue list --json number,title,body,state,labels` writes them.
  case github
  /// One item per line: a roadmap or an OKR sheet pasted as text, Markdown list markers and headings handled.
  case lines
  /// Any other CSV, its columns named with `--title-column` and the like.
  case csv

  /// The formats a file can be read as (all but `auto`).
  public static let readable: [ArtefactFormat] = allCases.filter { $0 != .auto }
}

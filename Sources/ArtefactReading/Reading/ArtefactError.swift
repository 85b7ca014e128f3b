/// Why an artefact could not be read. Each case says where and what to do.
public enum ArtefactError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file is empty, or holds only white space.
  case empty
  /// The file is not CSV the reader can follow (an unbalanced quote, invalid UTF-8), at `line`.
  case syntax(line: Int, message: String)
  /// The file is not JSON, at `line` and `column`.
  case json(line: Int, column: Int, message: String)
  /// Rows that cannot be read; nothing is read without `--skip-bad-rows`.
  case badRows([ArtefactRowProblem])
  /// A column named on the command line, or one every item needs, is not in the header.
  case missingColumn(name: String, option: String, header: [String])
  /// The file is JSON but not a list of GitHub issues.
  case notIssues(message: String)

  public var description: String {
    switch self {
    case .empty: return "the file is empty; export the backlog, roadmap or OKR sheet again"
    case .syntax(let line, let message): return "line \(line): \(message)"
    case .json(let line, let column, let message): return "line \(line), column \(column): \(message)"
    case .badRows(let rows):
      return "\(rows.count) \(rows.count == 1 ? "row" : "rows") cannot be read; nothing was read. Fix "
        + (rows.count == 1 ? "it" : "them") + ", or read the rest with --skip-bad-rows"
    case .missingColumn(let name, let option, let header):
      let shown = header.prefix(12).map { "\"\($0.prefix(40))\"" }.joined(separator: ", ")
      return "the header has no column \"\(name.prefix(80))\"; name the column with \(option). The header's "
        + "columns: \(shown)" + (header.count > 12 ? " and \(header.count - 12) more" : "")
    case .notIssues(let message):
      return
        "\(message); GitHub issues are read as gh issue list --json number,title,body,state,labels writes them"
    }
  }
}

/// A row of an export that cannot be read: its line and what is wrong with it.
public struct ArtefactRowProblem: Equatable, Sendable, CustomStringConvertible {
  public var line: Int
  public var message: String

  /// Creates a problem.
  public init(line: Int, message: String) {
    self.line = line
    self.message = message
  }

  public var description: String { "line \(line): \(message)" }
}

/// Why a data file (a rubric, a review, an interview) could not be used. Each case says which file, what is
/// wrong and what to do.
public enum DataFileError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file was read but its content is not valid; `problems` lists every problem found.
  case invalid(file: String, problems: [JSONProblem])
  /// The file is larger than any file of its kind should be.
  case tooLarge(file: String, size: Int, limit: Int)
  /// The file could not be read at all.
  case unreadable(file: String, reason: String)

  /// One line per problem, each starting with the file name, ready to print.
  public var lines: [String] {
    switch self {
    case .invalid(let file, let problems):
      return problems.map { $0.formatted(file: file) }
    case .tooLarge(let file, let size, let limit):
      return [
        "\(file): the file is \(size) bytes; files larger than \(limit / 1024 / 1024) MB are refused here "
          + "(is this the right file?)"
      ]
    case .unreadable(let file, let reason):
      return ["\(file): cannot read the file: \(reason)"]
    }
  }

  public var description: String { lines.joined(separator: "\n") }
}

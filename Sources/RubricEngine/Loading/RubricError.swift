/// Why a rubric could not be used. Each case says which file, what is wrong and what to do.
public enum RubricError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file was read but is not a valid rubric; `problems` lists every problem found.
  case invalid(file: String, problems: [JSONProblem])
  /// The file is larger than any rubric should be.
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
        "\(file): the file is \(size) bytes; rubrics larger than \(limit / 1024 / 1024) MB are refused "
          + "(is this the right file?)"
      ]
    case .unreadable(let file, let reason):
      return ["\(file): cannot read the rubric: \(reason)"]
    }
  }

  public var description: String { lines.joined(separator: "\n") }
}

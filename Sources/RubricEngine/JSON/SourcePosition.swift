/// A place in a text file, counted from 1 the way editors show it.
public struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
  /// The line, from 1.
  public var line: Int
  /// The column, from 1, counting characters (Unicode scalars), not bytes.
  public var column: Int

  /// Creates a position at a line and column, both counted from 1.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public var description: String { "\(line):\(column)" }
}

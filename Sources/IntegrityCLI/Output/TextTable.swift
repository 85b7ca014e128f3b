import TerminalInterview

/// A table for the terminal: columns padded to their widest cell, two spaces apart, indented by two, and
/// always within the width it is given. When it is too wide, the cells of its wrapping column break between
/// words; when even that cannot fit, each row is shown as a block of "Header: value" lines.
struct TextTable {
  /// The header row first, then the rows.
  var rows: [[String]]
  /// The columns whose cells are aligned to the right (numbers).
  var rightAligned: Set<Int> = []
  /// The column whose cells may break onto more lines when the table is too wide.
  var wrapping: Int?

  /// The narrowest a wrapping column is made before the table turns into blocks.
  static let minimumWrappingWidth = 12

  /// The table's lines, none wider than `width`.
  func render(width: Int) -> [String] {
    let count = rows.map(\.count).max() ?? 0
    guard count > 0 else { return [] }
    var widths = (0..<count).map { column in
      rows.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0
    }
    let total = 2 + widths.reduce(0, +) + 2 * (count - 1)
    if total <= width { return rows.map { line($0.map { [$0] }, widths: widths) }.flatMap { $0 } }
    if let wrapping, wrapping < count {
      let room = width - (total - widths[wrapping])
      let header = DisplayWidth.of(rows[0][wrapping])
      if room >= max(Self.minimumWrappingWidth, header) {
        widths[wrapping] = room
        return rows.flatMap { row in
          line(
            row.enumerated().map { column, cell in
              column == wrapping ? Self.wrap(cell, width: room) : [cell]
            }, widths: widths)
        }
      }
    }
    return blocks(width: width)
  }

  /// One row, as one line per line of its tallest cell.
  private func line(_ cells: [[String]], widths: [Int]) -> [String] {
    let height = cells.map(\.count).max() ?? 1
    return (0..<height).map { index in
      let parts = cells.enumerated().map { column, lines in
        let cell = index < lines.count ? lines[index] : ""
        let padding = String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(cell)))
        return rightAligned.contains(column) ? padding + cell : cell + padding
      }
      return String(("  " + parts.joined(separator: "  ")).reversed().drop { $0 == " " }.reversed())
    }
  }

  /// The rows as blocks: the first cell on its own line, then "Header: value" for each other cell.
  private func blocks(width: Int) -> [String] {
    guard let header = rows.first else { return [] }
    var lines: [String] = []
    for row in rows.dropFirst() {
      lines += ScreenText.fit(line: Substring("  " + (row.first ?? "")), width: width)
      for (column, cell) in row.enumerated().dropFirst() where !cell.isEmpty {
        let label = column < header.count && !header[column].isEmpty ? header[column] + ": " : ""
        lines += ScreenText.fit(line: Substring("    " + label + cell), width: width)
      }
    }
    return lines
  }

  /// A cell's text broken between words into lines of at most `width` columns.
  static func wrap(_ text: String, width: Int) -> [String] {
    ScreenText.fit(line: Substring(text), width: width).map {
      String($0.drop { $0 == " " })
    }
  }
}

/// Draws a line being edited, wrapped over as many rows as it needs, and puts the cursor where the editor
/// has it. Pure: it returns the text to write, escape sequences included.
public struct LineRenderer: Sendable {
  /// The prompt shown before the line (plain text: its width is its length).
  public let prompt: String
  /// The row of the cursor, counted from the prompt's first row, after the last render.
  private var cursorRow = 0

  /// Creates a renderer for a line after `prompt`.
  public init(prompt: String) {
    self.prompt = prompt
  }

  /// The text that redraws `editor`'s line in a terminal `columns` wide.
  public mutating func render(_ editor: LineEditor, columns: Int) -> String {
    let width = max(10, columns)
    var output = cursorRow > 0 ? "\u{1B}[\(cursorRow)A" : ""
    output += "\r\u{1B}[J" + prompt + editor.text
    let promptWidth = prompt.count
    let total = promptWidth + editor.characters.count
    var endRow = total / width
    if total > 0, total % width == 0 {
      // At the right edge the cursor waits on the last column; a newline makes the next row real.
      output += "\n\r"
    } else if total % width == 0 {
      endRow = 0
    }
    let target = promptWidth + editor.cursor
    let targetRow = target / width
    let targetColumn = target % width
    if endRow > targetRow { output += "\u{1B}[\(endRow - targetRow)A" }
    output += "\r"
    if targetColumn > 0 { output += "\u{1B}[\(targetColumn)C" }
    cursorRow = targetRow
    return output
  }

  /// The text that shows `editor`'s line after `previous`: only the typed character when one was typed at
  /// the end of the line (so a terminal, and a screen reader, gets one character for one key), the whole
  /// line redrawn otherwise.
  public mutating func render(_ editor: LineEditor, after previous: LineEditor, columns: Int) -> String {
    let width = max(10, columns)
    guard previous.cursor == previous.characters.count, editor.cursor == editor.characters.count,
      editor.characters.count == previous.characters.count + 1,
      editor.characters.starts(with: previous.characters), let typed = editor.characters.last
    else {
      return render(editor, columns: columns)
    }
    let total = prompt.count + editor.characters.count
    cursorRow = total / width
    // At the right edge the cursor waits on the last column; a newline makes the next row real.
    return String(typed) + (total % width == 0 ? "\n\r" : "")
  }

  /// Forgets where the cursor was, after the screen was left (a suspend): the next render starts afresh on
  /// the cursor's row.
  public mutating func restart() {
    cursorRow = 0
  }

  /// The text that leaves the finished line on screen and moves to the start of the next line.
  public mutating func finish(_ editor: LineEditor, columns: Int) -> String {
    let width = max(10, columns)
    let total = prompt.count + editor.characters.count
    let endRow = total == 0 ? 0 : (total - 1) / width
    var output = ""
    if endRow > cursorRow { output += "\u{1B}[\(endRow - cursorRow)B" }
    cursorRow = 0
    return output + "\r\n"
  }
}

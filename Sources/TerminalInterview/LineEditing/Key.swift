/// A key the line editor understands, decoded from the bytes a terminal sends.
public enum Key: Equatable, Sendable {
  case character(Character)
  case enter
  case backspace
  case delete
  case left
  case right
  case home
  case end
  /// Ctrl-U: delete from the start of the line to the cursor.
  case deleteToStart
  /// Ctrl-W: delete the word before the cursor.
  case deleteWord
  /// Ctrl-K: delete from the cursor to the end of the line.
  case deleteToEnd
  /// Ctrl-D: end of input on an empty line, otherwise delete the character under the cursor.
  case endOfInput
  /// Ctrl-C.
  case interrupt
  /// Ctrl-Z: suspend, as any terminal program does.
  case suspend
  /// A key or sequence the editor does nothing with (function keys, other control characters).
  case ignored
}

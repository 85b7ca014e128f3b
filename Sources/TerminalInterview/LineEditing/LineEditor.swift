import RubricEngine

/// The state of one line being typed: its characters and the cursor. Pure, so every key's effect is tested
/// without a terminal; `RawTerminal` feeds it keys and draws it.
public struct LineEditor: Equatable, Sendable {
  /// What a key did to the line.
  public enum Outcome: Equatable, Sendable {
    /// Keep editing.
    case editing
    /// Enter: the line is done.
    case submitted(String)
    /// Ctrl-D on an empty line.
    case endOfInput
    /// Ctrl-C.
    case interrupted
    /// Ctrl-Z: the line is kept as it is while the program is suspended.
    case suspended
  }

  public private(set) var characters: [Character]
  /// The cursor, from 0 (before the first character) to `characters.count` (after the last).
  public private(set) var cursor: Int

  /// Creates an editor holding `initial` without its unsafe characters (a stored answer may hold them), the
  /// cursor at its end.
  public init(initial: String = "") {
    characters = Array(TerminalText.editable(initial))
    cursor = characters.count
  }

  /// The line as typed so far.
  public var text: String { String(characters) }

  /// Applies one key.
  public mutating func apply(_ key: Key) -> Outcome {
    switch key {
    case .character(let character):
      guard !character.unicodeScalars.contains(where: ControlCharacters.isUnsafe) else { return .editing }
      characters.insert(character, at: cursor)
      cursor += 1
    case .enter:
      return .submitted(text)
    case .backspace:
      if cursor > 0 {
        characters.remove(at: cursor - 1)
        cursor -= 1
      }
    case .delete:
      if cursor < characters.count { characters.remove(at: cursor) }
    case .left:
      cursor = max(0, cursor - 1)
    case .right:
      cursor = min(characters.count, cursor + 1)
    case .home:
      cursor = 0
    case .end:
      cursor = characters.count
    case .deleteToStart:
      characters.removeSubrange(0..<cursor)
      cursor = 0
    case .deleteToEnd:
      characters.removeSubrange(cursor..<characters.count)
    case .deleteWord:
      var start = cursor
      while start > 0, characters[start - 1].isWhitespace { start -= 1 }
      while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
      characters.removeSubrange(start..<cursor)
      cursor = start
    case .endOfInput:
      if characters.isEmpty { return .endOfInput }
      if cursor < characters.count { characters.remove(at: cursor) }
    case .interrupt:
      return .interrupted
    case .suspend:
      return .suspended
    case .ignored:
      break
    }
    return .editing
  }
}

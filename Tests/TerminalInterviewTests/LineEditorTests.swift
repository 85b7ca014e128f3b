import TerminalInterview
import Testing

@Suite("Line editor")
struct LineEditorTests {
  static func type(_ initial: String, _ keys: [Key]) -> LineEditor {
    var editor = LineEditor(initial: initial)
    for key in keys { _ = editor.apply(key) }
    return editor
  }

  static func chars(_ text: String) -> [Key] { text.map(Key.character) }

  @Test(
    "each key edits the line as a terminal user expects",
    arguments: [
      ("", chars("abc"), "abc", 3),
      ("abc", [.backspace], "ab", 2),
      ("abc", [.left, .backspace], "ac", 1),
      ("abc", [.home, .delete], "bc", 0),
      ("abc", [.home, .right, .character("X")], "aXbc", 2),
      ("abc", [.left, .left, .end, .character("!")], "abc!", 4),
      ("one two three", [.deleteWord], "one two ", 8),
      ("one two  ", [.deleteWord], "one ", 4),
      ("abc def", [.left, .left, .left, .deleteToStart], "def", 0),
      ("abc def", [.home, .right, .deleteToEnd], "a", 1),
      ("abc", [.home, .backspace, .left], "abc", 0),
      ("abc", [.right, .delete], "abc", 3),
      ("abc", [.home, .endOfInput], "bc", 0),
      ("ab", [.character("\u{1B}"), .character("\u{07}"), .ignored], "ab", 2),
      ("", chars("Zoë 日本"), "Zoë 日本", 6),
    ] as [(String, [Key], String, Int)])
  func editing(initial: String, keys: [Key], text: String, cursor: Int) {
    let editor = Self.type(initial, keys)
    #expect(editor.text == text)
    #expect(editor.cursor == cursor)
  }

  @Test("Enter submits, Ctrl-D on an empty line ends input, Ctrl-C interrupts")
  func outcomes() {
    var editor = LineEditor(initial: "3")
    #expect(editor.apply(.enter) == .submitted("3"))
    var empty = LineEditor()
    #expect(empty.apply(.endOfInput) == .endOfInput)
    #expect(empty.apply(.interrupt) == .interrupted)
    var typed = LineEditor(initial: "half")
    #expect(typed.apply(.suspend) == .suspended)
    #expect(typed.text == "half" && typed.cursor == 4, "Ctrl-Z keeps the line")
  }
}

@Suite("Key decoder")
struct KeyDecoderTests {
  @Test(
    "bytes a terminal sends become keys",
    arguments: [
      ([0x61, 0x0D], [Key.character("a"), .enter]),
      ([0x1B, 0x5B, 0x44, 0x1B, 0x5B, 0x43], [.left, .right]),
      ([0x1B, 0x5B, 0x48, 0x1B, 0x5B, 0x46], [.home, .end]),
      ([0x1B, 0x4F, 0x48, 0x1B, 0x4F, 0x46], [.home, .end]),
      ([0x1B, 0x5B, 0x31, 0x7E, 0x1B, 0x5B, 0x34, 0x7E], [.home, .end]),
      ([0x1B, 0x5B, 0x33, 0x7E], [.delete]),
      ([0x7F, 0x08], [.backspace, .backspace]),
      ([0x1A], [.suspend]),
      ([0x01, 0x05, 0x15, 0x17, 0x0B], [.home, .end, .deleteToStart, .deleteWord, .deleteToEnd]),
      ([0x04, 0x03], [.endOfInput, .interrupt]),
      ([0xC3, 0xA9], [.character("é")]),
      ([0xE6, 0x97, 0xA5], [.character("日")]),
      ([0x1B, 0x5B, 0x31, 0x35, 0x7E], [.ignored]),
      ([0x07, 0xC2, 0x9B], [.ignored, .ignored]),
      ([0xFF], [.ignored]),
    ] as [([UInt8], [Key])])
  func decoding(bytes: [UInt8], keys: [Key]) {
    var decoder = KeyDecoder()
    #expect(decoder.keys(from: bytes) == keys)
    #expect(!decoder.hasPending)
  }

  @Test("sequences split across reads are joined; a lone Escape is dropped when flushed")
  func splitSequences() {
    var decoder = KeyDecoder()
    #expect(decoder.keys(from: [0x1B]).isEmpty)
    #expect(decoder.keys(from: [0x5B]).isEmpty)
    #expect(decoder.keys(from: [0x44]) == [.left])
    #expect(decoder.keys(from: [0xE6, 0x97]).isEmpty)
    #expect(decoder.keys(from: [0xA5]) == [.character("日")])
    #expect(decoder.keys(from: [0x1B]).isEmpty)
    #expect(decoder.flush() == [.ignored])
    #expect(!decoder.hasPending)
  }
}

@Suite("Line renderer")
struct LineRendererTests {
  @Test("redraws the line and puts the cursor where the editor has it")
  func singleRow() {
    var renderer = LineRenderer(prompt: "> ")
    var editor = LineEditor(initial: "abc")
    _ = editor.apply(.left)
    #expect(renderer.render(editor, columns: 80) == "\r\u{1B}[J> abc\r\u{1B}[4C")
    #expect(renderer.finish(editor, columns: 80) == "\r\n")
  }

  @Test("a line longer than the terminal wraps, and the next redraw starts from the prompt's row")
  func wrapping() {
    var renderer = LineRenderer(prompt: "> ")
    let editor = LineEditor(initial: String(repeating: "x", count: 25))
    #expect(
      renderer.render(editor, columns: 10) == "\r\u{1B}[J> " + String(repeating: "x", count: 25)
        + "\r\u{1B}[7C")
    #expect(renderer.render(editor, columns: 10).hasPrefix("\u{1B}[2A\r\u{1B}[J"))
    #expect(renderer.finish(editor, columns: 10) == "\r\n")
  }

  @Test("at the exact right edge a newline makes the next row real")
  func rightEdge() {
    var renderer = LineRenderer(prompt: "> ")
    let editor = LineEditor(initial: "12345678")
    #expect(renderer.render(editor, columns: 10) == "\r\u{1B}[J> 12345678\n\r\r")
  }

  @Test("typing at the end of the line writes the typed character only; an edit elsewhere redraws the line")
  func typedCharacterOnly() {
    var renderer = LineRenderer(prompt: "> ")
    var editor = LineEditor()
    _ = renderer.render(editor, columns: 10)
    var written = ""
    for character in "abcdefghij" {
      let previous = editor
      _ = editor.apply(.character(character))
      let output = renderer.render(editor, after: previous, columns: 10)
      // The eighth character fills the row: the newline makes the next row real, as a full redraw does.
      #expect(output == String(character) + (character == "h" ? "\n\r" : ""), "\(character)")
      written += output
    }
    #expect(written == "abcdefgh\n\rij", "no cursor movement while typing")
    // A redraw after typing starts from the prompt's row, one row up.
    let previous = editor
    _ = editor.apply(.backspace)
    #expect(renderer.render(editor, after: previous, columns: 10).hasPrefix("\u{1B}[1A\r\u{1B}[J> abcdefghi"))
    let before = editor
    _ = editor.apply(.home)
    _ = editor.apply(.character("X"))
    #expect(renderer.render(editor, after: before, columns: 10).contains("> Xabcdefghi"))
  }
}

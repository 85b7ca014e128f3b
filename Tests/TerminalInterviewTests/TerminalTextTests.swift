import RubricEngine
import TerminalInterview
import Testing

@Suite("Terminal-safe rendering of text from data")
struct TerminalTextTests {
  static let hostile: [(String, String)] = [
    ("plain words, café", "plain words, café"),
    ("\u{1B}]0;pwned\u{07}", "^[]0;pwned^G"),
    ("clear\u{1B}[2J", "clear^[[2J"),
    ("carriage\rreturn", "carriage^Mreturn"),
    ("nul\u{0}del\u{7F}", "nul^@del^?"),
    ("c1 csi \u{9B}31m", "c1 csi <U+009B>31m"),
    ("abc\u{202E}fed", "abc<U+202E>fed"),
    ("\u{2066}isolate\u{2069}", "<U+2066>isolate<U+2069>"),
    ("marks \u{200E}\u{200F}\u{061C}", "marks <U+200E><U+200F><U+061C>"),
    ("line\u{2028}separator", "line<U+2028>separator"),
  ]

  @Test(
    "visible shows every control and bidi character as text, and leaves other text alone", arguments: hostile)
  func visible(text: String, shown: String) {
    #expect(TerminalText.visible(text) == shown)
    #expect(TerminalText.visibleLines(text) == shown)
  }

  @Test("visibleLines keeps line feeds and tabs, visible shows them")
  func lines() {
    #expect(TerminalText.visibleLines("one\n\ttwo\r\n") == "one\n\ttwo^M\n")
    #expect(TerminalText.visible("one\n\ttwo") == "one^J^Itwo")
  }

  @Test("no unsafe character survives either rendering (property, over every code point below U+3000)")
  func property() {
    var text = ""
    for value in 0..<0x3000 {
      if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
    }
    for rendered in [TerminalText.visible(text), TerminalText.visibleLines(text)] {
      #expect(
        !rendered.unicodeScalars.contains { ControlCharacters.isUnsafe($0) && $0 != "\n" && $0 != "\t" })
    }
    #expect(!TerminalText.visible(text).unicodeScalars.contains { ControlCharacters.isUnsafe($0) })
  }

  @Test("a line editor never holds an unsafe character: not pre-filled, not typed")
  func editor() {
    var editor = LineEditor(initial: "kept\u{1B}]0;pwned\u{07} \u{202E}answer\r")
    #expect(editor.text == "kept]0;pwned answer")
    _ = editor.apply(.character("\u{202E}"))
    _ = editor.apply(.character("\u{1B}"))
    _ = editor.apply(.character("!"))
    #expect(editor.text == "kept]0;pwned answer!")
  }
}

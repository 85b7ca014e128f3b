import TerminalInterview
import Testing

@Suite("Colour and safe text")
struct TerminalStyleTests {
  @Test(
    "colour only on a terminal, with NO_COLOR unset or empty and TERM not dumb",
    arguments: [
      (true, [:], true),
      (true, ["NO_COLOR": ""], true),
      (true, ["NO_COLOR": "1"], false),
      (true, ["TERM": "dumb"], false),
      (true, ["TERM": "xterm"], true),
      (false, [:], false),
    ] as [(Bool, [String: String], Bool)])
  func style(isTerminal: Bool, environment: [String: String], enabled: Bool) {
    let style = TerminalStyle.forOutput(isTerminal: isTerminal, environment: environment)
    #expect(style.isEnabled == enabled)
    #expect((style.bold("x") == "x") == !enabled)
  }

  @Test("control characters are shown in caret notation and dropped from stored text")
  func text() {
    #expect(TerminalText.visible("a\u{1B}[2Jb\u{07}\u{7F}\u{9B}") == "a^[[2Jb^G^?<U+009B>")
    #expect(TerminalText.cleaned("  a\tb\u{1B}c\u{0}  ") == "a bc")
    #expect(TerminalText.cleanedNote("one\u{1B}\n two \n\n") == "one\ntwo")
  }
}

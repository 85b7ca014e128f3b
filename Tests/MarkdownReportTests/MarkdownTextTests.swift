import MarkdownReport
import Testing

@Suite("Markdown escaping of what people said")
struct MarkdownTextTests {
  static let cases: [(String, String)] = [
    ("plain words, 5.5% & more", #"plain words, 5.5% \& more"#),
    ("*bold* _it_ `code`", #"\*bold\* \_it\_ \`code\`"#),
    ("[link](http://x.y) ![img](a.png)", #"\[link\](http\://x.y) !\[img\](a.png)"#),
    ("<script>alert(1)</script>", #"\<script\>alert(1)\</script\>"#),
    ("a | b \\ c", #"a \| b \\ c"#),
    ("# heading", ##"\# heading"##),
    ("- item", #"\- item"#),
    ("+44 20 7946 0000", #"\+44 20 7946 0000"#),
    ("1. first", #"1\. first"#),
    ("2) second", #"2\) second"#),
    ("&amp; &#60;", #"\&amp; \&#60;"#),
    ("email me@x.org or @cite", #"email me\@x.org or \@cite"#),
    ("$x^2$ ~sub~ {.class}", #"\$x\^2\$ \~sub\~ \{.class\}"#),
    ("see www.evil.com", #"see www\.evil.com"#),
    ("bell\u{07} esc\u{1B}[31m", #"bell esc\[31m"#),
    ("quote\u{202E}desrever \u{2066}isolated\u{2069}\u{200F}", "quotedesrever isolated"),
    (": a definition", #"\: a definition"#),
    (":smile: and :+1: and :x:y:", #"\:smile: and \:+1: and \:x\:y:"#),
    ("at 10:30, ratio 3:1, note: fine :", "at 10:30, ratio 3:1, note: fine :"),
  ]

  @Test("every character with a meaning is escaped, inline and in table cells", arguments: cases)
  func inline(text: String, escaped: String) {
    #expect(MarkdownText.inline(text) == escaped)
    #expect(MarkdownText.cell(text) == escaped)
  }

  @Test("line breaks become hard breaks inline, spaces in cells, and separate quote lines")
  func lineBreaks() {
    #expect(MarkdownText.inline("one\n# two") == "one\\\n\\# two")
    #expect(MarkdownText.cell("one\n\ntwo | three") == #"one two \| three"#)
    #expect(MarkdownText.quote("said\n> this") == ["> said\\", #"> \> this"#])
    #expect(MarkdownText.inline("term\n: definition") == "term\\\n\\: definition")
    #expect(MarkdownText.quote("term\n: definition") == ["> term\\", #"> \: definition"#])
  }

  @Test("metadata values are Markdown-escaped and single-quoted for YAML")
  func yaml() {
    #expect(MarkdownText.yaml("O'Brien & *Co*") == #"'O''Brien \& \*Co\*'"#)
  }
}

import RubricEngine
import Testing

@Suite("JSON5 parser")
struct JSONParserTests {
  static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try JSONParser().parse(Array(text.utf8))
  }

  @Test(
    "reads standard JSON and the JSON5 extensions",
    arguments: [
      (#"{"a": 1}"#, JSONValue.Content.number(1, literal: "1")),
      ("{a: 1,}", .number(1, literal: "1")),
      ("// note\n{a: /* inline */ 1}", .number(1, literal: "1")),
      ("{'a': 'x'}", .string("x")),
      ("{a: 0x1F}", .number(31, literal: "0x1F")),
      ("{a: +.5}", .number(0.5, literal: "+.5")),
      ("{a: 5.}", .number(5, literal: "5.")),
      ("{a: -2e3}", .number(-2000, literal: "-2e3")),
      ("{a: -Infinity}", .number(-.infinity, literal: "-Infinity")),
      ("{a: [1, 2,]}", .array([JSONValue(.number(1, literal: "1")), JSONValue(.number(2, literal: "2"))])),
      (#"{a: "tab\tquote\"\u00e9\ud83d\ude00"}"#, .string("tab\tquote\"é😀")),
      ("{a: 'line \\\ncontinued'}", .string("line continued")),
      ("{a: true}", .bool(true)),
      ("{a: null}", .null),
    ])
  func valid(text: String, expected: JSONValue.Content) throws {
    let value = try Self.parse(text)
    #expect(stripPositions(value["a"]?.content) == stripPositions(expected))
  }

  @Test(
    "refuses broken input with the place of the problem",
    arguments: [
      ("", "1:1: the file is empty; expected a JSON value"),
      ("   \n ", "2:2: the file is empty; expected a JSON value"),
      ("{", "1:2: unexpected end of file; the object opened at 1:1 is not closed"),
      ("[1 2]", "1:4: unexpected '2'; expected ',' or ']' in the list"),
      ("{a: yes}", "1:5: unexpected word 'yes'; expected a value (strings need quotes)"),
      ("{a: 1, a: 2}", #"1:8: duplicate key "a" (first at line 1); keep only one"#),
      ("{a: 1e}", "1:5: '1e' is not a number: the exponent has no digits"),
      ("{a: 12abc}", "1:7: unexpected 'a' in the number '12'"),
      ("{a: \"x\u{01}\"}", "1:7: control character U+1 inside a string; write it escaped"),
      (#"{a: "\ud800"}"#, #"1:12: \u escape names no character (a lone surrogate)"#),
      ("{a: 1} {", "1:8: unexpected '{' after the end of the JSON value"),
      ("/* open", "1:1: unterminated comment: the '/*' at 1:1 has no closing '*/'"),
      ("{\n  a: 1\n  b: 2\n}", #"3:3: unexpected 'b'; expected ',' or '}' after the value of "a""#),
    ])
  func invalid(text: String, expected: String) {
    do {
      _ = try Self.parse(text)
      Issue.record("accepted \(text)")
    } catch {
      #expect(error.description == expected)
    }
  }

  @Test("values remember their line and column, counted in characters")
  func positions() throws {
    let value = try Self.parse("{\n  \"é\": [\n    true\n  ]\n}")
    #expect(value.position == SourcePosition(line: 1, column: 1))
    let list = try #require(value["é"])
    #expect(list.position == SourcePosition(line: 2, column: 8))
    guard case .array(let elements) = list.content else {
      Issue.record("expected a list")
      return
    }
    #expect(elements[0].position == SourcePosition(line: 3, column: 5))
  }

  @Test("nesting deeper than the limit is refused, not recursed into")
  func depthLimit() {
    let deep = String(repeating: "[", count: 10_000)
    #expect(throws: JSONSyntaxError.self) { try Self.parse(deep) }
    let deepest = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect(throws: Never.self) { try JSONParser(maximumDepth: 64).parse(Array(deepest.utf8)) }
  }
}

/// Positions of nested values differ between a parsed and a hand-built tree; compare contents only.
private func stripPositions(_ content: JSONValue.Content?) -> JSONValue.Content? {
  guard let content else { return nil }
  switch content {
  case .array(let elements):
    return .array(elements.map { JSONValue(stripPositions($0.content) ?? .null) })
  case .object(let members):
    return .object(
      members.map {
        JSONValue.Member(
          key: $0.key, keyPosition: SourcePosition(line: 1, column: 1),
          value: JSONValue(stripPositions($0.value.content) ?? .null))
      })
  default:
    return content
  }
}

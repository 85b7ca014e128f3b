import RubricEngine
import Testing

@Suite("Names and paths in messages")
struct TextTests {
  @Test(
    "JSON paths read as people write them",
    arguments: [
      (JSONPath.root, "$"),
      (
        JSONPath.root.appending("lenses").appending(2).appending("questions").appending(4).appending(
          "anchors"),
        "$.lenses[2].questions[4].anchors"
      ),
      (JSONPath.root.appending("odd key"), #"$["odd key"]"#),
      (JSONPath.root.appending("3"), #"$["3"]"#),
      (JSONPath.root.appending(#"a"b"#), #"$["a\"b"]"#),
      (JSONPath.root.appending("\u{1B}]0;pwned\u{07}\u{202E}"), #"$["\u001B]0;pwned\u0007\u202E"]"#),
    ])
  func paths(path: JSONPath, text: String) {
    #expect(path.description == text)
  }

  @Test(
    "a close misspelling is suggested, a distant one is not",
    arguments: [
      ("wieght", ["weight", "id"], "weight"),
      ("rubrc", ["rubric", "help"], "rubric"),
      ("sponsr", ["sponsor", "finance"], "sponsor"),
      ("--jsn", ["--json", "--rubric"], "--json"),
      ("zzzzzz", ["weight", "id"], nil),
      ("rub", ["rubric", "help"], "rubric"),
    ] as [(String, [String], String?)])
  func suggestions(name: String, candidates: [String], expected: String?) {
    #expect(NearestName.suggestion(for: name, among: candidates) == expected)
  }

  @Test("edit distance counts insertions, deletions and substitutions")
  func distance() {
    #expect(NearestName.editDistance("kitten", "sitting") == 3)
    #expect(NearestName.editDistance("", "abc") == 3)
    #expect(NearestName.editDistance("same", "same") == 0)
  }
}

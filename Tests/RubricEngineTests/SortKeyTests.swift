import RubricEngine
import TestSupport
import Testing

/// `sortedStably(byKey:)`, which orders a question's scores and the outcome statements, against the
/// comparison sort it replaced.
@Suite("A stable sort by shared keys")
struct SortKeyTests {
  @Test("equals a sort by (key, position) for random lists with many shared and some distinct keys")
  func matchesSortByPosition() {
    var generator = SeededGenerator(seed: 303)
    let roles = ["", "sponsor", "finance", "Other stakeholders", "e\u{301}", "\u{E9}"]
    for _ in 0..<300 {
      let length = Int.random(in: 0...60, using: &generator)
      let items = (0..<length).map { offset in
        (
          role: roles[Int.random(in: 0..<roles.count, using: &generator)],
          score: Int.random(in: 0...4, using: &generator), offset: offset
        )
      }
      let expected = items.enumerated().sorted {
        ($0.element.role, $0.element.score, $0.offset) < ($1.element.role, $1.element.score, $1.offset)
      }.map(\.element.offset)
      #expect(items.sortedStably { SortKey($0.role, $0.score) }.map(\.offset) == expected)
    }
  }

  @Test("keys compare by their first part, then their second")
  func keyOrder() {
    #expect(SortKey("a", 2) < SortKey("b", 1))
    #expect(SortKey("a", 1) < SortKey("a", 2))
    #expect(!(SortKey("a", 2) < SortKey("a", 2)))
    #expect(SortKey("e\u{301}", 1) == SortKey("\u{E9}", 1))
  }
}

import TestSupport
import Testing

@testable import MarkdownReport

/// `smallest(_:by:)`, which picks a finding's quotes, against the sort it replaces.
@Suite("The smallest few of a sequence")
struct SmallestTests {
  @Test(
    "equals sorted(by:).prefix(count) for any list, duplicates included, and keeps equal elements in order")
  func matchesSortedPrefix() {
    var generator = SeededGenerator(seed: 77)
    for _ in 0..<500 {
      let length = Int.random(in: 0...40, using: &generator)
      let values = (0..<length).map { offset in
        (key: Int.random(in: 0...5, using: &generator), offset: offset)
      }
      let count = Int.random(in: 0...8, using: &generator)
      let expected = values.sorted { $0.key < $1.key }.prefix(count).map(\.offset)
      #expect(values.smallest(count) { $0.key < $1.key }.map(\.offset) == expected, "\(values), \(count)")
    }
  }

  @Test("hand-worked cases: fewer elements than asked for, none asked for, duplicates")
  func byHand() {
    #expect([5, 1, 4, 1, 0, 9].smallest(3, by: <) == [0, 1, 1])
    #expect([3, 2].smallest(5, by: <) == [2, 3])
    #expect([3, 2].smallest(0, by: <).isEmpty)
  }
}

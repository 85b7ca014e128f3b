extension Sequence {
  /// The `count` smallest elements in increasing order, the earlier of equal elements first: what
  /// `sorted(by:).prefix(count)` gives, in one pass that never sorts the rest (a finding quotes a few of
  /// thousands of answers).
  func smallest(_ count: Int, by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows
    -> [Element]
  {
    guard count > 0 else { return [] }
    var kept: [Element] = []
    kept.reserveCapacity(count + 1)
    for element in self {
      if kept.count == count, let last = kept.last, try !areInIncreasingOrder(element, last) { continue }
      var index = kept.count
      while index > 0, try areInIncreasingOrder(element, kept[index - 1]) { index -= 1 }
      kept.insert(element, at: index)
      if kept.count > count { kept.removeLast() }
    }
    return kept
  }
}

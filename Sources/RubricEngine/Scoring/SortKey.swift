/// A key of two parts, compared by the first and then the second: what a tuple is to `<`, for keys that must
/// also be hashable.
public struct SortKey<First: Hashable & Comparable, Second: Hashable & Comparable>: Hashable, Comparable {
  public var first: First
  public var second: Second

  public init(_ first: First, _ second: Second) {
    self.first = first
    self.second = second
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.first, lhs.second) < (rhs.first, rhs.second)
  }
}

extension Sequence {
  /// The elements in increasing order of `key`, those with equal keys in the order they come here: a stable
  /// sort that costs one pass and a sort of the distinct keys, which is linear when many elements share a
  /// key (thousands of scores share a role and a score).
  public func sortedStably<Key: Hashable & Comparable>(byKey key: (Element) throws -> Key) rethrows
    -> [Element]
  {
    var groups: [Key: [Element]] = [:]
    for element in self { groups[try key(element), default: []].append(element) }
    return groups.keys.sorted().flatMap { groups[$0] ?? [] }
  }
}

/// Finds the known name closest to a mistyped one, to suggest "did you mean ...?".
public enum NearestName {
  /// The candidate within a small edit distance of `name`, or `nil` when none is close enough to help.
  public static func suggestion(for name: String, among candidates: [String]) -> String? {
    let lowered = name.lowercased()
    let limit = max(1, min(3, lowered.count / 3 + 1))
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(lowered, candidate.lowercased())
      if distance <= limit, distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    if best == nil {
      best = candidates.first { $0.lowercased().hasPrefix(lowered) && !lowered.isEmpty }.map { ($0, 0) }
    }
    return best?.name
  }

  /// The Levenshtein distance: insertions, deletions and substitutions needed to turn `a` into `b`.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}

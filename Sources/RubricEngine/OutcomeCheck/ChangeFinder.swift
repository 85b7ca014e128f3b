/// Finds the word or phrase that states the change: a change verb or noun, a multiplier, a comparative,
/// "down from", "can now"; failing those, and only with a target, what people do ("wait", "settle").
enum ChangeFinder: FinderPhase {
  typealias Vocabulary = OutcomeVocabulary

  static func find(in reading: inout StatementReading) {
    let tokens = reading.tokens
    // Words that state a change come first; what people do counts only when nothing stronger is said.
    for index in tokens.indices {
      if let end = strongChange(at: index, in: reading) {
        reading.changeIndex = index
        reading.evidence[.change] = index...end
        return
      }
    }
    guard reading.evidence[.target] != nil else { return }
    if let index = tokens.indices.first(where: {
      !reading.claimedOutside([.target, .baseline], $0)
        && (Vocabulary.behaviourVerbs.contains(tokens[$0].lower)
          || Vocabulary.targetVerbs.contains(tokens[$0].lower))
    }) {
      reading.changeIndex = index
      reading.evidence[.change] = index...index
    }
  }

  /// The end of a word or phrase stating a change at `index`: a change verb or noun, a multiplier, a
  /// comparative, "down from", "can now".
  static func strongChange(at index: Int, in reading: StatementReading) -> Int? {
    guard !reading.claimedOutside([.target, .baseline], index) else { return nil }
    let word = reading.tokens[index].lower
    if Vocabulary.changeVerbs.contains(word) || Vocabulary.multipliers.contains(word)
      || (Vocabulary.changeNouns.contains(word) && index > 0)
    {
      return index
    }
    if Vocabulary.comparatives.contains(word),
      reading.lower(index + 1) != "than" || reading.evidence[.target]?.contains(index) == true
    {
      return index
    }
    if Vocabulary.directions.contains(word), reading.lower(index + 1) == "from" { return index + 1 }
    if let phrase = Vocabulary.capabilityPhrases.first(where: { reading.matches($0, at: index) }) {
      return index + phrase.count - 1
    }
    return nil
  }
}

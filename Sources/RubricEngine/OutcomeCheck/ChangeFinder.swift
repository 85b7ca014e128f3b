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
    // "Supplier onboarding: from 30 days to 5": the move from a baseline to a target is the change.
    if let baseline = reading.evidence[.baseline], let target = reading.evidence[.target],
      baseline.upperBound < target.lowerBound
        || !reading.tokens[baseline.lowerBound].lower.hasPrefix("from"),
      !tokens.indices.contains(where: {
        Vocabulary.behaviourVerbs.contains(tokens[$0].lower) && !reading.claimed.contains($0)
      })
    {
      let start = min(baseline.lowerBound, target.lowerBound)
      reading.changeIndex = start
      reading.evidence[.change] = start...max(baseline.upperBound, target.upperBound)
      reading.impliedChange = true
      return
    }
    // What happens to people, in the passive ("are seen by a vet within 30 minutes", "get paid").
    if let index = tokens.indices.dropFirst().first(where: {
      Vocabulary.passiveAuxiliaries.contains(tokens[$0 - 1].lower) && isParticiple(tokens[$0])
        && !reading.claimedOutside([.target, .baseline], $0)
    }) {
      reading.changeIndex = index
      reading.evidence[.change] = (index - 1)...index
      return
    }
    // With a threshold ("for 9 out of 10 customers"), what happens to them is the change ("are delivered").
    let threshold = reading.thresholdTarget
    if let index = tokens.indices.first(where: {
      !reading.claimedOutside([.target, .baseline], $0)
        && (Vocabulary.behaviourVerbs.contains(tokens[$0].lower)
          || Vocabulary.targetVerbs.contains(tokens[$0].lower)
          || threshold && tokens[$0].kind == .word && tokens[$0].lower.hasSuffix(Vocabulary.participleEnding)
            && $0 < (reading.evidence[.target]?.lowerBound ?? 0))
    }) {
      reading.changeIndex = index
      reading.evidence[.change] = index...index
    }
  }

  /// The end of a word or phrase stating a change at `index`: a change verb or noun, a multiplier, a
  /// comparative, "down from", "can now".
  static func strongChange(at index: Int, in reading: StatementReading) -> Int? {
    guard !reading.claimedOutside([.target, .baseline], index) else { return nil }
    if Vocabulary.measureNameLeads.contains(where: {
      index >= $0.count && reading.matches($0, at: index - $0.count)
    }) {
      return nil
    }
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
    // "Tenants can report a repair in two minutes": what someone can now do, with a target to show it.
    if word == "can", index > 0, Vocabulary.actors.contains(reading.tokens[index - 1].lower),
      reading.evidence[.target] != nil, index + 1 < reading.tokens.count
    {
      return index + 1
    }
    return nil
  }

  /// Whether the word is a past participle ("delivered", "seen", "paid").
  static func isParticiple(_ token: StatementToken) -> Bool {
    token.kind == .word
      && (token.lower.hasSuffix(Vocabulary.participleEnding) || token.lower.hasSuffix("en")
        || Vocabulary.irregularParticiples.contains(token.lower))
  }
}

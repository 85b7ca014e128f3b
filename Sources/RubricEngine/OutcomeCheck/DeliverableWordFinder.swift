/// Finds the first word naming a deliverable ("go-live", "migration"): an output when nothing states
/// a change.
enum DeliverableWordFinder: FinderPhase {
  typealias Vocabulary = OutcomeVocabulary

  static func find(in reading: inout StatementReading) {
    let tokens = reading.tokens
    reading.deliverableWord = tokens.indices.first {
      Vocabulary.deliverableWords.contains(tokens[$0].lower)
    }
    // Parity, compliance and like-for-like work, and a new product given to people ("patients will have a
    // new booking app"): a deliverable whatever change word comes with it.
    reading.strongDeliverable = tokens.indices.first { index in
      guard reading.bet?.contains(index) != true, reading.evidence[.guardrail]?.contains(index) != true else {
        return false
      }
      if Vocabulary.parityWords.contains(tokens[index].lower)
        || Vocabulary.parityPhrases.contains(where: { reading.matches($0, at: index) })
      {
        return true
      }
      guard tokens[index].lower == Vocabulary.productOpener, index + 1 < tokens.count else { return false }
      let reach = (index + 1)...min(tokens.count - 1, index + Vocabulary.productReach)
      guard reach.contains(where: { Vocabulary.productNouns.contains(tokens[$0].lower) }) else {
        return false
      }
      // Given to people, it is a deliverable; what they do with it is a behaviour (vague without a measure).
      let before = max(0, index - Vocabulary.productVerbReach)..<index
      if before.contains(where: { Vocabulary.availabilityWords.contains(tokens[$0].lower) }) { return true }
      return !before.contains {
        Vocabulary.productUseWords.contains(tokens[$0].lower)
          || Vocabulary.behaviourVerbs.contains(tokens[$0].lower)
      }
    }
  }
}

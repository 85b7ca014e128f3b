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
        || isObtainedGrant(at: index, in: tokens)
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

  /// Whether the grant word at `index` is the team's to obtain: an obtaining verb stands just before it
  /// ("achieve CAA re-approval"), or it opens the statement as its subject ("Part-145 re-approval by June").
  /// A grant the customer holds or waits for ("renew their licence", "time to approval") is not.
  static func isObtainedGrant(at index: Int, in tokens: [StatementToken]) -> Bool {
    guard Vocabulary.grantWords.contains(tokens[index].lower) else { return false }
    let before = max(0, index - Vocabulary.grantReach)..<index
    if let verb = before.last(where: { Vocabulary.grantVerbs.contains(tokens[$0].lower) }) {
      return !tokens[verb..<index].contains { Vocabulary.othersPossessives.contains($0.lower) }
    }
    guard index < Vocabulary.grantReach else { return false }
    return tokens[..<index].indices.allSatisfy { position in
      let token = tokens[position]
      return token.isNumber || Vocabulary.grantArticles.contains(token.lower)
        || token.text.contains(where: \.isNumber)
        || (token.text.count >= 2 && token.text.allSatisfy { $0.isUppercase || $0 == "-" })
        || (position > 0 && token.text.first?.isUppercase == true)
    }
  }
}

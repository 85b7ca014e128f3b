/// Finds who changes: the first customer, user or business actor named ("customers", "a patient's"),
/// outside a guardrail.
enum WhoFinder: FinderPhase {
  typealias Vocabulary = OutcomeVocabulary

  static func find(in reading: inout StatementReading) {
    let tokens = reading.tokens
    let guardrail = reading.evidence[.guardrail]
    if let index = tokens.indices.first(where: {
      Vocabulary.actors.contains(tokens[$0].lower) && guardrail?.contains($0) != true
        || tokens[$0].lower.hasSuffix("'s")
          && Vocabulary.actors.contains(String(tokens[$0].lower.dropLast(2)))
    }) {
      reading.evidence[.who] = index...index
    }
  }
}

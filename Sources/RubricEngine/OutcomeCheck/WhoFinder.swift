/// Finds who changes: the first customer, user or business actor named ("customers", "a patient's"),
/// outside a guardrail, and not the first half of a compound ("the patient record system", "the customer
/// portal", "business units"), which names a thing, not anyone who changes.
enum WhoFinder: FinderPhase {
  typealias Vocabulary = OutcomeVocabulary

  static func find(in reading: inout StatementReading) {
    let tokens = reading.tokens
    let guardrail = reading.evidence[.guardrail]
    if let index = tokens.indices.first(where: {
      (Vocabulary.actors.contains(tokens[$0].lower) && guardrail?.contains($0) != true
        && !isCompound($0, reading))
        || tokens[$0].lower.hasSuffix("'s")
          && Vocabulary.actors.contains(String(tokens[$0].lower.dropLast(2)))
    }) {
      reading.evidence[.who] = index...index
    }
  }

  /// Whether the actor word at `index` modifies a noun after it ("patient record system").
  static func isCompound(_ index: Int, _ reading: StatementReading) -> Bool {
    reading.lower(index + 1).map(Vocabulary.compoundHeads.contains) ?? false
  }
}

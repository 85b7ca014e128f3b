/// Finds the first word naming a deliverable ("go-live", "migration"): an output when nothing states
/// a change.
enum DeliverableWordFinder: FinderPhase {
  typealias Vocabulary = OutcomeVocabulary

  static func find(in reading: inout StatementReading) {
    let tokens = reading.tokens
    reading.deliverableWord = tokens.indices.first {
      Vocabulary.deliverableWords.contains(tokens[$0].lower)
    }
  }
}

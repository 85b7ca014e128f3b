/// Finds every word that judges rather than measures ("world-class", "seamless"): each is a reason a
/// statement is vague.
enum JudgementWordFinder: FinderPhase {
  typealias Vocabulary = OutcomeVocabulary

  static func find(in reading: inout StatementReading) {
    let tokens = reading.tokens
    reading.judgementWords = tokens.indices.filter {
      Vocabulary.judgementWords.contains(tokens[$0].lower)
    }
  }
}

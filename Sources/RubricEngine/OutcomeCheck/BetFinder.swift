/// Finds the bet of a statement in the hypothesis form, "if we X" up to "then" or the comma: the work the
/// team will do, which later phases never read as the measure.
enum BetFinder: FinderPhase {
  typealias Vocabulary = OutcomeVocabulary

  static func find(in reading: inout StatementReading) {
    let tokens = reading.tokens
    guard let start = tokens.indices.first(where: { reading.matches(Vocabulary.betOpener, at: $0) }) else {
      return
    }
    var end = start + 1
    while end + 1 < tokens.count, tokens[end + 1].lower != "then", tokens[end + 1].lower != ",",
      tokens[end + 1].lower != "."
    {
      end += 1
    }
    reading.bet = start...end
  }
}

/// Finds where an output statement states the bet behind the work: "we bet that ...", "on the bet that
/// ...", "so that ...", "because ...", "we expect ...", "measured by ...", "which we will check ...".
enum BetStatementFinder {
  typealias Vocabulary = OutcomeVocabulary

  /// The words of the bet, from its cue to the end of its sentence, or `nil` when none is stated.
  static func bet(in reading: StatementReading) -> String? {
    let tokens = reading.tokens
    guard
      let start = tokens.indices.first(where: { index in
        Vocabulary.betCues.contains { reading.matches($0, at: index) }
      })
    else { return nil }
    var end = start
    while end + 1 < tokens.count, tokens[end + 1].lower != "." { end += 1 }
    return reading.words(start...end)
  }
}

/// Finds the falsifier: the result that would show the bet wrong ("We will know we are wrong if
/// cancellations stay above 3.7%", "we will stop if velocity drops", "kill criteria: ..."), from the start
/// of its clause to the end of its sentence. Its words are claimed, so that its numbers are never read as
/// the statement's target.
enum FalsifierFinder: FinderPhase {
  typealias Vocabulary = OutcomeVocabulary

  static func find(in reading: inout StatementReading) {
    let tokens = reading.tokens
    for index in tokens.indices {
      let opens =
        tokens[index].lower == "if"
        && ((max(0, index - Vocabulary.falsifierReach)..<index).contains {
          Vocabulary.falsifierWords.contains(tokens[$0].lower)
        } || consequenceChangesCourse(after: index, reading))
        || Vocabulary.falsifierPhrases.contains { reading.matches($0, at: index) }
      guard opens, reading.bet?.contains(index) != true else { continue }
      var start = index
      while start > 0, !isClauseEnd(tokens[start - 1]) { start -= 1 }
      var end = index
      while end + 1 < tokens.count, tokens[end + 1].lower != ".", tokens[end + 1].lower != ";" { end += 1 }
      guard end > index || Vocabulary.falsifierPhrases.contains(where: { reading.matches($0, at: index) })
      else { continue }
      reading.claim(.falsifier, start...end)
      return
    }
  }

  static func isClauseEnd(_ token: StatementToken) -> Bool {
    Vocabulary.clauseEnds.contains(token.lower)
  }

  /// Whether the sentence after "if" says the team will then change course ("If completion does not
  /// improve we will drop the feature").
  static func consequenceChangesCourse(after index: Int, _ reading: StatementReading) -> Bool {
    let tokens = reading.tokens
    var next = index + 1
    while next + 1 < tokens.count, tokens[next].lower != ".", tokens[next].lower != ";" {
      if Vocabulary.willWords.contains(tokens[next].lower),
        Vocabulary.falsifierWords.contains(tokens[next + 1].lower)
      {
        return true
      }
      next += 1
    }
    return false
  }
}

/// Finds what must not get worse on the way ("without increasing incidents", "while keeping NPS
/// above 40"): an opener and the words after it, up to punctuation or a timeframe.
enum GuardrailFinder: FinderPhase {
  typealias Vocabulary = OutcomeVocabulary

  static func find(in reading: inout StatementReading) {
    let tokens = reading.tokens
    for index in tokens.indices where !reading.claimed.contains(index) {
      guard let opener = Vocabulary.guardrailOpeners.first(where: { reading.matches($0, at: index) }) else {
        continue
      }
      var end = index + opener.count - 1
      // A guardrail ends before a new change ("without a call rise from 30% to 70%"): what rises is the
      // measure, not what must not get worse.
      while end + 1 < tokens.count, !tokens[end + 1].isPunctuation || tokens[end + 1].lower == "%",
        TimeframeFinder.end(at: end + 1, in: reading) == nil || end + 1 == index,
        end < index + opener.count || !Vocabulary.changeVerbs.contains(tokens[end + 1].lower)
      {
        end += 1
      }
      guard end >= index + opener.count else { continue }
      reading.claim(.guardrail, index...end)
      return
    }
  }
}

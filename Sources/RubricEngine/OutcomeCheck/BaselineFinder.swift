/// Finds where the measure stands today: an opener ("from", "currently", "instead of") followed by a
/// quantity and its unit ("from 5 days", "down from 10 days").
enum BaselineFinder: FinderPhase {
  typealias Vocabulary = OutcomeVocabulary

  static func find(in reading: inout StatementReading) {
    for index in reading.tokens.indices where !reading.claimed.contains(index) {
      var numberIndex: Int
      if Vocabulary.baselineWords.contains(reading.tokens[index].lower) {
        numberIndex = index + 1
      } else if let opener = Vocabulary.baselinePhrases.first(where: { reading.matches($0, at: index) }) {
        numberIndex = index + opener.count
      } else {
        continue
      }
      if Vocabulary.articles.contains(reading.lower(numberIndex) ?? "") { numberIndex += 1 }
      if Vocabulary.approximators.contains(reading.lower(numberIndex) ?? "") { numberIndex += 1 }
      // "rather than waiting on the phone for twenty": a phrase may run over a few words to its quantity.
      if !reading.isQuantity(numberIndex), !Vocabulary.baselineWords.contains(reading.tokens[index].lower),
        let later = (numberIndex..<min(reading.tokens.count, numberIndex + Vocabulary.baselinePhraseReach))
          .first(where: { reading.isQuantity($0) }),
        !(numberIndex..<later).contains(where: {
          reading.tokens[$0].isPunctuation || reading.claimed.contains($0)
        })
      {
        numberIndex = later
      }
      guard reading.isQuantity(numberIndex) else { continue }
      let phraseStart = Vocabulary.directions.contains(reading.lower(index - 1) ?? "") ? index - 1 : index
      reading.claim(.baseline, phraseStart...reading.extendOverUnit(from: numberIndex))
      return
    }
  }
}

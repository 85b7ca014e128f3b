/// Finds the measure that shows the change: the words after "measured by", after "95% of", or after
/// the change word; failing those, a duration target, the object of a move from one number to another,
/// or a measure named before the change ("Patients wait no more than 4 hours").
enum MetricFinder: FinderPhase {
  typealias Vocabulary = OutcomeVocabulary

  static func find(in reading: inout StatementReading) {
    let tokens = reading.tokens
    if let measuredBy = tokens.indices.first(where: { reading.matches(Vocabulary.measureMarker, at: $0) }),
      let phrase = objectPhrase(from: measuredBy + Vocabulary.measureMarker.count, in: reading)
    {
      reading.evidence[.metric] = phrase
      return
    }
    if let target = reading.evidence[.target], tokens[target.lowerBound].isPercent,
      reading.lower(target.lowerBound + 1) == "of",
      let phrase = objectPhrase(from: target.lowerBound + 2, in: reading)
    {
      reading.evidence[.metric] = target.lowerBound...phrase.upperBound
      return
    }
    let object = reading.evidence[.change].flatMap { objectPhrase(from: $0.upperBound + 1, in: reading) }
    if let object, containsMetricWord(object, in: reading) {
      reading.evidence[.metric] = object
      return
    }
    // A duration carries its own measure: "in under four hours", "within 2 days".
    if reading.evidence[.change] != nil {
      for element in [OutcomeElement.target, .baseline] {
        if let range = reading.evidence[element],
          range.contains(where: { Vocabulary.durationUnits.contains(tokens[$0].lower) })
        {
          reading.evidence[.metric] = range
          return
        }
      }
    }
    // A move from one number to another is a measure, whatever it is called.
    if let object, reading.evidence[.baseline] != nil, reading.evidence[.target] != nil {
      reading.evidence[.metric] = object
      return
    }
    // A measure named before the change ("Patients wait no more than 4 hours").
    if let changeIndex = reading.changeIndex, changeIndex > 0,
      let phrase = phraseBefore(changeIndex, in: reading), containsMetricWord(phrase, in: reading)
    {
      reading.evidence[.metric] = phrase
      return
    }
    if reading.evidence[.target] != nil || reading.evidence[.baseline] != nil,
      let changeIndex = reading.changeIndex,
      let index = tokens.indices.first(where: {
        $0 > changeIndex && !reading.claimed.contains($0) && Vocabulary.metricWords.contains(tokens[$0].lower)
      })
    {
      reading.evidence[.metric] = index...index
    }
  }

  static func containsMetricWord(_ range: ClosedRange<Int>, in reading: StatementReading) -> Bool {
    range.contains { Vocabulary.metricWords.contains(reading.tokens[$0].lower) }
  }

  /// The noun phrase starting at `start`: up to the next claimed token, preposition of amount, or
  /// punctuation.
  static func objectPhrase(from start: Int, in reading: StatementReading) -> ClosedRange<Int>? {
    let tokens = reading.tokens
    var first = start
    while first < tokens.count, Vocabulary.phraseOpeners.contains(tokens[first].lower),
      !reading.claimed.contains(first)
    {
      first += 1
    }
    var end = first
    while end < tokens.count, !reading.claimed.contains(end), !tokens[end].isPunctuation,
      !Vocabulary.phraseStops.contains(tokens[end].lower),
      !Vocabulary.judgementWords.contains(tokens[end].lower),
      !(tokens[end].lower == "to" && reading.isQuantity(end + 1)),
      !(tokens[end].lower == "in" && (reading.isQuantity(end + 1)))
    {
      end += 1
    }
    var last = end - 1
    while last >= first, Vocabulary.phraseTails.contains(tokens[last].lower) { last -= 1 }
    return last >= first ? first...last : nil
  }

  /// The words before the change word, back to the start of the clause.
  static func phraseBefore(_ index: Int, in reading: StatementReading) -> ClosedRange<Int>? {
    var first = index - 1
    while first > 0, !reading.tokens[first - 1].isPunctuation { first -= 1 }
    return first < index ? first...(index - 1) : nil
  }
}

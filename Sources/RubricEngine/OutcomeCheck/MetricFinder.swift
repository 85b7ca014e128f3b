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
    // "95% of claims", "at least 75% of patients"
    if let target = reading.evidence[.target], let percent = target.first(where: { tokens[$0].isPercent }),
      !Vocabulary.amountPrefixes.contains(tokens[target.lowerBound].lower + " "),
      reading.lower(percent + 1) == "of", let phrase = objectPhrase(from: percent + 2, in: reading)
    {
      reading.evidence[.metric] = percent...phrase.upperBound
      return
    }
    // "Supplier onboarding: from 30 days to 5": what moves is named before the move.
    if reading.impliedChange, var before = reading.changeIndex {
      while before > 0, tokens[before - 1].isPunctuation { before -= 1 }
      guard let phrase = phraseBefore(before, in: reading) else { return }
      reading.evidence[.metric] = phrase
      return
    }
    // "9 in 10 orders": a threshold carries its own measure.
    if reading.thresholdTarget, let target = reading.evidence[.target] {
      let object = objectPhrase(from: target.upperBound + 1, in: reading)
      reading.evidence[.metric] = target.lowerBound...(object?.upperBound ?? target.upperBound)
      return
    }
    let object = reading.evidence[.change].flatMap { objectPhrase(from: $0.upperBound + 1, in: reading) }
    if let object, containsMetricWord(object, in: reading) {
      reading.evidence[.metric] = object
      return
    }
    // A measure named before the change, when the amounts come after it ("Mean time to restore payment
    // services falls from 4 hours to 30 minutes"): the amounts are where it goes, not what it is.
    if let changeIndex = reading.changeIndex, changeIndex > 0,
      let phrase = phraseBefore(changeIndex, in: reading), containsMetricWord(phrase, in: reading),
      let target = reading.evidence[.target], target.lowerBound > changeIndex
    {
      reading.evidence[.metric] = phrase
      return
    }
    // A duration carries its own measure: "in under four hours", "within 2 days".
    if reading.evidence[.change] != nil {
      for element in [OutcomeElement.target, .baseline] {
        // Only an amount itself ("within 2 days", "instead of three days"), never the words a baseline
        // phrase ran over ("rather than waiting on the phone for twenty minutes").
        if let range = reading.evidence[element],
          range.contains(where: { Vocabulary.durationUnits.contains(tokens[$0].lower) }),
          range.allSatisfy({
            tokens[$0].isNumber || Vocabulary.unitWords.contains(tokens[$0].lower)
              || Vocabulary.durationUnits.contains(tokens[$0].lower)
              || Vocabulary.amountOpeners.contains(tokens[$0].lower)
              || Vocabulary.boundWords.contains(tokens[$0].lower)
              || Vocabulary.directions.contains(tokens[$0].lower)
              || Vocabulary.articles.contains(tokens[$0].lower)
          })
        {
          reading.evidence[.metric] = range
          return
        }
      }
    }
    // A move from one number to another is a measure, whatever it is called: named after the change, or
    // before it ("weekly active learners grow from 2,500 to 10,000").
    if reading.evidence[.baseline] != nil, reading.evidence[.target] != nil {
      if let object {
        reading.evidence[.metric] = object
        return
      }
      if let changeIndex = reading.changeIndex, let phrase = phraseBefore(changeIndex, in: reading) {
        reading.evidence[.metric] = phrase
        return
      }
    }
    // "2,500 households switch to a time-of-use tariff": a count of people doing something is the measure.
    if let target = reading.evidence[.target], Vocabulary.actors.contains(tokens[target.upperBound].lower) {
      reading.evidence[.metric] = target
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
    // A possessive's apostrophe ("the works' pumping stations") does not end the phrase.
    while first > 0,
      !reading.tokens[first - 1].isPunctuation
        || Vocabulary.apostrophes.contains(reading.tokens[first - 1].lower)
    {
      first -= 1
    }
    return first < index ? first...(index - 1) : nil
  }
}

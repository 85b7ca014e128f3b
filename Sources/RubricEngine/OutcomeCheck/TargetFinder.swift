/// Finds where the measure should get to: "to 35%", "by 15%", "under four hours", "a 30% reduction",
/// "halve", "reach 1 million users". The first form found, in the statement's order, is the target.
enum TargetFinder: FinderPhase {
  typealias Vocabulary = OutcomeVocabulary

  static func find(in reading: inout StatementReading) {
    let tokens = reading.tokens
    // A move "from X to Y" has its target in "to Y", whatever bound stands earlier in the measure's name
    // ("passengers waiting over 10 minutes falls from 12% to 5%").
    if let baseline = reading.evidence[.baseline],
      tokens[baseline.lowerBound].lower == "from"
        || reading.lower(baseline.lowerBound + 1) == "from",
      let to = ((baseline.upperBound + 1)..<min(tokens.count, baseline.upperBound + 3)).first(where: {
        tokens[$0].lower == "to" && !reading.claimed.contains($0)
      })
    {
      var numberIndex = to + 1
      if let bound = Vocabulary.bounds.first(where: { reading.matches($0, at: numberIndex) }) {
        numberIndex += bound.count
      }
      if Vocabulary.approximators.contains(reading.lower(numberIndex) ?? "") { numberIndex += 1 }
      if reading.isQuantity(numberIndex) {
        reading.claim(.target, to...reading.extendOverUnit(from: numberIndex))
        return
      }
    }
    for index in tokens.indices where !reading.claimed.contains(index) {
      let token = tokens[index]
      // "to 35%", "to below 5%", "to 40 a month"
      if token.lower == "to" {
        var numberIndex = index + 1
        if let bound = Vocabulary.bounds.first(where: { reading.matches($0, at: numberIndex) }) {
          numberIndex += bound.count
        }
        if Vocabulary.approximators.contains(reading.lower(numberIndex) ?? "") { numberIndex += 1 }
        if reading.isQuantity(numberIndex),
          reading.evidence[.baseline] != nil || hasChangeWord(before: index, in: reading)
        {
          reading.claim(.target, index...reading.extendOverUnit(from: numberIndex))
          return
        }
      }
      // "by 15%", "by £3m", "by 4 points"
      if token.lower == "by", reading.isQuantity(index + 1) {
        let number = tokens[index + 1]
        let unitEnd = reading.extendOverUnit(from: index + 1)
        if number.isPercent || number.isCurrency || number.unit != nil || unitEnd > index + 1 {
          reading.claim(.target, index...unitEnd)
          return
        }
      }
      // "under four hours", "no more than 4 hours", "at least 95%", "in under a minute"
      if let bound = Vocabulary.bounds.first(where: { reading.matches($0, at: index) }) {
        let after = index + bound.count
        if reading.isQuantity(after) {
          reading.claim(.target, index...reading.extendOverUnit(from: after))
          return
        }
        if Vocabulary.articles.contains(reading.lower(after) ?? ""),
          Vocabulary.durationUnits.contains(reading.lower(after + 1) ?? "")
        {
          reading.claim(.target, index...(after + 1))
          return
        }
      }
      // "in two minutes": how long something takes, as opposed to when it is due
      if token.lower == "in", reading.isQuantity(index + 1),
        Vocabulary.durationUnits.contains(reading.lower(index + 2) ?? "")
      {
        reading.claim(.target, index...(index + 2))
        return
      }
      // "2,500 households switch", "10,000 customers use": how many people do something
      if reading.isQuantity(index), let actor = reading.lower(index + 1), Vocabulary.actors.contains(actor),
        let verb = reading.lower(index + 2),
        Vocabulary.behaviourVerbs.contains(verb) || Vocabulary.changeVerbs.contains(verb)
      {
        reading.claim(.target, index...(index + 1))
        return
      }
      // "9 in 10 orders", "8 out of 10 applications": a threshold
      if reading.isQuantity(index),
        let joiner = Vocabulary.thresholdJoiners.first(where: { reading.matches($0, at: index + 1) }),
        reading.isQuantity(index + 1 + joiner.count)
      {
        reading.claim(.target, index...(index + joiner.count + 1))
        reading.thresholdTarget = true
        return
      }
      // "95% of claims", "20% less time", "a 30% reduction", "10 days sooner"
      if reading.isQuantity(index) {
        let unitEnd = reading.extendOverUnit(from: index)
        let hasUnit = token.isPercent || token.isCurrency || unitEnd > index
        if hasUnit, let next = reading.lower(unitEnd + 1),
          next == "of" && unitEnd == index || Vocabulary.comparatives.contains(next)
            || Vocabulary.changeNouns.contains(next)
        {
          reading.claim(.target, index...(Vocabulary.comparatives.contains(next) ? unitEnd + 1 : unitEnd))
          return
        }
      }
      // "halve", "double"
      if Vocabulary.multipliers.contains(token.lower) {
        reading.claim(.target, index...index)
        return
      }
      // "Achieve a Net Promoter Score of 50", "reach 1 million users"
      if Vocabulary.targetVerbs.contains(token.lower),
        let numberIndex = tokens.indices.dropFirst(index + 1).first(where: {
          reading.isQuantity($0) && !reading.claimed.contains($0)
        })
      {
        let start = reading.lower(numberIndex - 1) == "of" ? numberIndex - 1 : numberIndex
        reading.claim(.target, start...reading.extendOverUnit(from: numberIndex))
        return
      }
    }
  }

  /// Whether a word before `end` states a change, so that "to 35%" reads as where it goes.
  static func hasChangeWord(before end: Int, in reading: StatementReading) -> Bool {
    reading.tokens[..<end].contains {
      Vocabulary.changeVerbs.contains($0.lower) || Vocabulary.changeNouns.contains($0.lower)
        || Vocabulary.behaviourVerbs.contains($0.lower)
    }
  }
}

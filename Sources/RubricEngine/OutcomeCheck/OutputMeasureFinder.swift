/// Finds a measure that counts what the team produces or does: story points, velocity, test coverage,
/// tickets or defects closed, features or releases shipped, the number of services, staff trained, documents
/// delivered. Doing the work guarantees such a number (seed 001: "If you can guarantee the outcome just by
/// doing the work, it's not an outcome"; seed 003 warns against "number of tickets closed"). The bet of a
/// hypothesis is the work itself and is not read.
enum OutputMeasureFinder: FinderPhase {
  typealias Vocabulary = OutcomeVocabulary

  static func find(in reading: inout StatementReading) {
    let tokens = reading.tokens
    for index in tokens.indices where reading.bet?.contains(index) != true && !isGuardrail(index, reading) {
      if let phrase = Vocabulary.outputMeasurePhrases.first(where: { reading.matches($0, at: index) }) {
        reading.evidence[.outputMeasure] = index...(index + phrase.count - 1)
        return
      }
      let word = tokens[index].lower
      if Vocabulary.countedOutputNouns.contains(word), isCounted(index, reading), !isDemand(index, reading),
        !isQuality(index, reading)
      {
        reading.evidence[.outputMeasure] = countStart(index, reading)...index
        return
      }
      if Vocabulary.workItemNouns.contains(word), !isDemand(index, reading),
        let range = completed(index, reading)
      {
        reading.evidence[.outputMeasure] = range
        return
      }
      // "40 paralegals trained": whoever they are, a count of people trained is the work's.
      if Vocabulary.trainingWords.contains(word), index >= 2, reading.isQuantity(index - 2) {
        reading.evidence[.outputMeasure] = (index - 2)...index
        return
      }
      if Vocabulary.trainedPeople.contains(word), let range = trained(index, reading) {
        reading.evidence[.outputMeasure] = range
        return
      }
    }
  }

  static func isGuardrail(_ index: Int, _ reading: StatementReading) -> Bool {
    reading.evidence[.guardrail]?.contains(index) == true
      || reading.evidence[.falsifier]?.contains(index) == true
  }

  /// Whether the thing at `index` is counted: a number shortly before it, "the number of" before it, a rate
  /// after it ("releases per quarter"), or a completion after it ("services in production").
  static func isCounted(_ index: Int, _ reading: StatementReading) -> Bool {
    let tokens = reading.tokens
    let before = max(0, index - Vocabulary.countReach)..<index
    if before.contains(where: {
      tokens[$0].isNumber && !tokens[$0].isYear && !isClauseEnd(between: $0, index, reading)
    }) {
      return true
    }
    if numberOf(before: index, reading) != nil { return true }
    if let next = reading.lower(index + 1), next == "per" || Vocabulary.completionWords.contains(next) {
      return true
    }
    if Vocabulary.countedStates.contains(where: { reading.matches($0, at: index + 1) }) { return true }
    return false
  }

  static func countStart(_ index: Int, _ reading: StatementReading) -> Int {
    let before = max(0, index - Vocabulary.countReach)..<index
    if let number = before.first(where: { reading.tokens[$0].isNumber }) { return number }
    return numberOf(before: index, reading) ?? index
  }

  /// Where "the number of" stands shortly before `index` ("the number of automated regression tests").
  static func numberOf(before index: Int, _ reading: StatementReading) -> Int? {
    (max(0, index - Vocabulary.countReach - 2)..<index).first {
      reading.matches(Vocabulary.countOpener, at: $0)
    }
  }

  static func isClauseEnd(between start: Int, _ end: Int, _ reading: StatementReading) -> Bool {
    (start..<end).contains { reading.tokens[$0].isPunctuation && reading.tokens[$0].lower != "%" }
  }

  /// Whether the work item is what customers raise ("support tickets", "customer-reported defects").
  static func isDemand(_ index: Int, _ reading: StatementReading) -> Bool {
    let near = max(0, index - 2)...min(reading.tokens.count - 1, index + 2)
    return near.contains {
      Vocabulary.demandModifiers.contains(reading.tokens[$0].lower)
        || Vocabulary.actors.contains(reading.tokens[$0].lower)
    }
  }

  /// The range of a work item whose completion is counted: "close 200 defects", "95% of Jira tickets
  /// resolved", "tickets closed per week".
  static func completed(_ index: Int, _ reading: StatementReading) -> ClosedRange<Int>? {
    let tokens = reading.tokens
    if let next = reading.lower(index + 1), Vocabulary.completionWords.contains(next) {
      return index...(index + 1)
    }
    let before = max(0, index - Vocabulary.countReach - 2)..<index
    if let verb = before.first(where: { Vocabulary.completionWords.contains(tokens[$0].lower) }),
      (verb..<index).contains(where: { tokens[$0].isNumber || tokens[$0].lower == "all" })
    {
      return verb...index
    }
    return nil
  }

  /// The range of people counted as trained: "2,500 staff trained", "train 500 agents".
  static func trained(_ index: Int, _ reading: StatementReading) -> ClosedRange<Int>? {
    if let next = reading.lower(index + 1), Vocabulary.trainingWords.contains(next),
      isCounted(index, reading)
        || (max(0, index - 3)..<index).contains(where: { reading.tokens[$0].lower == "of" })
    {
      return countStart(index, reading)...(index + 1)
    }
    return nil
  }

  /// Whether the produced thing is counted for its quality, not its volume ("failed deployments", "releases
  /// rolled back"): how often the work goes wrong is not guaranteed by doing it.
  static func isQuality(_ index: Int, _ reading: StatementReading) -> Bool {
    let near = max(0, index - 2)...min(reading.tokens.count - 1, index + 2)
    return near.contains { Vocabulary.qualityModifiers.contains(reading.tokens[$0].lower) }
  }
}

/// Finds every timeframe phrase ("by March", "within 12 months", "next quarter") and claims its words,
/// so that no later phase reads a date as a target or a measure.
enum TimeframeFinder: FinderPhase {
  typealias Vocabulary = OutcomeVocabulary

  static func find(in reading: inout StatementReading) {
    var index = 0
    while index < reading.tokens.count {
      if let end = end(at: index, in: reading) {
        reading.claim(.timeframe, index...end)
        index = end + 1
      } else {
        index += 1
      }
    }
  }

  /// The end of a timeframe phrase starting at `index`, if one starts there.
  static func end(at index: Int, in reading: StatementReading) -> Int? {
    let tokens = reading.tokens
    let word = tokens[index].lower
    // "this year", "next quarter", "year end"
    if Vocabulary.relativePeriodOpeners.contains(word), let after = reading.lower(index + 1),
      Vocabulary.periodUnits.contains(after) || Vocabulary.seasons.contains(after)
    {
      return index + 1
    }
    if Vocabulary.dateOpeners.contains(word) {
      var end = index + 1
      var last: Int?
      while end < tokens.count {
        let token = tokens[end]
        if token.isYear || Vocabulary.timeWords.contains(token.lower)
          || Vocabulary.dateAnchors.contains(token.lower) || isFiscalYear(token.lower)
          || isDayOfMonth(end, in: reading)
        {
          last = end
        } else if !Vocabulary.dateConnectors.contains(token.lower) {
          break
        }
        end += 1
      }
      if let last { return last }
      // "in the next two quarters", "in 12 months"
      if Vocabulary.periodOpeners.contains(word) { return period(after: index + 1, in: reading) }
      return nil
    }
    if Vocabulary.durationOpeners.contains(word), let periodEnd = period(after: index + 1, in: reading) {
      return periodEnd
    }
    return nil
  }

  /// Whether the word names a financial year such as "fy27" or "fy2027".
  static func isFiscalYear(_ word: String) -> Bool {
    word.hasPrefix("fy") && word.count <= 6 && word.dropFirst(2).allSatisfy(\.isNumber)
  }

  /// The end of "[the next] N months" or "a year" starting at `start`.
  static func period(after start: Int, in reading: StatementReading) -> Int? {
    let tokens = reading.tokens
    var index = start
    if let leadIn = Vocabulary.periodLeadIns.first(where: { reading.matches($0, at: index) }) {
      index += leadIn.count
    }
    if reading.lower(index) == "next" { index += 1 }
    guard index < tokens.count else { return nil }
    if Vocabulary.singlePeriodWords.contains(tokens[index].lower), let unit = reading.lower(index + 1),
      Vocabulary.periodUnits.contains(unit)
    {
      return index + 1
    }
    if tokens[index].isNumber, !tokens[index].isYear, let unit = reading.lower(index + 1),
      Vocabulary.periodUnits.contains(unit)
    {
      return index + 1
    }
    if index > start, let unit = reading.lower(index), Vocabulary.periodUnits.contains(unit) { return index }
    return nil
  }

  /// Whether the number at `index` is a day of a month written beside it ("31 March", "March 31").
  static func isDayOfMonth(_ index: Int, in reading: StatementReading) -> Bool {
    let token = reading.tokens[index]
    guard token.isNumber, token.unit == nil, let day = Int(token.lower), (1...31).contains(day) else {
      return false
    }
    return [index - 1, index + 1].contains { reading.lower($0).map(Vocabulary.months.contains) ?? false }
  }
}

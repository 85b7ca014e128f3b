/// Finds a top-line business total given a number but no defined measure: "increase revenue by $500M",
/// "cut costs by 15%", "deliver £20m of savings". Seed 002's trap 2 asks of such a goal: order revenue or
/// fulfilled sales, incremental, which channel, which customers? A total is defined when a word says which
/// part is counted ("infrastructure cost", "subscription revenue", "cost per claim", "revenue from
/// self-serve customers") or when a baseline says from where it moves. Also marks business-level measures,
/// where no individual actor changes.
enum AggregateFinder: FinderPhase {
  typealias Vocabulary = OutcomeVocabulary

  static func find(in reading: inout StatementReading) {
    let tokens = reading.tokens
    if let metric = reading.evidence[.metric],
      metric.contains(where: { Vocabulary.businessMeasureWords.contains(tokens[$0].lower) })
    {
      reading.businessLevel = true
    }
    guard let (start, end) = total(in: reading) else { return }
    reading.businessLevel = true
    let hasAmount = tokens.indices.contains {
      reading.isQuantity($0) && reading.evidence[.timeframe]?.contains($0) != true
        && reading.evidence[.falsifier]?.contains($0) != true
    }
    guard hasAmount, reading.evidence[.baseline] == nil, !isQualified(start, end, reading) else { return }
    reading.evidence[.undefinedMeasure] = start...end
  }

  /// The first total the statement names, outside its guardrail, falsifier and bet.
  static func total(in reading: StatementReading) -> (Int, Int)? {
    for index in reading.tokens.indices {
      guard reading.evidence[.guardrail]?.contains(index) != true,
        reading.evidence[.falsifier]?.contains(index) != true, reading.bet?.contains(index) != true
      else { continue }
      if let phrase = Vocabulary.aggregatePhrases.first(where: { reading.matches($0, at: index) }) {
        return (index, index + phrase.count - 1)
      }
      // "sales staff", "the revenue team", "cost centre": the total names a thing, not an amount.
      if Vocabulary.aggregateNouns.contains(reading.tokens[index].lower),
        !(reading.lower(index + 1).map {
          Vocabulary.compoundHeads.contains($0) || Vocabulary.actors.contains($0)
        }
          ?? false)
      {
        return (index, index)
      }
    }
    return nil
  }

  /// Whether a word before the total, back to the verb, or a qualifying phrase after it, says which part of
  /// it is counted.
  static func isQualified(_ start: Int, _ end: Int, _ reading: StatementReading) -> Bool {
    let tokens = reading.tokens
    var index = start - 1
    while index >= 0, !tokens[index].isPunctuation, !tokens[index].isNumber, !isVerb(tokens[index].lower) {
      let word = tokens[index].lower
      if !Vocabulary.genericQualifiers.contains(word), !Vocabulary.unitWords.contains(word) { return true }
      index -= 1
    }
    // "revenue from self-serve customers", "cost per claim", "spend on cloud hosting"
    if let follower = reading.lower(end + 1), Vocabulary.qualifyingFollowers.contains(follower),
      end + 2 < tokens.count, !tokens[end + 2].isNumber, !tokens[end + 2].isPunctuation,
      !Vocabulary.genericQualifiers.contains(tokens[end + 2].lower) || follower == "per"
    {
      return true
    }
    return false
  }

  static func isVerb(_ word: String) -> Bool {
    Vocabulary.changeVerbs.contains(word) || Vocabulary.targetVerbs.contains(word)
      || Vocabulary.outputVerbs.contains(word) || Vocabulary.behaviourVerbs.contains(word)
      || Vocabulary.totalVerbs.contains(word)
  }
}

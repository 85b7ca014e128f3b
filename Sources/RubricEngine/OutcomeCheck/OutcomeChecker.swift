import Foundation

/// Reads an outcome statement and says whether it is an output in disguise, too vague to measure, or a
/// measurable change, which parts it has and lacks, and how to rewrite it.
///
/// Deterministic rules over words and numbers, so that every verdict can be explained by quoting the
/// words that decided it: a statement is `measurable` when it names a change in a measure with a
/// target; otherwise `output` when it leads with a deliverable, and `vague` when it does not.
public struct OutcomeChecker: Sendable {
  /// Creates a checker.
  public init() {}

  /// The assessment of one statement.
  public func check(_ statement: String) -> OutcomeAssessment {
    let text = statement.trimmingCharacters(in: .whitespacesAndNewlines)
    var reading = StatementReading(text: text)
    reading.read()
    return reading.assessment()
  }
}

// MARK: - Reading one statement

/// The working state of one check: the tokens, which of them each element has claimed, and the evidence.
private struct StatementReading {
  typealias Vocabulary = OutcomeVocabulary

  let text: String
  let tokens: [StatementToken]
  /// Token indices already used as evidence for timeframe, guardrail, baseline or target.
  var claimed: Set<Int> = []
  /// The token ranges that show each element.
  var evidence: [OutcomeElement: ClosedRange<Int>] = [:]
  var changeIndex: Int?
  var leadingOutputVerb: Int?
  var deliverableWord: Int?
  var judgementWords: [Int] = []

  init(text: String) {
    self.text = text
    tokens = StatementToken.tokens(of: text)
  }

  func words(_ range: ClosedRange<Int>) -> String {
    String(text[tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound].range.upperBound])
  }

  func lower(_ index: Int) -> String? { index >= 0 && index < tokens.count ? tokens[index].lower : nil }

  func matches(_ sequence: [String], at index: Int) -> Bool {
    guard index + sequence.count <= tokens.count else { return false }
    return sequence.enumerated().allSatisfy { tokens[index + $0.offset].lower == $0.element }
  }

  /// Whether the token at `index` is a number that is not a calendar year.
  func isQuantity(_ index: Int) -> Bool {
    index < tokens.count && tokens[index].isNumber && !tokens[index].isYear
  }

  mutating func claim(_ element: OutcomeElement, _ range: ClosedRange<Int>) {
    if evidence[element] == nil { evidence[element] = range }
    claimed.formUnion(range)
  }

  /// Extends a range over the unit words after a quantity ("5 days", "120 a month", "4 percentage points").
  func extendOverUnit(from index: Int) -> Int {
    var end = index
    var next = index + 1
    let unitWords: Set<String> = [
      "percent", "per", "cent", "percentage", "points", "point", "pp", "a", "an", "month", "year", "week",
      "day",
      "hour", "minute", "minutes", "hours", "days", "weeks", "months", "years", "seconds", "pounds",
      "dollars",
      "euros", "million", "thousand", "m", "k", "times",
    ]
    while next < tokens.count, unitWords.contains(tokens[next].lower), !claimed.contains(next) {
      // "a" only joins "a month" / "a year", never "a" before other words.
      if tokens[next].lower == "a" || tokens[next].lower == "an" || tokens[next].lower == "per" {
        guard let after = lower(next + 1), ["month", "year", "week", "day", "hour"].contains(after) else {
          break
        }
      }
      end = next
      next += 1
    }
    return end
  }

  // MARK: Elements

  mutating func read() {
    guard !tokens.isEmpty else { return }
    findLeadingOutputVerb()
    findTimeframes()
    findGuardrail()
    findBaseline()
    findTarget()
    findChange()
    findMetric()
    findWho()
    deliverableWord = tokens.indices.first { Vocabulary.deliverableWords.contains(tokens[$0].lower) }
    judgementWords = tokens.indices.filter { Vocabulary.judgementWords.contains(tokens[$0].lower) }
  }

  mutating func findLeadingOutputVerb() {
    var index = 0
    var skipped = true
    while skipped {
      skipped = false
      for leadIn in Vocabulary.leadIns where matches(leadIn, at: index) {
        index += leadIn.count
        skipped = true
        break
      }
    }
    guard index < tokens.count, Vocabulary.outputVerbs.contains(tokens[index].lower) else { return }
    // Phrasal verbs lead a deliverable only with their particle: "put in place", "set up", "stand up".
    if let particle = Vocabulary.phrasalParticles[tokens[index].lower] {
      let window = tokens[(index + 1)..<min(tokens.count, index + 8)].map(\.lower)
      guard window.contains(particle) else { return }
    }
    leadingOutputVerb = index
  }

  mutating func findTimeframes() {
    var index = 0
    while index < tokens.count {
      if let end = timeframe(at: index) {
        claim(.timeframe, index...end)
        index = end + 1
      } else {
        index += 1
      }
    }
  }

  /// The end of a timeframe phrase starting at `index`, if one starts there.
  func timeframe(at index: Int) -> Int? {
    let word = tokens[index].lower
    // "this year", "next quarter", "year end"
    if ["this", "next"].contains(word), let after = lower(index + 1),
      Vocabulary.periodUnits.contains(after) || ["summer", "winter", "spring", "autumn"].contains(after)
    {
      return index + 1
    }
    if ["by", "before", "until", "in", "during"].contains(word) {
      let connectors: Set<String> = ["the", "of", "financial", "fiscal", "calendar", "this", "next"]
      let anchors: Set<String> = ["year", "quarter", "month", "season", "year-end"]
      var end = index + 1
      var last: Int?
      while end < tokens.count {
        let token = tokens[end]
        if token.isYear || Vocabulary.timeWords.contains(token.lower) || anchors.contains(token.lower)
          || (token.lower.hasPrefix("fy") && token.lower.count <= 6
            && token.lower.dropFirst(2).allSatisfy(\.isNumber))
        {
          last = end
        } else if !connectors.contains(token.lower) {
          break
        }
        end += 1
      }
      if let last { return last }
      // "in the next two quarters", "in 12 months"
      if word == "in" || word == "during" { return period(after: index + 1) }
      return nil
    }
    if ["within", "over"].contains(word), let periodEnd = period(after: index + 1) {
      return periodEnd
    }
    return nil
  }

  /// The end of "[the next] N months" or "a year" starting at `index`.
  func period(after start: Int) -> Int? {
    var index = start
    if matches(["the", "next"], at: index) || matches(["the", "coming"], at: index) { index += 2 }
    if matches(["next"], at: index) { index += 1 }
    guard index < tokens.count else { return nil }
    if ["a", "an", "one"].contains(tokens[index].lower), let unit = lower(index + 1),
      Vocabulary.periodUnits.contains(unit)
    {
      return index + 1
    }
    if tokens[index].isNumber, !tokens[index].isYear, let unit = lower(index + 1),
      Vocabulary.periodUnits.contains(unit)
    {
      return index + 1
    }
    if index > start, let unit = lower(index), Vocabulary.periodUnits.contains(unit) { return index }
    return nil
  }

  mutating func findGuardrail() {
    for index in tokens.indices where !claimed.contains(index) {
      guard let opener = Vocabulary.guardrailOpeners.first(where: { matches($0, at: index) }) else {
        continue
      }
      var end = index + opener.count - 1
      while end + 1 < tokens.count, !tokens[end + 1].isPunctuation || tokens[end + 1].lower == "%",
        timeframe(at: end + 1) == nil || end + 1 == index
      {
        end += 1
      }
      guard end >= index + opener.count else { continue }
      claim(.guardrail, index...end)
      return
    }
  }

  mutating func findBaseline() {
    for index in tokens.indices where !claimed.contains(index) {
      var start: Int?
      if ["from", "currently", "today", "baseline"].contains(tokens[index].lower) {
        start = index
      } else if matches(["instead", "of"], at: index) || matches(["compared", "with"], at: index)
        || matches(["compared", "to"], at: index)
      {
        start = index
      }
      guard let start else { continue }
      var numberIndex = start + 1
      if matches(["instead", "of"], at: start) || matches(["compared", "with"], at: start)
        || matches(["compared", "to"], at: start)
      {
        numberIndex = start + 2
      }
      if lower(numberIndex) == "a" || lower(numberIndex) == "an" { numberIndex += 1 }
      guard isQuantity(numberIndex) else { continue }
      let phraseStart = (["down", "up"].contains(lower(start - 1) ?? "") ? start - 1 : start)
      claim(.baseline, phraseStart...extendOverUnit(from: numberIndex))
      return
    }
  }

  mutating func findTarget() {
    for index in tokens.indices where !claimed.contains(index) {
      let token = tokens[index]
      // "to 35%", "to below 5%", "to 40 a month"
      if token.lower == "to" {
        var numberIndex = index + 1
        if let bound = Vocabulary.bounds.first(where: { matches($0, at: numberIndex) }) {
          numberIndex += bound.count
        }
        if isQuantity(numberIndex), evidence[.baseline] != nil || hasChangeWord(before: index) {
          claim(.target, index...extendOverUnit(from: numberIndex))
          return
        }
      }
      // "by 15%", "by £3m", "by 4 points"
      if token.lower == "by", isQuantity(index + 1) {
        let number = tokens[index + 1]
        let unitEnd = extendOverUnit(from: index + 1)
        if number.isPercent || number.isCurrency || number.unit != nil || unitEnd > index + 1 {
          claim(.target, index...unitEnd)
          return
        }
      }
      // "under four hours", "no more than 4 hours", "at least 95%"
      if let bound = Vocabulary.bounds.first(where: { matches($0, at: index) }),
        isQuantity(index + bound.count)
      {
        claim(.target, index...extendOverUnit(from: index + bound.count))
        return
      }
      // "95% of claims", "20% less time", "a 30% reduction", "10 days sooner"
      if isQuantity(index) {
        let unitEnd = extendOverUnit(from: index)
        let hasUnit = token.isPercent || token.isCurrency || unitEnd > index
        if hasUnit, let next = lower(unitEnd + 1),
          next == "of" && unitEnd == index || Vocabulary.comparatives.contains(next)
            || Vocabulary.changeNouns.contains(next)
        {
          claim(.target, index...(Vocabulary.comparatives.contains(next) ? unitEnd + 1 : unitEnd))
          return
        }
      }
      // "halve", "double"
      if Vocabulary.multipliers.contains(token.lower) {
        claim(.target, index...index)
        return
      }
      // "Achieve a Net Promoter Score of 50", "reach 1 million users"
      if Vocabulary.targetVerbs.contains(token.lower),
        let numberIndex = tokens.indices.dropFirst(index + 1).first(where: {
          isQuantity($0) && !claimed.contains($0)
        })
      {
        let start = lower(numberIndex - 1) == "of" ? numberIndex - 1 : numberIndex
        claim(.target, start...extendOverUnit(from: numberIndex))
        return
      }
    }
  }

  func hasChangeWord(before end: Int) -> Bool {
    tokens[..<end].contains {
      Vocabulary.changeVerbs.contains($0.lower) || Vocabulary.changeNouns.contains($0.lower)
        || Vocabulary.behaviourVerbs.contains($0.lower)
    }
  }

  mutating func findChange() {
    // Words that state a change come first; what people do counts only when nothing stronger is said.
    for index in tokens.indices {
      if let end = strongChange(at: index) {
        changeIndex = index
        evidence[.change] = index...end
        return
      }
    }
    guard evidence[.target] != nil else { return }
    if let index = tokens.indices.first(where: {
      !claimedOutside([.target, .baseline], $0)
        && (Vocabulary.behaviourVerbs.contains(tokens[$0].lower)
          || Vocabulary.targetVerbs.contains(tokens[$0].lower))
    }) {
      changeIndex = index
      evidence[.change] = index...index
    }
  }

  /// The end of a word or phrase stating a change at `index`: a change verb or noun, a multiplier, a comparative,
  /// "down from", "can now".
  func strongChange(at index: Int) -> Int? {
    guard !claimedOutside([.target, .baseline], index) else { return nil }
    let word = tokens[index].lower
    if Vocabulary.changeVerbs.contains(word) || Vocabulary.multipliers.contains(word)
      || (Vocabulary.changeNouns.contains(word) && index > 0)
    {
      return index
    }
    if Vocabulary.comparatives.contains(word),
      lower(index + 1) != "than" || evidence[.target]?.contains(index) == true
    {
      return index
    }
    if ["down", "up"].contains(word), lower(index + 1) == "from" { return index + 1 }
    if matches(["can", "now"], at: index) || matches(["able", "to"], at: index) { return index + 1 }
    return nil
  }

  /// Whether the token was claimed by an element other than those listed.
  func claimedOutside(_ allowed: [OutcomeElement], _ index: Int) -> Bool {
    guard claimed.contains(index) else { return false }
    return !allowed.contains { evidence[$0]?.contains(index) == true }
  }

  mutating func findMetric() {
    if let measuredBy = tokens.indices.first(where: { matches(["measured", "by"], at: $0) }),
      let phrase = objectPhrase(from: measuredBy + 2)
    {
      evidence[.metric] = phrase
      return
    }
    if let target = evidence[.target], tokens[target.lowerBound].isPercent,
      lower(target.lowerBound + 1) == "of",
      let phrase = objectPhrase(from: target.lowerBound + 2)
    {
      evidence[.metric] = target.lowerBound...phrase.upperBound
      return
    }
    let object = evidence[.change].flatMap { objectPhrase(from: $0.upperBound + 1) }
    if let object, containsMetricWord(object) {
      evidence[.metric] = object
      return
    }
    // A duration carries its own measure: "in under four hours", "within 2 days".
    if evidence[.change] != nil {
      for element in [OutcomeElement.target, .baseline] {
        if let range = evidence[element],
          range.contains(where: { Vocabulary.durationUnits.contains(tokens[$0].lower) })
        {
          evidence[.metric] = range
          return
        }
      }
    }
    // A move from one number to another is a measure, whatever it is called.
    if let object, evidence[.baseline] != nil, evidence[.target] != nil {
      evidence[.metric] = object
      return
    }
    // A measure named before the change ("Patients wait no more than 4 hours").
    if let changeIndex, changeIndex > 0, let phrase = phraseBefore(changeIndex), containsMetricWord(phrase) {
      evidence[.metric] = phrase
      return
    }
    if evidence[.target] != nil || evidence[.baseline] != nil, let changeIndex,
      let index = tokens.indices.first(where: {
        $0 > changeIndex && !claimed.contains($0) && Vocabulary.metricWords.contains(tokens[$0].lower)
      })
    {
      evidence[.metric] = index...index
    }
  }

  func containsMetricWord(_ range: ClosedRange<Int>) -> Bool {
    range.contains { Vocabulary.metricWords.contains(tokens[$0].lower) }
  }

  /// The noun phrase starting at `start`: up to the next claimed token, preposition of amount, or punctuation.
  func objectPhrase(from start: Int) -> ClosedRange<Int>? {
    var first = start
    let skip: Set<String> = ["the", "our", "a", "an", "their", "its", "in", "of", "on", "down", "up", "that"]
    while first < tokens.count, skip.contains(tokens[first].lower), !claimed.contains(first) { first += 1 }
    var end = first
    let stops: Set<String> = [
      "from", "by", "within", "under", "below", "above", "over", "without", "while", "whilst", "so", "and",
      "than",
      "instead", "for", "with", "falling", "rising", "dropping", "growing",
    ]
    while end < tokens.count, !claimed.contains(end), !tokens[end].isPunctuation,
      !stops.contains(tokens[end].lower),
      !Vocabulary.judgementWords.contains(tokens[end].lower),
      !(tokens[end].lower == "to" && isQuantity(end + 1)),
      !(tokens[end].lower == "in" && (isQuantity(end + 1)))
    {
      end += 1
    }
    var last = end - 1
    while last >= first, ["in", "of", "on", "at", "to", "the", "a"].contains(tokens[last].lower) { last -= 1 }
    return last >= first ? first...last : nil
  }

  /// The words before the change word, back to the start of the clause.
  func phraseBefore(_ index: Int) -> ClosedRange<Int>? {
    var first = index - 1
    while first > 0, !tokens[first - 1].isPunctuation { first -= 1 }
    return first < index ? first...(index - 1) : nil
  }

  mutating func findWho() {
    let guardrail = evidence[.guardrail]
    if let index = tokens.indices.first(where: {
      Vocabulary.actors.contains(tokens[$0].lower) && guardrail?.contains($0) != true
        || tokens[$0].lower.hasSuffix("'s")
          && Vocabulary.actors.contains(String(tokens[$0].lower.dropLast(2)))
    }) {
      evidence[.who] = index...index
    }
  }

  // MARK: Verdict

  func assessment() -> OutcomeAssessment {
    let found = OutcomeElement.allCases.compactMap { element in
      evidence[element].map { OutcomeAssessment.Found(element: element, words: words($0)) }
    }
    let missing = OutcomeElement.allCases.filter { evidence[$0] == nil }
    let quoted = { (element: OutcomeElement) in self.evidence[element].map { "\"\(self.words($0))\"" } ?? "" }
    var reasons: [String] = []
    var decidedBy: [String] = []
    let verdict: OutcomeVerdict
    if tokens.isEmpty {
      verdict = .vague
      reasons.append("the statement is empty")
    } else if evidence[.change] != nil, evidence[.metric] != nil, evidence[.target] != nil {
      verdict = .measurable
      reasons.append(
        "a change (\(quoted(.change))) in a measure (\(quoted(.metric))) with a target (\(quoted(.target)))")
      decidedBy = [.change, .metric, .target].compactMap { evidence[$0].map(words) }
      if evidence[.baseline] == nil {
        reasons.append("no baseline: measure today's value so progress can be shown")
      }
      if evidence[.timeframe] == nil { reasons.append("no timeframe: say by when") }
      if evidence[.who] == nil {
        reasons.append("no customer, user or business actor is named: say who changes")
      }
    } else if let verb = leadingOutputVerb ?? (evidence[.change] == nil ? deliverableWord : nil) {
      verdict = .output
      let word = tokens[verb].text
      let phrase =
        leadingOutputVerb == verb ? "\"\(word)\" leads a deliverable" : "\"\(word)\" names a deliverable"
      reasons.append("\(phrase) the team controls, not a change the customer experiences")
      decidedBy.append(word)
      let counts = tokens.indices.filter { isQuantity($0) && !claimed.contains($0) }
      if let count = counts.first {
        reasons.append("\"\(tokens[count].text)\" counts what will be produced, not a change in a measure")
        decidedBy.append(tokens[count].text)
      }
      if evidence[.change] != nil {
        reasons.append(
          "it gives a purpose (\(quoted(.change))) but no measure with a target that would show it was reached"
        )
      }
    } else {
      verdict = .vague
      for index in judgementWords {
        reasons.append("\"\(tokens[index].text)\" judges rather than measures")
        decidedBy.append(tokens[index].text)
      }
      if let change = evidence[.change] {
        decidedBy.append(words(change))
        if evidence[.metric] == nil, let target = evidence[.target] {
          let amount = Self.dropping(["by ", "to "], from: words(target))
          reasons.append(
            "a change (\(quoted(.change))) with a target (\(quoted(.target))) but no measure: \(amount) of what?"
          )
          decidedBy.append(words(target))
        } else if evidence[.metric] == nil {
          reasons.append("\(quoted(.change)) names a change but not the measure that would show it")
        } else {
          reasons.append("\(quoted(.change)) \(quoted(.metric)) has no target: say from what to what")
          decidedBy.append(evidence[.metric].map(words) ?? "")
        }
      } else if judgementWords.isEmpty {
        reasons.append("no change in a measure is stated: say what will be different, by how much")
      }
    }
    let hypothesis = HypothesisParser(text: text).reading()
    let rewrite = verdict == .measurable ? nil : rewriteSkeleton(verdict: verdict)
    return OutcomeAssessment(
      statement: text, verdict: verdict, found: found, missing: missing, reasons: reasons,
      decidedBy: decidedBy.filter { !$0.isEmpty }, hypothesis: hypothesis, rewrite: rewrite)
  }

  /// `text` without the first of `prefixes` it starts with, compared case-insensitively.
  static func dropping(_ prefixes: [String], from text: String) -> String {
    for prefix in prefixes where text.lowercased().hasPrefix(prefix) {
      return String(text.dropFirst(prefix.count))
    }
    return text
  }

  func rewriteSkeleton(verdict: OutcomeVerdict) -> String {
    let own = text.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
    let lowered = own.prefix(1).lowercased() + own.dropFirst()
    let bet = verdict == .output ? lowered : "[the change you will make]"
    let who = evidence[.who].map(words) ?? "[which customers or users]"
    let behaviour =
      verdict == .vague && !own.isEmpty
      ? "[do or experience what differently, to show \"\(own)\"]" : "[do or experience what differently]"
    let metric = evidence[.metric].map(words) ?? "[which measure]"
    let baseline = evidence[.baseline].map {
      Self.dropping(["down from ", "up from ", "from "], from: words($0))
    }
    let target = evidence[.target].map { Self.dropping(["to "], from: words($0)) }
    let timeframe = evidence[.timeframe].map(words) ?? "[by when]"
    return "We believe that if we \(bet), then \(who) will \(behaviour), measured by \(metric) "
      + "from \(baseline ?? "[today's value]") to \(target ?? "[target]") \(timeframe). "
      + "We will know we are wrong if [the result that would make you change course]."
  }
}

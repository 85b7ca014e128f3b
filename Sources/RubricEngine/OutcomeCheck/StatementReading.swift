/// The working state of one check: the statement's tokens, which of them the finder phases have
/// claimed, and the token ranges that show each element.
struct StatementReading {
  typealias Vocabulary = OutcomeVocabulary

  let text: String
  let tokens: [StatementToken]
  /// Token indices already used as evidence for timeframe, guardrail, baseline or target.
  var claimed: Set<Int> = []
  /// The token ranges that show each element.
  var evidence: [OutcomeElement: ClosedRange<Int>] = [:]
  /// The token that states the change, once `ChangeFinder` has found it.
  var changeIndex: Int?
  /// Whether the change is only implied by a move from a baseline to a target ("Supplier onboarding: from
  /// 30 days to 5").
  var impliedChange = false
  /// Whether the target is a threshold ("9 in 10 orders"), which carries its own measure.
  var thresholdTarget = false
  /// The output verb the statement leads with ("Launch the portal"), after any lead-in words.
  var leadingOutputVerb: Int?
  /// The first word naming a deliverable ("go-live", "migration").
  var deliverableWord: Int?
  /// The first word naming parity, compliance, like-for-like work or a new product ("parity", "compliant",
  /// "new" in "the new booking app").
  var strongDeliverable: Int?
  /// Every word that judges rather than measures ("world-class").
  var judgementWords: [Int] = []

  init(text: String) {
    self.init(text: text, tokens: StatementToken.tokens(of: text))
  }

  /// A reading of `tokens`, which stand in `text` (a statement's tokens after its label).
  init(text: String, tokens: [StatementToken]) {
    self.text = text
    self.tokens = tokens
  }

  /// The elements found, with the statement's own words, in the order of `OutcomeElement.allCases`.
  var found: [OutcomeAssessment.Found] {
    OutcomeElement.allCases.compactMap { element in
      evidence[element].map { OutcomeAssessment.Found(element: element, words: words($0)) }
    }
  }

  /// Whether the measure is a business-level one (cloud spend, mean time to recover, cost per claim), where
  /// no individual actor changes, so that "who changes" is not asked of it (seed 002's business level).
  var businessLevel = false
  /// The token range of the hypothesis's bet ("if we X"), which is the work and never its measure.
  var bet: ClosedRange<Int>?

  /// The parts not found, in the order of `OutcomeElement.parts`.
  var missing: [OutcomeElement] {
    OutcomeElement.parts.filter { evidence[$0] == nil && !($0 == .who && businessLevel) }
  }

  /// The statement's own text from the first token of `range` to the last.
  func words(_ range: ClosedRange<Int>) -> String {
    String(text[tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound].range.upperBound])
  }

  /// The words that show `element`, in quotes, or nothing when it was not found.
  func quoted(_ element: OutcomeElement) -> String {
    evidence[element].map { "\"\(words($0))\"" } ?? ""
  }

  /// The lowercased token at `index`, or `nil` outside the statement.
  func lower(_ index: Int) -> String? { index >= 0 && index < tokens.count ? tokens[index].lower : nil }

  /// Whether the tokens from `index` on are exactly the (lowercase) words of `sequence`.
  func matches(_ sequence: [String], at index: Int) -> Bool {
    guard index + sequence.count <= tokens.count else { return false }
    return sequence.enumerated().allSatisfy { tokens[index + $0.offset].lower == $0.element }
  }

  /// Whether the tokens from `index` on are one of `sequences`.
  func matchesAny(_ sequences: [[String]], at index: Int) -> Bool {
    sequences.contains { matches($0, at: index) }
  }

  /// Whether the token at `index` is a number that is not a calendar year, nor part of a name ("PCI DSS
  /// 4.0", "ISO 27001", "phase 2", "sprint 14").
  func isQuantity(_ index: Int) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].isNumber && !tokens[index].isYear && !isName(index)
  }

  /// Whether the number at `index` names something: after a naming word, or after an acronym when no
  /// unit follows and it is neither a share nor a sum.
  func isName(_ index: Int) -> Bool {
    guard index > 0 else { return false }
    let before = tokens[index - 1]
    if Vocabulary.namingWords.contains(before.lower) { return true }
    let acronym =
      before.kind == .word && before.text.count >= 2
      && before.text.allSatisfy { $0.isUppercase || $0.isNumber }
    guard acronym, !tokens[index].isPercent, !tokens[index].isCurrency, tokens[index].unit == nil else {
      return false
    }
    return !(lower(index + 1).map { Vocabulary.unitWords.contains($0) } ?? false)
  }

  /// Whether the token at `index` stands in the statement's first clause, before any ".", ";" or ":".
  func isInFirstClause(_ index: Int) -> Bool {
    !tokens[..<index].contains { Vocabulary.clauseEnds.contains($0.lower) }
  }

  /// Records `range` as the evidence for `element` (the first found stays) and claims its tokens.
  mutating func claim(_ element: OutcomeElement, _ range: ClosedRange<Int>) {
    if evidence[element] == nil { evidence[element] = range }
    claimed.formUnion(range)
  }

  /// Whether the token was claimed by an element other than those listed.
  func claimedOutside(_ allowed: [OutcomeElement], _ index: Int) -> Bool {
    guard claimed.contains(index) else { return false }
    return !allowed.contains { evidence[$0]?.contains(index) == true }
  }

  /// Extends a range over the unit words after a quantity ("5 days", "120 a month", "4 percentage points").
  func extendOverUnit(from index: Int) -> Int {
    var end = index
    var next = index + 1
    while next < tokens.count, Vocabulary.unitWords.contains(tokens[next].lower), !claimed.contains(next) {
      // "a" only joins "a month" / "a year", never "a" before other words.
      if Vocabulary.rateJoiners.contains(tokens[next].lower) {
        guard let after = lower(next + 1), Vocabulary.rateUnits.contains(after) else { break }
      }
      end = next
      next += 1
    }
    return end
  }

  /// `text` without the first of `prefixes` it starts with, compared case-insensitively.
  static func dropping(_ prefixes: [String], from text: String) -> String {
    for prefix in prefixes where text.lowercased().hasPrefix(prefix) {
      return String(text.dropFirst(prefix.count))
    }
    return text
  }
}

/// A label a statement starts with in an OKR sheet, a roadmap or a ticket list ("KR1:", "O2 -",
/// "Objective:", "Key result 2:", "Ticket:"), which is no part of what the statement says.
enum StatementLabel {
  typealias Vocabulary = OutcomeVocabulary

  /// The tokens after the leading label, or all of them when there is none.
  static func bodyTokens(_ tokens: [StatementToken]) -> [StatementToken] {
    guard let end = labelEnd(tokens) else { return tokens }
    return Array(tokens[(end + 1)...])
  }

  /// The index of the label's last token, when the statement starts with a label and says more after it.
  static func labelEnd(_ tokens: [StatementToken]) -> Int? {
    guard let first = tokens.first else { return nil }
    var index = 0
    if Vocabulary.numberedLabelPrefixes.contains(where: { isNumbered(first.lower, prefix: $0) }) {
      index = 1
    } else if let words = Vocabulary.labelWords.first(where: { matches($0, tokens) }) {
      index = words.count
      // "KR 2", "Key result 2", "Objective A"
      if index < tokens.count, tokens[index].isNumber || tokens[index].lower.count == 1,
        index + 1 < tokens.count, Vocabulary.labelMarks.contains(tokens[index + 1].lower)
      {
        index += 1
      }
    } else {
      return nil
    }
    guard index < tokens.count else { return nil }
    if Vocabulary.labelMarks.contains(tokens[index].lower) {
      return index + 1 < tokens.count ? index : nil
    }
    // A numbered label needs no mark after it ("KR1 Grow ..."); a bare word does ("Goal: ...").
    return index == 1 && !Vocabulary.labelWords.contains([first.lower]) ? index - 1 : nil
  }

  static func isNumbered(_ word: String, prefix: String) -> Bool {
    guard word.hasPrefix(prefix), word.count > prefix.count else { return false }
    let rest = word.dropFirst(prefix.count)
    return rest.first?.isNumber == true && rest.allSatisfy { $0.isNumber || $0 == "." }
  }

  static func matches(_ words: [String], _ tokens: [StatementToken]) -> Bool {
    words.count < tokens.count && words.enumerated().allSatisfy { tokens[$0.offset].lower == $0.element }
  }
}

/// A word, number or punctuation mark of a statement, with where it stands in the original text.
struct StatementToken: Equatable, Sendable {
  enum Kind: Equatable, Sendable {
    case word
    /// A quantity: digits (`1,500`, `2.5`, `£42`, `3m`, `20%`) or a number word (`four`).
    case number
    case punctuation
  }

  var kind: Kind
  /// The token as written.
  var text: String
  /// Lowercased, for matching.
  var lower: String
  /// Where the token stands in the statement.
  var range: Range<String.Index>
  /// For a number written with a percent sign, a currency sign or an hour-like suffix, that marker.
  var unit: String?

  var isNumber: Bool { kind == .number }
  var isPunctuation: Bool { kind == .punctuation }
  var isPercent: Bool { unit == "%" }
  var isCurrency: Bool { unit == "currency" }

  /// The statement's tokens, in order.
  static func tokens(of statement: String) -> [StatementToken] {
    var tokens: [StatementToken] = []
    var index = statement.startIndex
    while index < statement.endIndex {
      let character = statement[index]
      if character.isWhitespace {
        index = statement.index(after: index)
        continue
      }
      let signsNumber =
        OutcomeVocabulary.numberSigns.contains(character)
        && statement.index(after: index) < statement.endIndex
        && statement[statement.index(after: index)].isNumber
      if character.isLetter || character.isNumber || OutcomeVocabulary.currencySigns.contains(character)
        || signsNumber
      {
        var end = statement.index(after: index)
        while end < statement.endIndex {
          let next = statement[end]
          if next.isLetter || next.isNumber || OutcomeVocabulary.wordMarks.contains(next) {
            end = statement.index(after: end)
          } else if OutcomeVocabulary.wordJoiners.contains(next),
            statement.index(after: end) < statement.endIndex,
            statement[statement.index(after: end)].isLetter
              || statement[statement.index(after: end)].isNumber,
            next != "," || statement[statement.index(before: end)].isNumber
          {
            // Keeps "small-business", "customer's", "2.5", "1,500" and "S/4HANA" whole; a comma only joins digits.
            end = statement.index(after: end)
          } else {
            break
          }
        }
        tokens.append(token(String(statement[index..<end]), range: index..<end))
        index = end
      } else {
        let end = statement.index(after: index)
        tokens.append(
          StatementToken(
            kind: .punctuation, text: String(character), lower: String(character), range: index..<end))
        index = end
      }
    }
    return tokens
  }

  private static func token(_ text: String, range: Range<String.Index>) -> StatementToken {
    let lower = text.lowercased()
    var body = Substring(lower)
    var unit: String?
    if let first = body.first, OutcomeVocabulary.numberSigns.contains(first) { body = body.dropFirst() }
    if let first = body.first, OutcomeVocabulary.currencySigns.contains(first) {
      unit = "currency"
      body = body.dropFirst()
    }
    if body.hasSuffix("%") {
      unit = "%"
      body = body.dropLast()
    }
    for suffix in OutcomeVocabulary.magnitudeSuffixes
    where unit != "%" && body.hasSuffix(suffix) && body.count > suffix.count {
      let digits = body.dropLast(suffix.count)
      if digits.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) {
        body = digits
        unit = unit ?? suffix
        break
      }
    }
    let isDigits =
      !body.isEmpty && body.first?.isNumber == true
      && body.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
    if isDigits || OutcomeVocabulary.numberWords.contains(lower) {
      return StatementToken(kind: .number, text: text, lower: lower, range: range, unit: unit)
    }
    return StatementToken(kind: .word, text: text, lower: lower, range: range, unit: nil)
  }

  /// Whether the number reads as a calendar year such as 2027.
  var isYear: Bool {
    guard isNumber, unit == nil, lower.count == 4, let value = Int(lower) else { return false }
    return (1990...2100).contains(value)
  }
}

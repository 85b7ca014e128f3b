/// Whether an answer to an owner question names an owner at all: "not clear", "nobody", "probably the
/// COO", "I assume it's Sam" say that no owner is known, however many names they mention, and are reported
/// as such rather than as one more owner.
public enum OwnerAnswerRule {
  /// Words and phrases that say the speaker does not know, or only guesses, who owns the outcome; read
  /// as whole words, lower-cased.
  static let unknowing: [[String]] = [
    ["not", "clear"], ["unclear"], ["nobody"], ["no", "one"], ["no-one"], ["noone"], ["none"], ["unknown"],
    ["don't", "know"], ["dont", "know"], ["do", "not", "know"], ["not", "sure"], ["unsure"], ["no", "idea"],
    ["probably"], ["presumably"], ["maybe"], ["perhaps"], ["possibly"], ["i", "assume"], ["i", "think"],
    ["i", "guess"], ["i", "suppose"], ["assume"], ["tbd"], ["tbc"], ["n/a"], ["not", "defined"],
    ["not", "decided"], ["not", "agreed"], ["not", "named"], ["not", "assigned"], ["no", "owner"],
    ["it", "depends"], ["depends"], ["nobody", "knows"], ["hard", "to", "say"], ["?"],
  ]

  /// Whether `answer` names no owner.
  public static func namesNoOwner(_ answer: String) -> Bool {
    var words: [String] = []
    var word = ""
    for character in answer.lowercased() {
      if character.isLetter || character.isNumber || character == "'" || character == "’" || character == "-"
        || character == "/"
      {
        word.append(character == "’" ? "'" : character)
      } else {
        if !word.isEmpty { words.append(word) }
        word = ""
        if character == "?" { words.append("?") }
      }
    }
    if !word.isEmpty { words.append(word) }
    guard !words.isEmpty else { return true }
    return unknowing.contains { phrase in
      words.indices.contains { start in
        start + phrase.count <= words.count && Array(words[start..<(start + phrase.count)]) == phrase
      }
    }
  }
}

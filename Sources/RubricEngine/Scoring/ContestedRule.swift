/// The contested rule: a question is contested when its highest and lowest scores are at least the method's
/// spread apart.
public enum ContestedRule {
  /// The contested questions, in the order given, with the roles at each end as the default attribution
  /// shows them.
  public static func contested(_ questions: [QuestionScore], method: Method) -> [ContestedQuestion] {
    questions.compactMap { question in
      guard let low = question.scores.map(\.score).min(), let high = question.scores.map(\.score).max(),
        high - low >= method.contestedSpread
      else { return nil }
      let roles = { (value: Int) in
        Array(Set(question.scores.filter { $0.score == value }.compactMap(\.shownRole))).sorted()
      }
      return ContestedQuestion(
        question: question.id, min: low, max: high, minRoles: roles(low), maxRoles: roles(high))
    }
  }
}

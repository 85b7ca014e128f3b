/// The evidence rule: a lens is judged only with enough respondents and enough of its questions answered;
/// otherwise its rating is insufficient evidence, which comes before every other rating.
public enum EvidenceRule {
  /// What the lens lacks, empty when its evidence suffices.
  /// - Parameters:
  ///   - respondents: interviewees with at least one score in the lens.
  ///   - answered: scale answers scored or n/a.
  ///   - asked: scale questions put to the interviewees.
  public static func insufficiency(respondents: Int, answered: Int, asked: Int, method: Method)
    -> [InsufficiencyReason]
  {
    var reasons: [InsufficiencyReason] = []
    if respondents < method.minimumRespondents {
      reasons.append(.tooFewRespondents(count: respondents, needed: method.minimumRespondents))
    }
    if asked == 0 || Double(answered) < method.minimumCoverage * Double(asked) {
      reasons.append(
        .lowCoverage(share: coverage(answered: answered, asked: asked), needed: method.minimumCoverage))
    }
    return reasons
  }

  /// `answered / asked`, 0 when nothing was asked.
  public static func coverage(answered: Int, asked: Int) -> Double {
    asked == 0 ? 0 : Double(answered) / Double(asked)
  }

  /// Whether a lens has the respondents the method needs.
  public static func hasEnoughRespondents(_ lens: LensScore, method: Method) -> Bool {
    lens.respondents >= method.minimumRespondents
  }
}

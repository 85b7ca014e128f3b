/// A method in a rubric file: the `method` object, every parameter a rubric may override (never the scale).
extension Method: Codable {
  enum CodingKeys: String, CodingKey, CaseIterable {
    case minimumRespondents, minimumCoverage, contestedSpread, findingThreshold, bandTolerance,
      readyNeedsShownCritical, decisionNoticeDays, redUnsoundLenses, amberGreenAtRisk
  }

  /// Decodes a method; a parameter left out keeps the standard method's value.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let standard = Method.standard
    self.init(
      minimumRespondents: try container.decodeIfPresent(Int.self, forKey: .minimumRespondents)
        ?? standard.minimumRespondents,
      minimumCoverage: try container.decodeIfPresent(Double.self, forKey: .minimumCoverage)
        ?? standard.minimumCoverage,
      contestedSpread: try container.decodeIfPresent(Int.self, forKey: .contestedSpread)
        ?? standard.contestedSpread,
      findingThreshold: try container.decodeIfPresent(Double.self, forKey: .findingThreshold)
        ?? standard.findingThreshold,
      bandTolerance: try container.decodeIfPresent(Double.self, forKey: .bandTolerance)
        ?? standard.bandTolerance,
      readyNeedsShownCritical: try container.decodeIfPresent(Bool.self, forKey: .readyNeedsShownCritical)
        ?? standard.readyNeedsShownCritical,
      decisionNoticeDays: try container.decodeIfPresent(Int.self, forKey: .decisionNoticeDays)
        ?? standard.decisionNoticeDays,
      redUnsoundLenses: try container.decodeIfPresent(Int.self, forKey: .redUnsoundLenses)
        ?? standard.redUnsoundLenses,
      amberGreenAtRisk: try container.decodeIfPresent(Int.self, forKey: .amberGreenAtRisk)
        ?? standard.amberGreenAtRisk)
  }

  /// Encodes every parameter a rubric may set.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(minimumRespondents, forKey: .minimumRespondents)
    try container.encode(minimumCoverage, forKey: .minimumCoverage)
    try container.encode(contestedSpread, forKey: .contestedSpread)
    try container.encode(findingThreshold, forKey: .findingThreshold)
    try container.encode(bandTolerance, forKey: .bandTolerance)
    try container.encode(readyNeedsShownCritical, forKey: .readyNeedsShownCritical)
    try container.encode(decisionNoticeDays, forKey: .decisionNoticeDays)
    try container.encode(redUnsoundLenses, forKey: .redUnsoundLenses)
    try container.encode(amberGreenAtRisk, forKey: .amberGreenAtRisk)
  }
}

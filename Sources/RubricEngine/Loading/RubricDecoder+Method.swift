/// The rubric's optional `method` object: overrides of the standard method's parameters, each checked so
/// that the method stays one a review can be scored by.
extension RubricDecoder {
  /// The method, the standard one where the rubric says nothing; `nil` after reporting a problem.
  static func readMethod(_ object: JSONObject, reader: inout JSONReader) -> Method? {
    guard let value = reader.member(object, "method", required: false) else { return .standard }
    let path = object.path.appending("method")
    let keys = Method.CodingKeys.allCases.map(\.rawValue)
    guard let methodObject = reader.object(value, at: path, allowedKeys: keys) else { return nil }
    let problems = reader.problems.count
    var method = Method.standard
    let scale = method.scale
    let lowest = Double(scale.lowerBound)
    let highest = Double(scale.upperBound)
    func check(_ condition: Bool, _ key: String, _ message: String) {
      guard !condition else { return }
      let near = methodObject.members.first { $0.key == key }?.value
      reader.report(message, at: path.appending(key), near: near)
    }
    if let respondents = reader.integer(methodObject, "minimumRespondents", required: false) {
      check(respondents >= 1, "minimumRespondents", "a lens needs at least 1 respondent; give 1 or more")
      method.minimumRespondents = respondents
    }
    if let coverage = reader.number(methodObject, "minimumCoverage", default: method.minimumCoverage) {
      check(
        coverage > 0 && coverage <= 1, "minimumCoverage",
        "\(formatNumber(coverage)) is not a share; give a number above 0 and at most 1 (0.5 is half)")
      method.minimumCoverage = coverage
    }
    if let spread = reader.integer(methodObject, "contestedSpread", required: false) {
      check(
        spread >= 1 && spread <= scale.upperBound - scale.lowerBound, "contestedSpread",
        "\(spread) is not a spread on the scale; give a whole number from 1 to "
          + "\(scale.upperBound - scale.lowerBound)")
      method.contestedSpread = spread
    }
    if let threshold = reader.number(methodObject, "findingThreshold", default: method.findingThreshold) {
      check(
        threshold > lowest && threshold <= highest, "findingThreshold",
        "\(formatNumber(threshold)) is not a score a question can fall below; give a number above "
          + "\(scale.lowerBound) and at most \(scale.upperBound)")
      method.findingThreshold = threshold
    }
    if let tolerance = reader.number(methodObject, "bandTolerance", default: method.bandTolerance) {
      check(
        tolerance >= 0 && tolerance <= maximumBandTolerance, "bandTolerance",
        "\(formatNumber(tolerance)) is not a rounding tolerance; give a number from 0 to "
          + "\(formatNumber(maximumBandTolerance))")
      method.bandTolerance = tolerance
    }
    if let days = reader.integer(methodObject, "decisionNoticeDays", required: false) {
      check(
        days >= 0 && days <= 366, "decisionNoticeDays",
        "\(days) is not a number of days' notice; give a whole number from 0 to 366")
      method.decisionNoticeDays = days
    }
    if let count = reader.integer(methodObject, "redUnsoundLenses", required: false) {
      check(count >= 1, "redUnsoundLenses", "\(count) is not a number of lenses; give a whole number from 1")
      method.redUnsoundLenses = count
    }
    if let count = reader.integer(methodObject, "amberGreenAtRisk", required: false) {
      check(count >= 0, "amberGreenAtRisk", "\(count) is not a number of lenses; give a whole number from 0")
      method.amberGreenAtRisk = count
    }
    method.readyNeedsShownCritical = reader.bool(
      methodObject, "readyNeedsShownCritical", default: method.readyNeedsShownCritical)
    return reader.problems.count == problems ? method : nil
  }

  /// The largest band tolerance a rubric may set: enough for any rounding noise, too small to move a score.
  static let maximumBandTolerance = 0.001
}

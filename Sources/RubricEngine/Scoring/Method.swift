/// Every parameter of the scoring method, in one place: the scale, how much evidence a lens needs to be
/// judged, when scores disagree, when a question is a finding, and the tolerance at band edges.
///
/// A rubric may override any of them but the scale in its optional `method` object (see `RubricDecoder`);
/// a review scores with its rubric snapshot's values. Every output (the score screen, the JSON, the client
/// report and its appendix, the help) states these values from here.
public struct Method: Equatable, Sendable {
  /// The scores a scale question can take. Fixed: the interview, the answer sheet and the chart are built
  /// for it, and a rubric labels its levels (`Rubric.scale`) but cannot move them.
  public var scale: ClosedRange<Int>
  /// A lens needs at least this many respondents with a score to be judged.
  public var minimumRespondents: Int
  /// A lens needs at least this share of its scale questions answered (scored or n/a) to be judged.
  public var minimumCoverage: Double
  /// A question is contested when its highest and lowest scores are at least this far apart.
  public var contestedSpread: Int
  /// A question whose mean score is below this is a finding of the report.
  public var findingThreshold: Double
  /// Scores below a band's minimum by less than this count as at the minimum: sums of decimal weights
  /// carry rounding noise that must not move a lens across a band edge.
  public var bandTolerance: Double
  /// Whether `ready` needs every critical question shown by a document or an observation (`HearsayRule`).
  /// The contested spread also decides when what was said and what was shown differ (`SaidVsShownRule`).
  public var readyNeedsShownCritical: Bool
  /// A decision date this few days ahead, or fewer, is said to be near (`DecisionDateRule`); one passed is
  /// always said.
  public var decisionNoticeDays: Int
  /// Delivery confidence is Red when at least this many lenses are unsound (`DeliveryConfidenceRule`).
  public var redUnsoundLenses: Int
  /// A verdict of ready with conditions is Amber/Green with at most this many lenses at risk, else Amber.
  public var amberGreenAtRisk: Int

  /// Creates a method; every parameter defaults to the standard method's.
  public init(
    scale: ClosedRange<Int> = 0...4, minimumRespondents: Int = 2, minimumCoverage: Double = 0.5,
    contestedSpread: Int = 2, findingThreshold: Double = 2, bandTolerance: Double = 1e-9,
    readyNeedsShownCritical: Bool = true, decisionNoticeDays: Int = 14, redUnsoundLenses: Int = 2,
    amberGreenAtRisk: Int = 1
  ) {
    self.redUnsoundLenses = redUnsoundLenses
    self.amberGreenAtRisk = amberGreenAtRisk
    self.decisionNoticeDays = decisionNoticeDays
    self.scale = scale
    self.minimumRespondents = minimumRespondents
    self.minimumCoverage = minimumCoverage
    self.contestedSpread = contestedSpread
    self.findingThreshold = findingThreshold
    self.bandTolerance = bandTolerance
    self.readyNeedsShownCritical = readyNeedsShownCritical
  }

  /// The method as the workbench ships it, used by every rubric that does not override a parameter.
  public static let standard = Method()

  /// The highest score of the scale, as a number, for means and charts.
  public var maximumScore: Double { Double(scale.upperBound) }

  /// The score `text` writes, when it is exactly the digits of a value of the scale ("3", never "03" or
  /// "+3"), as the interview and the answer sheet read a score.
  public func score(_ text: String) -> Int? {
    scale.first { String($0) == text }
  }

  /// "0-4": the scale as the interview and the help write it.
  public var scaleText: String { "\(scale.lowerBound)-\(scale.upperBound)" }
}

/// The smallest change that lifts a lens one band (`LiftRule`): the band it would reach, the level its
/// lowest questions must reach, and each question raised with its score today.
public struct LensLift: Equatable, Sendable, Encodable {
  /// One question raised to the level.
  public struct Raise: Equatable, Sendable, Encodable {
    public var question: String
    public var from: Double
  }

  public var lens: String
  public var target: Rating
  public var level: Double
  public var raises: [Raise]
}

/// A rating band: a lens whose score is at or above `min` (and below the band above) gets `rating`.
public struct Band: Codable, Equatable, Sendable {
  public var rating: Rating
  public var min: Double

  /// Creates a band.
  public init(rating: Rating, min: Double) {
    self.rating = rating
    self.min = min
  }
}

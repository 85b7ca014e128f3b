import Foundation

/// Writes a rubric as the normalised JSON of the rubric format: defaults filled in, keys sorted,
/// pretty-printed, so two rubrics can be compared with `diff`.
public struct RubricEncoder: Sendable {
  /// Creates an encoder.
  public init() {}

  /// The rubric as normalised JSON text, ending in a newline.
  /// - Throws: `EncodingError` only if a value cannot be represented, which validated rubrics never hold.
  public func encode(_ rubric: Rubric) throws -> String {
    String(decoding: try DataFileEncoder.encode(rubric), as: UTF8.self)
  }
}

import Foundation

/// Writes the workbench's data files as people and `git diff` like them: pretty-printed JSON with sorted
/// keys, slashes unescaped, ending in a newline.
public enum DataFileEncoder {
  /// The JSON text of `value`.
  /// - Throws: `EncodingError` only for values JSON cannot hold (non-finite numbers), which models never carry.
  public static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(value)) + [0x0A]
  }
}

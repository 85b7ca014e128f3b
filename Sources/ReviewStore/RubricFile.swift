import RubricEngine

/// Reads rubric files from disk: refuses oversized files before reading them, then decodes and validates.
public enum RubricFile {
  /// The rubric at `path`, checked by `RubricDecoder`.
  /// - Parameter displayName: how the file is named in messages (defaults to `path`).
  /// - Throws: `DataFileError` naming the file and every problem in it.
  public static func read(
    at path: String, displayName: String? = nil, using fileSystem: any FileSystem
  ) throws(DataFileError) -> Rubric {
    let name = displayName ?? path
    let bytes: [UInt8]
    do {
      bytes = try fileSystem.readFile(at: path, limit: RubricDecoder.maximumFileSize, followingLinks: true)
    } catch {
      if case .tooLarge(_, let size, let limit) = error {
        throw .tooLarge(file: name, size: size, limit: limit)
      }
      throw .unreadable(file: name, reason: error.reason)
    }
    return try RubricDecoder().decode(bytes, file: name)
  }
}

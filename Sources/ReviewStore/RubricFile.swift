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
    let size: Int
    do { size = try fileSystem.fileSize(at: path) } catch {
      throw .unreadable(file: name, reason: error.reason)
    }
    guard size <= RubricDecoder.maximumFileSize else {
      throw .tooLarge(file: name, size: size, limit: RubricDecoder.maximumFileSize)
    }
    let bytes: [UInt8]
    do { bytes = try fileSystem.readFile(at: path) } catch {
      throw .unreadable(file: name, reason: error.reason)
    }
    return try RubricDecoder().decode(bytes, file: name)
  }
}

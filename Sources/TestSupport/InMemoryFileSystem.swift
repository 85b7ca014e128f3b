import ReviewStore

/// A folder tree held in memory, so that command tests need no disk. Paths are used as given.
public final class InMemoryFileSystem: FileSystem {
  /// The files, by path.
  public private(set) var files: [String: [UInt8]]
  /// The folders, by path.
  public private(set) var directories: Set<String>

  /// Creates a tree holding `files` (text, by path) and the given folders.
  public init(files: [String: String] = [:], directories: Set<String> = []) {
    self.files = files.mapValues { Array($0.utf8) }
    self.directories = directories
  }

  /// Adds or replaces a file.
  public func add(_ path: String, bytes: [UInt8]) {
    files[path] = bytes
  }

  public func readFile(at path: String) throws(FileSystemError) -> [UInt8] {
    if directories.contains(path) { throw .isDirectory(path: path) }
    guard let bytes = files[path] else { throw .notFound(path: path) }
    return bytes
  }

  public func fileSize(at path: String) throws(FileSystemError) -> Int {
    try readFile(at: path).count
  }

  public func itemKind(at path: String) -> FileItemKind? {
    if directories.contains(path) { return .directory }
    return files[path] == nil ? nil : .file
  }
}

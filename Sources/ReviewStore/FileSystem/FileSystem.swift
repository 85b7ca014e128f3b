/// The files a command reads and writes, behind a protocol so that tests can use an in-memory folder
/// and the real disk alike. Paths are plain strings, absolute or relative to the current directory.
public protocol FileSystem {
  /// The whole file at `path`.
  func readFile(at path: String) throws(FileSystemError) -> [UInt8]
  /// The size in bytes of the file at `path`, without reading it.
  func fileSize(at path: String) throws(FileSystemError) -> Int
  /// Whether `path` is a file, a folder, or nothing.
  func itemKind(at path: String) -> FileItemKind?
}

/// What stands at a path.
public enum FileItemKind: Sendable, Equatable {
  case file
  case directory
}

/// Why a file could not be read or written, naming the path.
public enum FileSystemError: Error, Equatable, Sendable, CustomStringConvertible {
  case notFound(path: String)
  case isDirectory(path: String)
  case permissionDenied(path: String)
  /// Any other operating-system error, with its description.
  case failed(path: String, reason: String)

  /// The path the error concerns.
  public var path: String {
    switch self {
    case .notFound(let path), .isDirectory(let path), .permissionDenied(let path), .failed(let path, _):
      return path
    }
  }

  /// What went wrong, without the path, for messages that name the file themselves.
  public var reason: String {
    switch self {
    case .notFound: return "no such file; check the path"
    case .isDirectory: return "it is a folder, not a file"
    case .permissionDenied: return "permission denied; check the file's permissions"
    case .failed(_, let reason): return reason
    }
  }

  public var description: String { "\(path): \(reason)" }
}

/// The files a command reads and writes, behind a protocol so that tests can use an in-memory folder
/// and the real disk alike. Paths are plain strings, absolute or relative to the current directory.
public protocol FileSystem {
  /// The whole file at `path`.
  func readFile(at path: String) throws(FileSystemError) -> [UInt8]
  /// The size in bytes of the file at `path`, without reading it.
  func fileSize(at path: String) throws(FileSystemError) -> Int
  /// Whether `path` is a file, a folder, or nothing.
  func itemKind(at path: String) -> FileItemKind?
  /// The names in the folder at `path`, sorted, hidden names (starting with `.`) left out.
  func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String]
  /// Creates the folder at `path`, whose parent must exist; refuses if anything is there already.
  func createDirectory(at path: String) throws(FileSystemError)
  /// Writes `bytes` to `path` durably and atomically: a temporary file in the same folder, synced to disk,
  /// renamed over the old file, and the folder synced, so a crash leaves the old file or the new, never a
  /// mix. The only way the workbench writes a file.
  func write(_ bytes: [UInt8], to path: String) throws(FileSystemError)
  /// Deletes the file at `path`.
  func removeFile(at path: String) throws(FileSystemError)
  /// Takes the exclusive lock named by `path` for as long as the returned lock is held, or says who holds it.
  /// A lock held by a process that died is free again.
  func lock(_ path: String) throws(FileSystemError) -> LockAttempt
}

/// The result of trying to take a lock.
public enum LockAttempt {
  /// The lock is ours until released (or the process ends).
  case acquired(any HeldLock)
  /// Another process holds it; its pid when it could be read.
  case heldByOther(pid: Int32?)
}

/// A lock this process holds.
public protocol HeldLock: AnyObject {
  /// Gives the lock up; also happens when the process ends, however it ends.
  func release()
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
  case alreadyExists(path: String)
  case noSpace(path: String)
  case readOnly(path: String)
  /// Any other operating-system error, with its description.
  case failed(path: String, reason: String)

  /// The path the error concerns.
  public var path: String {
    switch self {
    case .notFound(let path), .isDirectory(let path), .permissionDenied(let path), .alreadyExists(let path),
      .noSpace(let path), .readOnly(let path), .failed(let path, _):
      return path
    }
  }

  /// What went wrong, without the path, for messages that name the file themselves.
  public var reason: String {
    switch self {
    case .notFound: return "no such file; check the path"
    case .isDirectory: return "it is a folder, not a file"
    case .permissionDenied: return "permission denied; check the file's and the folder's permissions"
    case .alreadyExists: return "something with that name exists already"
    case .noSpace: return "the disk is full; free some space and try again (nothing was changed)"
    case .readOnly: return "the folder is read-only; choose a writable folder (nothing was changed)"
    case .failed(_, let reason): return reason
    }
  }

  public var description: String { "\(path): \(reason)" }
}

/// The files a command reads and writes, behind a protocol so that tests can use an in-memory folder
/// and the real disk alike. Paths are plain strings, absolute or relative to the current directory.
///
/// A review's own files are read and written without following symbolic links (`followingLinks: false`), so
/// a link planted inside a review can neither receive confidential content nor feed a command another file.
/// Paths the user names (a CSV to import, a rubric, `-o FILE`) are followed like any program follows them.
public protocol FileSystem {
  /// The whole regular file at `path`, at most `limit` bytes.
  /// - Throws: `.tooLarge` over the limit, `.notRegularFile` for a FIFO, device or socket (never opened for
  ///   long: reading one could wait forever), `.symbolicLink` for a link when `followingLinks` is false.
  func readFile(at path: String, limit: Int, followingLinks: Bool) throws(FileSystemError) -> [UInt8]
  /// The size in bytes of the file at `path`, without reading it.
  func fileSize(at path: String) throws(FileSystemError) -> Int
  /// Reads the regular file at `path` (following links) a piece at a time, handing each piece to `body` in
  /// order: for files too large to hold at once, such as a document whose hash is recorded.
  func readPieces(at path: String, _ body: ([UInt8]) -> Void) throws(FileSystemError)
  /// What stands at `path`, or nothing; a link is reported as `.symbolicLink` unless `followingLinks`.
  func itemKind(at path: String, followingLinks: Bool) -> FileItemKind?
  /// The names in the folder at `path`, sorted; hidden names (starting with `.`) only when asked for.
  func contentsOfDirectory(at path: String, includingHidden: Bool) throws(FileSystemError) -> [String]
  /// Creates the folder at `path`, whose parent must exist; refuses if anything is there already.
  func createDirectory(at path: String) throws(FileSystemError)
  /// The first half of the one durable write: `bytes` in a new temporary file beside `path`, created
  /// exclusively under an unpredictable name (never through a link) and synced to disk. Nothing at `path`
  /// changes until `commit`.
  /// With `synced: false` the file is not yet synced: `sync` then syncs a whole batch at once.
  func stage(_ bytes: [UInt8], for path: String, synced: Bool) throws(FileSystemError) -> StagedWrite
  /// Syncs staged files to disk, as many as there are, in as few operations as the system allows.
  func sync(_ staged: [StagedWrite]) throws(FileSystemError)
  /// The second half: renames each staged file over its path, then syncs the folders, so that a crash
  /// leaves each file old or new, never a mix.
  func commit(_ staged: [StagedWrite]) throws(FileSystemError)
  /// Removes staged files that will not be committed.
  func discard(_ staged: [StagedWrite])
  /// Writes `bytes` into the FIFO, terminal or device at `path` as it is (no temporary file, no rename):
  /// for `-o /dev/stdout` and the like.
  func writeInPlace(_ bytes: [UInt8], to path: String) throws(FileSystemError)
  /// Deletes the file (or empty folder's link) at `path`.
  func removeFile(at path: String) throws(FileSystemError)
  /// Renames a file or folder; both paths on the same disk. A folder may replace an empty folder.
  func moveItem(from source: String, to destination: String) throws(FileSystemError)
  /// Syncs the folder at `path` to disk, so that a file removed from it or moved into it stays so after a
  /// crash.
  func syncFolder(at path: String) throws(FileSystemError)
  /// Deletes the folder at `path` and everything in it, never following links out of it.
  func removeTree(at path: String) throws(FileSystemError)
  /// Takes the exclusive lock named by `path` for as long as the returned lock is held, or says who holds
  /// it. `holder` (such as "an import") is recorded for the refusal others see. With `waiting`, a lock held
  /// briefly by another command is waited for, a few seconds at most. A lock held by a process that died is
  /// free again.
  func lock(_ path: String, holder: String, waiting: Bool) throws(FileSystemError) -> LockAttempt
  /// Whether a process with this id is running (a stray temporary file's writer may be gone).
  func isProcessAlive(_ pid: Int32) -> Bool
  /// This process's id, recorded in the names of temporary files and folders.
  var currentProcess: Int32 { get }
  /// The identity (device and file number) of what `path` names, following links; `nil` when nothing is
  /// there. Two paths with the same identity are the same file, however they are spelt.
  func identity(of path: String) -> FileIdentity?
}

extension FileSystem {
  /// Stages a file, synced to disk.
  public func stage(_ bytes: [UInt8], for path: String) throws(FileSystemError) -> StagedWrite {
    try stage(bytes, for: path, synced: true)
  }

  /// Writes `bytes` to `path` durably and atomically: a temporary file in the same folder, synced to disk,
  /// renamed over the old file, and the folder synced. The only way the workbench writes a file.
  public func write(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
    let staged = try stage(bytes, for: path)
    do throws(FileSystemError) {
      try commit([staged])
    } catch {
      discard([staged])
      throw error
    }
  }

  /// What stands at `path`, following links.
  public func itemKind(at path: String) -> FileItemKind? {
    itemKind(at: path, followingLinks: true)
  }

  /// The names in the folder at `path`, sorted, hidden names left out.
  public func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String] {
    try contentsOfDirectory(at: path, includingHidden: false)
  }

  /// Takes a lock without waiting and without naming a holder.
  public func lock(_ path: String) throws(FileSystemError) -> LockAttempt {
    try lock(path, holder: "", waiting: false)
  }
}

/// A file written and synced under a temporary name, waiting for `FileSystem.commit`.
public struct StagedWrite: Equatable, Sendable {
  /// The temporary file.
  public var temporaryPath: String
  /// The file it will become.
  public var path: String

  /// Creates a record of a staged file.
  public init(temporaryPath: String, path: String) {
    self.temporaryPath = temporaryPath
    self.path = path
  }
}

/// The result of trying to take a lock.
public enum LockAttempt {
  /// The lock is ours until released (or the process ends).
  case acquired(any HeldLock)
  /// Another process holds it; its pid and what it said it is doing, when they could be read.
  case heldByOther(pid: Int32?, holder: String?)
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
  case symbolicLink
  /// A FIFO, a device or a socket: never read or replaced as if it were a file.
  case special(String)

  /// Whether it is a FIFO, a device or a socket.
  public var isSpecial: Bool {
    if case .special = self { return true }
    return false
  }
}

/// Which file a path names, independent of how the path is spelt.
public struct FileIdentity: Hashable, Sendable {
  public var device: UInt64
  public var inode: UInt64

  /// Creates an identity.
  public init(device: UInt64, inode: UInt64) {
    self.device = device
    self.inode = inode
  }
}

/// Why a file could not be read or written, naming the path.
public enum FileSystemError: Error, Equatable, Sendable, CustomStringConvertible {
  case notFound(path: String)
  case isDirectory(path: String)
  case permissionDenied(path: String)
  case alreadyExists(path: String)
  case noSpace(path: String)
  case readOnly(path: String)
  /// A symbolic link stands where the review keeps one of its own files or folders.
  case symbolicLink(path: String)
  /// A FIFO, device or socket stands where a file was expected; `kind` says which.
  case notRegularFile(path: String, kind: String)
  /// The file is larger than what is read of its kind.
  case tooLarge(path: String, size: Int, limit: Int)
  /// Any other operating-system error, with its description.
  case failed(path: String, reason: String)

  /// The path the error concerns.
  public var path: String {
    switch self {
    case .notFound(let path), .isDirectory(let path), .permissionDenied(let path), .alreadyExists(let path),
      .noSpace(let path), .readOnly(let path), .symbolicLink(let path), .notRegularFile(let path, _),
      .tooLarge(let path, _, _), .failed(let path, _):
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
    case .symbolicLink:
      return "it is a symbolic link; a review's own files and folders must be real files, so replace the "
        + "link with the file itself (nothing was read or written through it)"
    case .notRegularFile(_, let kind):
      return "it is \(kind), not a regular file; give the path of a file (use - for standard input)"
    case .tooLarge(_, let size, let limit):
      return "the file is \(size) bytes; files over \(ByteCount.words(limit)) are refused here "
        + "(is this the right file?)"
    case .failed(_, let reason): return reason
    }
  }

  public var description: String { "\(path): \(reason)" }
}

/// Sizes in words a person reads, such as "5 MB".
public enum ByteCount {
  /// `bytes` in whole MB or KB where it divides evenly, otherwise in bytes.
  public static func words(_ bytes: Int) -> String {
    if bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 { return "\(bytes / 1024 / 1024) MB" }
    if bytes >= 1024 && bytes % 1024 == 0 { return "\(bytes / 1024) KB" }
    return "\(bytes) bytes"
  }
}

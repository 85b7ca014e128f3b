import Foundation
import ReviewStore

/// A folder tree held in memory, so that command tests need no disk. Paths are used as given; a file's
/// folder must exist for it to be written, as on a real disk.
public final class InMemoryFileSystem: FileSystem {
  /// The files, by path.
  public private(set) var files: [String: [UInt8]]
  /// The folders, by path.
  public private(set) var directories: Set<String>
  /// Locks held, by path, with the pid reported to others.
  public var heldLocks: [String: Int32] = [:]
  /// When set, every write fails with this error (a full disk, a read-only folder).
  public var failWrites: FileSystemError?

  /// Creates a tree holding `files` (text, by path) and the given folders.
  public init(files: [String: String] = [:], directories: Set<String> = []) {
    self.files = files.mapValues { Array($0.utf8) }
    self.directories = directories.union(["."])
  }

  /// A tree holding only the repository's standard rubric, at the path commands find it in tests.
  public static func withStandardRubric() -> InMemoryFileSystem {
    let files = InMemoryFileSystem()
    if let bytes = FileManager.default.contents(atPath: RepositoryPaths.standardRubric.path) {
      files.add(RepositoryPaths.standardRubric.path, bytes: Array(bytes))
    }
    return files
  }

  /// Adds or replaces a file.
  public func add(_ path: String, bytes: [UInt8]) {
    files[path] = bytes
  }

  /// The text of the file at `path`, if there is one.
  public func text(at path: String) -> String? {
    files[path].map { String(decoding: $0, as: UTF8.self) }
  }

  /// Paths that hold a symbolic link (to nothing readable), for tests of link refusals.
  public var symbolicLinks: Set<String> = []

  public func readFile(at path: String, limit: Int, followingLinks: Bool) throws(FileSystemError) -> [UInt8] {
    if symbolicLinks.contains(path) {
      throw followingLinks ? .notFound(path: path) : .symbolicLink(path: path)
    }
    if directories.contains(path) { throw .isDirectory(path: path) }
    guard let bytes = files[path] else { throw .notFound(path: path) }
    guard bytes.count <= limit else { throw .tooLarge(path: path, size: bytes.count, limit: limit) }
    return bytes
  }

  public func readPieces(at path: String, _ body: ([UInt8]) -> Void) throws(FileSystemError) {
    body(try readFile(at: path, limit: .max, followingLinks: true))
  }

  public func fileSize(at path: String) throws(FileSystemError) -> Int {
    try readFile(at: path, limit: .max, followingLinks: true).count
  }

  public func itemKind(at path: String, followingLinks: Bool) -> FileItemKind? {
    if symbolicLinks.contains(path) { return followingLinks ? nil : .symbolicLink }
    // A lock's file stays once made, as on disk; a lock planted by a test stands for one.
    if lockFiles.contains(path) || heldLocks[path] != nil { return .file }
    if directories.contains(path) { return .directory }
    return files[path] == nil ? nil : .file
  }

  public func contentsOfDirectory(at path: String, includingHidden: Bool) throws(FileSystemError) -> [String]
  {
    guard directories.contains(path) else { throw .notFound(path: path) }
    let prefix = path + "/"
    let children = (Array(files.keys) + Array(directories) + Array(symbolicLinks)).filter {
      $0.hasPrefix(prefix)
    }
    .map { String($0.dropFirst(prefix.count)) }.filter {
      !$0.contains("/") && (includingHidden || !$0.hasPrefix("."))
    }
    return Array(Set(children)).sorted()
  }

  public func createDirectory(at path: String) throws(FileSystemError) {
    if let failWrites { throw failWrites }
    guard itemKind(at: path, followingLinks: false) == nil else { throw .alreadyExists(path: path) }
    guard directories.contains(Self.parent(of: path)) else { throw .notFound(path: path) }
    directories.insert(path)
  }

  public func sync(_ staged: [StagedWrite]) throws(FileSystemError) {
    if let failWrites { throw failWrites }
  }

  public func stage(_ bytes: [UInt8], for path: String, synced: Bool) throws(FileSystemError) -> StagedWrite {
    if let failWrites { throw failWrites }
    guard directories.contains(Self.parent(of: path)) else { throw .notFound(path: path) }
    guard !directories.contains(path) else { throw .isDirectory(path: path) }
    stagedCount += 1
    let name = String(path.split(separator: "/").last ?? Substring(path))
    let temporary = Self.parent(of: path) + "/." + name + ".0.\(stagedCount).tmp"
    files[temporary] = bytes
    return StagedWrite(temporaryPath: temporary, path: path)
  }

  private var stagedCount = 0

  public func commit(_ staged: [StagedWrite]) throws(FileSystemError) {
    for file in staged {
      guard let bytes = files.removeValue(forKey: file.temporaryPath) else {
        throw .notFound(path: file.path)
      }
      symbolicLinks.remove(file.path)
      files[file.path] = bytes
    }
  }

  public func discard(_ staged: [StagedWrite]) {
    for file in staged { files[file.temporaryPath] = nil }
  }

  public func writeInPlace(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
    try write(bytes, to: path)
  }

  public func removeFile(at path: String) throws(FileSystemError) {
    if symbolicLinks.remove(path) != nil { return }
    guard files.removeValue(forKey: path) != nil else { throw .notFound(path: path) }
  }

  public func moveItem(from source: String, to destination: String) throws(FileSystemError) {
    if let failWrites { throw failWrites }
    if let bytes = files.removeValue(forKey: source) {
      files[destination] = bytes
      return
    }
    guard directories.contains(source) else { throw .notFound(path: source) }
    let prefix = source + "/"
    directories.remove(destination)
    for folder in directories where folder == source || folder.hasPrefix(prefix) {
      directories.remove(folder)
      directories.insert(destination + folder.dropFirst(source.count))
    }
    for (path, bytes) in files where path.hasPrefix(prefix) {
      files[path] = nil
      files[destination + path.dropFirst(source.count)] = bytes
    }
  }

  public func syncFolder(at path: String) throws(FileSystemError) {
    guard directories.contains(path) else { throw .notFound(path: path) }
  }

  public func removeTree(at path: String) throws(FileSystemError) {
    let prefix = path + "/"
    files = files.filter { !$0.key.hasPrefix(prefix) && $0.key != path }
    directories = directories.filter { !$0.hasPrefix(prefix) && $0 != path }
  }

  public func lock(_ path: String, holder: String, waiting: Bool) throws(FileSystemError) -> LockAttempt {
    if let pid = heldLocks[path] { return .heldByOther(pid: pid, holder: lockHolders[path]) }
    heldLocks[path] = 0
    lockFiles.insert(path)
    return .acquired(MemoryLock { [weak self] in self?.heldLocks[path] = nil })
  }

  /// The lock files made so far.
  public private(set) var lockFiles: Set<String> = []

  /// What other holders of locks said they are doing, by lock path.
  public var lockHolders: [String: String] = [:]

  public func isProcessAlive(_ pid: Int32) -> Bool { pid == 0 }

  public var currentProcess: Int32 { 0 }

  public func identity(of path: String) -> FileIdentity? {
    guard itemKind(at: path) != nil else { return nil }
    var hasher = Hasher()
    hasher.combine(path)
    return FileIdentity(device: 0, inode: UInt64(bitPattern: Int64(hasher.finalize())))
  }

  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return String(path[..<slash])
  }
}

private final class MemoryLock: HeldLock {
  private var onRelease: (() -> Void)?

  init(onRelease: @escaping () -> Void) {
    self.onRelease = onRelease
  }

  func release() {
    onRelease?()
    onRelease = nil
  }

  deinit { release() }
}

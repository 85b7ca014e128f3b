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

  public func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String] {
    guard directories.contains(path) else { throw .notFound(path: path) }
    let prefix = path + "/"
    let children = (Array(files.keys) + Array(directories)).filter { $0.hasPrefix(prefix) }
      .map { String($0.dropFirst(prefix.count)) }.filter { !$0.contains("/") && !$0.hasPrefix(".") }
    return Array(Set(children)).sorted()
  }

  public func createDirectory(at path: String) throws(FileSystemError) {
    if let failWrites { throw failWrites }
    guard itemKind(at: path) == nil else { throw .alreadyExists(path: path) }
    guard directories.contains(Self.parent(of: path)) else { throw .notFound(path: path) }
    directories.insert(path)
  }

  public func write(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
    if let failWrites { throw failWrites }
    guard directories.contains(Self.parent(of: path)) else { throw .notFound(path: path) }
    guard !directories.contains(path) else { throw .isDirectory(path: path) }
    files[path] = bytes
  }

  public func removeFile(at path: String) throws(FileSystemError) {
    guard files.removeValue(forKey: path) != nil else { throw .notFound(path: path) }
  }

  public func lock(_ path: String) throws(FileSystemError) -> LockAttempt {
    if let pid = heldLocks[path] { return .heldByOther(pid: pid) }
    heldLocks[path] = 0
    return .acquired(MemoryLock { [weak self] in self?.heldLocks[path] = nil })
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

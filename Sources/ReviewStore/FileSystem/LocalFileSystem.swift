import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real disk, through the C library so that every error carries its `errno` meaning and writes can be
/// synced. Files are created readable by their owner only: they hold confidential client material.
public struct LocalFileSystem: FileSystem, Sendable {
  /// Creates a view of the real disk.
  public init() {}

  public func readFile(at path: String) throws(FileSystemError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw Self.error(errno, path: path) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw Self.error(errno, path: path) }
    guard (status.st_mode & S_IFMT) != S_IFDIR else { throw .isDirectory(path: path) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(status.st_size))
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw Self.error(errno, path: path)
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: buffer[0..<count])
    }
  }

  public func fileSize(at path: String) throws(FileSystemError) -> Int {
    var status = stat()
    guard stat(path, &status) == 0 else { throw Self.error(errno, path: path) }
    guard (status.st_mode & S_IFMT) != S_IFDIR else { throw .isDirectory(path: path) }
    return Int(status.st_size)
  }

  public func itemKind(at path: String) -> FileItemKind? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return (status.st_mode & S_IFMT) == S_IFDIR ? .directory : .file
  }

  public func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String] {
    guard let directory = opendir(path) else { throw Self.error(errno, path: path) }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if !name.hasPrefix(".") { names.append(name) }
    }
    return names.sorted()
  }

  public func createDirectory(at path: String) throws(FileSystemError) {
    guard mkdir(path, 0o700) == 0 else { throw Self.error(errno, path: path) }
  }

  public func write(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
    let folder = Self.parent(of: path)
    let name = String(path.split(separator: "/").last ?? Substring(path))
    let temporary = folder + "/." + name + ".\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw Self.error(errno, path: path) }
    do throws(FileSystemError) {
      try Self.writeAll(bytes, to: descriptor, path: path)
      guard fsync(descriptor) == 0 else { throw Self.error(errno, path: path) }
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    guard close(descriptor) == 0 else {
      let code = errno
      unlink(temporary)
      throw Self.error(code, path: path)
    }
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw Self.error(code, path: path)
    }
    let folderDescriptor = open(folder, O_RDONLY | O_CLOEXEC)
    if folderDescriptor >= 0 {
      fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }

  public func removeFile(at path: String) throws(FileSystemError) {
    guard unlink(path) == 0 else { throw Self.error(errno, path: path) }
  }

  public func lock(_ path: String) throws(FileSystemError) -> LockAttempt {
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw Self.error(errno, path: path) }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let code = errno
      defer { close(descriptor) }
      guard code == EWOULDBLOCK || code == EAGAIN else { throw Self.error(code, path: path) }
      var buffer = [UInt8](repeating: 0, count: 32)
      let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
      let text = count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : ""
      return .heldByOther(pid: Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    }
    let pid = Array("\(getpid())\n".utf8)
    ftruncate(descriptor, 0)
    _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    return .acquired(FileLock(descriptor: descriptor))
  }

  // MARK: Helpers

  static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileSystemError) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return Glibc.write(descriptor, base + offset, raw.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw error(errno, path: path)
      }
      offset += written
    }
  }

  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func error(_ code: Int32, path: String) -> FileSystemError {
    switch code {
    case ENOENT, ENOTDIR: return .notFound(path: path)
    case EISDIR: return .isDirectory(path: path)
    case EACCES, EPERM: return .permissionDenied(path: path)
    case EEXIST: return .alreadyExists(path: path)
    case ENOSPC, EDQUOT: return .noSpace(path: path)
    case EROFS: return .readOnly(path: path)
    default: return .failed(path: path, reason: String(cString: strerror(code)))
    }
  }
}

/// An `flock` lock held through an open file descriptor; the kernel frees it when the process dies.
private final class FileLock: HeldLock {
  private var descriptor: Int32

  init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  func release() {
    guard descriptor >= 0 else { return }
    ftruncate(descriptor, 0)
    close(descriptor)
    descriptor = -1
  }

  deinit { release() }
}

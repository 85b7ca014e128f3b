#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real disk, through the C library so that every error carries its `errno` meaning.
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

  static func error(_ code: Int32, path: String) -> FileSystemError {
    switch code {
    case ENOENT, ENOTDIR: return .notFound(path: path)
    case EISDIR: return .isDirectory(path: path)
    case EACCES, EPERM: return .permissionDenied(path: path)
    default: return .failed(path: path, reason: String(cString: strerror(code)))
    }
  }
}

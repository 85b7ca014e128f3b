import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real disk, through the C library so that every error carries its `errno` meaning and writes can be
/// synced. Files are created readable by their owner only: they hold confidential client material. Every
/// operating-system call of the review store is in this file.
public struct LocalFileSystem: FileSystem, Sendable {
  /// How long `lock(_:holder:waiting:)` waits for a lock another command holds briefly.
  static let lockWait: Duration = .seconds(5)

  /// Creates a view of the real disk.
  public init() {}

  // MARK: Reading

  public func readFile(at path: String, limit: Int, followingLinks: Bool) throws(FileSystemError) -> [UInt8] {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
    var flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK
    if !followingLinks { flags |= O_NOFOLLOW }
    let descriptor = open(path, flags)
    guard descriptor >= 0 else {
      let code = errno
      if code == ELOOP && !followingLinks { throw .symbolicLink(path: path) }
      throw Self.error(code, path: path)
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw Self.error(errno, path: path) }
    if let kind = Self.kind(of: status.st_mode), kind != .file {
      if kind == .directory { throw .isDirectory(path: path) }
      throw .notRegularFile(path: path, kind: Self.words(for: kind))
    }
    guard Int(status.st_size) <= limit else {
      throw .tooLarge(path: path, size: Int(status.st_size), limit: limit)
    }
    // One read into exactly the room the file needs (one byte more, to see whether it grew), no zeroing.
    let capacity = min(Int(status.st_size), limit) + 1
    var failure: Int32 = 0
    var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
      count = 0
      while count < capacity {
        let got = read(descriptor, buffer.baseAddress.map { $0 + count }, capacity - count)
        if got < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        if got == 0 { return }
        count += got
      }
    }
    if failure != 0 { throw Self.error(failure, path: path) }
    // The file grew while it was read: read on, and what is read stays within the limit all the same.
    var chunk = [UInt8](repeating: 0, count: bytes.count == capacity ? 64 * 1024 : 0)
    while !chunk.isEmpty {
      if bytes.count > limit { throw .tooLarge(path: path, size: bytes.count, limit: limit) }
      let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if got < 0 {
        if errno == EINTR { continue }
        throw Self.error(errno, path: path)
      }
      if got == 0 { break }
      bytes += chunk[0..<got]
    }
    if bytes.count > limit { throw .tooLarge(path: path, size: bytes.count, limit: limit) }
    return bytes
  }

  public func fileSize(at path: String) throws(FileSystemError) -> Int {
    var status = stat()
    guard stat(path, &status) == 0 else { throw Self.error(errno, path: path) }
    guard (status.st_mode & S_IFMT) != S_IFDIR else { throw .isDirectory(path: path) }
    return Int(status.st_size)
  }

  public func itemKind(at path: String, followingLinks: Bool) -> FileItemKind? {
    var status = stat()
    let result = followingLinks ? stat(path, &status) : lstat(path, &status)
    guard result == 0 else { return nil }
    return Self.kind(of: status.st_mode)
  }

  public func contentsOfDirectory(at path: String, includingHidden: Bool) throws(FileSystemError) -> [String]
  {
    guard let directory = opendir(path) else { throw Self.error(errno, path: path) }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name == "." || name == ".." { continue }
      if includingHidden || !name.hasPrefix(".") { names.append(name) }
    }
    return names.sorted()
  }

  public func identity(of path: String) -> FileIdentity? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
  }

  // MARK: Writing

  public func createDirectory(at path: String) throws(FileSystemError) {
    guard mkdir(path, 0o700) == 0 else { throw Self.error(errno, path: path) }
  }

  public func stage(_ bytes: [UInt8], for path: String, synced: Bool) throws(FileSystemError) -> StagedWrite {
    let folder = Self.parent(of: path)
    let name = String(path.split(separator: "/").last ?? Substring(path))
    var descriptor: Int32 = -1
    var temporary = ""
    // An unpredictable name, created exclusively and never through a link: a file or link planted at a
    // guessable name can neither receive the content nor redirect it.
    for _ in 0..<16 {
      let nonce = String(UInt64.random(in: 0...UInt64.max), radix: 16)
      temporary = folder + "/." + name + ".\(getpid()).\(nonce).tmp"
      descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if descriptor >= 0 || errno != EEXIST { break }
    }
    guard descriptor >= 0 else { throw Self.error(errno, path: path) }
    do throws(FileSystemError) {
      try Self.writeAll(bytes, to: descriptor, path: path)
      if synced { guard fsync(descriptor) == 0 else { throw Self.error(errno, path: path) } }
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
    return StagedWrite(temporaryPath: temporary, path: path)
  }

  public func sync(_ staged: [StagedWrite]) throws(FileSystemError) {
    guard let first = staged.first else { return }
    #if canImport(Glibc)
      // One syncfs writes every file of the batch (and of the disk) at once, rather than one fsync a file.
      guard let syncfs = Self.syncfs else {
        for file in staged { try Self.syncFile(file) }
        return
      }
      let descriptor = open(first.temporaryPath, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
      guard descriptor >= 0 else { throw Self.error(errno, path: first.path) }
      defer { close(descriptor) }
      guard syncfs(descriptor) == 0 else { throw Self.error(errno, path: first.path) }
      // syncfs covers one file system: a batch that spans others syncs those files one by one.
      var status = stat()
      guard fstat(descriptor, &status) == 0 else { throw Self.error(errno, path: first.path) }
      let device = status.st_dev
      for file in staged.dropFirst() {
        var other = stat()
        if stat(file.temporaryPath, &other) == 0, other.st_dev == device { continue }
        try Self.syncFile(file)
      }
    #else
      for file in staged { try Self.syncFile(file) }
    #endif
  }

  #if canImport(Glibc)
    /// Linux's syncfs(2), which the C library has but its Swift module does not show.
    static let syncfs: (@convention(c) (Int32) -> Int32)? = {
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
      return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()
  #endif

  static func syncFile(_ file: StagedWrite) throws(FileSystemError) {
    let descriptor = open(file.temporaryPath, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
    guard descriptor >= 0 else { throw error(errno, path: file.path) }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else { throw error(errno, path: file.path) }
  }

  public func commit(_ staged: [StagedWrite]) throws(FileSystemError) {
    var folders: [String] = []
    for (index, file) in staged.enumerated() {
      guard rename(file.temporaryPath, file.path) == 0 else {
        let code = errno
        discard(Array(staged[index...]))
        throw Self.error(code, path: file.path)
      }
      let folder = Self.parent(of: file.path)
      if !folders.contains(folder) { folders.append(folder) }
    }
    for folder in folders { Self.syncFolder(folder) }
  }

  public func discard(_ staged: [StagedWrite]) {
    for file in staged { unlink(file.temporaryPath) }
  }

  public func writeInPlace(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
    let descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
    guard descriptor >= 0 else { throw Self.error(errno, path: path) }
    defer { close(descriptor) }
    try Self.writeAll(bytes, to: descriptor, path: path)
  }

  public func removeFile(at path: String) throws(FileSystemError) {
    guard unlink(path) == 0 else { throw Self.error(errno, path: path) }
  }

  public func moveItem(from source: String, to destination: String) throws(FileSystemError) {
    guard rename(source, destination) == 0 else { throw Self.error(errno, path: destination) }
    Self.syncFolder(Self.parent(of: destination))
  }

  public func syncFolder(at path: String) throws(FileSystemError) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw Self.error(errno, path: path) }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else { throw Self.error(errno, path: path) }
  }

  public func removeTree(at path: String) throws(FileSystemError) {
    if itemKind(at: path, followingLinks: false) == .directory {
      for name in try contentsOfDirectory(at: path, includingHidden: true) {
        try removeTree(at: path + "/" + name)
      }
      guard rmdir(path) == 0 else { throw Self.error(errno, path: path) }
    } else {
      guard unlink(path) == 0 else { throw Self.error(errno, path: path) }
    }
  }

  // MARK: Locks and processes

  public func lock(_ path: String, holder: String, waiting: Bool) throws(FileSystemError) -> LockAttempt {
    let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      let code = errno
      if code == ELOOP { throw .symbolicLink(path: path) }
      throw Self.error(code, path: path)
    }
    let deadline = ContinuousClock.now + (waiting ? Self.lockWait : .zero)
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      guard code == EWOULDBLOCK || code == EAGAIN || code == EINTR else {
        close(descriptor)
        throw Self.error(code, path: path)
      }
      if ContinuousClock.now >= deadline {
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        let lines = (count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : "")
          .split(separator: "\n", omittingEmptySubsequences: false)
        let pid = lines.first.flatMap { Int32($0.trimmingCharacters(in: .whitespaces)) }
        let said = lines.dropFirst().joined(separator: "\n").trimmingCharacters(in: .newlines)
        return .heldByOther(pid: pid, holder: said.isEmpty ? nil : said)
      }
      usleep(20_000)
    }
    let record = Array("\(getpid())\n\(holder)\n".utf8)
    ftruncate(descriptor, 0)
    _ = record.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    return .acquired(FileLock(descriptor: descriptor))
  }

  public var currentProcess: Int32 { getpid() }

  public func isProcessAlive(_ pid: Int32) -> Bool {
    guard pid > 0 else { return false }
    return kill(pid, 0) == 0 || errno == EPERM
  }

  // MARK: Helpers

  static func kind(of mode: mode_t) -> FileItemKind? {
    switch mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .directory
    case S_IFLNK: return .symbolicLink
    case S_IFIFO: return .special("a FIFO (named pipe)")
    case S_IFCHR: return .special("a character device")
    case S_IFBLK: return .special("a block device")
    case S_IFSOCK: return .special("a socket")
    default: return .special("not a regular file")
    }
  }

  static func words(for kind: FileItemKind) -> String {
    switch kind {
    case .file: return "a file"
    case .directory: return "a folder"
    case .symbolicLink: return "a symbolic link"
    case .special(let words): return words
    }
  }

  static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
    if descriptor >= 0 {
      fsync(descriptor)
      close(descriptor)
    }
  }

  static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileSystemError) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        #if canImport(Glibc)
          return Glibc.write(descriptor, base + offset, raw.count - offset)
        #else
          return Darwin.write(descriptor, base + offset, raw.count - offset)
        #endif
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
    case EEXIST, ENOTEMPTY: return .alreadyExists(path: path)
    case ENOSPC, EDQUOT: return .noSpace(path: path)
    case EROFS: return .readOnly(path: path)
    case ELOOP: return .symbolicLink(path: path)
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

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every operating-system call of the review store, fenced in one place: files, folders, syncing, locks and
/// processes, each as a small function that retries what an interrupted call leaves undone and reports a
/// failure with its `errno`. Where Linux and macOS spell a call differently the two spellings stand side by
/// side here and nowhere else. `LocalFileSystem` holds the rules (which flags, which errors mean what to the
/// user); this holds the calls.
enum Platform {
  // MARK: - Failures

  /// An operating-system call failed with this `errno`.
  struct Failure: Error {
    let code: Int32

    /// The failure the last call left in `errno`.
    static var last: Failure { Failure(code: errno) }

    /// Something with that name exists already (an exclusive create lost to another file).
    var isExisting: Bool { code == EEXIST }

    /// The failure as the file system reports it for `path`.
    func error(path: String) -> FileSystemError {
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

  // MARK: - What stands at a path

  /// What `stat` says of a file: its kind, size and identity.
  struct Status {
    var kind: FileItemKind
    var size: Int
    var identity: FileIdentity
  }

  /// The status of what `path` names; a link itself unless `followingLinks`.
  static func status(at path: String, followingLinks: Bool) throws(Failure) -> Status {
    var raw = stat()
    let result = followingLinks ? stat(path, &raw) : lstat(path, &raw)
    guard result == 0 else { throw .last }
    return status(raw)
  }

  /// The status of the open file `descriptor`.
  static func status(of descriptor: Int32) throws(Failure) -> Status {
    var raw = stat()
    guard fstat(descriptor, &raw) == 0 else { throw .last }
    return status(raw)
  }

  private static func status(_ raw: stat) -> Status {
    Status(
      kind: kind(of: raw.st_mode), size: Int(raw.st_size),
      identity: FileIdentity(device: UInt64(raw.st_dev), inode: UInt64(raw.st_ino)))
  }

  private static func kind(of mode: mode_t) -> FileItemKind {
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

  // MARK: - Opening and closing

  /// What a file is opened for; each is closed on `exec`.
  enum Opening {
    /// Reading, without waiting: opening a FIFO for reading would otherwise wait for a writer, forever.
    /// A link is refused (`ELOOP`) unless `followingLinks`.
    case reading(followingLinks: Bool)
    /// Writing a new file, created exclusively, never through a link, readable by its owner only.
    case creatingExclusively
    /// Syncing a file already written, never through a link.
    case syncing
    /// Syncing a folder.
    case folder
    /// Writing into a FIFO, terminal or device as it is, which never becomes the controlling terminal.
    case writingInPlace
    /// A lock file, created (owner only) when missing, never through a link.
    case locking
  }

  /// Opens `path`; the descriptor is the caller's to close.
  static func openFile(_ path: String, for opening: Opening) throws(Failure) -> Int32 {
    let descriptor: Int32
    switch opening {
    case .reading(let followingLinks):
      descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followingLinks ? 0 : O_NOFOLLOW))
    case .creatingExclusively:
      descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    case .syncing: descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
    case .folder: descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    case .writingInPlace: descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
    case .locking: descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
    }
    guard descriptor >= 0 else { throw .last }
    return descriptor
  }

  /// Closes `descriptor`; a failure here can mean that written data did not reach the disk.
  static func closeFile(_ descriptor: Int32) throws(Failure) {
    guard close(descriptor) == 0 else { throw .last }
  }

  // MARK: - Reading and writing

  /// Up to `count` bytes from `descriptor`, fewer only at its end, read straight into the array's own room,
  /// which is never zeroed first.
  static func readBytes(_ descriptor: Int32, upTo count: Int) throws(Failure) -> [UInt8] {
    var failure: Failure?
    let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, filled in
      filled = 0
      while filled < count {
        let got = read(descriptor, buffer.baseAddress.map { $0 + filled }, count - filled)
        if got < 0 {
          if errno == EINTR { continue }
          failure = .last
          return
        }
        if got == 0 { return }
        filled += got
      }
    }
    if let failure { throw failure }
    return bytes
  }

  /// What `descriptor` holds from its start, at most `count` bytes, or nothing when it cannot be read.
  static func readFromStart(_ descriptor: Int32, upTo count: Int) -> [UInt8] {
    [UInt8](unsafeUninitializedCapacity: count) { buffer, filled in
      filled = max(0, pread(descriptor, buffer.baseAddress, count, 0))
    }
  }

  /// Writes all of `bytes` to `descriptor`.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(Failure) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return write(descriptor, base + offset, raw.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw .last
      }
      offset += written
    }
  }

  /// Replaces everything `descriptor` holds by `bytes`, at its start; failures are ignored (for a lock's
  /// record of its holder, which only informs).
  static func replaceContents(of descriptor: Int32, with bytes: [UInt8]) {
    ftruncate(descriptor, 0)
    _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
  }

  // MARK: - Syncing

  /// Syncs the file or folder open on `descriptor` to disk.
  static func sync(_ descriptor: Int32) throws(Failure) {
    guard fsync(descriptor) == 0 else { throw .last }
  }

  /// Whether `syncFileSystem(of:)` can sync a whole file system in one call (Linux's syncfs).
  static var syncsWholeFileSystems: Bool {
    #if canImport(Glibc)
      syncfs != nil
    #else
      false
    #endif
  }

  /// Syncs every file of the file system `descriptor` is on; only the file itself where the system has no
  /// call for the whole (see `syncsWholeFileSystems`).
  static func syncFileSystem(of descriptor: Int32) throws(Failure) {
    #if canImport(Glibc)
      if let syncfs {
        guard syncfs(descriptor) == 0 else { throw .last }
        return
      }
    #endif
    try sync(descriptor)
  }

  #if canImport(Glibc)
    /// Linux's syncfs(2), which the C library has but its Swift module does not show.
    private static let syncfs: (@convention(c) (Int32) -> Int32)? = {
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
      return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()
  #endif

  // MARK: - Names in folders

  /// The names in the folder at `path`, in the order the system gives them, `.` and `..` left out.
  static func names(inFolder path: String) throws(Failure) -> [String] {
    guard let directory = opendir(path) else { throw .last }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// Creates the folder at `path`, readable by its owner only.
  static func makeFolder(_ path: String) throws(Failure) {
    guard mkdir(path, 0o700) == 0 else { throw .last }
  }

  /// Removes the empty folder at `path`.
  static func removeFolder(_ path: String) throws(Failure) {
    guard rmdir(path) == 0 else { throw .last }
  }

  /// Removes the name `path` (a file, a link, a FIFO).
  static func remove(_ path: String) throws(Failure) {
    guard unlink(path) == 0 else { throw .last }
  }

  /// Renames `source` to `destination`, replacing what is there, in one step.
  static func renameItem(_ source: String, to destination: String) throws(Failure) {
    guard rename(source, destination) == 0 else { throw .last }
  }

  // MARK: - Locks and processes

  /// Takes the exclusive `flock` on `descriptor` without waiting: `false` when another process holds it.
  static func tryLock(_ descriptor: Int32) throws(Failure) -> Bool {
    guard flock(descriptor, LOCK_EX | LOCK_NB) != 0 else { return true }
    let code = errno
    guard code == EWOULDBLOCK || code == EAGAIN || code == EINTR else { throw Failure(code: code) }
    return false
  }

  /// Empties the lock file open on `descriptor` and closes it, which gives its lock up.
  static func release(_ descriptor: Int32) {
    ftruncate(descriptor, 0)
    close(descriptor)
  }

  /// Waits `milliseconds` before trying again.
  static func pause(milliseconds: UInt32) {
    usleep(milliseconds * 1000)
  }

  /// This process's id.
  static var processID: Int32 { getpid() }

  /// Whether a process with this id is running (one of another user's counts).
  static func isProcessAlive(_ pid: Int32) -> Bool {
    kill(pid, 0) == 0 || errno == EPERM
  }
}

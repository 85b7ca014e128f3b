/// The real disk, through the C library so that every error carries its `errno` meaning and writes can be
/// synced. Files are created readable by their owner only: they hold confidential client material. The
/// rules are here; every operating-system call they make is `Platform`'s.
public struct LocalFileSystem: FileSystem, Sendable {
  /// How long `lock(_:holder:waiting:)` waits for a lock another command holds briefly.
  static let lockWait: Duration = .seconds(5)
  /// How much more is read at a time of a file that grew while it was read.
  static let growthPiece = 64 * 1024

  /// Creates a view of the real disk.
  public init() {}

  // MARK: Reading

  public func readFile(at path: String, limit: Int, followingLinks: Bool) throws(FileSystemError) -> [UInt8] {
    let (descriptor, status) = try openRegularFile(path, followingLinks: followingLinks)
    defer { try? Platform.closeFile(descriptor) }
    guard status.size <= limit else { throw .tooLarge(path: path, size: status.size, limit: limit) }
    // One read into exactly the room the file needs (one byte more, to see whether it grew), never zeroed.
    let capacity = status.size + 1
    var bytes = try Self.on(path) { () throws(Platform.Failure) in
      try Platform.readBytes(descriptor, upTo: capacity)
    }
    // The file grew while it was read: read on, a piece at a time and never past one byte over the limit.
    var growing = bytes.count == capacity
    while growing && bytes.count <= limit {
      let room = min(Self.growthPiece, limit + 1 - bytes.count)
      let piece = try Self.on(path) { () throws(Platform.Failure) in
        try Platform.readBytes(descriptor, upTo: room)
      }
      bytes += piece
      growing = piece.count == room
    }
    if bytes.count > limit { throw .tooLarge(path: path, size: bytes.count, limit: limit) }
    return bytes
  }

  public func readPieces(at path: String, _ body: ([UInt8]) -> Void) throws(FileSystemError) {
    let (descriptor, _) = try openRegularFile(path, followingLinks: true)
    defer { try? Platform.closeFile(descriptor) }
    while true {
      let piece = try Self.on(path) { () throws(Platform.Failure) in
        try Platform.readBytes(descriptor, upTo: Self.hashingPiece)
      }
      guard !piece.isEmpty else { return }
      body(piece)
    }
  }

  /// The file at `path` opened for reading, with its status: a folder, a FIFO or a device is refused
  /// (opened without blocking, so a FIFO is never waited on). The caller closes the descriptor.
  private func openRegularFile(_ path: String, followingLinks: Bool) throws(FileSystemError) -> (
    descriptor: Int32, status: Platform.Status
  ) {
    let descriptor = try Self.on(path) { () throws(Platform.Failure) in
      try Platform.openFile(path, for: .reading(followingLinks: followingLinks))
    }
    do throws(FileSystemError) {
      let status = try Self.on(path) { () throws(Platform.Failure) in try Platform.status(of: descriptor) }
      switch status.kind {
      case .file: return (descriptor, status)
      case .directory: throw .isDirectory(path: path)
      default: throw .notRegularFile(path: path, kind: Self.words(for: status.kind))
      }
    } catch {
      try? Platform.closeFile(descriptor)
      throw error
    }
  }

  /// How much of a file `readPieces` reads at a time.
  static let hashingPiece = 1024 * 1024

  public func fileSize(at path: String) throws(FileSystemError) -> Int {
    let status = try Self.on(path) { () throws(Platform.Failure) in
      try Platform.status(at: path, followingLinks: true)
    }
    guard status.kind != .directory else { throw .isDirectory(path: path) }
    return status.size
  }

  public func itemKind(at path: String, followingLinks: Bool) -> FileItemKind? {
    (try? Platform.status(at: path, followingLinks: followingLinks))?.kind
  }

  public func contentsOfDirectory(at path: String, includingHidden: Bool) throws(FileSystemError) -> [String]
  {
    let names = try Self.on(path) { () throws(Platform.Failure) in try Platform.names(inFolder: path) }
    return names.filter { includingHidden || !$0.hasPrefix(".") }.sorted()
  }

  public func identity(of path: String) -> FileIdentity? {
    (try? Platform.status(at: path, followingLinks: true))?.identity
  }

  // MARK: Writing

  public func createDirectory(at path: String) throws(FileSystemError) {
    try Self.on(path) { () throws(Platform.Failure) in try Platform.makeFolder(path) }
  }

  public func stage(_ bytes: [UInt8], for path: String, synced: Bool) throws(FileSystemError) -> StagedWrite {
    let folder = Self.parent(of: path)
    let name = String(path.split(separator: "/").last ?? Substring(path))
    var descriptor: Int32 = -1
    var temporary = ""
    // An unpredictable name, created exclusively and never through a link: a file or link planted at a
    // guessable name can neither receive the content nor redirect it.
    attempts: for attempt in 1...16 {
      let nonce = String(UInt64.random(in: 0...UInt64.max), radix: 16)
      temporary = folder + "/." + name + ".\(Platform.processID).\(nonce).tmp"
      do throws(Platform.Failure) {
        descriptor = try Platform.openFile(temporary, for: .creatingExclusively)
        break attempts
      } catch {
        if error.isExisting && attempt < 16 { continue }
        throw error.error(path: path)
      }
    }
    do throws(Platform.Failure) {
      try Platform.writeAll(bytes, to: descriptor)
      if synced { try Platform.sync(descriptor) }
    } catch {
      try? Platform.closeFile(descriptor)
      try? Platform.remove(temporary)
      throw error.error(path: path)
    }
    do throws(Platform.Failure) {
      try Platform.closeFile(descriptor)
    } catch {
      try? Platform.remove(temporary)
      throw error.error(path: path)
    }
    return StagedWrite(temporaryPath: temporary, path: path)
  }

  public func sync(_ staged: [StagedWrite]) throws(FileSystemError) {
    guard let first = staged.first else { return }
    guard Platform.syncsWholeFileSystems else {
      for file in staged { try Self.syncFile(file) }
      return
    }
    // One syncfs writes every file of the batch (and of the disk) at once, rather than one fsync a file.
    let device = try Self.on(first.path) { () throws(Platform.Failure) in
      let descriptor = try Platform.openFile(first.temporaryPath, for: .syncing)
      defer { try? Platform.closeFile(descriptor) }
      try Platform.syncFileSystem(of: descriptor)
      return try Platform.status(of: descriptor).identity.device
    }
    // syncfs covers one file system: a batch that spans others syncs those files one by one.
    for file in staged.dropFirst() {
      let other = try? Platform.status(at: file.temporaryPath, followingLinks: true)
      if other?.identity.device == device { continue }
      try Self.syncFile(file)
    }
  }

  static func syncFile(_ file: StagedWrite) throws(FileSystemError) {
    try on(file.path) { () throws(Platform.Failure) in
      let descriptor = try Platform.openFile(file.temporaryPath, for: .syncing)
      defer { try? Platform.closeFile(descriptor) }
      try Platform.sync(descriptor)
    }
  }

  public func commit(_ staged: [StagedWrite]) throws(FileSystemError) {
    var folders: [String] = []
    for (index, file) in staged.enumerated() {
      do throws(Platform.Failure) {
        try Platform.renameItem(file.temporaryPath, to: file.path)
      } catch {
        discard(Array(staged[index...]))
        throw error.error(path: file.path)
      }
      let folder = Self.parent(of: file.path)
      if !folders.contains(folder) { folders.append(folder) }
    }
    for folder in folders { try? syncFolder(at: folder) }
  }

  public func discard(_ staged: [StagedWrite]) {
    for file in staged { try? Platform.remove(file.temporaryPath) }
  }

  public func writeInPlace(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
    try Self.on(path) { () throws(Platform.Failure) in
      let descriptor = try Platform.openFile(path, for: .writingInPlace)
      defer { try? Platform.closeFile(descriptor) }
      try Platform.writeAll(bytes, to: descriptor)
    }
  }

  public func removeFile(at path: String) throws(FileSystemError) {
    try Self.on(path) { () throws(Platform.Failure) in try Platform.remove(path) }
  }

  public func moveItem(from source: String, to destination: String) throws(FileSystemError) {
    try Self.on(destination) { () throws(Platform.Failure) in try Platform.renameItem(source, to: destination)
    }
    try? syncFolder(at: Self.parent(of: destination))
  }

  public func syncFolder(at path: String) throws(FileSystemError) {
    try Self.on(path) { () throws(Platform.Failure) in
      let descriptor = try Platform.openFile(path, for: .folder)
      defer { try? Platform.closeFile(descriptor) }
      try Platform.sync(descriptor)
    }
  }

  public func removeTree(at path: String) throws(FileSystemError) {
    if itemKind(at: path, followingLinks: false) == .directory {
      for name in try contentsOfDirectory(at: path, includingHidden: true) {
        try removeTree(at: path + "/" + name)
      }
      try Self.on(path) { () throws(Platform.Failure) in try Platform.removeFolder(path) }
    } else {
      try Self.on(path) { () throws(Platform.Failure) in try Platform.remove(path) }
    }
  }

  // MARK: Locks and processes

  public func lock(_ path: String, holder: String, waiting: Bool) throws(FileSystemError) -> LockAttempt {
    let descriptor = try Self.on(path) { () throws(Platform.Failure) in
      try Platform.openFile(path, for: .locking)
    }
    let deadline = ContinuousClock.now + (waiting ? Self.lockWait : .zero)
    while true {
      let taken: Bool
      do throws(Platform.Failure) {
        taken = try Platform.tryLock(descriptor)
      } catch {
        try? Platform.closeFile(descriptor)
        throw error.error(path: path)
      }
      if taken { break }
      if ContinuousClock.now >= deadline {
        defer { try? Platform.closeFile(descriptor) }
        let record = Platform.readFromStart(descriptor, upTo: 4096)
        let lines = String(decoding: record, as: UTF8.self).split(
          separator: "\n", omittingEmptySubsequences: false)
        let pid = lines.first.flatMap { Int32(Self.trimmed($0, where: \.isWhitespace)) }
        let said = Self.trimmed(lines.dropFirst().joined(separator: "\n")[...], where: \.isNewline)
        return .heldByOther(pid: pid, holder: said.isEmpty ? nil : String(said))
      }
      Platform.pause(milliseconds: 20)
    }
    Platform.replaceContents(of: descriptor, with: Array("\(Platform.processID)\n\(holder)\n".utf8))
    return .acquired(FileLock(descriptor: descriptor))
  }

  public var currentProcess: Int32 { Platform.processID }

  public func isProcessAlive(_ pid: Int32) -> Bool {
    guard pid > 0 else { return false }
    return Platform.isProcessAlive(pid)
  }

  // MARK: Helpers

  /// Runs a platform call about `path`; its failure becomes the file system's error naming `path`.
  static func on<Value>(_ path: String, _ call: () throws(Platform.Failure) -> Value) throws(FileSystemError)
    -> Value
  {
    do throws(Platform.Failure) {
      return try call()
    } catch {
      throw error.error(path: path)
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

  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// `text` without the characters `drop` picks at either end.
  static func trimmed(_ text: Substring, where drop: (Character) -> Bool) -> Substring {
    guard let first = text.firstIndex(where: { !drop($0) }), let last = text.lastIndex(where: { !drop($0) })
    else { return "" }
    return text[first...last]
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
    Platform.release(descriptor)
    descriptor = -1
  }

  deinit { release() }
}

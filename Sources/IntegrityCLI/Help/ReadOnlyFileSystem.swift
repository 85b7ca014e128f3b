import ReviewStore

/// A file system that reads through `base` and refuses every write, lock and removal: what a completion
/// reads a review through, so that pressing Tab can never change a review, whatever the code it runs.
struct ReadOnlyFileSystem: FileSystem {
  let base: any FileSystem

  func readFile(at path: String, limit: Int, followingLinks: Bool) throws(FileSystemError) -> [UInt8] {
    try base.readFile(at: path, limit: limit, followingLinks: followingLinks)
  }

  func fileSize(at path: String) throws(FileSystemError) -> Int { try base.fileSize(at: path) }
  func readPieces(at path: String, _ body: ([UInt8]) -> Void) throws(FileSystemError) {
    try base.readPieces(at: path, body)
  }

  func itemKind(at path: String, followingLinks: Bool) -> FileItemKind? {
    base.itemKind(at: path, followingLinks: followingLinks)
  }

  func contentsOfDirectory(at path: String, includingHidden: Bool) throws(FileSystemError) -> [String] {
    try base.contentsOfDirectory(at: path, includingHidden: includingHidden)
  }

  func createDirectory(at path: String) throws(FileSystemError) { throw .readOnly(path: path) }

  func stage(_ bytes: [UInt8], for path: String, synced: Bool) throws(FileSystemError) -> StagedWrite {
    throw .readOnly(path: path)
  }

  func sync(_ staged: [StagedWrite]) throws(FileSystemError) {
    throw .readOnly(path: staged.first?.path ?? "")
  }

  func commit(_ staged: [StagedWrite]) throws(FileSystemError) {
    throw .readOnly(path: staged.first?.path ?? "")
  }

  func discard(_ staged: [StagedWrite]) {}

  func writeInPlace(_ bytes: [UInt8], to path: String) throws(FileSystemError) { throw .readOnly(path: path) }

  func removeFile(at path: String) throws(FileSystemError) { throw .readOnly(path: path) }

  func moveItem(from source: String, to destination: String) throws(FileSystemError) {
    throw .readOnly(path: source)
  }

  func syncFolder(at path: String) throws(FileSystemError) { throw .readOnly(path: path) }

  func removeTree(at path: String) throws(FileSystemError) { throw .readOnly(path: path) }

  func lock(_ path: String, holder: String, waiting: Bool) throws(FileSystemError) -> LockAttempt {
    throw .readOnly(path: path)
  }

  func isProcessAlive(_ pid: Int32) -> Bool { base.isProcessAlive(pid) }

  var currentProcess: Int32 { base.currentProcess }

  func identity(of path: String) -> FileIdentity? { base.identity(of: path) }
}

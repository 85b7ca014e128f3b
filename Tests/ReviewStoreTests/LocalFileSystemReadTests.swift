import Foundation
import ReviewStore
import TestSupport
import Testing

@Suite("Reading files on the real disk")
struct LocalFileSystemReadTests {
  @Test(
    "a file reads back byte for byte at every size around the buffer edges; one byte over the limit is refused",
    arguments: [0, 1, 4095, 4096, 4097, 65_535, 65_536, 65_537, 300_001])
  func sizes(size: Int) throws {
    let disk = try Fixtures.TemporaryFolder()
    let path = disk.path + "/f"
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let files = LocalFileSystem()
    #expect(try files.readFile(at: path, limit: size, followingLinks: false) == bytes)
    #expect(try files.readFile(at: path, limit: size + 1, followingLinks: true) == bytes)
    if size > 0 {
      #expect(throws: FileSystemError.tooLarge(path: path, size: size, limit: size - 1)) {
        try files.readFile(at: path, limit: size - 1, followingLinks: false)
      }
    }
  }

  // A /proc file says it is empty and then gives its text: the read goes on past what fstat said, as for a
  // file that grows while it is read, and stops one byte past the limit.
  @Test(
    "a file longer than its stated size is read whole, and never more than one byte past the limit",
    .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/cmdline")))
  func growing() throws {
    let path = "/proc/self/cmdline"
    let files = LocalFileSystem()
    let expected = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(try files.fileSize(at: path) == 0)
    #expect(expected.count > 3)
    #expect(try files.readFile(at: path, limit: 1024 * 1024, followingLinks: true) == expected)
    #expect(throws: FileSystemError.tooLarge(path: path, size: 3, limit: 2)) {
      try files.readFile(at: path, limit: 2, followingLinks: true)
    }
    #expect(throws: FileSystemError.tooLarge(path: "/proc/self/maps", size: 1001, limit: 1000)) {
      try files.readFile(at: "/proc/self/maps", limit: 1000, followingLinks: true)
    }
  }

  @Test("a held lock tells another taker its holder's pid and what it said it is doing")
  func lockHolder() throws {
    let disk = try Fixtures.TemporaryFolder()
    let files = LocalFileSystem()
    let path = disk.path + "/.x.lock"
    guard case .acquired(let lock) = try files.lock(path, holder: "  an import\n", waiting: false) else {
      Issue.record("the first lock was refused")
      return
    }
    defer { lock.release() }
    guard case .heldByOther(let pid, let holder) = try files.lock(path, holder: "", waiting: false) else {
      Issue.record("the second lock was granted")
      return
    }
    #expect(pid == ProcessInfo.processInfo.processIdentifier)
    #expect(holder == "  an import")
  }
}

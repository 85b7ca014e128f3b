import Foundation
import TestSupport
import Testing

@Suite("Platform calls stay inside their fences")
struct PlatformFenceTests {
  /// What only a module's platform namespace, or the executable's `main.swift`, may name: the C library,
  /// signals, child processes, and the real environment, bundle and file manager.
  static let platformNames = [
    "import Glibc", "import Darwin", "Glibc.", "Darwin.", "__sigaction", "sigaction(", "posix_spawn",
    "waitpid",
    "ProcessInfo", "getenv", "Process()", "Bundle.main", "FileManager", "isatty", "tcsetattr", "fsync(",
    "errno", "syncfs", "flock(",
  ]

  /// The one file in each shipped module allowed to name them. (TestSupport keeps its own `TestPlatform`
  /// but also runs programs through Foundation; the benchmark is a measuring tool: neither ships.)
  static let fences: Set<String> = [
    "Sources/ReviewStore/FileSystem/Platform.swift",
    "Sources/TerminalInterview/Terminal/TerminalPlatform.swift",
    "Sources/integrity/main.swift",
    // Finds the resource bundle beside the binary with FileManager; only main.swift (and the benchmark) call
    // it, at the edge. Left for a later change: it could take the file system instead.
    "Rubrics/RubricResources.swift",
  ]

  static let shippedFolders = [
    "Sources/RubricEngine", "Sources/ReviewStore", "Sources/TerminalInterview", "Sources/MarkdownReport",
    "Sources/IntegrityCLI", "Sources/ExampleReview", "Sources/integrity", "Rubrics",
  ]

  @Test(
    "no shipped source outside a platform namespace or main.swift calls the system or reads the environment")
  func fenced() throws {
    var checked = 0
    for folder in Self.shippedFolders {
      let root = RepositoryPaths.root.appendingPathComponent(folder)
      let walker = try #require(FileManager.default.enumerator(atPath: root.path))
      for case let name as String in walker where name.hasSuffix(".swift") {
        let relative = folder + "/" + name
        checked += 1
        if Self.fences.contains(relative) { continue }
        let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
          let code =
            line.hasPrefix("///") || line.trimmingCharacters(in: .whitespaces).hasPrefix("//") ? "" : line
          for platformName in Self.platformNames where code.contains(platformName) {
            Issue.record(
              "\(relative):\(number + 1) names \(platformName): move the call into the module's platform namespace"
            )
          }
        }
      }
    }
    #expect(checked > 50)
  }

  @Test("every fence named still exists")
  func fencesExist() {
    for fence in Self.fences {
      #expect(FileManager.default.fileExists(atPath: RepositoryPaths.root.appendingPathComponent(fence).path))
    }
  }
}

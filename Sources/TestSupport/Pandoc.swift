import Foundation

/// Runs pandoc for the tests that check how reports convert. Tests that need it are enabled only where it
/// is installed, except under `INTEGRITY_REQUIRE_PANDOC=1` (set by `.ci/run`), where its absence fails them.
public enum Pandoc {
  /// pandoc's path, if it is installed.
  public static let path: String? = ["/usr/bin/pandoc", "/usr/local/bin/pandoc", "/opt/homebrew/bin/pandoc"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Whether the pandoc tests should run: pandoc is there, or CI requires it (and the tests then fail clearly).
  public static var shouldRun: Bool {
    path != nil || ProcessInfo.processInfo.environment["INTEGRITY_REQUIRE_PANDOC"] == "1"
  }

  /// pandoc's output for `arguments`, with `input` on its standard input.
  public static func run(_ arguments: [String], input: String = "") throws -> ProcessRun {
    guard let path else {
      throw NSError(
        domain: "Pandoc", code: 1,
        userInfo: [NSLocalizedDescriptionKey: "pandoc is not installed; .ci/run installs it with apt-get"])
    }
    return try ProcessRun(URL(fileURLWithPath: path), arguments, standardInput: input)
  }

  /// Counts of the element types (`t` fields) in pandoc's JSON, such as `Table`, `Link`, `RawInline`.
  public static func elementCounts(_ json: String) throws -> [String: Int] {
    let root = try JSONSerialization.jsonObject(with: Data(json.utf8))
    var counts: [String: Int] = [:]
    func walk(_ value: Any) {
      if let object = value as? [String: Any] {
        if let type = object["t"] as? String { counts[type, default: 0] += 1 }
        for child in object.values { walk(child) }
      } else if let array = value as? [Any] {
        for child in array { walk(child) }
      }
    }
    walk(root)
    return counts
  }

  /// The metadata keys of pandoc's JSON document.
  public static func metadataKeys(_ json: String) throws -> [String] {
    let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    return ((root?["meta"] as? [String: Any])?.keys.map { $0 } ?? []).sorted()
  }
}

import Foundation

/// Renders SVG to PNG with librsvg's `rsvg-convert`, for the tests that check a chart draws in a real
/// renderer. Enabled only where it is installed, except under `INTEGRITY_REQUIRE_RSVG=1` (set by `.ci/run`),
/// where its absence fails them.
public enum SVGRenderer {
  /// rsvg-convert's path, if it is installed.
  public static let path: String? = [
    "/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert", "/opt/homebrew/bin/rsvg-convert",
  ]
  .first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Whether the rendering tests should run: rsvg-convert is there, or CI requires it.
  public static var shouldRun: Bool {
    path != nil || ProcessInfo.processInfo.environment["INTEGRITY_REQUIRE_RSVG"] == "1"
  }

  /// The PNG `svg` renders to, and its width and height in pixels as its header gives them.
  public static func png(_ svg: String) throws -> (bytes: [UInt8], width: Int, height: Int) {
    guard let path else {
      throw NSError(
        domain: "SVGRenderer", code: 1,
        userInfo: [NSLocalizedDescriptionKey: "rsvg-convert is not installed; .ci/run installs librsvg2-bin"])
    }
    let run = try ProcessRun(URL(fileURLWithPath: path), ["--format", "png"], standardInput: svg)
    let bytes = Array(run.standardOutputData)
    guard run.status == 0, bytes.count > 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else {
      throw NSError(
        domain: "SVGRenderer", code: 2,
        userInfo: [NSLocalizedDescriptionKey: "rsvg-convert failed (\(run.status)): \(run.standardError)"])
    }
    func number(at offset: Int) -> Int {
      bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    }
    return (bytes, number(at: 16), number(at: 20))
  }
}

import Foundation
import RubricEngine
import Testing

@Suite("Malformed rubrics: every problem, with its exact place and message")
struct MalformedRubricTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func decode(_ name: String, folder: String = "MalformedRubrics") throws -> Rubric {
    let url = fixtures.appendingPathComponent(folder).appendingPathComponent(name)
    let bytes = try [UInt8](Data(contentsOf: url))
    return try RubricDecoder().decode(bytes, file: name)
  }

  /// Each malformed fixture beside the file holding exactly the lines `integrity rubric lint` must print for
  /// it (`NAME.expected`), written once by hand-checking and kept as the specification.
  static let cases: [String] = {
    let folder = fixtures.appendingPathComponent("MalformedRubrics")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { !$0.hasSuffix(".expected") }.sorted()
  }()

  static func expectedLines(for file: String) throws -> [String] {
    let base = (file as NSString).deletingPathExtension
    let url = fixtures.appendingPathComponent("MalformedRubrics/\(base).expected")
    return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
  }

  @Test("the minimal fixture is valid, so each malformed one differs from a valid rubric only by its defect")
  func minimalIsValid() throws {
    let rubric = try Self.decode("minimal.json", folder: "")
    #expect(rubric.lenses.count == 2)
    #expect(rubric.questions.count == 3)
  }

  @Test("each malformed rubric gives exactly its problems", arguments: cases)
  func malformed(file: String) throws {
    let lines = try Self.expectedLines(for: file)
    #expect(!lines.isEmpty)
    do {
      _ = try Self.decode(file)
      Issue.record("\(file) was accepted")
    } catch let error as DataFileError {
      #expect(error.lines == lines)
    } catch {
      Issue.record("\(file) failed with an unexpected error: \(error)")
    }
  }

  @Test("there are at least 20 malformed fixtures, each with its expected problems")
  func fixtureCount() throws {
    #expect(Self.cases.count >= 20)
    for file in Self.cases {
      #expect(throws: Never.self) { try Self.expectedLines(for: file) }
    }
  }
}

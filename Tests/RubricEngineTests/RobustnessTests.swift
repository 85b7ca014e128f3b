import Foundation
import RubricEngine
import TestSupport
import Testing

@Suite("No input crashes the rubric decoder")
struct RobustnessTests {
  static let standard = (try? [UInt8](Data(contentsOf: RepositoryPaths.standardRubric))) ?? []

  @Test("the standard rubric cut short at hundreds of places is refused with a problem, never a crash")
  func truncations() {
    #expect(!Self.standard.isEmpty)
    let step = max(1, Self.standard.count / 400)
    for length in stride(from: 0, to: Self.standard.count - 1, by: step) {
      #expect(throws: DataFileError.self) {
        try RubricDecoder().decode(Array(Self.standard.prefix(length)), file: "cut")
      }
    }
  }

  @Test("single-byte corruptions either decode or give problems with places")
  func corruptions() {
    var generator = SeededGenerator(seed: 2026)
    let replacements: [UInt8] = [0x00, 0x22, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x3A, 0xFF, 0x0A, 0x5C, 0x41]
    for _ in 0..<400 {
      var bytes = Self.standard
      let index = Int(generator.next() % UInt64(bytes.count))
      bytes[index] = replacements[Int(generator.next() % UInt64(replacements.count))]
      do {
        _ = try RubricDecoder().decode(bytes, file: "corrupt")
      } catch {
        guard case .invalid(_, let problems) = error else {
          Issue.record("unexpected error \(error)")
          continue
        }
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0.path != nil || $0.position != nil })
      }
    }
  }

  @Test("files over 5 MB are refused before parsing")
  func oversized() {
    let bytes = [UInt8](repeating: 0x20, count: RubricDecoder.maximumFileSize + 1)
    #expect(
      throws: DataFileError.tooLarge(file: "big", size: bytes.count, limit: RubricDecoder.maximumFileSize)
    ) {
      try RubricDecoder().decode(bytes, file: "big")
    }
  }
}

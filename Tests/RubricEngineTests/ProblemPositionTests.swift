import Foundation
import RubricEngine
import Testing

@Suite("Every problem with a JSON path also has its line and column")
struct ProblemPositionTests {
  @Test("a problem prints FILE:LINE:COLUMN: PATH: message, leaving out what is not known")
  func formatted() {
    let path = JSONPath.root.appending("lenses").appending(2).appending("id")
    let place = SourcePosition(line: 7, column: 12)
    #expect(
      JSONProblem(path: path, position: place, message: "m").formatted(file: "f.json")
        == "f.json:7:12: $.lenses[2].id: m")
    #expect(JSONProblem(path: path, message: "m").formatted(file: "f.json") == "f.json: $.lenses[2].id: m")
    #expect(
      JSONProblem(path: nil, position: place, message: "m").formatted(file: "f.json") == "f.json:7:12: m")
    #expect(JSONProblem(path: nil, message: "m").formatted(file: "f.json") == "f.json: m")
    #expect(JSONProblem(path: path, position: place, message: "m").description == "7:12: $.lenses[2].id: m")
  }

  @Test("a path leads to its value's position, or to the deepest value on the way when it leads to nothing")
  func nearest() throws {
    let text = "{\n  \"a\": [1,\n    {\"b\": true}],\n  \"c\": \"x\"\n}"
    let root = try JSONParser().parse(Array(text.utf8))
    let a = JSONPath.root.appending("a")
    #expect(root.position(nearest: .root) == SourcePosition(line: 1, column: 1))
    #expect(root.position(nearest: a) == SourcePosition(line: 2, column: 8))
    #expect(root.position(nearest: a.appending(1).appending("b")) == SourcePosition(line: 3, column: 11))
    #expect(root.position(nearest: a.appending(1).appending("missing")) == SourcePosition(line: 3, column: 5))
    #expect(root.position(nearest: a.appending(7)) == SourcePosition(line: 2, column: 8))
    #expect(
      root.position(nearest: JSONPath.root.appending("c").appending(0)) == SourcePosition(line: 4, column: 8))
  }

  @Test("reported with its path alone, a problem is placed where the path points in the document")
  func placedByPath() throws {
    let text = "{\n  \"formatVersion\": 99,\n  \"id\": \"x\"\n}"
    let root = try JSONParser().parse(Array(text.utf8))
    var reader = JSONReader()
    guard let object = reader.object(root, at: .root, allowedKeys: ["formatVersion", "id"]) else {
      Issue.record("not an object")
      return
    }
    _ = reader.formatVersion(object, current: 1)
    reader.report("checked", at: JSONPath.root.appending("id"))
    #expect(
      reader.problems.map(\.position) == [
        SourcePosition(line: 2, column: 20), SourcePosition(line: 3, column: 9),
      ])
  }

  @Test("every problem of every malformed rubric fixture has a line and column")
  func malformedRubrics() throws {
    var checked = 0
    for file in MalformedRubricTests.cases {
      do {
        _ = try MalformedRubricTests.decode(file)
        Issue.record("\(file) decoded")
      } catch {
        guard case .invalid(_, let problems)? = error as? DataFileError else { continue }
        for problem in problems {
          #expect(problem.position != nil, "\(file): \(problem)")
          checked += 1
        }
      }
    }
    #expect(checked >= MalformedRubricTests.cases.count)
  }
}

import Foundation
import RubricEngine
import TestSupport
import Testing

@Suite("The method: its parameters in the rubric, checked, and applied by every rule")
struct MethodTests {
  static func rubricText(method: String?) throws -> String {
    let text = try String(
      contentsOf: RepositoryPaths.root.appendingPathComponent("Rubrics/decision-integrity.json"),
      encoding: .utf8)
    guard let method else { return text }
    // The standard rubric with a `method` object as its first member.
    let brace = try #require(text.firstIndex(of: "{"))
    return String(text[...brace]) + "\n  \"method\": \(method)," + String(text[text.index(after: brace)...])
  }

  static func decode(method: String?) throws -> Rubric {
    try RubricDecoder().decode(Array(try rubricText(method: method).utf8), file: "rubric.json")
  }

  static func problems(method: String) throws -> [String] {
    let bytes = Array(try rubricText(method: method).utf8)
    do throws(DataFileError) {
      let rubric = try RubricDecoder().decode(bytes, file: "rubric.json")
      return ["decoded, with \(rubric.method)"]
    } catch {
      guard case .invalid(_, let problems) = error else { return ["\(error)"] }
      return problems.map { "\($0.path.map { String(describing: $0) } ?? "-"): \($0.message)" }
    }
  }

  @Test("a rubric without a method object has the standard method, and is written back without one")
  func standard() throws {
    let rubric = try Self.decode(method: nil)
    #expect(rubric.method == .standard)
    #expect(!(try RubricEncoder().encode(rubric)).contains("\"method\""))
  }

  @Test("a method object overrides the parameters it names and keeps the others; a snapshot keeps them")
  func overrides() throws {
    let rubric = try Self.decode(method: #"{"contestedSpread": 3, "minimumRespondents": 3}"#)
    #expect(rubric.method.contestedSpread == 3)
    #expect(rubric.method.minimumRespondents == 3)
    #expect(rubric.method.minimumCoverage == Method.standard.minimumCoverage)
    #expect(rubric.method.findingThreshold == Method.standard.findingThreshold)
    let written = try RubricEncoder().encode(rubric)
    let again = try RubricDecoder().decode(Array(written.utf8), file: "snapshot.json")
    #expect(again.method == rubric.method)
  }

  @Test(
    "every value out of range is refused with its path, all at once",
    arguments: [
      (#"{"contestedSpread": -1}"#, ["method.contestedSpread"]),
      (
        #"{"contestedSpread": 0, "minimumRespondents": 0}"#,
        ["method.contestedSpread", "method.minimumRespondents"]
      ),
      (#"{"contestedSpread": 5}"#, ["method.contestedSpread"]),
      (#"{"contestedSpread": 2.5}"#, ["method.contestedSpread"]),
      (#"{"minimumCoverage": 0}"#, ["method.minimumCoverage"]),
      (
        #"{"minimumCoverage": 1.5, "findingThreshold": 0}"#,
        ["method.minimumCoverage", "method.findingThreshold"]
      ),
      (#"{"findingThreshold": 4.5}"#, ["method.findingThreshold"]),
      (#"{"bandTolerance": 0.5}"#, ["method.bandTolerance"]),
      (#"{"bandTolerance": -0.1}"#, ["method.bandTolerance"]),
      (#"{"decisionNoticeDays": -1}"#, ["method.decisionNoticeDays"]),
      (#"{"decisionNoticeDays": 400}"#, ["method.decisionNoticeDays"]),
      (#"{"contestedSpred": 3}"#, ["method.contestedSpred"]),
      (#"{"scale": {"min": 1, "max": 5}}"#, ["method.scale"]),
      (#"{"minimumRespondents": "3"}"#, ["method.minimumRespondents"]),
      (#"[2]"#, ["method"]),
    ])
  func refused(method: String, paths: [String]) throws {
    let problems = try Self.problems(method: method)
    #expect(
      Set(problems.map { String($0.prefix { $0 != ":" }) }) == Set(paths.map { "$." + $0 }), "\(problems)")
    #expect(problems.count == paths.count, "\(problems)")
  }

  @Test("the decision date's notice: the edges of near, ahead and passed, from the method (overridable)")
  func decisionNotice() throws {
    let standard = Method.standard
    #expect(standard.decisionNoticeDays == 14)
    let rule = { (date: String, method: Method) in
      DecisionDateRule.timing(decisionDate: date, today: "2026-12-20", method: method)
    }
    #expect(rule("2026-12-20", standard) == .near(days: 0))
    #expect(rule("2027-01-03", standard) == .near(days: 14))
    #expect(rule("2027-01-04", standard) == .ahead(days: 15))
    #expect(rule("2026-12-19", standard) == .passed(days: 1))
    #expect(rule("2027-02-30", standard) == nil)
    let rubric = try Self.decode(method: #"{"decisionNoticeDays": 30}"#)
    #expect(rule("2027-01-04", rubric.method) == .near(days: 15))
    // Days across month ends, leap years and centuries.
    for (start, end, days) in [
      ("1970-01-01", "1970-01-01", 0), ("2026-12-31", "2027-01-01", 1), ("2028-02-28", "2028-03-01", 2),
      ("2100-02-28", "2100-03-01", 1), ("2000-02-28", "2000-03-01", 2), ("2027-03-31", "2026-10-30", -152),
    ] {
      #expect(CalendarDate.days(from: start, to: end) == days, "\(start) to \(end)")
    }
  }

  @Test("the typo of a parameter is answered with its name")
  func typo() throws {
    let problems = try Self.problems(method: #"{"contestedSpred": 3}"#)
    #expect(problems == [#"$.method.contestedSpred: unknown field; did you mean "contestedSpread"?"#])
  }

  // MARK: The rules under a changed method (hand-computed)

  static func interview(_ name: String, _ role: String, _ scores: [String: Int]) -> Interview {
    var interview = Interview(
      name: name, role: role, interviewer: nil, started: "2026-11-01T10:00:00Z",
      updated: "2026-11-01T10:00:00Z")
    for (question, score) in scores {
      interview.answers[question] = .scored(score, evidence: nil, at: "2026-11-01T10:00:00Z")
    }
    return interview
  }

  @Test("the contested spread, the respondents minimum and the finding threshold come from the rubric")
  func rulesFollowTheMethod() throws {
    var rubric = try Self.decode(method: nil)
    let lens = try #require(rubric.lenses.first { $0.id == "decision-basis" })
    // Not critical: a critical question this contested is a finding whatever its mean (`ConflictRule`).
    let question = try #require(lens.questions.first { $0.kind == .scale && $0.roles == nil && !$0.critical })
    // Scores 1, 3 and 4: spread 3, mean 2.67.
    let interviews = [
      Self.interview("A", "sponsor", [question.id: 1]), Self.interview("B", "engineering", [question.id: 3]),
      Self.interview("C", "product", [question.id: 4]),
    ]
    func score(_ method: Method) -> (contested: Bool, finding: Bool, respondentsShort: Bool) {
      rubric.method = method
      let card = Scoring.scorecard(rubric: rubric, interviews: interviews)
      let scored = card.lens(lens.id)
      let questionScore = scored?.questions.first { $0.id == question.id }
      return (
        scored?.contested.contains { $0.question == question.id } ?? false, questionScore?.isFinding ?? false,
        scored?.insufficientBecause.contains { if case .tooFewRespondents = $0 { true } else { false } }
          ?? false
      )
    }
    let standard = score(.standard)
    #expect(standard.contested && !standard.finding && !standard.respondentsShort)
    let strict = score(Method(minimumRespondents: 4, contestedSpread: 4, findingThreshold: 3))
    #expect(!strict.contested && strict.finding && strict.respondentsShort)
    let exact = score(Method(minimumRespondents: 3, contestedSpread: 3, findingThreshold: 8.0 / 3.0))
    // A spread of exactly 3 is contested; a mean exactly on the threshold is not a finding.
    #expect(exact.contested && !exact.finding && !exact.respondentsShort)
  }

  @Test("the method's score reading takes exactly the digits of a scale value")
  func scoreText() {
    let method = Method.standard
    #expect(method.scale.map { method.score(String($0)) } == method.scale.map { $0 })
    for text in ["", "5", "-1", "03", "+3", "3.0", " 3", "٣", "three"] {
      #expect(method.score(text) == nil, "\(text)")
    }
    #expect(method.scaleText == "0-4")
  }
}

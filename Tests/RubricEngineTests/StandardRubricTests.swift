import Foundation
import RubricEngine
import TestSupport
import Testing

@Suite("The standard Decision Integrity rubric")
struct StandardRubricTests {
  static func load() throws -> Rubric {
    let bytes = try [UInt8](Data(contentsOf: RepositoryPaths.standardRubric))
    return try RubricDecoder().decode(bytes, file: "decision-integrity.json")
  }

  @Test("has the seven lenses in order, with outcome clarity as the gate")
  func lenses() throws {
    let rubric = try Self.load()
    #expect(
      rubric.lenses.map(\.id) == [
        "outcome-clarity", "decision-basis", "decision-rights", "operating-model-fit", "lock-in",
        "risk-cost-allocation", "governance-readiness",
      ])
    #expect(rubric.gateLens?.id == "outcome-clarity")
    #expect(rubric.lenses.filter(\.gate).count == 1)
  }

  @Test("has 5 to 8 questions per lens, 35 to 56 in all, and a critical question in every lens")
  func questionCounts() throws {
    let rubric = try Self.load()
    for lens in rubric.lenses {
      #expect((5...8).contains(lens.questions.count), "\(lens.id) has \(lens.questions.count) questions")
      #expect(lens.questions.contains { $0.critical }, "\(lens.id) has no critical question")
    }
    #expect((35...56).contains(rubric.questions.count))
  }

  @Test("asks for the outcome in the customer's words and for the single accountable owner")
  func textChecks() throws {
    let rubric = try Self.load()
    let outcomeClarity = try #require(rubric.lens(id: "outcome-clarity"))
    #expect(outcomeClarity.questions.contains { $0.kind == .text && $0.check == .outcome })
    #expect(rubric.questions.contains { $0.kind == .text && $0.check == .owner })
  }

  @Test("interviews the five stakeholder roles, and every role is asked every lens")
  func roles() throws {
    let rubric = try Self.load()
    #expect(rubric.roles.map(\.id) == ["sponsor", "product", "engineering", "delivery", "finance"])
    for role in rubric.roles {
      for lens in rubric.lenses {
        #expect(!lens.questions(forRole: role.id).isEmpty, "\(role.id) is asked nothing in \(lens.id)")
      }
    }
  }

  @Test("anchors describe observable evidence: five distinct descriptions, never a bare judgement word")
  func anchors() throws {
    let rubric = try Self.load()
    let bareJudgements: Set<String> = ["poor", "good", "fair", "excellent", "weak", "strong", "bad", "ok"]
    for question in rubric.questions where question.kind == .scale {
      let anchors = try #require(question.anchors)
      #expect(Set(anchors.values).count == 5, "\(question.id) repeats an anchor")
      for text in anchors.values {
        #expect(text.split(separator: " ").count >= 6, "\(question.id): '\(text)' is too short to observe")
        #expect(!bareJudgements.contains(text.lowercased().trimmingCharacters(in: .punctuationCharacters)))
      }
      #expect(question.finding != nil && question.recommendation != nil)
    }
  }

  @Test("normalised JSON reads back as the same rubric, with defaults written out")
  func normalisedRoundTrip() throws {
    let rubric = try Self.load()
    let json = try RubricEncoder().encode(rubric)
    #expect(try RubricDecoder().decode(Array(json.utf8), file: "normalised") == rubric)
    #expect(json.contains(#""gate" : false"#))
    #expect(json.contains(#""weight" : 1"#))
    #expect(json.contains(#""critical" : false"#))
  }
}

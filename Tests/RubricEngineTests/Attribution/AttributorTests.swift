import RubricEngine
import TestSupport
import Testing

@Suite("Attribution by role: every label stands for two interviewees or more")
struct AttributorTests {
  typealias Visibility = Attributor.Visibility

  @Test(
    "the rule, case by case",
    arguments: [
      // Two sponsors and one finance partner: finance alone would be a pool of one, so the sponsors join it.
      (["sponsor": 2, "finance": 1], ["sponsor": Visibility.pooled, "finance": .pooled]),
      // Every role single: one pool of everyone.
      (
        ["sponsor": 1, "product": 1, "finance": 1],
        ["sponsor": Visibility.pooled, "product": .pooled, "finance": .pooled]
      ),
      // Two singles make a pool of two; the pair keeps its title.
      (
        ["sponsor": 2, "product": 1, "finance": 1],
        ["sponsor": Visibility.role, "product": .pooled, "finance": .pooled]
      ),
      // A pool of one is widened by the smallest shown role (ties: the first id), and by that role only.
      (
        ["sponsor": 3, "product": 2, "engineering": 2, "finance": 1],
        ["sponsor": Visibility.role, "product": .role, "engineering": .pooled, "finance": .pooled]
      ),
      (["sponsor": 2, "finance": 2], ["sponsor": Visibility.role, "finance": .role]),
      // One interviewee: nothing can hide them, so nothing is attributed.
      (["finance": 1], ["finance": Visibility.hidden]),
      ([:], [:]),
    ])
  func rule(holders: [String: Int], expected: [String: Visibility]) {
    #expect(Attributor.visibility(holders: holders) == expected)
  }

  @Test("over random role counts, a shown role has two holders, a pool two members, and one person none")
  func property() {
    var random = SeededGenerator(seed: 10_008)
    let roles = ["sponsor", "product", "engineering", "delivery", "finance"]
    for _ in 0..<2_000 {
      var holders: [String: Int] = [:]
      for role in roles where Bool.random(using: &random) {
        holders[role] = Int.random(in: 1...4, using: &random)
      }
      let shown = Attributor.visibility(holders: holders)
      let total = holders.values.reduce(0, +)
      #expect(Set(shown.keys) == Set(holders.keys))
      if total < Attributor.minimumHolders {
        #expect(shown.values.allSatisfy { $0 == .hidden }, "\(holders)")
        continue
      }
      #expect(!shown.values.contains(.hidden), "\(holders)")
      for (role, visibility) in shown where visibility == .role {
        #expect((holders[role] ?? 0) >= Attributor.minimumHolders, "\(holders)")
      }
      let pooled = shown.filter { $0.value == .pooled }.keys.map { holders[$0] ?? 0 }.reduce(0, +)
      #expect(pooled == 0 || pooled >= Attributor.minimumHolders, "\(holders)")
      // Only roles fewer than two hold are pooled, and at most one other role joins them.
      let widened = shown.filter { $0.value == .pooled && (holders[$0.key] ?? 0) >= 2 }
      #expect(widened.count <= 1, "\(holders)")
    }
  }

  @Test("the rule is worked out among those who answered a question it was put to")
  func perQuestion() throws {
    let rubric = try Fixtures.standardRubric()
    let people = [("A", "sponsor"), ("B", "sponsor"), ("C", "finance"), ("D", "product")].map { person in
      var interview = Interview(name: person.0, role: person.1, started: "t", updated: "t")
      for question in rubric.questions where question.applies(toRole: person.1) {
        interview.answers[question.id] =
          question.kind == .scale ? .scored(2, evidence: "e", at: "t") : .text("Dana", at: "t")
      }
      return interview
    }
    let attributor = Attribution.roles.attributor(rubric: rubric, interviews: people)
    // Over everyone, finance and product pool as two and the sponsors show; but rc-contingency is put to
    // finance, delivery and sponsor only, where finance would be a pool of one, so the sponsors join it.
    #expect(attributor.visibility(of: "sponsor", question: nil) == .role)
    #expect(attributor.visibility(of: "sponsor", question: "rc-contingency") == .pooled)
    #expect(attributor.source(name: "C", role: "finance", question: "rc-contingency") == "a stakeholder")
    #expect(attributor.source(name: "A", role: "sponsor", question: "rc-contingency") == "a stakeholder")
    // dr-team-autonomy is put to product, engineering and delivery: one person, so no label at all.
    #expect(attributor.source(name: "D", role: "product", question: "dr-team-autonomy") == nil)
    #expect(attributor.roleValue("product", question: "dr-team-autonomy") == nil)
    // oc-shared-definition is put to everyone: the sponsors show, finance and product pool as two.
    #expect(attributor.roleValue("sponsor", question: "oc-shared-definition") == "sponsor")
    #expect(attributor.roleValue("product", question: "oc-shared-definition") == "a stakeholder")
    // db-vendor-claims is put to the sponsors and product, not finance: product alone widens to the sponsors.
    #expect(attributor.roleValue("sponsor", question: "db-vendor-claims") == "a stakeholder")
    // A second finance interviewee who skipped oc-shared-definition hides no one there: finance and
    // product still pool as two, and the finance partner is never shown by title.
    var skipper = Interview(name: "E", role: "finance", started: "t", updated: "t")
    skipper.answers["oc-shared-definition"] = .skipped(at: "t")
    skipper.answers["oc-measurable"] = .scored(1, evidence: "e", at: "t")
    let withSkipper = Attribution.roles.attributor(rubric: rubric, interviews: people + [skipper])
    #expect(withSkipper.roleValue("finance", question: "oc-shared-definition") == "a stakeholder")
    // Where both finance interviewees scored, finance holds two, and product alone widens to it (the first
    // of the two-holder roles by id): the sponsors show.
    #expect(withSkipper.roleValue("finance", question: "oc-measurable") == "a stakeholder")
    #expect(withSkipper.roleValue("sponsor", question: "oc-measurable") == "sponsor")
    #expect(
      Attribution.names.attributor(rubric: rubric, interviews: people).source(
        name: "C", role: "finance", question: "rc-contingency") == "C, Finance partner")
    #expect(
      Attribution.anonymous.attributor(rubric: rubric, interviews: people).source(
        name: "A", role: "sponsor", question: nil) == nil)
  }
}

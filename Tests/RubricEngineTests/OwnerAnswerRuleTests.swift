import RubricEngine
import Testing

@Suite("Owner answers that name no owner")
struct OwnerAnswerRuleTests {
  @Test(
    "hedges, negations and guesses name no owner",
    arguments: [
      "Not clear; probably the COO", "nobody", "No one really", "I assume it's Sam", "I think the CFO?",
      "Unclear", "TBD", "It depends on the workstream", "Don't know", "not sure, maybe Priya", "none",
      "Nobody knows", "", "?",
    ])
  func unknowing(answer: String) {
    #expect(OwnerAnswerRule.namesNoOwner(answer), "\(answer)")
  }

  @Test(
    "a name, a role or a body is an owner, even when its words hold the letters of a hedge",
    arguments: [
      "Margaret Osei", "The ClaimsNext steering committee", "Sam Whitaker", "the COO", "Nonie Clarke",
      "Maybelle Grant", "Dr. Noone-Smith", "Probity Board chair",
    ])
  func owner(answer: String) {
    #expect(!OwnerAnswerRule.namesNoOwner(answer), "\(answer)")
  }
}

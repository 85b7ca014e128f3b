import RubricEngine
import Testing

@Suite("Outcome checker: each element found or missing")
struct OutcomeCheckerTests {
  static let checker = OutcomeChecker()

  /// A statement and the words the checker must find for each element; elements absent here must be missing.
  static let elementCases: [(statement: String, found: [OutcomeElement: String])] = [
    (
      "Cut the time to approve a small-business loan from 5 days to 1 by March.",
      [
        .who: "small-business", .change: "Cut", .metric: "time to approve a small-business loan",
        .baseline: "from 5 days", .target: "to 1", .timeframe: "by March",
      ]
    ),
    (
      "Reduce infrastructure cost by 15% without increasing customer-facing incidents.",
      [
        .change: "Reduce", .metric: "infrastructure cost", .target: "by 15%",
        .guardrail: "without increasing customer-facing incidents",
      ]
    ),
    (
      "The customer can now process claims in under four hours instead of three days.",
      [
        .who: "customer", .change: "can now", .metric: "under four hours", .baseline: "instead of three days",
        .target: "under four hours",
      ]
    ),
    (
      "Halve the claims backlog by the end of the year.",
      [.change: "Halve", .metric: "claims backlog", .target: "Halve", .timeframe: "by the end of the year"]
    ),
    (
      "Lower monthly churn from 2.5% to 1.8% within a year, without cutting prices.",
      [
        .change: "Lower", .metric: "monthly churn", .baseline: "from 2.5%", .target: "to 1.8%",
        .timeframe: "within a year", .guardrail: "without cutting prices",
      ]
    ),
    (
      "95% of claims settled within 48 hours by December 2027.",
      [.change: "settled", .metric: "95% of claims settled", .target: "95%", .timeframe: "by December 2027"]
    ),
    (
      "Merchants receive their first payout within 2 days of signing up, down from 10 days.",
      [
        .who: "Merchants", .change: "down from", .metric: "within 2 days", .baseline: "down from 10 days",
        .target: "within 2 days",
      ]
    ),
    (
      "Cut the cost to serve per policyholder from £42 to £30 by 2027 while keeping NPS above 40.",
      [
        .who: "policyholder", .change: "Cut", .metric: "cost to serve per policyholder",
        .baseline: "from £42",
        .target: "to £30", .timeframe: "by 2027", .guardrail: "while keeping NPS above 40",
      ]
    ),
    (
      "Achieve a Net Promoter Score of 50 by the end of 2027.",
      [.change: "Achieve", .metric: "Net Promoter Score", .target: "of 50", .timeframe: "by the end of 2027"]
    ),
    (
      "Drivers spend 20% less time waiting at depots by the end of Q3.",
      [
        .who: "Drivers", .change: "less", .metric: "time waiting at depots", .target: "20% less",
        .timeframe: "by the end of Q3",
      ]
    ),
    (
      "Increase the conversion rate of trial users to paid plans from 4% to 7% within two quarters.",
      [
        .who: "users", .change: "Increase", .metric: "conversion rate of trial users to paid plans",
        .baseline: "from 4%", .target: "to 7%", .timeframe: "within two quarters",
      ]
    ),
    ("Migrate 200 servers to the cloud by June.", [.timeframe: "by June", .outputMeasure: "200 servers"]),
    // "customer" only names the portal: nobody who changes.
    ("Launch the new customer portal.", [:]),
    ("Make claims handling world-class.", [:]),
    (
      "Increase customer satisfaction.",
      [.who: "customer", .change: "Increase", .metric: "customer satisfaction"]
    ),
    (
      "Grow repeat purchases among online shoppers by 25% this year.",
      [
        .who: "shoppers", .change: "Grow", .metric: "repeat purchases among online shoppers",
        .target: "by 25%", .timeframe: "this year",
      ]
    ),
    (
      "Decrease cart abandonment from 68% to 55% in the next two quarters.",
      [
        .change: "Decrease", .metric: "cart abandonment", .baseline: "from 68%", .target: "to 55%",
        .timeframe: "in the next two quarters",
      ]
    ),
  ]

  /// Statements whose measure is at the business level (seed 002), where "who changes" is not asked.
  static let businessLevel: Set<String> = [
    "Reduce infrastructure cost by 15% without increasing customer-facing incidents.",
    "Lower monthly churn from 2.5% to 1.8% within a year, without cutting prices.",
  ]

  @Test(
    "the people a service's staff side is made of, and the organisations it serves, are who changes",
    arguments: [
      ("Claims handlers spend 30% less time per claim, from 60 to 42 minutes, by 2027", "handlers"),
      ("Garages get paid within 5 days instead of 30 by 2027", "Garages"),
      ("Caseworkers close a benefit review in 3 days instead of 12 by April", "Caseworkers"),
      ("GP practices receive discharge letters within 24 hours instead of 5 days by Q3", "practices"),
      ("Underwriters quote a commercial policy in 2 hours rather than 2 days by 2027", "Underwriters"),
    ])
  func staffActors(statement: String, who: String) {
    let assessment = Self.checker.check(statement)
    #expect(assessment.words(for: .who) == who, "\(statement)")
    #expect(assessment.verdict == .measurable, "\(statement): \(assessment.reasons)")
  }

  @Test("finds exactly the elements a statement has, with its own words", arguments: elementCases)
  func elements(statement: String, found: [OutcomeElement: String]) {
    let assessment = Self.checker.check(statement)
    for element in OutcomeElement.allCases {
      #expect(assessment.words(for: element) == found[element], "\(element) in: \(statement)")
    }
    let notAsked: Set<OutcomeElement> = Self.businessLevel.contains(statement) ? [.who] : []
    #expect(
      Set(assessment.missing)
        == Set(OutcomeElement.parts.filter { found[$0] == nil && !notAsked.contains($0) }))
  }

  @Test(
    "each verdict names the words that decided it",
    arguments: [
      ("Launch the new portal.", OutcomeVerdict.output, ["Launch"]),
      ("Migrate 200 servers to the cloud by June.", .output, ["Migrate", "200"]),
      ("A new self-service portal live by the end of Q3.", .output, ["live"]),
      ("Make claims handling world-class.", .vague, ["world-class"]),
      ("Improve customer experience by 20%.", .vague, ["Improve", "by 20%"]),
      (
        "Reduce waiting times in emergency departments.", .vague,
        ["Reduce", "waiting times in emergency departments"]
      ),
      ("Double online renewals within 12 months.", .measurable, ["Double", "online renewals", "Double"]),
    ])
  func decidedBy(statement: String, verdict: OutcomeVerdict, words: [String]) {
    let assessment = Self.checker.check(statement)
    #expect(assessment.verdict == verdict)
    #expect(assessment.decidedBy == words)
    for word in words { #expect(assessment.reasons.joined().contains(word), "no reason quotes \(word)") }
  }

  @Test("a number that counts deliverables does not make an output measurable")
  func countedOutput() {
    let assessment = Self.checker.check("Train 500 contact-centre agents on the new tools by March.")
    #expect(assessment.verdict == .output)
    #expect(assessment.reasons.contains("\"500\" counts what will be produced, not a change in a measure"))
  }

  @Test(
    "an output or vague statement gets a hypothesis-form rewrite built from its own words; a measurable one none"
  )
  func rewrite() {
    let output = Self.checker.check("Launch the new customer portal.")
    #expect(
      output.rewrite
        == "We believe that if we launch the new customer portal, then [which customers or users] will [do or experience what "
        + "differently], measured by [which measure] from [today's value] to [target] [by when]. We will know "
        + "we are wrong if [the result that would make you change course].")
    let vague = Self.checker.check("Reduce waiting times in emergency departments")
    #expect(
      vague.rewrite?.contains("measured by waiting times in emergency departments from [today's value]")
        == true)
    #expect(vague.rewrite?.hasPrefix("We believe that if we [the change you will make]") == true)
    #expect(Self.checker.check("Halve the claims backlog by 2027.").rewrite == nil)
  }

  @Test("an empty statement is vague and lacks everything")
  func empty() {
    let assessment = Self.checker.check("   ")
    #expect(assessment.verdict == .vague)
    #expect(assessment.missing == OutcomeElement.parts)
    #expect(assessment.reasons == ["the statement is empty"])
  }

  @Test("hostile text never crashes the checker")
  func hostile() {
    let inputs = [
      String(repeating: "reduce ", count: 5_000), "from", "to", "by", "£", "%", "1,", ".5%", "from 5 to",
      "within", "We believe that if we", "wrong if", "\u{0}\u{7}", "Cut 5% of 5% of 5% of", "--- ... ,,,",
    ]
    for input in inputs {
      _ = Self.checker.check(input)
    }
  }
}

@Suite("Outcome checker: the hypothesis form")
struct HypothesisFormTests {
  @Test("reads every slot of a complete hypothesis")
  func complete() throws {
    let statement =
      "We believe that if we simplify the claim form, then policyholders will submit complete claims first time, "
      + "measured by the share of claims needing follow-up falling from 30% to 10% within six months. "
      + "We will know we are wrong if follow-ups stay above 25% after three months."
    let reading = try #require(OutcomeChecker().check(statement).hypothesis)
    let words = Dictionary(uniqueKeysWithValues: reading.slots.map { ($0.slot, $0.words) })
    #expect(words[.bet] == "simplify the claim form")
    #expect(words[.who] == "policyholders")
    #expect(words[.behaviour] == "submit complete claims first time")
    #expect(words[.measure] == "the share of claims needing follow-up falling from 30% to 10%")
    #expect(words[.timeframe] == "six months")
    #expect(words[.signal] == "follow-ups stay above 25% after three months")
    #expect(reading.empty.isEmpty)
  }

  @Test("says which slots an incomplete hypothesis leaves empty")
  func incomplete() throws {
    let reading = try #require(
      OutcomeChecker().check("We believe that if we build the new portal, customers will be happier.")
        .hypothesis)
    #expect(reading.filled == [.bet, .who, .behaviour])
    #expect(reading.empty == [.measure, .timeframe, .signal])
  }

  @Test("a statement not in the hypothesis form has no reading")
  func notAHypothesis() {
    #expect(OutcomeChecker().check("Halve the claims backlog.").hypothesis == nil)
  }
}
